"""Event triggers: which token is an event of which PLOVER type.

A verb or event noun takes the first lexicon sense whose conditions hold (the named conditions
in `_CONDITIONS`, run by `_sense_holds`); a verb the lexicon misses may still be typed by the
fallback typer from its predicate phrase (type prototypes in the bundled sentence-embedding
space, or the learned classifier). `trigger_candidates` runs both over an article: verb lemmas
the lemmatizer cut short are repaired first ("staged" -> "stage", extract.lemmas), and contest
words of match reports are dropped last ("Uruguay beat Portugal 2-1", extract.sports)."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Any

from newsweave.extract import drop_trace
from newsweave.extract.ablation import enabled
from newsweave.extract.actors import (
    ActorContext,
    resolve_np,
)
from newsweave.extract.event_arguments import inherited_subject, recipient_args, resolve_all
from newsweave.extract.event_lexicon import (
    Candidate,
    classes_of,
    lexicon,
    plover_types,
    reporting_verbs,
    words_in,
)
from newsweave.extract.event_syntax import (
    clause_subject,
    convicted_by_verdict,
    has_prep,
    hyphenated_noun,
    is_passive,
    object_of,
    reduced_passive,
    subject_tokens,
)
from newsweave.extract.false_senses import drop_false_senses, false_sense_words, party_object
from newsweave.extract.lexicon import argument_words
from newsweave.nlp.syntax import to_infinitive

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Doc, Token


def _object_tokens(tok: Token) -> list[Token]:
    obj = object_of(tok)
    if obj is None:
        if reduced_passive(tok) and enabled("reduced_passive_object"):
            # "the reforms attacked by the senator": the noun a past participle modifies is
            # what the act is done to
            return [tok.head, *(c for c in tok.head.children if c.dep_ in ("compound", "amod"))]
        return []
    out = list(obj.subtree)
    # coordinated verbs share the object: "support and train the army"
    return out


_PERSONAL_OBJECTS = frozenset({"him", "her", "them", "us", "me"})


def _pronoun_people(obj_toks: list[Token]) -> set[str]:
    """Rule `pronoun_people` (hook, evprecision4): 'beat him with batons', 'released them on
    Sunday': a personal pronoun object stands for people (a thing is 'it'), so it fills a
    sense that needs people or captives as its object."""
    if len(obj_toks) == 1 and obj_toks[0].lower_ in _PERSONAL_OBJECTS and \
            enabled("pronoun_people"):
        return {"people", "captives"}
    return set()


_PARTICLE_DEPS = frozenset({"prt", "prep", "advmod"})


def _has_particle(verb: Token, particle: str) -> bool:
    """The verb's particle, however the parser hangs it: 'called up reservists' (prt),
    'pulled out of the district' (prep), 'pulled back from' (advmod), 'pulled its envoy
    out' (after the object); never a word before the verb."""
    return any(c.lower_ == particle and c.dep_ in _PARTICLE_DEPS and c.i > verb.i and
               not _time_phrase(c) for c in verb.children)


def _time_phrase(prep: Token) -> bool:
    """Rule `particle_not_date`: 'had given him two extensions in the past season', 'gave
    ground on Monday': a preposition whose object is a date or a span of time is no particle
    ('gave in' is CONCEDE; 'given ... in the past season' is not)."""
    if prep.dep_ != "prep" or not enabled("particle_not_date"):
        return False
    spans = false_sense_words().span_nouns
    return any(p.dep_ == "pobj" and (p.ent_type_ in ("DATE", "TIME") or
                                     p.lemma_.lower() in spans or p.lower_ in spans)
               for p in prep.children)


def sense_of(tok: Token, ctx: ActorContext) -> dict[str, Any] | None:
    """The first lexicon sense of this token whose conditions hold, or None."""
    lex = lexicon()
    lemma = tok.lemma_.lower()
    if tok.pos_ == "VERB":
        key = _hyphenated_verb(tok, lex["verbs"]) or lemma
        senses = lex["verbs"].get(key)
    elif tok.pos_ == "NOUN" and tok.dep_ not in ("compound", "amod"):
        key = tok.lower_ if tok.lower_ in lex["nouns"] else lemma
        joined = hyphenated_noun(tok)
        if joined is not None:
            # "a build-up of troops", "a cease-fire": the parser splits the word at its
            # hyphen and heads it by its last part ("fire" is not what "cease-fire" means)
            key = next((k for k in (joined, joined.replace("-", "")) if k in lex["nouns"]),
                       key)
        senses = lex["nouns"].get(key)
    else:
        return None
    if not senses:
        return None
    kind = "verbs" if tok.pos_ == "VERB" else "nouns"
    for i, sense in enumerate(senses):
        if _sense_holds(tok, sense, ctx):
            later = _head_matched_sense(tok, senses, i, ctx)
            if later is not None:
                return {**senses[later], "_rule": f"{kind}:{key}#{later}>object_head_first"}
            cargo = _cargo_sense(tok, senses, i, ctx)
            if cargo is not None:
                return {**senses[cargo], "_rule": f"{kind}:{key}#{cargo}>carried_cargo"}
            # provenance: which entry of the lexicon decided ("verbs:expel#0")
            return {**sense, "_rule": f"{kind}:{key}#{i}"}
    return None


def _head_matched_sense(tok: Token, senses: list[dict[str, Any]], first: int,
                        ctx: ActorContext) -> int | None:
    """Rule `object_head_first` (evprec12, session 16): 'protesters blocked roads in Nairobi
    over the finance bill' is a blockade of roads (PROTEST), not a veto of a bill (REJECT):
    when the first sense that holds needs a word of its object classes and finds it only deep
    in the object's phrase ('over the finance bill' hung on 'roads'), a later sense whose
    object classes name the object's head noun itself is the reading. The index of that
    later sense, or None."""
    sense = senses[first]
    if "obj" not in sense or not enabled("object_head_first"):
        return None
    heads = _object_head_words(tok)
    if not heads or classes_of(heads) & set(sense["obj"]):
        return None
    for j in range(first + 1, len(senses)):
        other = senses[j]
        if "obj" in other and classes_of(heads) & set(other["obj"]) and \
                _sense_holds(tok, other, ctx):
            return j
    return None


def _cargo_sense(tok: Token, senses: list[dict[str, Any]], first: int,
                 ctx: ActorContext) -> int | None:
    """Rule `carried_cargo` (evprec13, session 17): 'sent two ships carrying tents and medical
    supplies to the port', 'dispatched planes loaded with food': when the first sense that
    holds moves forces (MOBILIZE) and its object, a vessel or vehicle, carries aid (a
    participle of cargo_verbs whose phrase holds a word of the aid or humanitarian classes),
    the sending is of the aid: the first AID sense that holds is the reading. 'Sent warships
    carrying missiles' stays a deployment (weapons are not in those classes)."""
    if senses[first].get("type") != "MOBILIZE" or not enabled("carried_cargo"):
        return None
    cargo_verbs = false_sense_words().cargo_verbs
    carried = [t for c in tok.children if c.dep_ == "dobj" for a in c.children
               if a.dep_ == "acl" and a.lemma_.lower() in cargo_verbs for t in a.subtree]
    if not carried or not classes_of(carried) & {"aid", "humanitarian"}:
        return None
    for j, other in enumerate(senses):
        if j != first and other.get("type") == "AID" and _sense_holds(tok, other, ctx):
            return j
    return None


def _hyphenated_verb(tok: Token, verbs: dict[str, Any]) -> str | None:
    """'test-fired two missiles': the tokenizer splits the verb at its hyphen and the parser
    heads it by its last part ('fire' is not what 'test-fire' means); the lexicon's key for
    the whole verb when it has one (evtypes3, session 9)."""
    if tok.i < 2 or not enabled("hyphenated_verb"):
        return None
    hyphen, first = tok.doc[tok.i - 1], tok.doc[tok.i - 2]
    if hyphen.text != "-" or hyphen.whitespace_ or first.whitespace_ or not first.is_alpha:
        return None
    key = f"{first.lower_}-{tok.lemma_.lower()}"
    return key if key in verbs else None


def _particle_object(tok: Token, particle: str) -> list[Token]:
    """'called in the National Guard': the parser may hang the particle as a preposition
    and the object as its object; the tokens of that object (evtypes3, session 9)."""
    return [t for c in tok.children if c.dep_ == "prep" and c.lower_ == particle and
            c.i == tok.i + 1 for p in c.children if p.dep_ == "pobj" for t in p.subtree]


def _has_own_prep(tok: Token, preps: list[str]) -> bool:
    """The verb's preposition the sense needs ('fired on the crowd', 'called on Kyiv'), not
    a date's ('On Saturday, he was fired as head coach', 'called on Monday for talks')."""
    return any(c.dep_ in ("prep", "prt", "dative") and c.lower_ in preps and not (
        c.dep_ == "prep" and any(p.dep_ == "pobj" and p.ent_type_ in ("DATE", "TIME")
                                 for p in c.children)) for c in tok.children) or \
        (enabled("phone_with") and _prep_after_phone(tok, preps))


def _own_prep_object(tok: Token, preps: list[str], classes: list[str]) -> bool:
    """Rule `own_prep_object`: 'withdrew from the nuclear deal' (REJECT), not 'withdrew from
    the town under the peace deal' (RETREAT): the object of the sense's own preposition (or
    of a conjunct of it) is a word of these classes; a word of them elsewhere in the clause
    does not count (evprec7, session 13)."""
    for c in tok.children:
        if c.dep_ != "prep" or c.lower_ not in preps:
            continue
        objs = [p for p in c.children if p.dep_ == "pobj"]
        objs += [g for o in objs for g in o.conjuncts]
        if classes_of(objs) & set(classes):
            return True
    return False


_MEANS_PREPS = frozenset({"by", "via", "over", "on"})


def _prep_after_phone(tok: Token, preps: list[str]) -> bool:
    """'spoke by telephone with Rouhani', 'talked over the phone to her': the parser hangs
    the verb's preposition on the telephone the verb is done by (evtypes2)."""
    return any(c.dep_ == "prep" and c.lower_ in _MEANS_PREPS and
               any(p.dep_ == "pobj" and "phone_word" in classes_of([p]) and
                   any(g.dep_ == "prep" and g.lower_ in preps for g in p.children)
                   for p in c.children)
               for c in tok.children)


def _sense_holds(tok: Token, sense: dict[str, Any], ctx: ActorContext) -> bool:
    obj_toks = _object_tokens(tok)
    if tok.pos_ == "VERB" and not obj_toks:
        # the object of a coordinated verb: "support and train the Tajik army"
        for c in tok.children:
            if c.dep_ == "conj" and c.pos_ == "VERB":
                obj_toks = _object_tokens(c)
                break
        if not obj_toks and tok.dep_ == "conj":
            obj_toks = _object_tokens(tok.head)
        if not obj_toks and "prt" in sense and enabled("particle_object"):
            obj_toks = _particle_object(tok, sense["prt"])
    if "obj" in sense and (not obj_toks or not (
            (classes_of(obj_toks) | _pronoun_people(obj_toks)) & set(sense["obj"]))):
        return False
    if "obj_not" in sense and classes_of(_shared_object_heads(tok)) & set(sense["obj_not"]):
        return False  # "rejected the accusations" is a denial, not a REJECT
    if sense["type"] == "REQUEST" and tok.pos_ == "VERB" and (
            _asks_a_question(tok) or _asks_for_self(tok)):
        return False
    if "not_under" in sense and tok.head.lemma_.lower() in sense["not_under"]:
        return False  # "dropped its investigation" ends one
    if sense.get("clause_subject") and clause_subject(tok) is None:
        return False
    if sense.get("clause_actor"):
        asked = clause_subject(tok)
        if asked is None or not resolve_np(asked, ctx):
            return False  # "did not want another child to support": nobody is asked
    if sense.get("clause_party") and enabled("clause_party") and \
            not _clause_names_party(tok, ctx):
        return False  # "complained that the room was cold": a grievance against no one
    if "prt" in sense and not _has_particle(tok, sense["prt"]):
        return False
    if "preps" in sense and not _has_own_prep(tok, sense["preps"]):
        return False
    if "own_prep_object" in sense and enabled("own_prep_object") and \
            not _own_prep_object(tok, sense.get("preps") or [], sense["own_prep_object"]):
        return False  # "withdrew from the town under the peace deal" rejects no deal
    if "adjacent_prep" in sense:
        nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
        if nxt is not None and nxt.dep_ == "prep" and nxt.head.i == tok.i and any(
                p.dep_ == "pobj" and p.ent_type_ in ("DATE", "TIME") for p in nxt.children):
            # "called on Monday for talks": past the date
            after = max(t.i for t in nxt.subtree) + 1
            nxt = tok.doc[after] if after < len(tok.doc) else None
        # "called for talks" (a preposition of the verb), "called for Adams to visit" (the
        # mark of the clause asked for)
        if nxt is None or nxt.lower_ not in sense["adjacent_prep"] or not (
                nxt.head.i == tok.i or (nxt.dep_ == "mark" and nxt.head.head.i == tok.i)):
            return False
    if sense.get("negated") and not any(c.dep_ == "neg" for c in tok.children):
        return False
    if "subject" in sense and not (classes_of(_subject_words(tok)) & set(sense["subject"])):
        return False  # "rioters stormed parliament" (not "gunmen stormed a hotel")
    if "content_types" in sense and not _content_of_types(tok, sense["content_types"], ctx):
        return False
    if sense.get("conditional_content") and not _conditional_content(tok, ctx):
        return False
    if sense.get("peaceful_against") and not _peaceful_against(tok, ctx):
        return False
    if sense.get("hostile_against") and _peaceful_against(tok, ctx):
        return False  # left to the peaceful_against sense: advice, not a threat
    if sense.get("conjoined_subject") and not any(
            t.dep_ == "conj" for c in tok.children if c.dep_ == "nsubj" for t in c.subtree):
        return False  # "X and Y coordinated raids" (not "X coordinates shipments for Y")
    if "obj_also" in sense and not (classes_of(obj_toks) & set(sense["obj_also"])):
        return False
    if sense.get("obj_actor") and tok.pos_ == "VERB":
        obj = object_of(tok)
        if obj is None and tok.dep_ == "conj":
            obj = object_of(tok.head)
        if obj is None and not any(c.dep_ == "conj" and object_of(c) is not None
                                   for c in tok.children):
            return False
        if obj is not None and not party_object(obj, ctx, sense.get("type")):
            return False  # "approached the assignment" (extract.false_senses)
    if sense.get("obj_resolves") and tok.pos_ == "VERB":
        obj = object_of(tok)
        if obj is None or not resolve_np(obj, ctx):
            return False  # "battling extradition" is no fight with anyone
    for key in ("obj_actor_or_place", "obj_actor_or_people", "obj_actor_or_thing"):
        if sense.get(key) and not obj_toks:
            return False
    if sense.get("intransitive") and (obj_toks or is_passive(tok)):
        return False  # "eager to withdraw" (not "withdrew the bill")
    if sense.get("xcomp") and not any(c.dep_ == "xcomp" for c in tok.children):
        return False
    if sense.get("xcomp_or_obj") and not (obj_toks or any(c.dep_ == "xcomp"
                                                           for c in tok.children)):
        return False
    if "setting" in sense and not (classes_of(_setting_words(tok)) & set(sense["setting"])):
        return False  # "attacked his rival in a speech" is words, not force
    if "clause" in sense:
        clause = [t for t in tok.subtree]
        if not (classes_of(clause) & set(sense["clause"])):
            return False
    if "modifiers_any" in sense:
        # "joint air force drills": a modifier of a modifier counts too
        mods = [t for c in tok.children if c.dep_ in ("amod", "compound", "nmod")
                for t in c.subtree]
        mods += [c for c in tok.children if c.dep_ == "prep" for c in c.subtree]
        # a participle counts by its own form: "a planned attack" is no attack on a plan
        participles = {m for m in mods if m.tag_ in ("VBN", "VBD", "VBG") and m.dep_ == "amod"}
        words = words_in([m for m in mods if m not in participles]) | \
            {m.lower_ for m in participles}
        if not (words & set(sense["modifiers_any"])):
            return False
    if sense.get("conj_types"):
        lex = lexicon()
        partners = [c for c in tok.children if c.dep_ == "conj"]
        if tok.dep_ == "conj":
            partners.append(tok.head)
        ok = False
        for p in partners:
            for s in lex["verbs"].get(p.lemma_.lower(), []):
                if s["type"] in sense["conj_types"] and s is not sense and \
                        not s.get("conj_types") and _sense_holds(p, s, ctx):
                    ok = True
        if not ok:
            return False
    between = any(c.dep_ == "prep" and c.lower_ == "between" for c in tok.children)
    if sense.get("needs_between") and not between:
        return False
    return all(_CONDITIONS[key](tok, sense[key]) for key in _CONDITIONS if key in sense)


def _subject_words(verb: Token) -> list[Token]:
    """The head nouns of the verb's subject, conjuncts included (a conjoined verb's is its
    head's): 'rioters', not the 'riot' of 'riot police'."""
    subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subj and verb.dep_ == "conj":
        subj = [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    heads = [t for c in subj for t in (c, *c.conjuncts)]
    # "hundreds of protesters", "a crowd of rioters": the people counted
    heads += [p for h in heads if h.pos_ == "NUM" or h.lemma_.lower() in _QUANTITY_NOUNS or
              (h.lemma_.lower() in _SALVO_NOUNS and enabled("salvo_subject"))
              for prep in h.children if prep.dep_ == "prep" and prep.lower_ == "of"
              for p in prep.children if p.dep_ == "pobj"]
    return heads


_QUANTITY_NOUNS = frozenset({"hundred", "thousand", "dozen", "score", "million", "group",
                             "crowd", "band", "mob", "number", "lot"})


# rule `salvo_subject` (evtypes19): "a wave of Russian missiles hit the grid": the things of
# the salvo are what did it (not the wave)
_SALVO_NOUNS = frozenset({"wave", "barrage", "salvo", "volley", "swarm", "hail"})

_FUTURE_AUX = frozenset({"will", "would", "could", "might", "may", "'ll", "wo", "shall"})


def _content_of_types(verb: Token, types: list[str], ctx: ActorContext) -> bool:
    """'warned that it could cut gas supplies', 'warned Hezbollah that Beirut would be
    turned into Gaza': the clause said is a future act of one of these types (by the
    lexicon), so the saying is the threat and the act is only its content."""
    for clause in (c for c in verb.children if c.dep_ == "ccomp"):
        if not any(a.dep_ in ("aux", "auxpass") and a.lower_ in _FUTURE_AUX
                   for a in clause.children):
            continue
        for t in clause.subtree:
            if t.pos_ not in ("VERB", "NOUN") or (t.i != clause.i and t.dep_ != "xcomp"
                                                   and t.pos_ == "VERB"):
                continue
            senses = lexicon()["verbs" if t.pos_ == "VERB" else "nouns"].get(
                t.lemma_.lower()) or []
            if any(s["type"] in types and not s.get("content_types") and
                   _sense_holds(t, s, ctx) for s in senses):
                return True
    return False


def _conditional_content(verb: Token, ctx: ActorContext) -> bool:
    """'warned that the government will not sit on its hands if the situation worsens',
    '"We will respond firmly to any provocation," the ministry warned': what a party says it
    will do (a future clause whose subject is an actor) if a condition is met, or a
    response it says it will make, is a threat (evaccuse, session 7). 'warned that prices
    will rise if the drought lasts' names no party that acts."""
    if not enabled("conditional_content"):
        return False
    for clause in _said_clauses(verb):
        if not any(a.dep_ == "aux" and a.lower_ in _FUTURE_AUX for a in clause.children):
            continue
        subj = [c for c in clause.children if c.dep_ == "nsubj"]
        if not subj or not resolve_np(subj[0], ctx):
            continue
        conditional = any(c.dep_ == "advcl" and any(
            m.dep_ == "mark" and m.lower_ in _CONDITION_MARKS for m in c.children)
            for c in clause.children)
        if conditional or "response_verb" in classes_of([clause]):
            return True
    return False


def _xcomp_not(tok: Token, classes: list[str]) -> bool:
    """'declined to comment', 'refused to give details', 'declined to address whether X
    happened' (an open question left unanswered): no rejection of anything."""
    return not any(c.dep_ == "xcomp" and (classes_of([c]) & set(classes) or _asks_whether(c))
                   for c in tok.children)


def _asks_whether(verb: Token) -> bool:
    """The verb's complement is a whether/if question ('to say whether', 'to address if')."""
    return any(c.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ in ("whether", "if")
                                         for m in c.children) for c in verb.children)


def _head_verbs(tok: Token, lemmas: list[str]) -> bool:
    """'lodged a protest with X': the noun is the object of one of these verbs."""
    return tok.dep_ in ("dobj", "nsubjpass") and tok.head.lemma_.lower() in lemmas


def _oprd(tok: Token, classes: list[str]) -> bool:
    """'called him a liar': the object's predicate is a word of these classes."""
    preds = [t for c in tok.children if c.dep_ in ("oprd", "xcomp", "ccomp", "attr")
             for t in c.subtree]
    obj = object_of(tok)
    if obj is not None:  # the parser may hang "a liar" on the object as an apposition
        preds += [t for c in obj.children if c.dep_ in ("appos", "acl") for t in c.subtree]
    return bool(classes_of(preds) & set(classes))


def _not_setting(tok: Token, classes: list[str]) -> bool:
    """'clashed in a televised debate': words, not force."""
    return not (classes_of(_setting_words(tok)) & set(classes))


def _not_modifiers(tok: Token, words: list[str]) -> bool:
    """'a verbal clash', 'clashed verbally': not an act of force."""
    mods = [c for c in tok.children if c.dep_ in ("amod", "compound", "advmod", "nmod",
                                                  "acomp", "oprd")]
    # "pleaded not guilty": the negation hangs on the verb's complement
    mods += [g for c in mods if c.dep_ in ("acomp", "oprd") for g in c.children
             if g.dep_ in ("neg", "advmod")]
    return not (words_in(mods) & set(words))


def _under_preps(tok: Token, preps: list[str]) -> bool:
    """'workers went on strike': the noun is the object of one of these prepositions."""
    return tok.dep_ == "pobj" and tok.head.lower_ in preps


def _obj_kind_not(tok: Token, classes: list[str]) -> bool:
    """'hosted Party Night, the weekly show': the object, or the apposition the parser hangs
    on it, is a word of these classes (a show, a festival): nobody is visited."""
    obj = object_of(tok)
    if obj is None:
        return True
    words = [obj, *(c for c in obj.children if c.dep_ in ("appos", "conj"))]
    return not (classes_of(words) & set(classes))


_FUTURE_CONTENT_AUX = _FUTURE_AUX | {"must", "should", "can", "'d"}
_CONDITION_MARKS = frozenset({"if", "unless"})


def _tells_future(clause: Token) -> bool:
    """The clause tells an act still to come: a future or modal auxiliary ('would strike',
    'could be cut'), 'going to', a condition ('if they come ...'), or a conjunct that does."""
    if any(a.dep_ in ("aux", "auxpass") and a.lower_ in _FUTURE_CONTENT_AUX
           for a in clause.children):
        return True
    if clause.lemma_.lower() == "go" and any(c.dep_ == "xcomp" for c in clause.children):
        return True  # "was going to strike"
    if any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in _CONDITION_MARKS
                                     for m in c.children) for c in clause.children):
        return True
    return any(c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and _tells_future(c)
               for c in clause.children)


def _said_clauses(tok: Token) -> list[Token]:
    """What a verb or noun of saying says: its that-clause ('warned that ...', 'a warning
    that ...', which the parser may hang on the noun as a clausal modifier)."""
    out = [c for c in tok.children if c.dep_ == "ccomp" or (
        tok.pos_ == "NOUN" and c.dep_ in ("acl", "relcl") and
        any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children))]
    if tok.pos_ == "NOUN" and tok.dep_ == "dobj" and not out:
        # "received a warning from X that ...": the clause hung on the verb
        out = [c for c in tok.head.children if c.dep_ == "ccomp" and c.i > tok.i]
    if tok.pos_ == "NOUN" and tok.dep_ == "pobj" and tok.head.head.pos_ == "VERB" and \
            not out and enabled("noun_clause_on_verb"):
        # "came after a warning from X that the house would be struck": the that-clause
        # hung on the verb of the noun's preposition (evaccuse, session 7)
        out = [c for c in tok.head.head.children if c.dep_ == "ccomp" and c.i > tok.i and
               any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)]
    return out


# pronouns that stand for people or groups in a clause ('it', 'this' mostly do not)
def _clause_names_party(tok: Token, ctx: ActorContext) -> bool:
    """Rule `clause_party` (evargs25): 'complained that the government had rigged the vote',
    'complained that he was never paid': the that-clause of a grievance names a party (a
    word that resolves as an actor, or a pronoun of people); 'complained that the room was
    cold' blames no one and is no accusation. A trigger with no that-clause is left to its
    other conditions."""
    clauses = _said_clauses(tok)
    if not clauses:
        return True
    pronouns = argument_words()["party_pronouns"]
    for clause in clauses:
        for t in clause.subtree:
            if t.lower_ in pronouns and t.pos_ == "PRON":
                return True
            if t.pos_ in ("NOUN", "PROPN") and resolve_np(t, ctx):
                return True
    return False


def _said_clause(tok: Token, required: bool) -> bool:
    return not required or bool(_said_clauses(tok))


def _future_content(tok: Token, required: bool) -> bool:
    """'warned that it would retaliate' is a threat; 'warned that the offensive was harming
    its image' tells what is being done, no act to come: no threat. A warning without a
    that-clause ('warned of consequences', 'warned X not to') is left to the other
    conditions."""
    clauses = _said_clauses(tok)
    return not required or not clauses or any(_tells_future(c) for c in clauses)


_BACK_REFERENCES = frozenset({"it", "its", "they", "their", "them", "he", "his", "him", "she",
                              "her", "itself", "themselves"})


def _content_about_object(tok: Token, required: bool) -> bool:
    """'warned Ruritania that its offensive was ruining its image': telling a party what it
    is doing wrong (a that-clause about the object, no act to come) criticizes it; 'warned
    residents that the water was unsafe' (a clause not about them) does not."""
    if not required:
        return True
    obj = object_of(tok)
    clauses = _said_clauses(tok)
    if obj is None or obj.dep_ != "dobj" or not clauses or \
            any(_tells_future(c) for c in clauses):
        return False
    names = {t.lower_ for t in obj.subtree if t.pos_ == "PROPN"}
    return any(t.lower_ in _BACK_REFERENCES or t.lower_ in names
               for c in clauses for t in c.subtree)


_COLLECTIVE_WORDS = frozenset({"union", "unions", "staff", "workforce", "they", "we",
                               "crew", "crews", "faculty", "personnel"})


def _collective_subject(tok: Token, required: bool) -> bool:
    """'nurses struck for a week', 'the union struck': a strike is done by many; one person
    who 'struck' (a headline: 'Woman struck, killed') is not on strike. No subject at all
    ('went on to strike') is left to the other conditions."""
    subj = _subject_words(tok)
    if not required or not subj:
        return True
    return any(t.tag_ in ("NNS", "NNPS") or t.pos_ == "NUM" or
               t.ent_type_ in ("ORG", "NORP") or t.lemma_.lower() in _QUANTITY_NOUNS or
               t.lower_ in _COLLECTIVE_WORDS for t in subj)


def _asked_content(tok: Token, required: bool) -> bool:
    """'asked Turkey to mediate', 'asked that talks resume', 'asked Kyiv for help', 'asked
    him a favour': a request says what it asks; 'the lawyer asked the witness', with nothing
    asked, is a question put in court or in an interview."""
    if not required:
        return True
    return any(c.dep_ in ("xcomp", "ccomp", "dative") or
               (c.dep_ == "prep" and c.lower_ == "for") or
               (c.dep_ == "advcl" and to_infinitive(c))
               for c in tok.children)


def _prep_object(tok: Token, classes: list[str]) -> bool:
    """'placed the town under quarantine', 'put them into isolation': the object of one of
    the verb's own prepositions is a word of these classes (evtypes3, session 9)."""
    # a compound preposition the parser splits ('pulled out of the talks': 'of' hangs on
    # 'out') counts as the verb's own (evsenses5, session 11)
    preps = [c for c in tok.children if c.dep_ == "prep"]
    preps += [g for c in preps if not any(p.dep_ == "pobj" for p in c.children)
              for g in c.children if g.dep_ == "prep" and g.i == c.i + 1]
    return any(any(p.dep_ == "pobj" and classes_of([p]) & set(classes) for p in c.children)
               for c in preps)


_COMPLEMENT_DEPS = frozenset({"acomp", "intj", "oprd", "advmod", "prt"})


def _complement(tok: Token, classes: list[str]) -> bool:
    """'said sorry', 'said no to mediation', 'set five prisoners free', 'held Moscow
    responsible': a verb whose meaning turns on a bare word after it (an adjective, an
    interjection or an adverb the parser hangs on the verb, an adjective it makes a clause of
    'Washington responsible', or the word right after the verb whatever the parser made of
    it: 'set free more than 2,000 prisoners' parses 'free' as a modifier of the prisoners)
    (evsenses5, session 11)."""
    wanted = set(classes)
    if any((c.dep_ in _COMPLEMENT_DEPS or (c.dep_ == "ccomp" and c.pos_ == "ADJ")) and
           c.i > tok.i and classes_of([c]) & wanted for c in tok.children):
        return True
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return nxt is not None and nxt.pos_ in ("ADJ", "ADV", "INTJ", "DET") and \
        bool(classes_of([nxt]) & wanted)


def _warned_of(verb: Token, classes: list[str]) -> bool:
    """'warned Ankara of sanctions', 'warned of consequences': what the 'of' phrase names is
    a word of these classes, whether the parser hangs the phrase on the verb or on the party
    warned (evsenses5, session 11)."""
    holders = [verb, *(c for c in verb.children if c.dep_ in ("dobj", "dative"))]
    return any(c.dep_ == "prep" and c.lower_ == "of" and any(
        p.dep_ == "pobj" and classes_of([p]) & set(classes) for p in c.children)
        for h in holders for c in h.children)


_FORCE_TYPES = frozenset({"ASSAULT", "COERCE", "SANCTION"})
# what an ultimatum's alternative may be besides an act of force of the lexicon ('or face
# arrest', 'or be wiped out')
_ULTIMATUM_VERBS = frozenset({"face", "wipe", "crush", "annihilate", "eliminate", "punish"})


def _or_else(verb: Token) -> bool:
    """'warned the rebels to disarm or be crushed', 'told the crew to leave or face arrest':
    what a party is told to do comes with force or punishment if it does not, an ultimatum,
    a threat (not a plain request) (evsenses5, session 11)."""
    verbs = lexicon()["verbs"]
    for told in verb.children:
        if told.dep_ not in ("xcomp", "ccomp") or \
                not any(c.dep_ == "cc" and c.lower_ == "or" for c in told.children):
            continue
        for alt in told.children:
            lemma = alt.lemma_.lower()
            if alt.dep_ == "conj" and (lemma in _ULTIMATUM_VERBS or any(
                    s["type"] in _FORCE_TYPES for s in verbs.get(lemma, []))):
                return True
    return False


_REASON_PREPS = frozenset({"over", "for"})


def _for_reason(noun: Token) -> bool:
    """'came under fire from Brussels over its media law', 'under fire for the delays': fire
    a party comes under for a reason is criticism; 'a convoy came under fire near Goma' is
    shooting (evsenses5, session 11). The reason hangs on the noun or on the verb it is under."""
    holders = [noun, noun.head, noun.head.head] if noun.head.dep_ == "prep" else [noun]
    # the parser may hang the reason on the critic ('from unions for the price rise')
    holders += [p for h in holders[1:] for c in h.children if c.dep_ == "prep" and
                c.lower_ == "from" for p in c.children if p.dep_ == "pobj"]
    # 'over the border', 'over Aleppo' say where (a place), not why
    return any(c.dep_ == "prep" and c.lower_ in _REASON_PREPS and not any(
        p.ent_type_ in ("DATE", "TIME", "GPE", "LOC", "FAC") or p.lemma_.lower() in _SPAN_NOUNS
        for p in c.children if p.dep_ == "pobj") for h in holders for c in h.children)


def _named_people_parties(verb: Token) -> bool:
    """Rule `verbal_attack` (lead, session 25): 'Cruz attacked Rubio', 'the senator's rival
    Ann Ruiz attacked Tom Hale': one named person attacking another, with no weapon named
    ('with a knife'), is in news a verbal attack (ACCUSE); 'gunmen attacked the mayor' and
    'troops attacked Mosul' keep their ASSAULT."""
    if not enabled("verbal_attack"):
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    obj = object_of(verb)
    if subject is None or obj is None or obj.dep_ != "dobj":
        return False
    if any(c.dep_ == "prep" and c.lower_ == "with" for h in (verb, obj) for c in h.children):
        return False
    return subject.ent_type_ == "PERSON" and obj.ent_type_ == "PERSON"


# 'under fire for two hours' is how long the shooting lasted, not why ('for the first time'
# says how often)
_SPAN_NOUNS = frozenset({"second", "minute", "hour", "day", "night", "week", "month", "while",
                         "time"})


# talks that fail by this verb alone ('talks collapsed'), or end without an outcome ('ended
# without an agreement', 'broke up without a deal'); 'broke down' fails, 'broke up' only ends
_FAILING_VERBS = frozenset({"collapse", "fail", "falter", "founder", "stall", "flounder"})
_ENDING_VERBS = frozenset({"end", "conclude", "close", "finish", "wrap", "break", "adjourn"})
_OUTCOME_WORDS = frozenset({"breakthrough", "result", "results", "progress", "consensus",
                            "compromise", "outcome"})


def _failed_outcome(noun: Token) -> bool:
    """'Talks between X and Y ended without an agreement', 'negotiations collapsed', 'the
    summit broke down': talks that failed are the parties' rejection of each other's terms,
    not a consultation (issue #11: 'failed to reach agreement' -> REJECT) (evsenses5,
    session 11). Not when negated ('the talks did not collapse') and not 'ended with a deal'."""
    verb = noun.head
    if noun.dep_ not in ("nsubj", "nsubjpass") or verb.pos_ not in ("VERB", "AUX") or \
            any(c.dep_ == "neg" for c in verb.children):
        return False
    lemma = verb.lemma_.lower()
    if lemma in _FAILING_VERBS or (lemma == "break" and _has_particle(verb, "down")):
        return True
    if lemma not in _ENDING_VERBS:
        return False
    return any(c.dep_ == "prep" and c.lower_ == "without" and any(
        p.dep_ == "pobj" and ("agreement" in classes_of([p]) or p.lower_ in _OUTCOME_WORDS)
        for p in c.children) for c in verb.children)


# types of a course of action one warns a party against as a threat ('warned Russia against
# invading'); any other course is advice ('warned the candidates against moving left')
_HOSTILE_TYPES = frozenset({"ASSAULT", "COERCE", "THREATEN", "MOBILIZE", "SANCTION",
                            "PROTEST", "REJECT"})


def _peaceful_against(tok: Token, ctx: ActorContext) -> bool:
    """'Obama warned Democrats against moving too far left': a party warned by its own side
    (both of one country) against a course told by a gerund that is no hostile act (by the
    lexicon's senses of that verb) is advised, a REQUEST; 'Russia warned Ukraine against
    joining NATO' (another state), 'warned X against invading', 'against pursuing nuclear
    weapons' and 'against any misadventure' (a noun) stay threats (evtypes3, session 9)."""
    heads = [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "against"
             for p in c.children if p.dep_ == "pcomp" and p.tag_ == "VBG"]
    obj = object_of(tok)
    if not heads or obj is None:
        return False
    warner = {r.country for t in subject_tokens(tok) for r in resolve_np(t, ctx) or []}
    warned = {r.country for r in resolve_np(obj, ctx) or []}
    if not warner or warner != warned or None in warner:
        return False  # one state warning another against a course is coercive diplomacy
    for h in heads:
        sense = sense_of(h, ctx)
        if (sense is not None and sense["type"] in _HOSTILE_TYPES) or \
                classes_of(list(h.subtree)) & {"violence", "weapons", "troops"}:
            return False
    return True


_DIRECTIVE_AUX = frozenset({"should", "must", "shall"})
# present-tense verbs that tell a state, not an act asked for ("suggested that people are")
_STATIVE_LEMMAS = frozenset({"be", "have", "seem", "appear", "remain", "exist", "know",
                             "think", "believe", "mean", "show", "look", "feel", "tend",
                             "need", "want", "like", "lack", "contain", "depend"})


def _directive_content(tok: Token, required: bool) -> bool:
    """'advised its citizens to leave', 'recommended that citizens stop using the browser',
    'suggested that he resign', 'urged that users should patch': the verb tells a party what
    to do (an object with an infinitive, or a that-clause with 'should' or a bare verb);
    'the study suggested that pollution was rising', 'recommended the stock' and a rule's
    or a report's own advice ('the manual advises detaining migrants for at most three
    hours') ask nothing of anyone (evtypes3, session 9)."""
    if not required:
        return True
    if classes_of(_subject_words(tok)) & {"guidance_word", "document_word"}:
        return False  # "the manual advises detaining migrants": a rule
    for c in tok.children:
        if c.dep_ in ("xcomp", "ccomp") and to_infinitive(c) and (
                object_of(tok) is not None or any(s.dep_ == "nsubj" for s in c.children)):
            return True  # "encouraged customers to test the update"
        if c.dep_ in ("xcomp", "ccomp", "dobj") and c.tag_ == "VBG" and c.i > tok.i and \
                not any(s.dep_ in ("nsubj", "aux") for s in c.children):
            return True  # "suggested applying the fix", "recommended avoiding travel"
        if c.dep_ != "ccomp" or c.i < tok.i:
            continue
        aux = [a for a in c.children if a.dep_ in ("aux", "auxpass")]
        if any(a.lower_ in _DIRECTIVE_AUX for a in aux):
            return True
        if aux or c.lemma_.lower() in _STATIVE_LEMMAS or \
                not any(s.dep_ in ("nsubj", "nsubjpass") for s in c.children):
            continue
        if c.tag_ == "VB" or (c.tag_ == "VBP" and c.pos_ == "VERB"):
            return True  # the subjunctive: "that he resign", "that all users install"
    return False


def _at_place(tok: Token, classes: list[str]) -> bool:
    """'sought refuge at the embassy': the verb's 'at'/'in'/'inside' phrase names a place
    of these classes (a diplomatic mission, whose state is asked)."""
    places = [p for c in tok.children if c.dep_ == "prep" and c.lower_ in ("at", "in", "inside")
              for p in c.children if p.dep_ == "pobj"]
    return bool(classes_of(places) & set(classes))


def _guilty_verdict(tok: Token, required: bool) -> bool:
    """The verb gives a verdict of guilt (`convicted_by_verdict`)."""
    return not required or convicted_by_verdict(tok) is not None


def _aimed_at(tok: Token, required: bool) -> bool:
    """'pointed a rifle at the diplomats': an 'at' phrase on the verb or on its object (the
    parser hangs it on either); 'pointed to rising costs' has none."""
    obj = object_of(tok)
    heads = [tok] if obj is None else [tok, obj]
    return not required or any(c.dep_ == "prep" and c.lower_ == "at" and any(
        p.dep_ == "pobj" for p in c.children) for h in heads for c in h.children)


def _not_preps(tok: Token, preps: list[str]) -> bool:
    """'the marchers backtracked to the square': a preposition of motion makes the verb a
    movement, not the act of the sense (a concession)."""
    return not any(c.dep_ == "prep" and c.lower_ in preps for c in tok.children)


# named conditions of a lexicon sense: sense key -> test(token, the sense's value)
_CONDITIONS: dict[str, Callable[[Token, Any], bool]] = {
    "xcomp_not": _xcomp_not, "head_verbs": _head_verbs, "oprd": _oprd,
    "not_setting": _not_setting, "not_modifiers": _not_modifiers, "under_preps": _under_preps,
    # evarticles (session 7)
    "obj_kind_not": _obj_kind_not, "future_content": _future_content,
    "content_about_object": _content_about_object, "collective_subject": _collective_subject,
    "asked_content": _asked_content, "at_place": _at_place, "said_clause": _said_clause,
    # evtypes (session 8)
    "guilty_verdict": _guilty_verdict, "aimed_at": _aimed_at, "not_preps": _not_preps,
    # evtypes2 (session 8)
    "obj_head": lambda tok, classes: _obj_head(tok, classes),
    "not_prt": lambda tok, particles: not any(_has_particle(tok, p) for p in particles),
    # evtypes3 (session 9)
    "directive_content": _directive_content, "prep_object": _prep_object,
    # evsenses5 (session 11)
    "complement": lambda tok, classes: _complement(tok, classes),
    "failed_outcome": lambda tok, required: not required or _failed_outcome(tok),
    "warned_of": lambda tok, classes: _warned_of(tok, classes),
    "or_else": lambda tok, required: not required or _or_else(tok),
    "for_reason": lambda tok, required: not required or _for_reason(tok),
    # lead (session 25): 'Cruz attacked Rubio' (ACCUSE)
    "named_people_parties": lambda tok, required: not required or _named_people_parties(tok),
    # evreal6 (session 12)
    "owner_named": lambda tok, required: not required or _owner_named(tok),
    # evreal9 (session 13): 'pleaded not guilty', 'pleaded innocent' (a REJECT of the charge)
    "modifiers_also": lambda tok, words: not _not_modifiers(tok, words),
    # evtypes19 (session 22): 'handed Ukraine a loan', 'fined the airline $1 million'
    "dative_party": lambda tok, required: not required or _dative_party(tok),
    "object_preps": lambda tok, preps: _verb_or_object_prep(tok, preps),
    "let_go": lambda tok, classes: _let_go(tok, classes),
    "not_marks": lambda tok, marks: not any(c.dep_ == "mark" and c.lower_ in marks
                                            for c in tok.children),
    "invited_to": lambda tok, classes: _invited_to(tok, classes),
    "dative_of": lambda tok, classes: _dative_party(tok) and bool(classes_of(
        [t for c in tok.children if c.dep_ == "dative" for t in c.subtree]) & set(classes)),
    # evseedtypes23 (session 23)
    "clause_not": lambda tok, classes: _clause_not(tok, classes),
    "refusal_aux": lambda tok, required: not required or _refusal_aux(tok),
    "purpose_verbs": lambda tok, lemmas: _purpose_verbs(tok, lemmas)}


def _purpose_verbs(verb: Token, lemmas: list[str]) -> bool:
    """Rule `aid_purpose` (evseedtypes23): 'sent 200 troops to Niger to train its army',
    'deployed soldiers to advise Iraqi units': forces sent to train or advise another's are
    military aid (AID), not a deployment; the purpose is a to-infinitive on the verb."""
    return enabled("aid_purpose") and any(
        c.dep_ in ("advcl", "xcomp") and c.lemma_.lower() in lemmas and
        any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        for c in verb.children)


_REFUSAL_AUX = frozenset({"will", "would", "wo", "'ll", "shall"})


def _refusal_aux(verb: Token) -> bool:
    """Rule `refusal_aux` (evseedtypes23): 'said they would not negotiate while foreign
    troops remain', 'will not talk to the junta': a party's own 'will not' or 'would not' is
    a refusal (REJECT, asserted); 'did not negotiate' only denies a past act. Off, no
    negated talks are refusals."""
    return enabled("refusal_aux") and any(
        a.dep_ == "aux" and a.lower_ in _REFUSAL_AUX for a in verb.children)


def _clause_not(tok: Token, classes: list[str]) -> bool:
    """Rule `clause_not` (evseedtypes23): 'a drawdown of oil reserves', 'the drawdown of the
    loan' is money or stock drawn on, not troops pulled out: no word of these classes in the
    trigger's own phrase (a noun's subtree, a verb's object)."""
    if not enabled("clause_not"):
        return True
    words = list(tok.subtree) if tok.pos_ == "NOUN" else _object_tokens(tok)
    return not (classes_of(words) & set(classes))


def _invited_to(tok: Token, classes: list[str]) -> bool:
    """'invited both sides to talks', 'invited the leader to visit Paris', 'invited X to
    attend the summit': what the invitation asks to (the infinitive, its object's head, or the
    head noun of the verb's to/for phrase) is a word of these classes; a word elsewhere in the
    sentence ('invited X to appear before the police over a brawl at a meeting') is not."""
    heads: list[Token] = []
    for c in tok.children:
        if c.dep_ == "xcomp":
            heads += [c, *(o for o in c.children if o.dep_ == "dobj")]
        elif c.dep_ == "prep" and c.lower_ in ("to", "for"):
            heads += [p for p in c.children if p.dep_ == "pobj"]
    return bool(classes_of(heads) & set(classes))


_LET_GO_VERBS = frozenset({"go"})


def _let_go(tok: Token, classes: list[str]) -> bool:
    """Rule `let_go` (evtypes19): 'let 39 detainees go free', 'let the sailors go home': the
    verb lets people of these classes go (the parser makes them the subject of 'go', or the
    verb's object); 'let women return to universities' is no release."""
    if not enabled("let_go"):
        return False
    for c in tok.children:
        if c.dep_ in ("ccomp", "xcomp") and c.lemma_.lower() in _LET_GO_VERBS:
            people = [t for s in c.children if s.dep_ == "nsubj" for t in s.subtree]
            people += _object_tokens(tok)
            if classes_of(people) & set(classes):
                return True
    return False


def _verb_or_object_prep(tok: Token, preps: list[str]) -> bool:
    """'placed a $3 billion deposit with the central bank': one of these prepositions, with
    its object, on the verb or on the verb's object (the parser hangs it on either)."""
    obj = object_of(tok)
    heads = [tok] if obj is None else [tok, obj]
    return any(c.dep_ == "prep" and c.lower_ in preps and any(p.dep_ == "pobj" for p in c.children)
               for h in heads for c in h.children)


def _dative_party(tok: Token) -> bool:
    """Rule `dative_party` (evtypes19): 'handed Ukraine a $3 billion loan', 'fined the
    airline $1.2 million': a bare noun between the verb and its object (the parser's dative,
    not a 'to' phrase) names who receives the act, so a sense that needs it holds."""
    return enabled("dative_party") and any(
        c.dep_ == "dative" and c.pos_ in ("NOUN", "PROPN", "PRON") for c in tok.children)


def _owner_named(tok: Token) -> bool:
    """'overturned a Bush regulation', 'rescinded Brown's order', 'struck down a rule of the
    Reagan era': the thing acted on (object, or a passive's subject) is owned by a party
    named by a proper noun (possessive, name compound, or an 'of' phrase's name), so
    undoing it is done to that party (not 'reversed its decision': its own)."""
    heads = _object_head_words(tok)
    if not heads and (tok.dep_ == "relcl" or tok.tag_ == "VBN"):
        heads = [tok.head] if tok.dep_ in ("relcl", "acl") else []
    if not heads:
        heads = [c for c in tok.children if c.dep_ == "nsubjpass"]
    for head in heads:
        nodes = [head]
        for _ in range(2):  # "one of the measures of the Reagan era"
            nodes += [p for n in nodes for c in n.children if c.dep_ == "prep" and
                      c.lower_ == "of" for p in c.children if p.dep_ == "pobj" and p not in nodes]
        for node in nodes:
            for c in node.children:
                if c.dep_ in ("poss", "compound") and c.pos_ == "PROPN":
                    return True
                if c.dep_ == "compound" and any(g.dep_ == "compound" and g.pos_ == "PROPN"
                                                for g in c.children):
                    return True  # "a Bush administration plan"
    return False


_SETTING_PREPS = frozenset({"in", "during", "on", "via", "through"})


def _setting_words(tok: Token) -> list[Token]:
    """Where an act took place when that is a medium: 'in a speech', 'during a debate',
    'on Twitter' (the object nouns of the verb's own prepositions)."""
    return [p for c in tok.children if c.dep_ == "prep" and c.lower_ in _SETTING_PREPS
            for p in c.children if p.dep_ == "pobj"] + \
        [m for c in tok.children if c.dep_ == "prep" and c.lower_ in _SETTING_PREPS
         for p in c.children if p.dep_ == "pobj"
         for m in p.children if m.dep_ in ("compound", "amod")]


_RELATIVE_PRONOUNS = frozenset({"that", "which", "who", "whom"})


def _object_head_words(tok: Token) -> list[Token]:
    """The object's head noun and its conjuncts ('the accusations and claims'), or the passive
    subject's; for a verb without one, the head of 'as X' ('rejected it as false')."""
    obj = object_of(tok)
    if obj is None:
        return []
    if obj.lower_ in _RELATIVE_PRONOUNS and tok.dep_ == "relcl" and enabled("relative_object"):
        # "a hole that attackers have been exploiting": the relative pronoun stands for the
        # noun the clause modifies (evtypes3, session 9)
        obj = tok.head
    return [obj, *[c for c in obj.children if c.dep_ == "conj"]]


def _shared_object_heads(tok: Token) -> list[Token]:
    """Rule `shared_object_not` (session 18): `_object_head_words`, or for a verb with no
    object of its own, its coordinated verb's ('destroyed or hid evidence', 'hid and then
    destroyed the files'), so that a sense's obj_not sees the object the verbs share, as its
    obj does."""
    heads = _object_head_words(tok)
    if heads or tok.pos_ != "VERB" or not enabled("shared_object_not"):
        return heads
    for c in tok.children:
        if c.dep_ == "conj" and c.pos_ == "VERB":
            return _object_head_words(c)
    return _object_head_words(tok.head) if tok.dep_ == "conj" else []


def _obj_head(tok: Token, classes: list[str]) -> bool:
    """The object's head noun (not any word under it) has one of these classes: 'tightened
    security' is a show of force, 'increased its involvement in security affairs' is not."""
    return bool(classes_of(_object_head_words(tok)) & set(classes))


def _asks_for_self(verb: Token) -> bool:
    """'asked not to be identified': a source's condition, not a request to another party."""
    if object_of(verb) is not None or has_prep(verb, ["for"]):
        return False  # "asked for the investigation to be resumed" is a request
    return any(c.dep_ == "xcomp" and any(x.dep_ == "auxpass" for x in c.children)
               for c in verb.children)


_QUESTION_WORDS = frozenset({"why", "whether", "how", "what", "when", "where", "who", "whom",
                             "which", "if"})


def _asks_a_question(verb: Token) -> bool:
    """'asked why the aid stopped', 'asking whether talks would resume': a question, not a
    request (a request has an object to do something, or asks for something)."""
    for c in verb.children:
        if c.dep_ in ("ccomp", "advcl") and c.i > verb.i and any(
                t.lower_ in _QUESTION_WORDS and t.i < c.i and t.dep_ in (
                    "advmod", "mark", "nsubj", "dobj", "attr", "dep")
                for t in c.subtree):
            return not any(x.dep_ == "xcomp" for x in verb.children)
        if c.dep_ == "punct" and c.text == "?":
            return True
    return False


# ----------------------------------------------------------------------------- embeddings


@functools.lru_cache(maxsize=1)
def type_prototypes() -> tuple[list[str], Any]:
    """Type labels and unit vectors of our example phrases (computed once per process)."""
    from newsweave.diskcache import cached
    from newsweave.nlp.models import embed, embedder_key, remember

    labels: list[str] = []
    texts: list[str] = []
    for etype, spec in plover_types().items():
        for example in [spec["description"], *spec["examples"]]:
            labels.append(etype)
            texts.append(example)
    # the same call's vectors, kept on disk (0.4 s of CPU per process): bit-identical
    vectors = cached("type_prototypes", embedder_key() + "\n" + "\n".join(texts),
                     lambda: embed(texts))
    remember(texts, vectors)  # as if embedded here: a phrase equal to an example reuses it
    return labels, vectors


def predicate_phrase(verb: Token) -> str:
    """The verb with its particles, object and prepositional phrases (no subject/clauses)."""
    keep: list[Token] = [verb]
    for c in verb.children:
        if c.dep_ in ("prt", "dobj", "dative", "prep", "acomp", "neg") and c.i > verb.i:
            keep.extend(t for t in c.subtree if t.dep_ not in ("relcl", "acl", "advcl"))
    keep = sorted(set(keep), key=lambda t: t.i)[:14]
    return " ".join(t.text for t in keep)


def classify_phrases(phrases: list[str]) -> list[tuple[str, float]]:
    """Best PLOVER type and its score for each phrase (one embedding batch)."""
    if not phrases:
        return []
    import numpy as np

    from newsweave.config import settings


    labels, protos = type_prototypes()
    vecs = embed_single_threaded(phrases)
    sims = np.asarray(vecs) @ np.asarray(protos).T
    out: list[tuple[str, float]] = []
    # cosine to the nearest type example (chosen for precision) and lead over the best
    # example of any other type: settings events.embed_threshold, events.embed_margin
    threshold = settings()["events.embed_threshold"]
    margin = settings()["events.embed_margin"]
    for row in sims:
        best_by_type: dict[str, float] = {}
        for label, score in zip(labels, row, strict=False):
            if score > best_by_type.get(label, -1.0):
                best_by_type[label] = float(score)
        ranked = sorted(best_by_type.items(), key=lambda kv: -kv[1])
        (top, s1), (_, s2) = ranked[0], ranked[1]
        if s1 >= threshold and s1 - s2 >= margin:
            out.append((top, s1))
        else:
            out.append(("", s1))
    return out


def embed_single_threaded(phrases: list[str], batch_size: int | None = None) -> Any:
    """One small batch (at most 40 short phrases per article) is fastest on one thread:
    on a busy 2-core machine, intra-op threads made the call ~10x slower (0.8 s vs 30 ms,
    benchmarks/events_timing.py). The setting is restored afterwards. `batch_size`: texts
    per forward pass (default: embed's)."""
    from newsweave.nlp.models import embed, embedder_backend

    def run() -> Any:
        return embed(phrases) if batch_size is None else embed(phrases, batch_size=batch_size)

    if embedder_backend() != "torch":  # numpy's BLAS runs on one thread already (nlp.models)
        return run()
    import torch

    before = torch.get_num_threads()
    torch.set_num_threads(1)
    try:
        return run()
    finally:
        torch.set_num_threads(before)


def trigger_candidates(doc: Doc, ctx: ActorContext) -> list[Candidate]:
    """Every typed trigger of an article: lexicon senses, then the fallback typer for the
    verbs the lexicon misses; contest words of sport are none ("beat", "attacked" in a
    match report)."""
    from newsweave.extract.event_typer import fallback_typer  # hook (eventdata): typer switch
    from newsweave.extract.lemmas import repair_lemmas, repair_nominal_verbs
    from newsweave.extract.sports import played_not_fought, sports_report

    if enabled("lemma_repair"):
        repair_lemmas(doc)
    if enabled("nominal_verb"):
        # "held joint drills": 'drills' tagged as a verb is the event noun (evtypes2)
        repair_nominal_verbs(doc, lexicon()["nouns"].keys())
    candidates: list[Candidate] = []
    unmatched: list[Token] = []
    ignore = lexicon()["ignore_predicates"]
    for tok in doc:
        if ctx.by_token.get(tok.i) is not None and tok.pos_ != "VERB":
            _trace_senses(tok, "trigger", "name_token")
            continue  # "Security Council", "Defense Ministry" are names, not events
        if tok.pos_ == "VERB" and tok.dep_ == "amod" and enabled("participle_modifier"):
            _trace_senses(tok, "trigger", "participle_modifier")
            continue  # "returned 20 abducted children": a state of the children, told before
        sense = sense_of(tok, ctx)
        if sense is None:
            _trace_senses(tok, "sense", "conditions")
        if sense is None and tok.pos_ == "VERB" and enabled("joint_action") and \
                _joint_action(tok):
            sense = {"type": "COOPERATE", "_rule": "joint_action"}
        if sense is not None:
            candidates.append(Candidate(tok, sense))
        elif tok.pos_ == "VERB" and tok.lemma_.lower() not in ignore and \
                not (enabled("light_verb_event") and _light_verb_of_event(tok, ctx)):
            unmatched.append(tok)
    candidates.extend(embedding_candidates(unmatched, ctx, fallback_typer()))
    if enabled("sports_context"):
        in_report = sports_report(doc)
        played = [c for c in candidates if played_not_fought(c.trigger, in_report)
                  and not _legal_act(c)]
        for c in played:
            drop_trace.note(c.trigger, c.sense.get("type"), "trigger", "sports_context")
        candidates = [c for c in candidates if c not in played]
    return drop_false_senses(candidates, ctx)  # hook (evprecision): extract.false_senses


def _trace_senses(tok: Token, step: str, rule: str) -> None:
    """(Only inside drop_trace.tracing()) the types of the lexicon senses of a token that
    gives no candidate, each noted as dropped at `step` by `rule`."""
    if not drop_trace.active() or tok.pos_ not in ("VERB", "NOUN"):
        return
    lex = lexicon()
    kind = "verbs" if tok.pos_ == "VERB" else "nouns"
    senses = lex[kind].get(tok.lemma_.lower()) or lex[kind].get(tok.lower_) or []
    for etype in dict.fromkeys(s.get("type") for s in senses):
        drop_trace.note(tok, etype, step, rule)


_TOGETHER_WORDS = frozenset({"jointly", "together"})
_JOINT_WORDS = frozenset({"joint", "combined", "coordinated"})


def _joint_action(verb: Token) -> bool:
    """'German and Norwegian engineers are jointly building submarines', 'Ukrainian and
    Polish guards set up joint checkpoints', 'police worked together with Interpol': any act
    two parties do together (a conjoined subject, or one with a 'with'/'alongside' partner)
    told as joint is their cooperation, whatever the verb (evtypes4, session 10). Without
    two parties ('he jointly owns the house') or a joint word, nothing."""
    adverb = any(c.dep_ == "advmod" and c.lower_ in _TOGETHER_WORDS for c in verb.children)
    obj = object_of(verb)
    joint_obj = obj is not None and obj.dep_ == "dobj" and any(
        c.dep_ in ("amod", "compound") and c.lower_ in _JOINT_WORDS for c in obj.children)
    if not (adverb or joint_obj) or verb.lemma_.lower() in lexicon()["do_verbs"]:
        return False  # "signed a joint plan", "held joint drills": the noun tells the event
    subj = [c for c in verb.children if c.dep_ == "nsubj"]
    two = any(t.dep_ == "conj" and t.head.i >= s.left_edge.i for s in subj for t in s.subtree)
    partner = any(c.dep_ == "prep" and c.lower_ in ("with", "alongside") and
                  any(p.dep_ == "pobj" for p in c.children) for c in verb.children)
    return two or partner


# types sport never borrows for play: a charge, an arrest or a sentence in a sports story
# (or a sentence that names a bat or a stadium) is one
_LEGAL_TYPES = frozenset({"ACCUSE", "COERCE", "SANCTION"})


def _legal_act(cand: Candidate) -> bool:
    """'was charged with murder' (a contest verb in its legal sense: the sense that holds
    needs the legal preposition, 'charged with', 'charged over') keeps its type in a
    sentence that names a baseball bat; 'charged down the wing' has no such sense (evtypes,
    session 8)."""
    return enabled("legal_act_in_sport") and cand.sense["type"] in _LEGAL_TYPES and \
        "preps" in cand.sense and cand.method == "lexicon"


def _light_verb_of_event(verb: Token, ctx: ActorContext) -> bool:
    """'staged an attack', 'held talks': a light verb (do_verbs) whose object is an event noun
    of the lexicon; the noun is the event, the verb is not typed on its own."""
    if verb.lemma_.lower() not in lexicon()["do_verbs"]:
        return False
    obj = object_of(verb)
    return obj is not None and obj.pos_ == "NOUN" and sense_of(obj, ctx) is not None


def _sense_failed(verb: Token, etype: str, ctx: ActorContext | None = None) -> bool:
    """Rule `failed_sense_veto` (evtypes26, session 26): the fallback typer does not give a
    verb a type its own lexicon senses hold and whose conditions all failed here: 'the
    minister rejected the report as biased' (reject's REJECT senses want a proposal, a
    demand or an offer; a report denied is none), 'the firm raised funds' (no AID sense of
    raise holds). The lexicon's conditions on its own type are the decision; the learned
    typer adds only readings the lexicon has no sense for."""
    if not enabled("failed_sense_veto"):
        return False
    senses = [s for s in lexicon()["verbs"].get(verb.lemma_.lower()) or []
              if s.get("type") == etype and not _idiom_sense(s)]
    if senses and enabled("unclassed_object") and ctx is not None and \
            _unclassed_object(verb, senses, ctx):
        return False
    return bool(senses)


def _idiom_sense(sense: dict[str, Any]) -> bool:
    """Rule `idiom_no_veto` (evtypes28, session 28): a sense marked idiom ('came to terms',
    'put pen to paper on a pact') holds only for its fixed words; that it fails says
    nothing of the verb's other readings ('came to the rescue', 'put forward a plan'), so it
    vetoes none of the learned typer's."""
    return bool(sense.get("idiom")) and enabled("idiom_no_veto")


_OBJECT_CLASS_KEYS = ("obj", "obj_head")


def _unclassed_object(verb: Token, senses: list[dict[str, Any]], ctx: ActorContext) -> bool:
    """Rule `unclassed_object` (evtypes27, session 27): the failed-sense veto stands aside
    when a sense of the type failed only on the word class of its object and that object's
    head is a common noun no class of the lexicon knows ('locked up a retired general',
    'rushed field hospitals to the towns', 'waived visa fees for pilgrims'): the lexicon
    has no opinion on that word, so the learned typer's reading stands. A classed object
    ('rejected the report as biased': a report is an allegation, no proposal) keeps the
    veto, and so does a sense that fails on anything else."""
    obj = object_of(verb)
    if obj is None or obj.pos_ != "NOUN" or obj.ent_type_ or \
            classes_of([obj, *(c for c in obj.children if c.dep_ == "compound")]):
        return False
    return any(any(k in s for k in _OBJECT_CLASS_KEYS) and
               _sense_holds(verb, {k: v for k, v in s.items() if k not in _OBJECT_CLASS_KEYS},
                            ctx)
               for s in senses)


def _object_carries_event(verb: Token, etype: str, ctx: ActorContext) -> bool:
    """Rule `event_object_veto` (lead, session 26): the learned typer does not type a verb
    whose subject undergoes the act its object names (the lexicon's undergo_verbs: 'faced
    corruption charges', 'faced criticism in Lima', 'drew condemnation': the one who faces
    charges is the accused, never the accuser), nor give a verb the type of an act told by
    a verb inside its object ('discussed options for backing Armenia': the backing is read
    by its own sense, as an option). An event noun in the object does not veto: its own
    event is often dropped later ('submitted a request', 'won the endorsement of X'), and
    the verb's reading is then the one that names the parties."""
    if not enabled("event_object_veto"):
        return False
    obj = object_of(verb)
    if obj is None or obj.pos_ not in ("NOUN", "PROPN"):
        return False
    lex = lexicon()
    if verb.lemma_.lower() in lex["undergo_verbs"]:
        return True
    for t in obj.subtree:
        if t.i != verb.i and t.pos_ == "VERB":
            sense = sense_of(t, ctx)
            if sense is not None and sense.get("type") == etype:
                return True
    return False


def _trace_typer_gates(gated: list[Token], pending: list[Token],
                       typed: list[tuple[str, float]]) -> None:
    """(Only inside drop_trace.tracing()) what the learned typer would give the verbs its
    gates kept from it (passive, no resolved subject, no object) and the verbs it left
    below its threshold: noted as dropped at step 'typer' by 'gate' or 'threshold'."""
    from newsweave.extract.event_typer import classify_tokens

    below = [v for v, (etype, _) in zip(pending, typed, strict=False) if not etype]
    for toks, rule in ((gated, "gate"), (below, "threshold")):
        for verb, (etype, p) in zip(toks, classify_tokens(toks, threshold=0.0), strict=False):
            if p >= 0.3:
                drop_trace.note(verb, etype, "typer", f"{rule}:{p:.2f}")


def embedding_candidates(verbs: list[Token], ctx: ActorContext,
                          classify: Any = None) -> list[Candidate]:
    """Verbs outside the lexicon with an actor and a recipient or object, classified in batch
    (by `classify`, tokens -> [(type or "", score)], when given: extract.event_typer)."""
    pending: list[Token] = []
    reporting = reporting_verbs()
    for verb in verbs:
        lemma = verb.lemma_.lower()
        if lemma in reporting or verb.dep_ in ("amod", "compound", "aux", "auxpass"):
            continue
        if is_passive(verb):
            continue
        subj = subject_tokens(verb) or inherited_subject(verb)
        if not subj or not resolve_all(subj, ctx):
            continue
        has_obj = any(c.dep_ in ("dobj", "dative") for c in verb.children)
        has_rec = bool(recipient_args(verb, ctx, owner_ok=False))
        obj = object_of(verb)
        if obj is not None and resolve_all([obj], ctx):
            has_rec = True
        if not (has_obj and has_rec) and not (has_rec and lemma not in ("be", "have")) and \
                not (classify is not None and has_obj and lemma not in ("be", "have")):
            continue  # dyadic predicates only (the classifier also takes transitive ones)
        pending.append(verb)
        if len(pending) >= 40:
            break
    phrases = [predicate_phrase(v) for v in pending]
    typed = classify(pending) if classify is not None else classify_phrases(phrases)
    if drop_trace.active():
        _trace_typer_gates([v for v in verbs if v not in pending], pending, typed)
    out: list[Candidate] = []
    for verb, (etype, score) in zip(pending, typed, strict=False):
        if etype and _sense_failed(verb, etype, ctx):
            drop_trace.note(verb, etype, "typer", "failed_sense_veto")
            continue
        if etype and _object_carries_event(verb, etype, ctx):
            drop_trace.note(verb, etype, "typer", "event_object_veto")
            continue
        if not etype:
            continue
        sense: dict[str, Any] = {"type": etype}
        if etype in ("CONSULT", "ASSAULT", "ACCUSE", "SUPPORT", "SANCTION", "COERCE"):
            sense["obj_actor"] = True
        sense["_rule"] = f"embedding:{etype}"
        out.append(Candidate(verb, sense, method="embedding", confidence=round(score, 3)))
    return out
