"""PLOVER 2.0 events from the dependency parse: who did what to whom, how sure, said by whom.

A predicate is a verb or an event noun found in the trigger lexicon (lexicons/
event_lexicon.json, senses tried in order), or a verb the lexicon misses whose predicate phrase
is close enough to our type prototypes (lexicons/plover_types.json) in the bundled sentence-
embedding space. Arguments come from the parse: the subject (or the "by" agent, or the subject
inherited through "poised to", "decided to", conjunctions and purpose clauses) is the actor;
the object, dative, "to X", "with X", "on X" or "against X" is the recipient. Event nouns take
their actor from a possessive, a modifier ("Russian aid", "Taliban attack"), "by"/"from"/
"between" phrases, or the subject of a light verb ("held a meeting", "launched attacks").
An event needs at least one resolvable actor; types that PLOVER says need a recipient need one.
Modality comes from newsweave.extract.modality, attribution from the quotes (an event inside a
quote takes its speaker) or from the reporting clause ("X said that ...", "according to X").
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import itertools
from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from newsweave.extract.ablation import enabled
from newsweave.extract.actors import (
    BARE_STATE_NOUNS,
    STATE_SECTORS,
    ActorContext,
    build_context,
    build_gazetteer,
    describe,
    fallback_country,
    people_noun,
    resolve_np,
    state_ref,
)
from newsweave.extract.geo import article_locations, story_countries
from newsweave.extract.lexicon import load_json
from newsweave.extract.modality import modality_of
from newsweave.model import ActorRef, Article, Event, Location, Mention, Quote, stable_id
from newsweave.nlp.dates import normalize_date
from newsweave.nlp.docindex import doc_index, span_table

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

EMBED_THRESHOLD = 0.60  # cosine to the nearest type example; chosen for precision
EMBED_MARGIN = 0.08  # over the best example of any other type
SPEECH_CONTENT_TYPES = frozenset({"REQUEST", "THREATEN", "REJECT", "ACCUSE"})
# types whose agentless passive still tells an event ("were killed", "was abducted")
AGENTLESS_TYPES = frozenset({"ASSAULT"})
# event nouns of acts done by their 'of' phrase ("visit of X", "withdrawal of X's troops");
# for the others 'of' names who undergoes it ("release of the hostages", "arrest of X")
OF_AGENT_NOUNS = frozenset({"visit", "trip", "tour", "arrival", "departure", "withdrawal",
                            "pullout", "pull-out", "retreat", "exit", "protest", "march",
                            "rally", "demonstration", "strike", "walkout", "sit-in",
                            "boycott", "mobilization", "mobilisation", "meeting", "summit"})
# types whose recipient may be unnamed people ("killed three soldiers", "detained 20 students")
VICTIM_TYPES = frozenset({"ASSAULT", "COERCE"})
RECIPROCAL_TYPES = frozenset({"CONSULT", "COOPERATE", "AGREE"})
_MUTUAL_FIGHTING = frozenset({"clash", "clashes", "skirmish", "skirmishes", "battle",
                              "fighting", "firefight", "gunfight"})
_MEDIATOR_LEMMAS = frozenset({"mediate", "mediated", "broker", "brokered", "sponsor",
                              "sponsored", "host", "hosted", "facilitate", "facilitated",
                              "mediator", "mediators"})
_CONTRAST_MARKS = frozenset({"while", "whereas", "although", "though"})
_RECIPIENT_PREPS = ("to", "with", "on", "upon", "against", "for", "into", "toward", "towards")


@functools.lru_cache(maxsize=1)
def _lexicon() -> dict[str, Any]:
    lex = dict(load_json("event_lexicon.json"))
    lex["class_of"] = {}
    for cls, words in lex["classes"].items():
        for w in words:
            lex["class_of"].setdefault(w, set()).add(cls)
    lex["entity_classes"] = {label: frozenset(classes)
                             for label, classes in lex["entity_classes"].items()}
    for key in ("do_verbs", "receiver_verbs", "control_verbs", "reject_when_negated",
                "ignore_predicates"):
        lex[key] = frozenset(lex[key])
    return lex


@functools.lru_cache(maxsize=1)
def _types() -> dict[str, Any]:
    return dict(load_json("plover_types.json")["types"])


@functools.lru_cache(maxsize=1)
def _reporting_verbs() -> frozenset[str]:
    return frozenset(load_json("modality.json")["reporting_verbs"])


@functools.lru_cache(maxsize=1)
def _media_names() -> frozenset[str]:
    gaz = build_gazetteer()
    names = {k for k, v in gaz.folded.items() if v.kind == "media"}
    names |= {k.lower() for k, v in gaz.exact.items() if v.kind == "media"}
    return frozenset(names | {"newspaper", "agency", "media", "daily", "outlet", "channel",
                              "television", "broadcaster", "website", "reports"})


@dataclass
class Candidate:
    trigger: Token
    sense: dict[str, Any]
    method: str = "lexicon"
    confidence: float = 1.0


Arg = tuple[ActorRef, "Token"]


def extract_events(
    doc: Doc, article: Article, mentions: list[Mention], quotes: list[Quote]
) -> tuple[list[Event], list[Location]]:
    """PLOVER events of one article, and every geocoded place it mentions."""
    countries = story_countries(mentions)
    locations = article_locations(mentions, countries)
    speakers = [(q.span, q.speaker) for q in quotes if q.speaker is not None]
    ctx = build_context(doc, mentions, speakers, published=article.published)  # date: roles
    if ctx.top_country is None and enabled("place_country"):
        ctx.place_country = place_country(locations)
        ctx.story_country = ctx.story_country or ctx.place_country
    candidates: list[Candidate] = []
    unmatched: list[Token] = []
    for tok in doc:
        if ctx.by_token.get(tok.i) is not None and tok.pos_ != "VERB":
            continue  # "Security Council", "Defense Ministry" are names, not events
        sense = _sense(tok, ctx)
        if sense is not None:
            candidates.append(Candidate(tok, sense))
        elif tok.pos_ == "VERB" and tok.lemma_.lower() not in _lexicon()["ignore_predicates"]:
            unmatched.append(tok)
    from newsweave.extract.event_typer import fallback_typer  # hook (eventdata): typer switch

    candidates.extend(_embedding_candidates(unmatched, ctx, fallback_typer()))
    trigger_types = {c.trigger.i: c.sense["type"] for c in candidates}
    themed = {c.trigger.i for c in candidates if "obj" in c.sense and c.trigger.pos_ == "VERB"}
    conditional = _conditional_acts(doc)
    events: list[Event] = []
    for cand in candidates:
        if _inside_speech_content(cand.trigger, trigger_types):
            continue
        if _undone_by_head(cand.trigger, trigger_types):
            continue
        if cand.sense["type"] != "PROTEST" and _theme_of_typed_verb(cand.trigger, themed):
            # (a protest crushed or dispersed still took place)
            continue
        if cand.trigger.i in conditional:
            continue  # "will withdraw ... unless": the threat's content (_conditional_threats)
        if _a_preference(cand.trigger) or _a_promised_thing(cand):
            continue
        events.extend(_build(cand, article, ctx, quotes, locations))
    events.extend(_obligation_events(doc, article, ctx, quotes, locations))
    events.extend(_conditional_threats(doc, article, ctx, quotes, locations))
    events = _drop_told_victims(doc, events)
    return _dedupe(events), locations


def place_country(locations: list[Location]) -> str | None:
    """The country an article's places are in, when they agree: at least two place mentions,
    two thirds of them in one country (a local story names its city, not its country)."""
    counts = Counter(loc.country for loc in locations if loc.country)
    if not counts:
        return None
    (code, n), = counts.most_common(1)
    return code if n >= 2 and n * 3 >= 2 * sum(counts.values()) else None


def _drop_told_victims(doc: Doc, events: list[Event]) -> list[Event]:
    """'Fighters attacked a checkpoint. Twelve policemen were killed': the agentless killing
    is the toll of the attack just told (same or previous sentence), not a second event."""
    starts = [s.start_char for s in doc.sents]

    def sent_no(e: Event) -> int:
        return max(0, bisect.bisect_right(starts, e.span[0]) - 1)

    told = {sent_no(e) for e in events if e.type == "ASSAULT" and e.actor is not None}
    return [e for e in events if not (
        e.actor is None and "agentless_passive" in e.rules and
        (sent_no(e) in told or sent_no(e) - 1 in told))]


_PREFERENCE_WORDS = frozenset({"better", "best", "preferable", "rather", "easier", "wiser",
                               "smarter", "safer", "cheaper"})


def _a_preference(tok: Token) -> bool:
    """'it is better to fight them there than here': a preference between acts, not one."""
    if tok.pos_ != "VERB" or not any(c.dep_ == "aux" and c.lower_ == "to"
                                     for c in tok.children):
        return False
    head = tok.head
    return head.lower_ in _PREFERENCE_WORDS or any(
        c.lower_ in _PREFERENCE_WORDS and c.dep_ in ("acomp", "advmod", "amod", "attr")
        for c in head.children)


def _a_promised_thing(cand: Candidate) -> bool:
    """'the wall he promised to build': a relative clause describing a thing by a promise
    (its object is the noun it modifies) is no agreement with anyone."""
    tok = cand.trigger
    if cand.sense["type"] != "AGREE" or tok.dep_ not in ("relcl", "acl"):
        return False
    return any(c.dep_ == "xcomp" and not any(x.dep_ in ("dobj", "dative") for x in c.children)
               for c in tok.children)


_THREAT_MARKS = frozenset({"unless"})


def _theme_of_typed_verb(tok: Token, verbs: set[int]) -> bool:
    """'imposed travel bans', 'lifted the blockade': an event noun that a typed verb takes as
    its object (by its sense's object classes) is the theme of that act, not an event of its
    own."""
    return tok.pos_ == "NOUN" and tok.dep_ in ("dobj", "nsubjpass") and tok.head.i in verbs


def _conditional_acts(doc: Doc) -> set[int]:
    """Predicates announced on a condition the other party must meet ('X will withdraw its
    troops unless Y ...'): the threat is the event (_conditional_threats), not the act."""
    out: set[int] = set()
    for tok in doc:
        if tok.pos_ in ("VERB", "AUX") and any(
                c.dep_ == "aux" and c.lower_ in ("will", "would", "'ll", "wo")
                for c in tok.children) and any(
                c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in _THREAT_MARKS
                                          for m in c.children) for c in tok.children):
            out.add(tok.i)
    return out


def _conditional_threats(doc: Doc, article: Article, ctx: ActorContext, quotes: list[Quote],
                         locations: list[Location]) -> list[Event]:
    """'X will withdraw its troops unless Y holds elections': an act announced on a
    condition the other party must meet is a THREATEN from X to Y (asserted: the threat is
    made now, whatever the act's own modality)."""
    out: list[Event] = []
    for tok in doc:
        if tok.pos_ not in ("VERB", "AUX") or not any(
                c.dep_ == "aux" and c.lower_ in ("will", "would", "'ll", "wo")
                for c in tok.children):
            continue
        conds = [c for c in tok.children if c.dep_ == "advcl" and any(
            m.dep_ == "mark" and m.lower_ in _THREAT_MARKS for m in c.children)]
        if not conds:
            continue
        actors = [a for a in _resolve_all(_subject_tokens(tok), ctx)
                  if _acceptable_actor(a[0])]
        targets = [r for r in _resolve_all(_subject_tokens(conds[0]), ctx)
                   if _acceptable_actor(r[0])]
        if not actors:
            continue
        sense: dict[str, Any] = {"type": "THREATEN", "asserted": True,
                                 "_rule": "conditional_threat"}
        others: list[Arg | None] = [r for r in targets if not _same_actor(actors[0][0], r[0])]
        pairs: list[tuple[Arg | None, Arg | None]] = [(actors[0], r) for r in others or [None]]
        out.extend(_assemble(Candidate(tok, sense, method="conditional"), sense, article,
                             ctx, quotes, locations, pairs))
    return out


_OBLIGATION_AUX = frozenset({"must", "should"})


def _obligation_events(doc: Doc, article: Article, ctx: ActorContext, quotes: list[Quote],
                       locations: list[Location]) -> list[Event]:
    """'"The authorities must end this crackdown," said X': a speaker's demand on another
    party is a REQUEST from the speaker to the subject (never the writer's own 'must')."""
    out: list[Event] = []
    for tok in doc:
        if tok.pos_ not in ("VERB", "AUX") or _is_passive(tok) or not any(
                c.dep_ == "aux" and c.lower_ in _OBLIGATION_AUX for c in tok.children):
            continue
        subj = [c for c in tok.children if c.dep_ == "nsubj"]
        if not subj or subj[0].lower_ in ("i", "we", "you", "one", "everyone", "it"):
            continue
        speaker, quote_id = _attribution(tok, _clause_head(tok), quotes, ctx, article)
        if speaker is None or not _acceptable_actor(speaker):
            continue
        targets = [r for r in _resolve_all(subj, ctx)
                   if _acceptable_actor(r[0]) and not _same_side(speaker, r[0])]
        sent = tok.sent
        modality, cue = ("negated", "not") if any(c.dep_ == "neg" for c in tok.children) \
            else ("asserted", None)
        if modality == "negated":
            continue  # "X must not attack": a warning, not a request we can code safely
        for ref, rtok in targets:
            start = min(tok.idx, rtok.idx)
            end = max(tok.idx + len(tok.text), rtok.idx + len(rtok.text))
            date, date_text, precision = _date(tok, tok, sent, article)
            out.append(Event(
                event_id=stable_id("evt", article.article_id, start, end, "REQUEST"),
                article_id=article.article_id, span=(start, end), sentence=sent.text.strip(),
                type="REQUEST", trigger=next(c.lower_ for c in tok.children
                                             if c.dep_ == "aux" and c.lower_ in
                                             _OBLIGATION_AUX),
                actor=speaker, recipient=ref, modality=modality, modality_cue=cue,
                attributed_to=speaker, quote_id=quote_id, date=date, date_text=date_text,
                date_precision=precision, location=_location(tok, tok, sent, locations, ctx),
                sentence_span=(sent.start_char, sent.end_char), confidence=0.8,
                source_method="obligation", rules=["obligation"]))
    return out


# ----------------------------------------------------------------------------- senses


def _words_in(tokens: list[Token]) -> set[str]:
    out: set[str] = set()
    for t in tokens:
        out.add(t.lower_)
        out.add(t.lemma_.lower())
    return out


def _classes_of(tokens: list[Token]) -> set[str]:
    """The word classes of these tokens: by their words, and by the kind of name the parser
    saw (entity_classes: "$2 billion" is money, "five Americans" a named group)."""
    lex = _lexicon()
    class_of = lex["class_of"]
    out: set[str] = set()
    for w in _words_in(tokens):
        out |= class_of.get(w, set())
    for t in tokens:
        if t.ent_type_:
            out.update(lex["entity_classes"].get(t.ent_type_, ()))
    return out


def _object(tok: Token) -> Token | None:
    for c in tok.children:
        if c.dep_ in ("dobj", "attr") or (c.dep_ == "nsubjpass"):
            return c
    return None


def _object_tokens(tok: Token) -> list[Token]:
    obj = _object(tok)
    if obj is None:
        return []
    out = list(obj.subtree)
    # coordinated verbs share the object: "support and train the army"
    return out


def _has_prep(tok: Token, preps: list[str]) -> bool:
    return any((c.dep_ in ("prep", "prt", "dative") and c.lower_ in preps) for c in tok.children)


_PARTICLE_DEPS = frozenset({"prt", "prep", "advmod"})


def _has_particle(verb: Token, particle: str) -> bool:
    """The verb's particle, however the parser hangs it: 'called up reservists' (prt),
    'pulled out of the district' (prep), 'pulled back from' (advmod), 'pulled its envoy
    out' (after the object); never a word before the verb."""
    return any(c.lower_ == particle and c.dep_ in _PARTICLE_DEPS and c.i > verb.i
               for c in verb.children)


def _sense(tok: Token, ctx: ActorContext) -> dict[str, Any] | None:
    """The first lexicon sense of this token whose conditions hold, or None."""
    lex = _lexicon()
    lemma = tok.lemma_.lower()
    if tok.pos_ == "VERB":
        senses = lex["verbs"].get(lemma)
    elif tok.pos_ == "NOUN" and tok.dep_ not in ("compound", "amod"):
        senses = lex["nouns"].get(tok.lower_) or lex["nouns"].get(lemma)
    else:
        return None
    if not senses:
        return None
    for i, sense in enumerate(senses):
        if _sense_holds(tok, sense, ctx):
            # provenance: which entry of the lexicon decided ("verbs:expel#0")
            key = lemma if tok.pos_ == "VERB" or tok.lower_ not in lex["nouns"] else tok.lower_
            return {**sense, "_rule": f"{'verbs' if tok.pos_ == 'VERB' else 'nouns'}:{key}#{i}"}
    return None


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
    if "obj" in sense and (not obj_toks or not (_classes_of(obj_toks) & set(sense["obj"]))):
        return False
    if "obj_not" in sense and _classes_of(_object_head_words(tok)) & set(sense["obj_not"]):
        return False  # "rejected the accusations" is a denial, not a REJECT
    if sense["type"] == "REQUEST" and tok.pos_ == "VERB" and (
            _asks_a_question(tok) or _asks_for_self(tok)):
        return False
    if "not_under" in sense and tok.head.lemma_.lower() in sense["not_under"]:
        return False  # "dropped its investigation" ends one
    if sense.get("clause_subject") and _clause_subject(tok) is None:
        return False
    if "prt" in sense and not _has_particle(tok, sense["prt"]):
        return False
    if "preps" in sense and not _has_prep(tok, sense["preps"]):
        return False
    if "adjacent_prep" in sense:
        nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
        if nxt is None or nxt.lower_ not in sense["adjacent_prep"] or nxt.head.i != tok.i:
            return False
    if sense.get("negated") and not any(c.dep_ == "neg" for c in tok.children):
        return False
    if "subject" in sense and not (_classes_of(_subject_words(tok)) & set(sense["subject"])):
        return False  # "rioters stormed parliament" (not "gunmen stormed a hotel")
    if "content_types" in sense and not _content_of_types(tok, sense["content_types"], ctx):
        return False
    if sense.get("conjoined_subject") and not any(
            t.dep_ == "conj" for c in tok.children if c.dep_ == "nsubj" for t in c.subtree):
        return False  # "X and Y coordinated raids" (not "X coordinates shipments for Y")
    if "obj_also" in sense and not (_classes_of(obj_toks) & set(sense["obj_also"])):
        return False
    if sense.get("obj_actor") and tok.pos_ == "VERB":
        obj = _object(tok)
        if obj is None and tok.dep_ == "conj":
            obj = _object(tok.head)
        if obj is None and not any(c.dep_ == "conj" and _object(c) is not None
                                   for c in tok.children):
            return False
    if sense.get("obj_resolves") and tok.pos_ == "VERB":
        obj = _object(tok)
        if obj is None or not resolve_np(obj, ctx):
            return False  # "battling extradition" is no fight with anyone
    for key in ("obj_actor_or_place", "obj_actor_or_people", "obj_actor_or_thing"):
        if sense.get(key) and not obj_toks:
            return False
    if sense.get("intransitive") and (obj_toks or _is_passive(tok)):
        return False  # "eager to withdraw" (not "withdrew the bill")
    if sense.get("xcomp") and not any(c.dep_ == "xcomp" for c in tok.children):
        return False
    if sense.get("xcomp_or_obj") and not (obj_toks or any(c.dep_ == "xcomp"
                                                           for c in tok.children)):
        return False
    if "setting" in sense and not (_classes_of(_setting_words(tok)) & set(sense["setting"])):
        return False  # "attacked his rival in a speech" is words, not force
    if "clause" in sense:
        clause = [t for t in tok.subtree]
        if not (_classes_of(clause) & set(sense["clause"])):
            return False
    if "modifiers_any" in sense:
        # "joint air force drills": a modifier of a modifier counts too
        mods = [t for c in tok.children if c.dep_ in ("amod", "compound", "nmod")
                for t in c.subtree]
        mods += [c for c in tok.children if c.dep_ == "prep" for c in c.subtree]
        if not (_words_in(mods) & set(sense["modifiers_any"])):
            return False
    if sense.get("conj_types"):
        lex = _lexicon()
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
    heads += [p for h in heads if h.pos_ == "NUM" or h.lemma_.lower() in _QUANTITY_NOUNS
              for prep in h.children if prep.dep_ == "prep" and prep.lower_ == "of"
              for p in prep.children if p.dep_ == "pobj"]
    return heads


_QUANTITY_NOUNS = frozenset({"hundred", "thousand", "dozen", "score", "million", "group",
                             "crowd", "band", "mob", "number", "lot"})


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
            senses = _lexicon()["verbs" if t.pos_ == "VERB" else "nouns"].get(
                t.lemma_.lower()) or []
            if any(s["type"] in types and not s.get("content_types") and
                   _sense_holds(t, s, ctx) for s in senses):
                return True
    return False


def _xcomp_not(tok: Token, classes: list[str]) -> bool:
    """'declined to comment', 'refused to give details': no rejection of anything."""
    return not any(c.dep_ == "xcomp" and _classes_of([c]) & set(classes)
                   for c in tok.children)


def _head_verbs(tok: Token, lemmas: list[str]) -> bool:
    """'lodged a protest with X': the noun is the object of one of these verbs."""
    return tok.dep_ in ("dobj", "nsubjpass") and tok.head.lemma_.lower() in lemmas


def _oprd(tok: Token, classes: list[str]) -> bool:
    """'called him a liar': the object's predicate is a word of these classes."""
    preds = [t for c in tok.children if c.dep_ in ("oprd", "xcomp", "ccomp", "attr")
             for t in c.subtree]
    obj = _object(tok)
    if obj is not None:  # the parser may hang "a liar" on the object as an apposition
        preds += [t for c in obj.children if c.dep_ in ("appos", "acl") for t in c.subtree]
    return bool(_classes_of(preds) & set(classes))


def _not_setting(tok: Token, classes: list[str]) -> bool:
    """'clashed in a televised debate': words, not force."""
    return not (_classes_of(_setting_words(tok)) & set(classes))


def _not_modifiers(tok: Token, words: list[str]) -> bool:
    """'a verbal clash', 'clashed verbally': not an act of force."""
    mods = [c for c in tok.children if c.dep_ in ("amod", "compound", "advmod", "nmod",
                                                  "acomp", "oprd")]
    return not (_words_in(mods) & set(words))


def _under_preps(tok: Token, preps: list[str]) -> bool:
    """'workers went on strike': the noun is the object of one of these prepositions."""
    return tok.dep_ == "pobj" and tok.head.lower_ in preps


_CONDITIONS = {"xcomp_not": _xcomp_not, "head_verbs": _head_verbs, "oprd": _oprd,
               "not_setting": _not_setting, "not_modifiers": _not_modifiers,
               "under_preps": _under_preps}


_SETTING_PREPS = frozenset({"in", "during", "on", "via", "through"})


def _setting_words(tok: Token) -> list[Token]:
    """Where an act took place when that is a medium: 'in a speech', 'during a debate',
    'on Twitter' (the object nouns of the verb's own prepositions)."""
    return [p for c in tok.children if c.dep_ == "prep" and c.lower_ in _SETTING_PREPS
            for p in c.children if p.dep_ == "pobj"] + \
        [m for c in tok.children if c.dep_ == "prep" and c.lower_ in _SETTING_PREPS
         for p in c.children if p.dep_ == "pobj"
         for m in p.children if m.dep_ in ("compound", "amod")]


def _object_head_words(tok: Token) -> list[Token]:
    """The object's head noun and its conjuncts ('the accusations and claims'), or the passive
    subject's; for a verb without one, the head of 'as X' ('rejected it as false')."""
    obj = _object(tok)
    if obj is None:
        return []
    return [obj, *[c for c in obj.children if c.dep_ == "conj"]]


def _asks_for_self(verb: Token) -> bool:
    """'asked not to be identified': a source's condition, not a request to another party."""
    if _object(verb) is not None or _has_prep(verb, ["for"]):
        return False  # "asked for the investigation to be resumed" is a request
    return any(c.dep_ == "xcomp" and any(x.dep_ == "auxpass" for x in c.children)
               for c in verb.children)


def _clause_subject(verb: Token) -> Token | None:
    """'wants the UK to extradite him': the subject of the infinitive clause."""
    for c in verb.children:
        if c.dep_ in ("ccomp", "xcomp") and any(x.dep_ == "aux" and x.lower_ == "to"
                                               for x in c.children):
            subj = [x for x in c.children if x.dep_ == "nsubj"]
            if subj:
                return subj[0]
    obj = _object(verb)
    if obj is not None and any(c.dep_ == "xcomp" for c in verb.children):
        return obj
    return None


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


def _inside_speech_content(tok: Token, trigger_types: dict[int, str]) -> bool:
    """'called on X to take part in talks', 'refused to supply': the content is not an event."""
    node = tok
    for _ in range(4):
        if node.head.i == node.i:
            return False
        rel, node = node.dep_, node.head
        if rel == "dobj" and tok.pos_ == "NOUN" and node.lemma_.lower() in _lexicon()["do_verbs"]:
            continue  # "to open an investigation": the light verb carries the noun
        if rel in ("conj", "nsubj", "nsubjpass", "dobj"):
            return False
        if trigger_types.get(node.i) in SPEECH_CONTENT_TYPES and node.pos_ == "VERB" and \
                rel in ("xcomp", "ccomp", "pcomp", "prep", "pobj", "advcl"):
            # "accused of blocking aid": what an accusation alleges is an (alleged) event
            return not (trigger_types[node.i] == "ACCUSE" and rel == "prep" and
                        tok.pos_ == "VERB" and tok.tag_ == "VBG")
        if rel == "prep" and node.pos_ == "VERB" and trigger_types.get(node.i) == "ACCUSE":
            continue
    return False


def _undone_by_head(tok: Token, trigger_types: dict[int, str]) -> bool:
    """'withheld military aid', 'suspended talks', 'cancelled the deal': the object of a
    sanction or concession is what stopped, not an event of its own."""
    return tok.pos_ == "NOUN" and tok.dep_ in ("dobj", "nsubjpass") and \
        trigger_types.get(tok.head.i) in ("SANCTION", "CONCEDE") and \
        trigger_types.get(tok.i) in ("AID", "CONSULT", "COOPERATE", "AGREE", "SANCTION")


# ----------------------------------------------------------------------------- arguments


def _taker_arguments(verb: Token, preps: list[str], ctx: ActorContext
                     ) -> tuple[list[Arg], list[Arg]]:
    """'Kunduz fell to the Taliban', 'the city fell into Taliban hands': the one after the
    preposition took what the subject names (its holder is the recipient)."""
    takers: list[Token] = []
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in preps:
            continue
        for pobj in prep.children:
            if pobj.dep_ != "pobj":
                continue
            if pobj.lemma_.lower() == "hand":  # "into Taliban hands", "into the hands of X"
                takers.extend(t for t in pobj.children if t.dep_ in ("poss", "compound", "nmod"))
                takers.extend(p for of in pobj.children if of.dep_ == "prep" and of.lower_ == "of"
                              for p in of.children if p.dep_ == "pobj")
            else:
                takers.append(pobj)
    actors = _resolve_all(takers, ctx)
    if not actors:
        return [], []
    lost = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    holders = _resolve_all(lost, ctx)
    if not holders and lost:
        # a town or base is held by its state: the country the sentence (else the story) names
        code = fallback_country(verb, ctx, exclude=None)
        if code and all(a[0].country != code or a[0].sector not in ("GOV", "MIL")
                        for a in actors):
            holders = [(state_ref(code, "GOV", None, ctx, None), lost[0])]
    return actors, holders


def _subject_tokens(verb: Token) -> list[Token]:
    out = [c for c in verb.children if c.dep_ in ("nsubj", "csubj")]
    for c in verb.children:
        if c.dep_ == "agent":
            out.extend(p for p in c.children if p.dep_ == "pobj")
    return out


def _is_passive(verb: Token) -> bool:
    deps = {c.dep_ for c in verb.children}
    return "nsubjpass" in deps or ("auxpass" in deps and "nsubj" not in deps)


def _prep_countries_of(verb: Token, preps: tuple[str, ...]) -> list[str]:
    """Countries named (by name or capital) as the object of these prepositions of a verb."""
    gaz = build_gazetteer()
    codes: list[str] = []
    for _prep, pobj in _prep_objects(verb, preps):
        info = gaz.lookup(_np_span_text(pobj))
        if info is not None and info.kind in ("state", "capital") and info.country:
            codes.append(info.country)
    return codes


def _np_span_text(tok: Token) -> str:
    return tok.doc[tok.left_edge.i:tok.right_edge.i + 1].text.removeprefix("the ")


def _reduced_passive(verb: Token) -> bool:
    """'a man convicted of threatening her', 'protesters detained by police': a past
    participle modifying a noun is a passive whose patient is that noun."""
    # (not a sentence's own verb the parser hung on its subject noun: see _inherited_subject)
    return verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.dep_ != "ROOT" and \
        verb.head.pos_ in ("NOUN", "PROPN", "PRON") and \
        not any(c.dep_ in ("nsubj", "nsubjpass", "dobj") for c in verb.children)


def _patients(verb: Token) -> list[Token]:
    """Who a passive verb's event happens to: its passive subject, or for a reduced
    relative the noun it modifies (and the name that noun stands in apposition to)."""
    if _reduced_passive(verb):
        head = verb.head
        return [head.head, head] if head.dep_ == "appos" else [head]
    subj = [c for c in verb.children if c.dep_ == "nsubjpass"]
    if not subj and verb.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in verb.children):
        # "150 people returned home after being deported": who returned was deported
        subj = _inherited_subject(verb)
    return subj


def _inherited_subject(verb: Token) -> list[Token]:
    """Subject through 'poised to', 'decided to', 'X and Y-ed', purpose clauses, acl."""
    lex = _lexicon()
    node = verb
    for _ in range(5):
        if node.head.i == node.i:
            return []
        rel, parent = node.dep_, node.head
        if rel == "xcomp":
            if parent.lemma_.lower() in lex["control_verbs"]:
                objs = [c for c in parent.children if c.dep_ == "dobj"]
                if objs:
                    return objs
                preps = [p for c in parent.children if c.dep_ == "prep" and
                         c.lower_ in ("on", "upon") for p in c.children if p.dep_ == "pobj"]
                if preps:
                    return preps
            subj = [c for c in parent.children if c.dep_ in ("nsubj", "nsubjpass")]
            if subj:
                return subj
        elif rel == "conj" and _is_passive(parent):
            agents = [p for c in parent.children if c.dep_ == "agent"
                      for p in c.children if p.dep_ == "pobj"]
            if parent.dep_ == "ccomp" and parent.head.lemma_.lower() in _reporting_verbs():
                # "X said the deaths were caused by gunfire and called on ...": X calls
                return _subject_tokens(parent.head) or agents
            return agents
        elif rel in ("conj", "advcl", "acomp"):
            subj = _subject_tokens(parent) if not _is_passive(parent) else []
            if subj:
                return subj
            if rel == "acomp":  # "has been eager to withdraw"
                node = parent
                continue
        elif rel in ("acl", "pcomp", "prep", "pobj", "dobj"):
            if rel == "acl" and parent.dep_ == "ROOT" and parent.pos_ in ("NOUN", "PROPN") \
                    and node.tag_ in ("VBD", "VBN") and node.i > parent.i:
                # a sentence whose verb the parser hung on its subject: "The Palestinian
                # Authority - which ... - called for a meeting" (no finite verb otherwise)
                return [parent]
            if rel == "acl" and not any(c.dep_ == "aux" and c.lower_ == "to"
                                        for c in node.children):
                return []
            if parent.pos_ == "VERB":
                gerund = rel == "prep" and any(c.dep_ == "pcomp" for c in node.children)
                if gerund and _is_passive(parent):
                    # "X was accused of blocking aid": the one accused is who blocks
                    return [c for c in parent.children if c.dep_ == "nsubjpass"]
                if gerund and parent.lemma_.lower() in _lexicon()["object_control_verbs"]:
                    objs = [c for c in parent.children if c.dep_ == "dobj"]
                    if objs:  # "accused Russia of supplying arms": Russia supplies
                        return objs
                subj = _subject_tokens(parent) if not _is_passive(parent) else []
                if subj:
                    return subj
        else:
            return []
        node = parent
    return []


_DASHES = ("-", "–", "—")


def _left_subject(verb: Token, dashed_only: bool = False) -> list[Token]:
    """The subject of a finite main verb the parser lost, typically after a dashed apposition
    ('The only two Arab states ... - Egypt and Jordan - also criticised'): the noun phrase
    right before the verb, adverbs and dashes skipped. `dashed_only`: the verb has a subject
    that names no actor, so only a dash-bracketed name right before the verb replaces it."""
    if verb.tag_ not in ("VBD", "VBZ", "VBP"):
        return []
    if not dashed_only and (verb.dep_ != "ROOT" or any(
            c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in verb.children)):
        return []
    i = verb.i - 1
    while i >= verb.sent.start and verb.doc[i].pos_ in ("ADV", "AUX", "PART"):
        i -= 1
    if dashed_only and (i < verb.sent.start or verb.doc[i].text not in _DASHES):
        return []
    while i >= verb.sent.start and (verb.doc[i].pos_ in ("ADV", "AUX", "PART") or
                                    verb.doc[i].text in (*_DASHES, ",")):
        i -= 1
    if i < verb.sent.start or verb.doc[i].pos_ not in ("NOUN", "PROPN"):
        return []
    tok = verb.doc[i]
    while tok.dep_ in ("conj", "compound", "appos") and tok.head.i < verb.i and \
            tok.head.i != tok.i:
        tok = tok.head
    return [tok]


def _resolve_all(toks: list[Token], ctx: ActorContext) -> list[Arg]:
    out: list[Arg] = []
    for t in toks:
        for ref in resolve_np(t, ctx):
            anchor = t  # the token of this member of a coordination, when in the sentence
            if ref.span is not None and t.sent.start_char <= ref.span[0] < t.sent.end_char:
                span = t.doc.char_span(ref.span[0], ref.span[1], alignment_mode="expand")
                if span is not None:
                    anchor = span.root
            out.append((ref, anchor))
    return out


def _owner_actors(tok: Token, ctx: ActorContext) -> list[Arg]:
    """Actors named by modifiers of a thing: 'Russian artillery' -> Russia,
    'government and Taliban security checkpoints' -> the government, the Taliban."""
    gaz = build_gazetteer()
    out: list[Arg] = []
    heads = [tok, *[c for c in tok.children if c.dep_ == "conj"]]
    for head in heads:
        lefts = [left for left in head.lefts if left.dep_ in ("amod", "compound", "poss",
                                                               "nmod")]
        mods: list[Token] = []
        for left in lefts:
            if any(t.lemma_.lower() in _MEDIATOR_LEMMAS or
                   t.lower_.split("-")[-1] in _MEDIATOR_LEMMAS for t in left.subtree):
                continue  # "US-mediated talks with the Taliban": the mediator is no party
            # "a Hong Kong court ruling": the court (of Hong Kong) owns the ruling
            if left.pos_ == "NOUN" and left.lower_ in gaz.institution_nouns:
                refs = resolve_np(left, ctx)
                if refs:
                    out.extend((r, left) for r in refs)
                    continue
            mods.extend(left.subtree)
        for m in mods:
            if m.pos_ in ("PROPN", "PRON"):
                refs = resolve_np(m, ctx) if m.dep_ != "conj" or m.pos_ == "PROPN" else []
                if m.dep_ == "compound" and enabled("brand_compound"):
                    refs = [r for r in refs if not _a_kind_of_thing(r)]
                if refs:
                    out.extend((r, m) for r in refs)
                    continue
            code = gaz.country_of(m.text)
            if code:
                out.append((state_ref(code, "GOV", m, ctx, m.text), m))
            elif m.lower_ in ("government", "army", "police") and m.pos_ == "NOUN":
                code = fallback_country(m, ctx)
                if code:
                    sector = gaz.institution_nouns[m.lower_]
                    out.append((state_ref(code, sector, m, ctx, m.text), m))
    return out


def _a_kind_of_thing(ref: ActorRef) -> bool:
    """A name that modifies a noun without being known as any actor ('a DUI arrest', 'a
    Breathalyzer test'): an organisation with no country or sector that the gazetteer does
    not know says what kind of thing it is, not whose."""
    return ref.type == "ORG" and ref.country is None and ref.sector is None and \
        build_gazetteer().lookup(ref.name) is None


def _of_owners(obj: Token, ctx: ActorContext) -> list[Arg]:
    """'the assets of four generals', 'imports of Russian timber': who the thing belongs
    to, named in its 'of' phrase (or by that phrase's own modifiers)."""
    out: list[Arg] = []
    for _prep, pobj in _prep_objects(obj, ("of",)):
        for node in _np_nodes(pobj):
            out.extend(_resolve_all([node], ctx) or _owner_actors(node, ctx))
    return out


def _np_nodes(tok: Token) -> list[Token]:
    """The nouns of a noun phrase without its clauses ('thousands of its rifles')."""
    out: list[Token] = []
    for t in tok.subtree:
        if t.pos_ not in ("NOUN", "PROPN", "NUM"):
            continue
        node = t
        while node.i != tok.i and node.dep_ not in ("relcl", "acl", "advcl", "ccomp"):
            node = node.head
        if node.i == tok.i:
            out.append(t)
    return out


def _prep_objects(tok: Token, preps: tuple[str, ...]) -> list[tuple[str, Token]]:
    out: list[tuple[str, Token]] = []
    for c in tok.children:
        if c.dep_ in ("prep", "dative") and c.lower_ in preps:
            out.extend((c.lower_, p) for p in c.children if p.dep_ == "pobj")
        if c.dep_ == "dative" and c.pos_ in ("NOUN", "PROPN", "PRON"):
            out.append(("dative", c))
    return out


def _recipient_args(tok: Token, ctx: ActorContext, owner_ok: bool,
                    preps: tuple[str, ...] = _RECIPIENT_PREPS) -> list[Arg]:
    out: list[Arg] = []
    for _prep, pobj in _prep_objects(tok, preps):
        refs = _resolve_all([pobj], ctx)
        if not refs and owner_ok:
            refs = _owner_actors(pobj, ctx)
        out.extend(refs)
    return out


def _arguments(cand: Candidate, ctx: ActorContext) -> tuple[list[Arg], list[Arg]]:
    tok = cand.trigger
    if tok.pos_ == "VERB":
        return _verb_arguments(tok, cand.sense, ctx)
    return _noun_arguments(tok, cand.sense, ctx)


def _verb_arguments(verb: Token, sense: dict[str, Any], ctx: ActorContext
                    ) -> tuple[list[Arg], list[Arg]]:
    lex = _lexicon()
    etype = sense["type"]
    if sense.get("taker_preps"):
        return _taker_arguments(verb, sense["taker_preps"], ctx)
    reduced = _reduced_passive(verb)
    passive = _is_passive(verb) or reduced
    subj_toks = _subject_tokens(verb)
    if passive:
        subj_toks = [p for c in verb.children if c.dep_ == "agent"
                     for p in c.children if p.dep_ == "pobj"]
    if not subj_toks and not passive:
        subj_toks = _inherited_subject(verb)
    if not subj_toks and not passive:
        subj_toks = _left_subject(verb)
    actors = _resolve_all(subj_toks, ctx)
    if not actors and subj_toks and not passive:
        actors = _resolve_all(_left_subject(verb, dashed_only=True), ctx)
    recipients: list[Arg] = []
    obj = _object(verb) if not passive else None
    if obj is None and not passive and verb.dep_ == "conj":
        obj = _object(verb.head)
    if obj is None and not passive:
        for c in verb.children:
            if c.dep_ == "conj" and c.pos_ == "VERB" and _object(c) is not None:
                obj = _object(c)
                break
    theme_types = {"AID", "AGREE", "COOPERATE", "REQUEST", "MOBILIZE", "RETREAT", "REJECT",
                   "SANCTION", "CONCEDE"}
    if sense.get("receiver") or (verb.lemma_.lower() in lex["receiver_verbs"] and \
            etype not in ("REQUEST", "SUPPORT", "AGREE", "CONCEDE", "CONSULT")):
        # "received aid from Russia": the giver is the actor
        givers = _recipient_args(verb, ctx, owner_ok=True, preps=("from",))
        return givers, actors
    if passive and not actors and etype == "RETREAT":
        actors = _holders(verb, ctx)
    if passive and not actors and sense.get("state_actor"):
        # "150 Indians were deported from the United States", "he was arrested in April":
        # only a state arrests, deports or convicts; the country the sentence (else the
        # story) is about
        # "deported from Libya", "expelled from France": the state it happened from
        code = next((c for c in _prep_countries_of(verb, ("from",))), None) or \
            fallback_country(verb, ctx)
        if code:
            actors = [(state_ref(code, sense["state_actor"], None, ctx, None), verb)]
    if passive and not actors and etype == "MOBILIZE":
        actors = [a for a in _resolve_all([c for c in verb.children if c.dep_ == "nsubjpass"],
                                          ctx) if a[0].sector in ("MIL", "COP")]
    if sense.get("clause_subject"):
        subj = _clause_subject(verb)
        return actors, _resolve_all([subj], ctx) if subj is not None else []
    if passive:
        patients = _patients(verb)
        if etype not in theme_types:
            recipients.extend(_resolve_all(patients, ctx))
        else:
            for p in patients:
                recipients.extend(_recipient_args(p, ctx, owner_ok=False))
    if passive and sense.get("obj_is_recipient"):
        # "hostages were released", "refugees were admitted": the patients receive it
        recipients.extend(_resolve_all(_patients(verb), ctx))
    if obj is not None:
        obj_refs = _resolve_all([obj], ctx) or _detached_apposition(obj, ctx)
        if sense.get("obj_is_recipient"):
            if not _has_prep(verb, ["to"]):  # "freed three Taliban prisoners": the Taliban's
                recipients.extend(obj_refs)
        elif etype == "REQUEST" and sense.get("recipient_from_object"):
            if obj_refs and obj.dep_ != "attr":
                recipients.extend(obj_refs)  # "asked Moscow for weapons"
            else:
                recipients.extend(_owner_actors(obj, ctx))
                recipients.extend(_recipient_args(obj, ctx, owner_ok=True, preps=("from",)))
        elif etype == "SUPPORT" and sense.get("recipient_from_object") and not obj_refs:
            recipients.extend(_owner_actors(obj, ctx))
            recipients.extend(_recipient_args(obj, ctx, owner_ok=True, preps=("from",)))
            recipients.extend(_recipient_args(verb, ctx, owner_ok=True, preps=("from",)))
        elif etype == "SUPPORT" and not obj_refs:
            recipients.extend(_owner_actors(obj, ctx))  # "support Afghanistan's army"
        elif etype not in theme_types or sense.get("obj_actor") or \
                (etype == "REQUEST" and obj_refs):
            recipients.extend(obj_refs)
            if not obj_refs and etype in ("ACCUSE", "SUPPORT", "REJECT"):
                recipients.extend(_owners_of_thing(obj, ctx))
        elif etype == "REJECT":
            # "rejected the Trump administration as a mediator", "rejected the US proposal"
            recipients.extend(obj_refs or _owners_of_thing(obj, ctx))
        if not recipients and etype == "ASSAULT" and not obj_refs:
            recipients.extend(_earlier_owner(obj, ctx))  # "shooting down the helicopter"
        # "rifles to Afghan forces", "talks with the Taliban"
        if not recipients and etype in theme_types | {"ASSAULT", "CONSULT", "COERCE"}:
            # "fired tear gas at the protesters": what an attack's weapon is aimed at
            aimed = ("at",) if etype == "ASSAULT" else ()
            for node in _np_nodes(obj):
                recipients.extend(_recipient_args(
                    node, ctx, owner_ok=etype == "ASSAULT" or bool(sense.get("recipient_owner")),
                    preps=("to", "with", "for", "on", "against", *aimed,
                           *(("from",) if etype == "SANCTION" else ()))))
        if not recipients and sense.get("recipient_owner") and etype in theme_types and \
                not _prep_objects(verb, ("to",)):
            # "expelled two Swedish diplomats": Sweden, whose diplomats they are; "froze the
            # assets of four generals": the generals
            recipients.extend(obj_refs or _owner_actors(obj, ctx) or _of_owners(obj, ctx))
    if etype == "SANCTION" and not recipients and obj is not None:
        recipients.extend(_earlier_parties(obj, actors, ctx))  # "scuttled the talks"
    if etype == "THREATEN" and not recipients:
        # "threatened to kill the lawmaker", "warned it would strike the rebels": the one
        # the threatened act is aimed at
        for x in (c for c in verb.children if c.dep_ in ("xcomp", "ccomp")):
            xobj = _object(x)
            if xobj is not None:
                recipients.extend(_resolve_all([xobj], ctx))
            recipients.extend(_recipient_args(x, ctx, owner_ok=False,
                                              preps=("on", "against", "at")))
    if etype == "REJECT" and not recipients:
        for x in (c for c in verb.children if c.dep_ == "xcomp"):
            recipients.extend(_recipient_args(x, ctx, owner_ok=False, preps=("with", "to")))
            xobj = _object(x)
            if xobj is not None and not recipients:
                recipients.extend(_resolve_all([xobj], ctx))
    preps = _RECIPIENT_PREPS if etype != "REQUEST" else ("on", "upon", "to", "from")
    if etype in ("RETREAT", "SANCTION"):
        preps = (*preps, "from")  # "withdrew its troops from Nigeria", "recalled its envoy from"
    if etype in ("ACCUSE", "ASSAULT"):
        preps = (*preps, "at")  # "lashed out at the opposition", "fired at the convoy"
    if etype == "REQUEST":
        recipients.extend(_recipient_args(verb, ctx, owner_ok=True, preps=preps))
        if not recipients:
            recipients.extend(_convening_body(verb, ctx))
        if not recipients and enabled("asked_clause_subject"):
            # "demanded that Sudan stop the bombing", "insisted that Iran allow inspectors":
            # who is to act is the subject of the clause asked for
            for clause in (c for c in verb.children if c.dep_ == "ccomp" and
                           any(m.lower_ in ("that", "should") or m.tag_ == "VB"
                               for m in [c, *c.children])):
                asked = [t for t in clause.children if t.dep_ == "nsubj"]
                recipients.extend((dataclasses.replace(r, rules=[*r.rules,
                                                                  "asked_clause_subject"]), t)
                                  for r, t in _resolve_all(asked, ctx))
    else:
        recipients.extend(_recipient_args(verb, ctx, owner_ok=etype == "ASSAULT",
                                          preps=preps))
    if not recipients and etype in VICTIM_TYPES and enabled("unnamed_victims"):
        # "gunmen killed three soldiers", "police fired at rival gang members": victims the
        # text names by what they are, not by name or country
        victims = _patients(verb) if passive else \
            [obj] if obj is not None else [p for _prep, p in _prep_objects(verb, ("at", "on"))]
        recipients.extend(_victim_groups(victims))
    if not recipients and etype == "ASSAULT" and enabled("attacked_place"):
        # "bombed a refugee camp in South Sudan": the state the place attacked is in
        places = _patients(verb) if passive else \
            [obj] if obj is not None else [p for _prep, p in _prep_objects(verb, ("on", "at"))]
        for place in places:
            recipients.extend(_state_of_place(place, ctx, verb))
    return actors, recipients


def _state_of_place(place: Token, ctx: ActorContext, verb: Token) -> list[Arg]:
    """The state named in an 'in X' phrase of a place noun or of the verb ('a camp in South
    Sudan', 'attacked a police station in Kabul'), by name or capital; none when the thing
    attacked is people or a named actor."""
    if place.pos_ != "NOUN" or people_noun(place) or ctx.by_token.get(place.i) is not None:
        return []
    gaz = build_gazetteer()
    for _prep, pobj in [*_prep_objects(place, ("in", "inside")),
                        *_prep_objects(verb, ("in", "inside"))]:
        mention = ctx.by_token.get(pobj.i)
        info = gaz.lookup(mention.canonical if mention is not None else pobj.text)
        if info is not None and info.kind in ("state", "capital") and info.country:
            ref = state_ref(info.country, "GOV", pobj, ctx, _np_span_text(place))
            return [(dataclasses.replace(ref, rules=[*ref.rules, "attacked_place"]), pobj)]
    return []


def _victim_groups(toks: list[Token]) -> list[Arg]:
    """Unnamed people as the ones an act of force is done to: 'three soldiers', 'dozens of
    villagers' (the group with its sector, see _unnamed_group), through quantities."""
    out: list[Arg] = []
    for tok in toks:
        node = tok
        if node.lemma_.lower() in _COUNT_NOUNS:  # "dozens of villagers"
            node = next((p for c in node.children if c.dep_ == "prep" and c.lower_ == "of"
                         for p in c.children if p.dep_ == "pobj"), node)
        if not (people_noun(node) or node.lemma_.lower() in build_gazetteer().rebel_nouns):
            continue  # "shot down two drones": things are not victims
        ref = _unnamed_group(node)
        if ref is not None:
            out.append((dataclasses.replace(ref, rules=[*ref.rules, "unnamed_victims"]), node))
    return out[:3]


_COUNT_NOUNS = frozenset({"dozen", "dozens", "hundred", "hundreds", "thousand", "thousands",
                          "score", "scores", "group", "number", "crowd", "handful"})


_COREFERENT_NOUN_TYPES = frozenset({"ACCUSE", "CONSULT", "AGREE", "SANCTION"})


def _earlier_parties(noun: Token, actors: list[Arg], ctx: ActorContext) -> list[Arg]:
    """'Trump scuttled the talks', 'prosecutors decided to reopen the investigation': a bare
    definite event noun is the one an earlier sentence named with its parties ('talks between
    X and Y', 'X and Y had been holding talks', 'investigation into an allegation against Z');
    the parties other than the actor's side."""
    if noun.pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ == "the"
                                      for c in noun.children):
        return []
    if any(c.dep_ in ("amod", "compound", "poss", "prep") for c in noun.children):
        return []
    lemma = noun.lemma_.lower()
    do_verbs = _lexicon()["do_verbs"]
    for prev in reversed(list(noun.doc[:noun.sent.start])):
        if prev.lemma_.lower() != lemma or prev.pos_ != "NOUN":
            continue
        refs: list[Arg] = []
        for _prep, pobj in _prep_objects(prev, ("between", "with", "against", "into")):
            refs.extend(_resolve_all([pobj], ctx))
            for node in _np_nodes(pobj):
                refs.extend(_recipient_args(node, ctx, owner_ok=False, preps=("against",)))
        if prev.dep_ == "dobj" and prev.head.lemma_.lower() in do_verbs:
            refs.extend(_resolve_all(_subject_tokens(prev.head), ctx))
        refs = [r for r in refs if not any(
            _same_side(a[0], r[0]) or (r[0].type == "GPE" and a[0].country is None and
                                       a[0].sector in STATE_SECTORS) for a in actors)]
        if refs:
            return refs
    return []


def _earlier_owner(obj: Token, ctx: ActorContext) -> list[Arg]:
    """'the helicopter' after 'a US military helicopter crashed': a definite thing without an
    owner is the one the story named earlier with its owner."""
    if obj.pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ == "the"
                                     for c in obj.children):
        return []
    if any(c.dep_ in ("amod", "compound", "poss") for c in obj.children):
        return []
    lemma = obj.lemma_.lower()
    for prev in reversed(list(obj.doc[:obj.i])):
        if prev.lemma_.lower() == lemma and prev.pos_ == "NOUN":
            owners = _owner_actors(prev, ctx)
            if owners:
                return owners
    # or, the story names its owner only further on ("... the US Chinook helicopter"),
    # within the next two sentences
    sents = list(obj.doc.sents)
    k = next((i for i, s in enumerate(sents) if s.start <= obj.i < s.end), len(sents))
    end = sents[min(k + 2, len(sents) - 1)].end if sents else obj.i
    for nxt in obj.doc[obj.i + 1:end]:
        if nxt.lemma_.lower() == lemma and nxt.pos_ == "NOUN":
            owners = _owner_actors(nxt, ctx)
            if owners:
                return owners
    return []


def _detached_apposition(obj: Token, ctx: ActorContext) -> list[Arg]:
    """'dragged the Inspector-General of Police, Ibrahim Idris, to court': the name in
    commas right after an unresolved object, which the parser may hang on the verb."""
    nxt = obj.right_edge.i + 1
    doc = obj.doc
    if nxt + 1 >= len(doc) or doc[nxt].text != ",":
        return []
    name = doc[nxt + 1]
    mention = ctx.by_token.get(name.i)
    if mention is None or mention.label != "PERSON":
        return []
    head = name
    while head.head.i != head.i and ctx.by_token.get(head.head.i) is mention:
        head = head.head
    last = max(t.i for t in head.subtree if t.pos_ != "PUNCT")
    if head.dep_ not in ("appos", "npadvmod", "dep") or last + 1 >= len(doc) or \
            doc[last + 1].text != ",":
        return []
    office = obj.doc[obj.left_edge.i:obj.right_edge.i + 1].text
    out: list[Arg] = []
    for ref, tok in _resolve_all([head], ctx):
        if ref.sector is None:  # the office says who the person is: a police chief
            country, sector = describe(ref.name, office)
            if sector in STATE_SECTORS:
                country = ref.country or country or fallback_country(obj, ctx)
                ref = dataclasses.replace(ref, country=country, sector=sector,
                                          description=ref.description or office)
        out.append((ref, tok))
    return out


def _convening_body(verb: Token, ctx: ActorContext) -> list[Arg]:
    """'called for an emergency meeting of the Arab League', 'calling for a UN Security
    Council debate': the body asked to convene is the one requested."""
    lex = _lexicon()
    out: list[Arg] = []
    for _prep, pobj in _prep_objects(verb, ("for",)):
        if pobj.lemma_.lower() not in lex["convened_nouns"]:
            continue
        out.extend(_recipient_args(pobj, ctx, owner_ok=False, preps=("of",)))
        if not out:
            out.extend(_owner_actors(pobj, ctx))
    return out


def _owners_of_thing(obj: Token, ctx: ActorContext) -> list[Arg]:
    """Whose decision/move/policy/ruling it is: a possessive or modifier actor, or the agent
    of 'announced by X', 'taken by X'."""
    if obj.pos_ != "NOUN":
        return []
    owners = _owner_actors(obj, ctx)
    if owners:
        return owners
    for c in obj.children:
        if c.dep_ == "acl":
            agents = [p for a in c.children if a.dep_ == "agent"
                      for p in a.children if p.dep_ == "pobj"]
            if agents:
                return _resolve_all(agents, ctx)
        if c.dep_ == "prep" and c.lower_ == "by":
            return _resolve_all([p for p in c.children if p.dep_ == "pobj"], ctx)
    if enabled("act_agent"):
        # "condemned the arrest of the opposition leader by Belarusian authorities": the
        # parser may hang "by X" on the 'of' phrase; X still did the act condemned
        agents = [p for of in obj.children if of.dep_ == "prep" and of.lower_ == "of"
                  for pobj in of.children if pobj.dep_ == "pobj"
                  for by in pobj.children if by.dep_ == "prep" and by.lower_ == "by"
                  for p in by.children if p.dep_ == "pobj"]
        return [(dataclasses.replace(r, rules=[*r.rules, "act_agent"]), t)
                for r, t in _resolve_all(agents, ctx)]
    return []


def _holders(verb: Token, ctx: ActorContext) -> list[Arg]:
    """'Two hostages, held by the Taliban since 2016, were released': who held them."""
    for subj in (c for c in verb.children if c.dep_ == "nsubjpass"):
        for t in subj.subtree:
            if t.dep_ in ("acl", "relcl") and t.lemma_.lower() in ("hold", "keep", "detain",
                                                                  "capture", "kidnap",
                                                                  "abduct", "seize"):
                agents = [p for c in t.children if c.dep_ == "agent"
                          for p in c.children if p.dep_ == "pobj"]
                return _resolve_all(agents, ctx)
    return []


def _noun_arguments(noun: Token, sense: dict[str, Any], ctx: ActorContext
                    ) -> tuple[list[Arg], list[Arg]]:
    lex = _lexicon()
    actors: list[Arg] = []
    recipients: list[Arg] = []
    # "between X and Y" (also "clashes erupted between X and Y")
    between_of = [noun]
    if noun.dep_ == "nsubj" and noun.head.pos_ == "VERB":
        between_of.append(noun.head)
    for _prep, pobj in (po for n in between_of for po in _prep_objects(n, ("between",))):
        refs = _resolve_all([pobj], ctx)
        if len(refs) >= 2:
            return refs[:1], refs[1:]
    internal = _owner_actors(noun, ctx)
    if sense["type"] in ("COERCE", "ASSAULT"):
        # "Assange's arrest", "his killing": a person who owns an act of force undergoes it
        owned_by = [a for a in internal if a[1].dep_ == "poss" and a[0].type == "PERSON"]
        internal = [a for a in internal if a not in owned_by]
        recipients.extend(owned_by)
    agent_preps: tuple[str, ...] = ("by",)
    if sense["type"] in ("AID", "SUPPORT", "COOPERATE"):
        agent_preps = ("by", "from")
    for _prep, pobj in _prep_objects(noun, agent_preps):
        internal.extend(_resolve_all([pobj], ctx))
    of_agent = noun.lemma_.lower() in OF_AGENT_NOUNS and enabled("of_agent")
    if of_agent and not internal:
        # "the visit of the Chinese president", "the withdrawal of US troops", "protests of
        # farmers": what the noun's verb says of its subject, so 'of' names who acts
        for _prep, pobj in _prep_objects(noun, ("of",)):
            internal.extend((dataclasses.replace(r, rules=[*r.rules, "of_agent"]), t)
                            for r, t in _resolve_all([pobj], ctx))
    actors.extend(internal)
    head = noun.head
    rel = noun.dep_
    if rel == "conj":  # "cooperation and aid": share the head of the first conjunct
        rel, head = head.dep_, head.head
    if rel == "pobj" and head.dep_ == "prep":  # "has been in contact with"
        prep_tok, head = head, head.head
        rel = "prep_" + prep_tok.lower_
    head_lemma = head.lemma_.lower()
    if head.pos_ in ("VERB", "AUX"):
        subj = _subject_tokens(head) if not _is_passive(head) else []
        if not subj:
            subj = _inherited_subject(head)
        undergoes = (rel == "dobj" and head_lemma in lex["undergo_verbs"]) or \
            (rel == "prep_under" and head_lemma in ("come", "be", "remain", "fall"))
        if undergoes:
            # "the US faced Palestinian criticism", "came under pressure from X":
            # the subject is at the receiving end, the source is named by modifier or 'from'
            recipients.extend(_resolve_all(subj, ctx))
            if not actors:
                actors.extend(_recipient_args(noun, ctx, owner_ok=True, preps=("from",)))
            if not actors:
                actors.extend(_recipient_args(head, ctx, owner_ok=True, preps=("from",)))
        elif rel == "dobj" and head_lemma in lex["receiver_verbs"]:
            recipients.extend(_resolve_all(subj, ctx))
            if not actors:
                actors.extend(_recipient_args(noun, ctx, owner_ok=True, preps=("from",)))
        elif not actors and (
                (rel in ("dobj", "attr") and head_lemma in lex["do_verbs"]) or
                (rel in ("prep_in", "prep_into") and head_lemma in ("be", "engage", "remain",
                                                                   "participate", "join"))):
            actors.extend(_resolve_all(subj, ctx))
        if rel in ("nsubj", "nsubjpass"):  # "aid is expected to flow to Kabul"
            node = head
            for c in node.children:
                if c.dep_ == "xcomp":
                    recipients.extend(_recipient_args(c, ctx, owner_ok=False, preps=("to",)))
            recipients.extend(_recipient_args(node, ctx, owner_ok=False, preps=("to",)))
    preps: tuple[str, ...] = ("to", "with", "for", "on", "against", "of", "toward", "towards")
    if of_agent:
        preps = tuple(p for p in preps if p != "of")
    if sense["type"] == "RETREAT":
        preps = (*preps, "from")  # "the withdrawal of its troops from Syria"
    if sense["type"] in ("AID", "SUPPORT", "REQUEST"):
        owner = sense["type"] == "REQUEST"
        for prep, pobj in _prep_objects(noun, preps):
            if prep == "with" and sense["type"] != "SUPPORT":
                continue
            refs = _resolve_all([pobj], ctx)
            if not refs and owner:
                refs = _owner_actors(pobj, ctx)
            recipients.extend(refs)
    else:
        if sense["type"] == "COOPERATE":
            # "a joint operation against the rebels": the target is not a partner
            preps = tuple(p for p in preps if p not in ("against", "on", "for", "toward",
                                                       "towards", "of"))
        recipients.extend(_recipient_args(noun, ctx, owner_ok=sense["type"] == "ASSAULT",
                                          preps=preps))
    if not recipients and sense.get("recipient_owner"):
        # "tariffs on $360 billion worth of Chinese goods": whose goods are hit
        for _prep, pobj in _prep_objects(noun, ("on", "against")):
            for node in _np_nodes(pobj):
                recipients.extend(_resolve_all([node], ctx) or _owner_actors(node, ctx))
    if head.pos_ == "VERB" and rel == "dobj" and not recipients:
        recipients.extend(_recipient_args(head, ctx, owner_ok=False,
                                          preps=("to", "with", "for")))
    if sense["type"] == "ACCUSE" and not recipients:
        for _prep, pobj in _prep_objects(noun, ("into", "of", "on", "over")):
            for node in _np_nodes(pobj):
                recipients.extend(_recipient_args(node, ctx, owner_ok=False,
                                                  preps=("against", "on", "of", "by")))
    if not recipients and sense["type"] in VICTIM_TYPES and enabled("unnamed_victims"):
        # "the police shooting of a teenager", "the arrest of two journalists"
        recipients.extend(_victim_groups(
            [p for _prep, p in _prep_objects(noun, ("of", "on", "against"))]))
    if not recipients and sense["type"] in _COREFERENT_NOUN_TYPES:
        recipients.extend(_earlier_parties(noun, actors, ctx))
    if sense.get("needs_recipient_prep") and not recipients:
        return [], []
    return actors, recipients


# ----------------------------------------------------------------------------- building


def _build(cand: Candidate, article: Article, ctx: ActorContext, quotes: list[Quote],
           locations: list[Location]) -> list[Event]:
    tok = cand.trigger
    sense = cand.sense
    etype = sense["type"]
    if tok.pos_ == "NOUN" and _only_possible(tok):
        return []  # "possible Russian support" is a topic, not an event
    actors, recipients = _arguments(cand, ctx)
    actors = [a for a in actors if _acceptable_actor(a[0])]
    if etype == "PROTEST" and tok.pos_ == "NOUN":
        actors = [_as_protesters(a, tok) for a in actors]
    if not actors and etype == "PROTEST" and tok.pos_ == "NOUN" and \
            not sense.get("needs_agent"):
        actors = _implicit_protesters(tok, ctx)
    if not actors and etype == "PROTEST" and tok.pos_ == "VERB" and any(
            _crowd(t) for t in _subject_tokens(tok)):
        actors = _implicit_protesters(tok, ctx)  # "thousands of people protested in X"
    agentless = not actors and etype in AGENTLESS_TYPES and tok.pos_ == "VERB" and \
        (_is_passive(tok) or _reduced_passive(tok)) and not _by_mishap(tok) and \
        not sense.get("no_agentless") and not _disaster_nearby(tok)
    if agentless:
        # "three soldiers were killed by a roadside bomb": the event stands with an unknown
        # actor and the victims as recipient
        victims = [r for r in recipients if _acceptable_actor(r[0])] or \
            [(ref, p) for p in _patients(tok) if (ref := _unnamed_group(p)) is not None]
        return _assemble(cand, sense, article, ctx, quotes, locations,
                         [(None, r) for r in victims[:3]], ["agentless_passive"])
    if enabled("no_borrowed_state"):
        actors = [a for a in (_unborrowed_state(a, recipients, ctx) for a in actors)
                  if a is not None]
    if not actors:
        return []
    if "sectors" in sense:
        kept = [a for a in actors if a[0].sector in sense["sectors"]]
        if not kept and sense.get("else_type"):
            # "protesters blocked the road" is a PROTEST; "the army blocked the road" is not
            sense = {**sense, "type": sense["else_type"], "mode": sense.get("else_mode")}
            etype = sense["type"]
            kept = actors
        actors = kept
        if not actors:
            return []
    recipients = [r for r in (_other_side(a, r, ctx) for a in actors[:1] for r in recipients)
                  if r is not None] if actors else recipients
    if actors and any("attacked_place" in r[0].rules for r in recipients):
        # a town of the attacker's own country: who holds it is not said
        recipients = [r for r in recipients if "attacked_place" not in r[0].rules or
                      all(a[0].country != r[0].country for a in actors)]
    if etype in ("ACCUSE", "COERCE", "SANCTION") and enabled("brand_compound"):
        # "charged with DUI", "arrested for DWI": the charge, not a party
        recipients = [r for r in recipients if not (
            _a_kind_of_thing(r[0]) and r[1].dep_ == "pobj" and
            r[1].head.lower_ in ("with", "for", "of", "over", "on"))]
    if len(actors) > 1 and not recipients and _mutual(tok):
        recipients = list(actors)  # "X and Y attacked each other's policies": each the other
    if sense.get("needs_recipient") and not recipients:
        return []
    if etype in RECIPROCAL_TYPES and tok.pos_ == "VERB" and _object_has_between(tok):
        return []  # "Qatar hosted talks between X and Y": the talks are X's and Y's
    lemma = tok.lemma_.lower()
    requires = _types()[etype]["requires_recipient"]
    # drop self-interactions ("Russia ... to Russia")
    pairs: list[tuple[Arg, Arg | None]] = []
    if etype == "ASSAULT" and lemma in _MUTUAL_FIGHTING and actors and recipients:
        # "clashes between protesters and security forces": each side fights the other
        actors, recipients = actors + recipients, recipients + actors
    if len(actors) > 1 and (etype in RECIPROCAL_TYPES or sense.get("reciprocal")) and \
            not recipients:
        # "Russia and Afghanistan signed an agreement": each with the other
        first = actors[0]
        pairs.extend((first, other) for other in actors[1:])
        actors = []
    for a in actors:
        recs = [r for r in recipients if not _same_actor(a[0], r[0])]
        if not recs:
            if requires:
                continue
            pairs.append((a, None))
        for r in recs:
            pairs.append((a, r))
    if not pairs:
        return []
    return _assemble(cand, sense, article, ctx, quotes, locations,
                     [_no_borrowed_country(a, r) for a, r in pairs])


def _assemble(cand: Candidate, sense: dict[str, Any], article: Article, ctx: ActorContext,
              quotes: list[Quote], locations: list[Location],
              pairs: list[tuple[Arg | None, Arg | None]],
              rules: list[str] | None = None) -> list[Event]:
    """Events for (actor, recipient) pairs of one trigger: modality, mode, attribution,
    date and place are the trigger's; an actor of None is unknown (an agentless passive).
    `rules` (with the sense's own entry first) is recorded on each event (provenance)."""
    if not pairs:
        return []
    rules = [r for r in (sense.get("_rule") or cand.sense.get("_rule"), *(rules or []))
             if r]
    if sense.get("type") != cand.sense.get("type"):
        rules.append("else_type")
    tok = cand.trigger
    etype = sense["type"]
    lemma = tok.lemma_.lower()
    clause = _clause_head(tok)
    modality, cue = modality_of(tok, _media_names())
    if sense.get("absorbs_negation") and modality == "negated":
        modality, cue = "asserted", None  # "does not need aid" is a rejection, asserted
        rules.append("absorbs_negation")
    if tok.pos_ == "NOUN" and modality in ("asserted", "planned"):
        modality, cue = _nominal_modality(tok, modality, cue)
    if sense.get("asserted") and modality not in ("negated", "denied", "alleged"):
        modality, cue = "asserted", None  # a threat is made now, whatever it threatens
    sent = tok.sent
    mode = _mode(tok, sense, etype)
    attributed, quote_id = _attribution(tok, clause, quotes, ctx, article)
    if modality == "alleged" and cue and cue.lower().startswith("claim") and attributed and \
            any(a is not None and _same_side(attributed, a[0]) for a, _ in pairs):
        modality, cue = "asserted", None  # an actor's own side claiming it: an assertion
    if attributed is None and sense.get("speech") and any(
            a is not None and a[0].type == "PERSON" for a, _ in pairs):
        speaker = next(a[0] for a, _ in pairs if a is not None and a[0].type == "PERSON")
        attributed = ActorRef(name=speaker.name, country=speaker.country, sector=speaker.sector,
                              type="PERSON", mention_id=speaker.mention_id)
    date, date_text, precision = _date(tok, clause, sent, article)
    if modality == "asserted" and date and article.published and \
            date > article.published[:len(date)]:
        modality, cue = "planned", date_text  # "the first visit, next month": still to come
        rules.append("future_date_planned")
    location = _location(tok, clause, sent, locations, ctx)
    out: list[Event] = []
    for arg, rec in pairs:
        actor, atok = arg if arg is not None else (None, None)
        rtok = rec[1] if rec is not None else None
        toks = [t for t in (tok, atok, rtok) if t is not None and sent.start <= t.i < sent.end]
        start = min(t.idx for t in toks)
        end = max(t.idx + len(t.text) for t in toks)
        event_id = stable_id("evt", article.article_id, start, end, etype)
        if any(e.event_id == event_id for e in out):  # the other side of a clash
            event_id = stable_id("evt", article.article_id, start, end, etype,
                                 actor.name if actor else "", rec[0].name if rec else "")
        out.append(Event(
            event_id=event_id,
            article_id=article.article_id,
            span=(start, end),
            sentence=sent.text.strip(),
            type=etype,
            trigger=lemma,
            actor=actor,
            recipient=rec[0] if rec is not None else None,
            mode=mode,
            modality=modality,
            modality_cue=cue,
            attributed_to=attributed,
            quote_id=quote_id,
            date=date,
            date_text=date_text,
            date_precision=precision,
            location=location,
            sentence_span=(sent.start_char, sent.end_char),
            confidence=cand.confidence,
            source_method=cand.method,
            rules=list(rules),
        ))
    return out


def _crowd(tok: Token) -> bool:
    """'thousands of people', 'crowds', 'residents': an unnamed crowd of people."""
    if tok.lemma_.lower() in ("thousand", "hundred", "dozen", "scores", "million") or \
            tok.pos_ == "NUM":
        return True
    return tok.pos_ == "NOUN" and people_noun(tok)


def _by_mishap(verb: Token) -> bool:
    """'killed in a helicopter crash', 'struck by a car': harm without an attacker."""
    nouns = [p for c in verb.children if c.dep_ in ("agent", "prep") and
             c.lower_ in ("by", "in", "during", "after", "from")
             for p in c.children if p.dep_ == "pobj"]
    words = [t for n in nouns for t in n.subtree if t.pos_ in ("NOUN", "PROPN")]
    return bool(_classes_of(words) & {"mishap"})


_DISASTERS = frozenset({"earthquake", "quake", "aftershock", "tsunami", "flood", "floods",
                        "storm", "hurricane", "typhoon", "cyclone", "tornado", "landslide",
                        "mudslide", "avalanche", "eruption", "crash", "accident", "collision",
                        "derailment", "stampede"})


def _disaster_nearby(verb: Token) -> bool:
    """'Dozens of villagers were injured' in a story about an earthquake: with no agent, harm
    told in or right after a sentence about a disaster or crash is no attack."""
    if not enabled("disaster_nearby"):
        return False
    sents = list(verb.doc.sents)
    k = next((i for i, s in enumerate(sents) if s.start <= verb.i < s.end), 0)
    return any(t.lemma_.lower() in _DISASTERS or t.lower_ in _DISASTERS
               for s in sents[max(0, k - 1):k + 1] for t in s)


def _unnamed_group(tok: Token) -> ActorRef | None:
    """'three soldiers', 'two police officers': victims the text gives no country or name,
    kept as a group of their sector (people of unknown sector are civilians)."""
    gaz = build_gazetteer()
    if tok.pos_ != "NOUN" or tok.tag_ not in ("NNS", "NN"):
        return None
    low, lemma = tok.lower_, tok.lemma_.lower()
    sector = gaz.institution_nouns.get(low) or gaz.role_nouns.get(lemma)
    if sector is None and (low in gaz.rebel_nouns or lemma in gaz.rebel_nouns):
        sector = "REB"
    if sector is None and people_noun(tok):
        sector = "CIV"
    if sector is None:
        return None
    phrase = tok.doc[tok.left_edge.i:tok.i + 1].text
    return ActorRef(name=low, sector=sector, type="NORP", description=phrase,
                    span=(tok.idx, tok.idx + len(tok.text)))


def _unborrowed_state(actor: Arg, recipients: list[Arg], ctx: ActorContext) -> Arg | None:
    """A bare 'the government' takes the one country its sentence names; when that country
    is the other party ('the government accused Russia of ...'), it is not the actor's: the
    story's country if that is another, else no actor at all (unknown beats wrong)."""
    ref, atok = actor
    if "bare_state_noun" not in ref.rules or ref.country is None:
        return actor
    named = [r for r, _t in recipients if r.type == "GPE" and r.country == ref.country and
             r.mention_id is not None]
    if not named:
        return actor
    code = fallback_country(atok, ctx, exclude=ref.country)
    if code is None:
        return None
    new = state_ref(code, ref.sector or "GOV", None, ctx, ref.description)
    return dataclasses.replace(new, rules=[*ref.rules, "no_borrowed_state"]), atok


def _no_borrowed_country(actor: Arg, rec: Arg | None) -> tuple[Arg, Arg | None]:
    """A person whose country was only inferred from the story never takes the country of
    the other party ('President X criticized Russia' in a story about Russia): unknown is
    better than wrong."""
    def strip(side: Arg, other: Arg | None) -> Arg:
        ref = side[0]
        if other is not None and ref.type == "PERSON" and ref.country_inferred and \
                ref.country is not None and ref.country == other[0].country and \
                not other[0].country_inferred:
            ref = dataclasses.replace(ref, country=None, country_inferred=False)
        return ref, side[1]
    return strip(actor, rec), (strip(rec, actor) if rec is not None else None)


def _mutual(tok: Token) -> bool:
    """The act is aimed at 'each other' / 'one another' (object, possessor or preposition)."""
    for c in tok.children:
        if c.dep_ in ("dobj", "prep", "dative", "pobj"):
            words = [t.lower_ for t in c.subtree]
            if any(a in ("each", "one") and b in ("other", "another")
                   for a, b in itertools.pairwise(words)):
                return True
    return False


def _object_has_between(verb: Token) -> bool:
    obj = _object(verb)
    return obj is not None and any(c.dep_ == "prep" and c.lower_ == "between"
                                   for c in obj.children)


def _only_possible(noun: Token) -> bool:
    lex = _lexicon()
    return any(c.dep_ == "amod" and c.lower_ in lex["hypothetical_modifiers"]
               for c in noun.children)


def _as_protesters(actor: Arg, noun: Token) -> Arg:
    ref, atok = actor
    if ref.type == "GPE" and ref.sector == "GOV" and noun.left_edge.i <= atok.i < noun.i:
        return (ActorRef(name="protesters", country=ref.country, sector="CIV", type="NORP",
                         description=f"those taking part in the {noun.lower_}",
                         span=(noun.idx, noun.idx + len(noun.text))), atok)
    return actor


def _implicit_protesters(noun: Token, ctx: ActorContext) -> list[Arg]:
    """'protests in Bolivia against the government': the protesters act, in that country."""
    gaz = build_gazetteer()
    country = None
    for _prep, pobj in _prep_objects(noun, ("in", "across", "throughout")):
        for t in pobj.subtree:
            country = gaz.country_of(t.text)
            if country is None:
                m = ctx.by_token.get(t.i)
                if m is not None and m.country and m.label in ("GPE", "LOC"):
                    country = m.country
            if country:
                break
        if country:
            break
    for c in noun.children:
        if country is None and c.dep_ in ("amod", "compound"):
            country = gaz.country_of(c.text)
    if country is None:
        country = fallback_country(noun, ctx)
    ref = ActorRef(name="protesters", country=country, sector="CIV", type="NORP",
                   description=f"those taking part in the {noun.lower_}",
                   span=(noun.idx, noun.idx + len(noun.text)))
    return [(ref, noun)]


def _other_side(actor: Arg, rec: Arg, ctx: ActorContext) -> Arg | None:
    """A bare 'the government' that came out as the actor's own state is the other party:
    the story's country if that differs ('Russia urged the government to ...'), else none."""
    a, r = actor[0], rec[0]
    bare = r.mention_id is None and r.span is None and r.type == "GPE" and \
        rec[1].lower_ in BARE_STATE_NOUNS
    if not bare or a.country is None or r.country != a.country or \
            a.sector not in STATE_SECTORS:
        return rec
    if a.type == "PERSON" and a.country == ctx.story_country:
        return rec  # "the ombudsman called on the government": a domestic official, own state
    code = fallback_country(rec[1], ctx, exclude=a.country)
    if code is None:
        return None
    return (state_ref(code, r.sector or "GOV", None, ctx, r.description), rec[1])


def _nominal_modality(noun: Token, modality: str, cue: str | None
                      ) -> tuple[str, str | None]:
    """'possible Russian support', 'to discuss aid': an event noun that is only a topic."""
    lex = _lexicon()
    for c in noun.children:
        if c.dep_ == "amod" and c.lower_ in lex["hypothetical_modifiers"]:
            return "hypothetical", c.text
        if c.dep_ == "amod" and c.lower_ in lex["planned_modifiers"]:
            return "planned", c.text
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in lex["topic_verbs"]:
        return "hypothetical", noun.head.text
    return modality, cue


def _same_side(a: ActorRef, b: ActorRef) -> bool:
    if a.name == b.name:
        return True
    return bool(a.country and a.country == b.country and a.sector in STATE_SECTORS and
                b.sector in STATE_SECTORS)


def _acceptable_actor(ref: ActorRef) -> bool:
    """An actor must be named or a resolvable group ('Russian officials', 'the insurgents')."""
    if ref.type in ("PERSON", "GPE"):
        return True
    if ref.type == "ORG":
        return True
    return bool(ref.country or ref.sector)


def _same_actor(a: ActorRef, b: ActorRef) -> bool:
    if a.name == b.name and a.sector == b.sector:
        return True
    if a.type == b.type == "GPE" and a.country and a.country == b.country and \
            a.sector == b.sector:
        return True
    return a.mention_id is not None and a.mention_id == b.mention_id


def _clause_head(tok: Token) -> Token:
    """The verb whose clause carries a (possibly nominal) event."""
    node = tok
    for _ in range(6):
        if node.pos_ in ("VERB", "AUX") or node.head.i == node.i:
            return node
        node = node.head
    return node


def _mode(tok: Token, sense: dict[str, Any], etype: str) -> str | None:
    """The PLOVER mode: the sense's own, else from modifiers or the object's class; never
    one the type does not allow (plover_types.json lists each type's modes)."""
    allowed = set(_types()[etype]["modes"])
    if sense.get("mode"):
        return str(sense["mode"]) if sense["mode"] in allowed else None
    lex = _lexicon()
    words: list[Token] = [c for c in tok.children if c.dep_ in ("amod", "compound", "nmod")]
    for c in list(words):
        words.extend(cc for cc in c.children if cc.dep_ == "conj")
    obj = _object(tok) if tok.pos_ == "VERB" else None
    obj_toks = list(obj.subtree) if obj is not None else []
    words.extend(t for t in obj_toks if t.dep_ in ("amod", "compound"))
    for w in words:
        mode = lex["mode_modifiers"].get(w.lower_)
        if mode and mode in allowed:
            return str(mode)
    by_class = lex["mode_from_class"].get(etype, {})
    classes = _classes_of(obj_toks or [tok])
    for cls in by_class:  # data order is priority: weapons before money
        if cls in classes and by_class[cls] in allowed:
            return str(by_class[cls])
    return None


def _attribution(tok: Token, clause: Token, quotes: list[Quote], ctx: ActorContext,
                 article: Article) -> tuple[ActorRef | None, str | None]:
    """Who says the event happened: a quote's speaker, a reporting clause, 'according to'."""
    pos = tok.idx
    containing = [q for q in span_table(quotes).containing(pos) if q.speaker is not None]
    if containing:
        q = min(containing, key=lambda q: q.span[1] - q.span[0])
        return q.speaker, q.quote_id
    reporting = _reporting_verbs()
    node = clause
    for _ in range(8):
        for c in node.children:
            if c.dep_ == "prep" and c.lower_ == "according":
                for p in c.subtree:
                    if p.dep_ == "pobj":
                        refs = resolve_np(p, ctx)
                        if refs:
                            return _not_outlet(refs[0], article), None
        if node.head.i == node.i:
            break
        rel, parent = node.dep_, node.head
        if rel == "advcl" and any(c.dep_ == "mark" and c.lower_ in _CONTRAST_MARKS
                                  for c in node.children):
            return None, None  # "X said ..., while Y condemned it": the writer's own words
        if rel in ("ccomp", "parataxis", "xcomp") and parent.lemma_.lower() in reporting:
            subj = [c for c in parent.children if c.dep_ in ("nsubj", "nsubjpass")]
            if subj:
                refs = resolve_np(subj[0], ctx)
                if refs:
                    return _not_outlet(refs[0], article), None
            return None, None
        node = parent
    # "X attacked Y, officials said": the reporting verb is a child of the event's verb
    for c in clause.children:
        if c.dep_ in ("parataxis", "ccomp") and c.lemma_.lower() in reporting:
            subj = [s for s in c.children if s.dep_ == "nsubj"]
            if subj:
                refs = resolve_np(subj[0], ctx)
                if refs:
                    return _not_outlet(refs[0], article), None
    return None, None


def _not_outlet(ref: ActorRef, article: Article) -> ActorRef | None:
    if article.outlet and ref.name.lower() == article.outlet.lower():
        return None
    return ref


def _date(tok: Token, clause: Token, sent: Span, article: Article
          ) -> tuple[str | None, str | None, str | None]:
    """The date phrase attached to the event's clause (or the only one in the sentence)."""
    dates = [e for e in doc_index(sent.doc).ents_in(sent) if e.label_ in ("DATE", "TIME")]
    if not dates:
        return None, None, None
    attached = []
    for ent in dates:
        node = ent.root
        for _ in range(4):
            if node.i in (tok.i, clause.i):
                attached.append(ent)
                break
            if node.head.i == node.i:
                break
            node = node.head
    pool = attached or (dates if len(dates) == 1 else [])
    unanchored: str | None = None
    for ent in pool:
        start = ent.start
        if start > 0 and ent.doc[start - 1].lower_ in ("on", "in", "since", "last", "by"):
            text = ent.doc[start - 1:ent.end].text
        else:
            text = ent.text
        value, precision = normalize_date(text, article.published)
        if value is not None:
            return value, text, precision
        if unanchored is None and not article.published and \
                normalize_date(text, _ANY_ANCHOR)[0] is not None:
            unanchored = text  # "on Thursday" in an undated article: kept, never guessed
    return None, unanchored, None


_ANY_ANCHOR = "2000-06-15"  # tells a relative date (resolvable given a date) from noise


def _location(tok: Token, clause: Token, sent: Span, locations: list[Location],
              ctx: ActorContext) -> Location | None:
    """The geocoded place the event's clause names ('in Dushanbe'), most specific first."""
    in_sent = span_table(locations).starting_in(sent.start_char, sent.end_char)
    if not in_sent:
        return None
    scored: list[tuple[int, int, Location]] = []
    for loc in in_sent:
        assert loc.span is not None
        span = sent.doc.char_span(loc.span[0], loc.span[1], alignment_mode="expand")
        if span is None:
            continue
        prep = None
        node = span.root
        for _ in range(3):  # "in [Tajikistan's capital] Dushanbe", "in the province of X"
            if node.dep_ == "pobj" and node.head.lower_ in ("in", "near", "at", "inside",
                                                            "outside", "into"):
                prep = node.head
                break
            if node.head.i == node.i or node.dep_ not in ("pobj", "appos", "compound", "conj"):
                break
            node = node.head.head if node.dep_ == "pobj" else node.head
        if prep is None:
            continue
        node, attached = prep, False
        for _ in range(5):
            if node.i in (tok.i, clause.i):
                attached = True
                break
            if node.head.i == node.i:
                break
            node = node.head
        specificity = 0 if loc.kind == "city" else 1
        if attached:
            scored.append((0, specificity, loc))
    if not scored:
        return None
    scored.sort(key=lambda s: (s[0], s[1]))
    best = scored[0][2]
    return Location(name=best.name, country=best.country, lat=best.lat, lon=best.lon,
                    span=best.span, kind=best.kind)


def _dedupe(events: list[Event]) -> list[Event]:
    """One event per id, and per (sentence, type, actor, recipient): verbs win over nouns."""
    seen_ids: set[str] = set()
    seen_keys: set[tuple[Any, ...]] = set()
    out: list[Event] = []
    for e in events:
        key = (e.sentence_span, e.type, e.actor.name if e.actor else None,
               e.actor.sector if e.actor else None,
               e.recipient.name if e.recipient else None)
        if e.event_id in seen_ids or key in seen_keys:
            continue
        seen_ids.add(e.event_id)
        seen_keys.add(key)
        out.append(e)
    return sorted(out, key=lambda e: (e.span[0], e.span[1], e.type))


# ----------------------------------------------------------------------------- embeddings


@functools.lru_cache(maxsize=1)
def type_prototypes() -> tuple[list[str], Any]:
    """Type labels and unit vectors of our example phrases (computed once per process)."""
    from newsweave.diskcache import cached
    from newsweave.nlp.models import embed, embedder_key, remember

    labels: list[str] = []
    texts: list[str] = []
    for etype, spec in _types().items():
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


    labels, protos = type_prototypes()
    vecs = _embed_single_threaded(phrases)
    sims = np.asarray(vecs) @ np.asarray(protos).T
    out: list[tuple[str, float]] = []
    for row in sims:
        best_by_type: dict[str, float] = {}
        for label, score in zip(labels, row, strict=False):
            if score > best_by_type.get(label, -1.0):
                best_by_type[label] = float(score)
        ranked = sorted(best_by_type.items(), key=lambda kv: -kv[1])
        (top, s1), (_, s2) = ranked[0], ranked[1]
        if s1 >= EMBED_THRESHOLD and s1 - s2 >= EMBED_MARGIN:
            out.append((top, s1))
        else:
            out.append(("", s1))
    return out


def _embed_single_threaded(phrases: list[str]) -> Any:
    """One small batch (at most 40 short phrases per article) is fastest on one torch thread:
    on a busy 2-core machine, intra-op threads made the call ~10x slower (0.8 s vs 30 ms,
    benchmarks/events_timing.py). The setting is restored afterwards."""
    from newsweave.nlp.models import embed

    try:
        import torch
    except ImportError:  # pragma: no cover - the embedder needs torch anyway
        return embed(phrases)
    before = torch.get_num_threads()
    torch.set_num_threads(1)
    try:
        return embed(phrases)
    finally:
        torch.set_num_threads(before)


def _embedding_candidates(verbs: list[Token], ctx: ActorContext,
                          classify: Any = None) -> list[Candidate]:
    """Verbs outside the lexicon with an actor and a recipient or object, classified in batch
    (by `classify`, tokens -> [(type or "", score)], when given: extract.event_typer)."""
    pending: list[Token] = []
    reporting = _reporting_verbs()
    for verb in verbs:
        lemma = verb.lemma_.lower()
        if lemma in reporting or verb.dep_ in ("amod", "compound", "aux", "auxpass"):
            continue
        if _is_passive(verb):
            continue
        subj = _subject_tokens(verb) or _inherited_subject(verb)
        if not subj or not _resolve_all(subj, ctx):
            continue
        has_obj = any(c.dep_ in ("dobj", "dative") for c in verb.children)
        has_rec = bool(_recipient_args(verb, ctx, owner_ok=False))
        obj = _object(verb)
        if obj is not None and _resolve_all([obj], ctx):
            has_rec = True
        if not (has_obj and has_rec) and not (has_rec and lemma not in ("be", "have")) and \
                not (classify is not None and has_obj and lemma not in ("be", "have")):
            continue  # dyadic predicates only (the classifier also takes transitive ones)
        pending.append(verb)
        if len(pending) >= 40:
            break
    phrases = [predicate_phrase(v) for v in pending]
    typed = classify(pending) if classify is not None else classify_phrases(phrases)
    out: list[Candidate] = []
    for verb, (etype, score) in zip(pending, typed, strict=False):
        if not etype:
            continue
        sense: dict[str, Any] = {"type": etype}
        if etype in ("CONSULT", "ASSAULT", "ACCUSE", "SUPPORT", "SANCTION", "COERCE"):
            sense["obj_actor"] = True
        sense["_rule"] = f"embedding:{etype}"
        out.append(Candidate(verb, sense, method="embedding", confidence=round(score, 3)))
    return out


