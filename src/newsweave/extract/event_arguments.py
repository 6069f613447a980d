"""Event arguments: who acted (actor) and on whom (recipient), read from the parse.

Verbs take the subject, the "by" agent or a subject inherited through control and conjunction as
actor, and the object or a prepositional phrase as recipient; event nouns take possessives,
modifiers, "by"/"from"/"between" phrases or the subject of a light verb. Also the actor rules
that keep a country from being borrowed from another argument."""

from __future__ import annotations

import bisect
import dataclasses
import re
from typing import TYPE_CHECKING, Any

from newsweave.extract.ablation import enabled
from newsweave.extract.actors import (
    BARE_STATE_NOUNS,
    STATE_SECTORS,
    ActorContext,
    build_gazetteer,
    describe,
    fallback_country,
    people_noun,
    preceding_other_country,
    resolve_np,
    state_ref,
    unnamed_party,
)
from newsweave.extract.event_lexicon import (
    Arg,
    Candidate,
    classes_of,
    lexicon,
    reporting_verbs,
)
from newsweave.extract.event_places import (
    destination_country,
    place_phrase_country,
    setting_country,
)
from newsweave.extract.event_syntax import (
    VERDICT_WORDS,
    adverbial_passive,
    clause_subject,
    convicted_by_verdict,
    gapped_passive,
    has_prep,
    hyphenated_noun,
    is_passive,
    misparsed_relative,
    object_agent,
    object_of,
    reduced_passive,
    small_clause_subject,
    subject_tokens,
)
from newsweave.extract.gazetteer import state_act_nouns
from newsweave.extract.lexicon import argument_words
from newsweave.model import ActorRef, Event
from newsweave.nlp.docindex import doc_index
from newsweave.nlp.syntax import to_infinitive

if TYPE_CHECKING:
    from collections.abc import Iterable

    from spacy.tokens import Doc, Span, Token
# event nouns of acts done by their 'of' phrase ("visit of X", "withdrawal of X's troops");
# for the others 'of' names who undergoes it ("release of the hostages", "arrest of X")
OF_AGENT_NOUNS = frozenset({"visit", "trip", "tour", "arrival", "departure", "withdrawal",
                            "pullout", "pull-out", "retreat", "exit", "protest", "march",
                            "rally", "demonstration", "strike", "walkout", "sit-in",
                            "boycott", "mobilization", "mobilisation", "meeting", "summit",
                            "buildup", "build-up"})
# types whose recipient may be unnamed people ("killed three soldiers", "detained 20 students")
VICTIM_TYPES = frozenset({"ASSAULT", "COERCE"})
_MEDIATOR_LEMMAS = frozenset({"mediate", "mediated", "broker", "brokered", "sponsor",
                              "sponsored", "host", "hosted", "facilitate", "facilitated",
                              "mediator", "mediators"})
# "arrived in Riyadh for talks", "flew to Ankara for meetings": who travels holds them
_MOTION_VERBS = frozenset({"arrive", "travel", "fly", "head", "come", "go", "return", "land",
                           "visit", "journey", "rush"})
_RECIPIENT_PREPS = ("to", "with", "on", "upon", "against", "for", "into", "toward", "towards")


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
    actors = resolve_all(takers, ctx)
    if not actors:
        return [], []
    lost = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not lost and enabled("fallen_place_country"):
        # "Y, the main town of its region, situated near a river, fell to ...": a verb the
        # parser joined to the participle of the subject's aside has that subject
        lost = inherited_subject(verb)
    holders = resolve_all(lost, ctx)
    if not holders and lost:
        # a town or base is held by its state: the country of the place itself (rule
        # fallen_place_country, evseed24: 'the town of Y', 'the main city of Z'), else the
        # country the sentence (else the story) names
        code = place_phrase_country(lost[0], ctx, setting=True) \
            if enabled("fallen_place_country") else None
        code = code or fallback_country(verb, ctx, exclude=None)
        if code and all(a[0].country != code or a[0].sector not in ("GOV", "MIL")
                        for a in actors):
            holders = [(state_ref(code, "GOV", None, ctx, None), lost[0])]
    return actors, holders


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


# sectors of a party a prosecution charges: a person, a crowd, a gang (not a state or a rebel army)
_CHARGEABLE_SECTORS = (None, "CIV", "CRM")


def crime_accusation(verb: Token, accused: list[ActorRef]) -> bool:
    """Rule accused_of_crime: 'Simpson is accused of fatally shooting Flynn', 'the teen accused
    in the shooting death of ...': a violent crime laid at a person's door with no accuser named
    is the prosecution's charge (a killing verb's gerund, or a harm noun after 'of' or 'in');
    not when a state or an armed group is the accused (who accuses them is not the courts)."""
    if not accused or not all(a.type != "GPE" and a.sector in _CHARGEABLE_SECTORS
                              for a in accused):
        return False
    lex = lexicon()
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("of", "in"):
            continue
        objs = [c for c in prep.children if c.dep_ in ("pobj", "pcomp")]
        if enabled("accused_of_conjoined"):
            # rule accused_of_conjoined (evreal9): "accused of robbing and killing a man":
            # the crime may be the second of the conjoined acts
            objs += [c for o in objs if o.pos_ == "VERB" for c in o.children
                     if c.dep_ == "conj" and c.pos_ == "VERB"]
        for obj in objs:
            lemma = obj.lemma_.lower()
            if obj.pos_ == "VERB" and any(s.get("type") == "ASSAULT"
                                          for s in lex["verbs"].get(lemma, [])):
                return True
            if obj.pos_ != "VERB" and "harm_word" in lex["class_of"].get(lemma, set()) | \
                    lex["class_of"].get(obj.lower_, set()):
                return True
    return False


def patients_of(verb: Token) -> list[Token]:
    """Who a passive verb's event happens to: its passive subject, or for a reduced
    relative the noun it modifies (and the name that noun stands in apposition to)."""
    if reduced_passive(verb):
        head = verb.head
        among = _among_subject(head) if enabled("among_those") else []
        if among:
            return among
        return [head.head, head] if head.dep_ == "appos" else [head]
    if adverbial_passive(verb):  # "X went on trial accused of ...": X is accused
        return [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    subj = [c for c in verb.children if c.dep_ == "nsubjpass" or
            (c.dep_ == "nsubj" and (gapped_passive(verb) or misparsed_relative(verb)))]
    if not subj and verb.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in verb.children):
        # "150 people returned home after being deported": who returned was deported
        subj = inherited_subject(verb)
    if enabled("relative_patient") and verb.dep_ == "relcl" and verb.head.pos_ in ("NOUN", "PROPN"):
        # rule relative_patient (evclause24): 'the convoy, which was ambushed near the
        # border': the relative pronoun (tagged WDT/WP) stands for the noun the clause is on
        subj = [verb.head if s.tag_ in ("WDT", "WP") else s for s in subj]
    return subj


def _among_subject(group: Token) -> list[Token]:
    """'Her cousin was among those arrested', 'two students were among the people detained':
    who 'is among' the group a passive participle names underwent the act (the group word
    itself, 'those', names nobody)."""
    prep = group.head
    if group.dep_ != "pobj" or prep.lower_ != "among" or prep.head.lemma_ != "be":
        return []
    return [c for c in prep.head.children if c.dep_ == "nsubj"]


def _statement_issuer(noun: Token) -> list[Token]:
    """Who issues a statement that a participle tells ('issued a statement condemning the
    strike', 'the ministry's letter accusing X', 'a resolution from the council demanding
    ...'): the noun's owner, its 'from'/'by' phrase, or the subject of the verb it is the
    object of (evaccuse, session 7)."""
    owner = [c for c in noun.children if c.dep_ == "poss"]
    if owner:
        return owner
    by = [p for c in noun.children if c.dep_ == "prep" and c.lower_ in ("from", "by")
          for p in c.children if p.dep_ == "pobj"]
    if by:
        return by
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in _ISSUING_VERBS and \
            not is_passive(noun.head):
        return subject_tokens(noun.head) or inherited_subject(noun.head)
    return []  # "vetoed a resolution condemning X": the veto is not the condemnation


# verbs whose subject is who a statement comes from ('issued a statement', 'adopted a
# resolution'); not 'vetoed', 'rejected' or 'read' one
_ISSUING_VERBS = frozenset({"issue", "release", "publish", "adopt", "pass", "send", "post",
                            "sign", "deliver", "make", "put", "circulate", "tweet", "write",
                            "approve"})


def inherited_subject(verb: Token) -> list[Token]:
    """Subject through 'poised to', 'decided to', 'X and Y-ed', purpose clauses, acl."""
    lex = lexicon()
    node = verb
    for _ in range(5):
        if node.head.i == node.i:
            return []
        rel, parent = node.dep_, node.head
        if rel == "dep" and node.pos_ == "VERB" and parent.pos_ in ("VERB", "AUX") and \
                node.i > parent.i and node.tag_ in ("VBD", "VBZ", "VBP") and \
                enabled("dep_conjunct"):
            # rule dep_conjunct (evreal8): "troops entered the village, then burned the
            # houses": a finite verb the parser left unlabelled after another verb, with no
            # subject of its own, is that verb's conjunct
            rel = "conj"
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
        elif rel == "conj" and is_passive(parent):
            agents = [p for c in parent.children if c.dep_ == "agent"
                      for p in c.children if p.dep_ == "pobj"]
            if parent.dep_ == "ccomp" and parent.head.lemma_.lower() in reporting_verbs():
                # "X said the deaths were caused by gunfire and called on ...": X calls
                return subject_tokens(parent.head) or agents
            return agents
        elif rel in ("oprd", "acomp", "ccomp") and node.lower_ in VERDICT_WORDS and \
                parent.pos_ == "VERB" and enabled("guilty_of_act"):
            # rule guilty_of_act (evreal10): "X was found guilty of killing Y", "the jury
            # found X guilty of wounding Y": the one found guilty did the act of the gerund
            # after 'guilty of' (a verdict's 'of' hung on the adjective, not on the verb)
            convicted = convicted_by_verdict(parent)
            if convicted is None:
                return []  # 'found not guilty of killing': no act told as done
            return convicted or [c for c in parent.children if c.dep_ == "nsubjpass"]
        elif rel in ("conj", "advcl", "acomp"):
            if rel == "advcl" and node.tag_ == "VB" and enabled("bare_advcl") and \
                    not any(c.dep_ in ("aux", "mark") for c in node.children):
                # "X reiterated that settlements 'are illegal, present an obstacle and
                # threaten ...'": a bare verb is no adverbial clause of X's verb (a misparse
                # of the quoted clause), so X does not do it
                return []
            subj = subject_tokens(parent) if not is_passive(parent) else []
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
            if rel == "acl" and node.tag_ == "VBG" and enabled("statement_issuer") and \
                    "statement_noun" in lex["class_of"].get(parent.lower_, ()):
                return _statement_issuer(parent)
            if rel == "acl" and node.tag_ == "VBG" and parent.pos_ == "NOUN" and \
                    node.i > parent.i and people_noun(parent) and enabled("participle_doer") \
                    and any(sense.get("type") in _ACCUSED_ACT_TYPES
                            for sense in lex["verbs"].get(node.lemma_.lower(), [])):
                # rule participle_doer (evreal10): "fired tear gas at youths throwing petrol
                # bombs", "arrested two gunmen firing at a checkpoint": the people a present
                # participle of force describes do it ('migrants seeking asylum' describes who
                # they are: no request told)
                return [parent]
            if rel == "acl" and not to_infinitive(node):
                return []
            if rel == "acl" and parent.pos_ == "NOUN" and enabled("owner_infinitive") and \
                    parent.lower_ in argument_words()["intent_owner_nouns"]:
                # rule owner_infinitive (evclause24): "Uganda's decision to expel two
                # diplomats", "the rebels' plan to seize the port": the owner of the noun a
                # to-infinitive hangs on does its act (its modality is the modality rules')
                owners = [c for c in parent.children if c.dep_ == "poss"]
                if owners:
                    return owners
            if rel == "prep" and parent.dep_ == "dobj" and parent.pos_ in ("NOUN", "PROPN") \
                    and any(c.dep_ == "pcomp" for c in node.children) and \
                    parent.head.lemma_.lower() in lexicon()["object_control_verbs"] and \
                    enabled("accused_object_acts"):
                # "accused the rebels of attacking civilians" with 'of' hung on the object:
                # the one accused attacks, not the accuser
                return [parent]
            if parent.pos_ == "VERB":
                gerund = rel == "prep" and any(c.dep_ == "pcomp" for c in node.children)
                if gerund and is_passive(parent):
                    # "X was accused of blocking aid": the one accused is who blocks
                    # ("X went on trial accused of killing Y": the trial's subject)
                    return [c for c in parent.children if c.dep_ == "nsubjpass"] or \
                        (patients_of(parent) if adverbial_passive(parent) else [])
                if gerund and parent.dep_ == "acl" and reduced_passive(parent) and \
                        parent.head.pos_ in ("NOUN", "PROPN") and enabled("reduced_accused"):
                    # rule reduced_accused: "the teen accused of shooting a girl", "a man
                    # charged with killing ...": the one the participle describes does it
                    # ("Tomas Rell, the teen accused of ...": the name the noun is set beside)
                    noun = parent.head
                    return [noun.head] if noun.dep_ == "appos" else [noun]
                if gerund and parent.lemma_.lower() in lexicon()["object_control_verbs"]:
                    objs = [c for c in parent.children if c.dep_ == "dobj"]
                    if objs:  # "accused Russia of supplying arms": Russia supplies
                        return objs
                subj = subject_tokens(parent) if not is_passive(parent) else []
                if subj:
                    return subj
        else:
            return []
        node = parent
    return []


_ACCUSED_ACT_TYPES = frozenset({"ASSAULT", "COERCE", "THREATEN"})


def _accused_of(verb: Token) -> bool:
    """The verb is the act a reduced participle accuses someone of ('the teen accused of
    shooting ...', its conjuncts too): rule reduced_accused's case."""
    node = verb.head if verb.dep_ == "conj" else verb
    prep = node.head
    return node.dep_ == "pcomp" and prep.dep_ == "prep" and prep.head.dep_ == "acl" and \
        reduced_passive(prep.head)


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


def resolve_all(toks: list[Token], ctx: ActorContext) -> list[Arg]:
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


def owner_actors(tok: Token, ctx: ActorContext) -> list[Arg]:
    """Public name of `_owner_actors` (used by events' claim nouns, evtypes session 8)."""
    return _owner_actors(tok, ctx)


def _seized_owner(obj: Token, actors: list[Arg], ctx: ActorContext) -> list[Arg]:
    """Rule `seized_owner` (evprec12, session 16): 'seized the assets of an opposition
    newspaper', 'confiscated the passports of Uighur residents', 'seized a Greek oil tanker':
    whose property is seized (the of-object of the thing, else a modifier naming its owner)
    is the one coerced."""
    owners = [p for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"
              for p in c.children if p.dep_ == "pobj"]
    found = resolve_all(owners, ctx) if owners else []
    if not found:
        found = [r for node in [obj, *owners] for r in _owner_actors(node, ctx)]
    found = [r for r in found if not any(same_actor(r[0], a[0]) for a in actors)]
    if not found and enabled("its_vessel_owner"):
        found = [r for r in _its_vessel_owner(obj, ctx)
                 if not any(same_actor(r[0], a[0]) for a in actors)]
    return found


_OWNED_VESSEL_CLASSES = frozenset({"vessel_word"})


def _its_vessel_owner(obj: Token, ctx: ActorContext) -> list[Arg]:
    """Rule `its_vessel_owner` (evargs25): 'boarded a Philippine supply boat and seized its
    cargo', 'a Liberian tanker ... coast guards seized its cargo': the 'its' of a thing
    seized is the ship told just before it (this sentence or the one before), and whoever
    that ship's modifiers say owns it is the one coerced; none when no ship is told or its
    owner is not named."""
    if not any(c.dep_ == "poss" and c.lower_ == "its" for c in obj.children):
        return []
    sent = obj.sent
    start = sent.start
    if start > 0:
        start = obj.doc[start - 1].sent.start
    for tok in reversed(obj.doc[start:obj.i]):
        if tok.pos_ == "NOUN" and classes_of([tok]) & _OWNED_VESSEL_CLASSES:
            return [(dataclasses.replace(r, rules=[*r.rules, "its_vessel_owner"]), t)
                    for r, t in _owner_actors(tok, ctx)]
    return []


_OFFER_CLASSES = frozenset({"proposal", "bid_word"})


def _offer_owner(obj: Token, actors: list[Arg], ctx: ActorContext) -> list[Arg]:
    """Rule `rejected_offer_owner` (evprec12, session 16): 'North Korea rebuffed an offer of
    talks from Seoul', 'turned down an offer from ECOWAS to mediate', 'rebuffed a European
    offer': who made the offer, proposal or invitation a party turns down (a from-phrase on
    it or on its 'of' object, else a modifier naming the owner of either) receives the
    rejection."""
    if obj.pos_ != "NOUN" or not classes_of([obj]) & _OFFER_CLASSES:
        return []
    nodes = [obj, *(p for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"
                    for p in c.children if p.dep_ == "pobj")]
    found = [r for node in nodes for c in node.children
             if c.dep_ == "prep" and c.lower_ == "from"
             for r in resolve_all([p for p in c.children if p.dep_ == "pobj"], ctx)]
    if not found:
        # "a European offer", "an offer of European Union money"
        found = [r for node in nodes for r in _owner_actors(node, ctx)]
    return [r for r in found if not any(same_actor(r[0], a[0]) for a in actors)]


def _invitation_host(obj: Token, ctx: ActorContext) -> list[Arg]:
    """Rule `invitation_host` (evwire24b, session 24b): 'declined an invitation to the trade
    summit in Freedonia', 'accepted an invitation to Lima': an invitation (argument_words
    invitation_nouns) whose inviter is not named is answered to the state that hosts what it
    is to: the state its 'to' phrase names, else the state or capital of that gathering's 'in'
    phrase (or of the invitation's, where the parser may hang it). None when a possessive or a
    from/by phrase names the inviter (the inviter is the party then, not the host), nor for a
    place no state or capital names."""
    if obj.pos_ != "NOUN" or obj.lower_ not in argument_words()["invitation_nouns"] or \
            any(c.dep_ == "poss" for c in obj.children) or _prep_objects(obj, ("from", "by")):
        return []
    found: list[Arg] = []
    for _prep, dest in _prep_objects(obj, ("to",)):
        # the parser may hang the gathering's 'in' phrase on the invitation itself
        places = [dest, *(p for node in (dest, obj) for _in, p in _prep_objects(node, ("in",)))]
        for place in places:
            found.extend(r for r in resolve_all([place], ctx)
                         if r[0].type == "GPE" and r[1].i == place.i)
            if found:
                return found
    return found


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
                    refs = [r for r in refs if not a_kind_of_thing(r)]
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


def a_kind_of_thing(ref: ActorRef) -> bool:
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
            out.extend(resolve_all([node], ctx) or _owner_actors(node, ctx))
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


def _coordinated_prep_objects(tok: Token, preps: tuple[str, ...]) -> list[Token]:
    """Rule `coordinated_prep_recipient`: "signed deals with Argentina and with Chile": the
    objects of a recipient preposition's coordinated repeats ('and with Chile'), which hang on
    the first preposition and not on the word the recipients are of."""
    out: list[Token] = []
    for c in tok.children:
        if c.dep_ != "prep" or c.lower_ not in preps:
            continue
        for conj in c.subtree:
            if conj.dep_ == "conj" and conj.pos_ == "ADP" and conj.lower_ in preps and \
                    conj.head.pos_ == "ADP":
                out.extend(p for p in conj.children if p.dep_ == "pobj")
    return out


def recipient_args(tok: Token, ctx: ActorContext, owner_ok: bool,
                    preps: tuple[str, ...] = _RECIPIENT_PREPS) -> list[Arg]:
    out: list[Arg] = []
    pobjs = [pobj for _prep, pobj in _prep_objects(tok, preps)]
    repeated = _coordinated_prep_objects(tok, preps) if \
        enabled("coordinated_prep_recipient") else []
    for pobj in [*pobjs, *repeated]:
        refs = resolve_all([pobj], ctx)
        if not refs and owner_ok:
            refs = _owner_actors(pobj, ctx)
        out.extend(_tagged(refs, "coordinated_prep_recipient") if pobj in repeated else refs)
    return out


def arguments(cand: Candidate, ctx: ActorContext) -> tuple[list[Arg], list[Arg]]:
    tok = cand.trigger
    if tok.pos_ == "VERB":
        actors, recipients = _verb_arguments(tok, cand.sense, ctx)
    else:
        actors, recipients = _noun_arguments(tok, cand.sense, ctx)
    if actors and cand.sense["type"] not in ("CONSULT", "COOPERATE", "AGREE") and \
            enabled("along_with"):
        # rule along_with: "Greenpeace filed suit along with the Sierra Club", "X, together
        # with Y, sued ...": the party named with the actor does the act too (not for acts
        # done with a partner: 'worked together with Y' makes Y the other side)
        verb = tok if tok.pos_ == "VERB" else tok.head
        obj = object_of(verb) if verb.pos_ == "VERB" else None
        # (on the verb only when it has no object but the act: 'arrested Lee along with his
        # brother' arrests both)
        nodes = [*([verb] if obj is None or obj.i == tok.i else []),
                 *(a[1] for a in actors if a[1] is not None)]
        extra = [r for r in _tagged(resolve_all(_along_with(nodes), ctx), "along_with")
                 if not any(same_actor(r[0], x[0]) for x in [*actors, *recipients])]
        actors = [*actors, *extra]
    if enabled("coordinated_modifier_recipient"):
        recipients = coordinated_modifier_recipients(recipients)
    return actors, recipients


# ----------------------------------------------------------------------------- coordination


def coordinated_modifier_recipients(recipients: list[Arg]) -> list[Arg]:
    """Rule `coordinated_modifier_recipient`: "met his Ugandan and Tanzanian counterparts",
    "arrested Kenyan and Somali traders": a recipient whose nationality modifier is
    coordinated is one recipient per conjunct, as coordinated actors are one actor each;
    the resolved phrase only carries the first conjunct's country."""
    out: list[Arg] = []
    for ref, anchor in recipients:
        out.append((ref, anchor))
        for country, word in _conjunct_countries(ref, anchor):
            if any(r.country == country for r, _ in [*recipients, *out]):
                continue
            out.append((_conjunct_ref(ref, anchor, word, country), anchor))
    return out


def _conjunct_countries(ref: ActorRef, noun: Token) -> list[tuple[str, Token]]:
    """(country, word) of each further conjunct of the nationality modifier of `noun` whose
    first conjunct gave `ref` its country ('Ugandan and Tanzanian' -> [('TZA', Tanzanian)])."""
    if ref.country is None or noun.pos_ not in ("NOUN", "PROPN"):
        return []
    gaz = build_gazetteer()
    for mod in noun.children:
        if mod.dep_ not in ("amod", "nmod", "compound") or mod.i > noun.i or \
                gaz.country_of(mod.text) != ref.country:
            continue
        conjuncts = [c for c in mod.subtree if c.dep_ == "conj" and c.i < noun.i]
        found = [(gaz.country_of(c.text), c) for c in conjuncts]
        return [(country, c) for country, c in found if country is not None]
    return []


def _conjunct_ref(ref: ActorRef, noun: Token, word: Token, country: str) -> ActorRef:
    """The recipient `ref` as the conjunct `word` names it ('Tanzanian counterparts')."""
    return dataclasses.replace(ref, name=f"{word.text} {noun.text}", country=country,
                               span=(word.idx, noun.idx + len(noun.text)),
                               country_inferred=False, mention_id=None,
                               rules=[*ref.rules, "coordinated_modifier_recipient"])


def modifier_partners(actors: list[Arg]) -> list[Arg] | None:
    """Rule `coordinated_modifier_partner` (evwire24, session 24): "the Thai and Cambodian
    defence chiefs met", "Freedonian and Ruritanian troops clashed": one noun whose nationality
    modifier is coordinated names two parties, each the other's partner (or foe) in a mutual
    act. The parties, one per country, when the actors are that one noun (resolved as one
    phrase or already one per conjunct); None otherwise (two nouns, 'Peru and Chile', are the
    reciprocal rule's; one country is no pair)."""
    if not actors or any(t is None for _r, t in actors) or \
            any("modifier_actor" not in r.rules for r, _t in actors):
        return None
    anchor = _modified_noun(actors[0][1])
    if any(_modified_noun(t).i != anchor.i for _r, t in actors):
        return None
    parties = list(actors)
    if len(parties) == 1:
        ref = parties[0][0]
        parties += [(dataclasses.replace(_conjunct_ref(ref, anchor, word, country),
                                         rules=[*ref.rules, "coordinated_modifier_partner"]),
                     anchor) for country, word in _conjunct_countries(ref, anchor)]
    countries = [r.country for r, _t in parties]
    if len(parties) < 2 or None in countries or len(set(countries)) != len(countries):
        return None
    return parties


def _modified_noun(tok: Token) -> Token:
    """The noun a modifier (or a conjunct of one) hangs on ('Thai' of 'Thai and Cambodian
    troops' -> 'troops'); a noun is its own."""
    while tok.dep_ in ("amod", "compound", "nmod", "conj") and tok.head.i != tok.i and \
            tok.pos_ != "NOUN":
        tok = tok.head
    return tok


def mutual_fight_verb(verb: Token) -> bool:
    """'troops clashed', 'the two sides fought': a verb of fighting with no object, whose
    subject names both sides (argument_words mutual_fight_verbs)."""
    return verb.pos_ == "VERB" and \
        verb.lemma_.lower() in argument_words()["mutual_fight_verbs"] and \
        object_of(verb) is None and not is_passive(verb)


def _along_with(nodes: list[Token]) -> list[Token]:
    """The objects of 'along with', 'together with', 'jointly with' hung on these tokens."""
    out: list[Token] = []
    for node in nodes:
        for c in node.children:
            if c.lower_ == "along" and c.dep_ in ("prep", "advmod"):
                out += [p for w in c.children if w.lower_ == "with"
                        for p in w.children if p.dep_ == "pobj"]
            elif c.lower_ == "with" and c.dep_ == "prep" and any(
                    g.lower_ in ("together", "jointly") for g in [*c.children, *(
                        x for x in node.children if x.i == c.i - 1)]):
                out += [p for p in c.children if p.dep_ == "pobj"]
    return out


_THEME_TYPES = frozenset({"AID", "AGREE", "COOPERATE", "MOBILIZE", "RETREAT", "REJECT",
                          "CONCEDE", "THREATEN"})
_UNNAMED_RECIPIENT_PREPS = ("with", "to", "against", "on", "at")


def unnamed_recipients(verb: Token, sense: dict[str, Any], actors: list[Arg],
                       ctx: ActorContext) -> list[Arg]:
    """'The senator criticized the president', 'the league fined the club', 'the airline
    apologized to passengers': when no rule found the other party, the verb's object (for
    acts done to someone, not things given, agreed or refused) or the object of a 'with',
    'to', 'against', 'on' or 'at' phrase, named by a common noun of our actor lists
    (actors.unnamed_party), with no country unless its own phrase states one. The last
    recipient rule of an event (events._build): every other rule is tried first."""
    if not enabled("unnamed_recipient") or verb.pos_ != "VERB" or sense.get("receiver") or \
            not actors or is_passive(verb) or reduced_passive(verb):
        return []
    objs: list[Token] = []
    obj = object_of(verb)
    if obj is not None and sense["type"] not in _THEME_TYPES:
        objs.append(obj)
    objs.extend(c for c in verb.children if c.dep_ == "dative" and c.pos_ == "NOUN")
    objs.extend(p for _prep, p in _prep_objects(verb, (*_UNNAMED_RECIPIENT_PREPS,
                                                        *_sense_party_preps(sense))))
    found = _unnamed_recipient(objs, actors, ctx)
    if not found and obj is not None and sense["type"] in _PARTNER_NOUN_TYPES and \
            enabled("object_with_partner"):
        found = _unnamed_recipient(object_with_partners(obj), actors, ctx,
                                   "object_with_partner")
    return found


# the types whose object noun names the other party in a 'with' phrase ('reached an
# agreement with the airline', 'demanded a meeting with management', 'held talks with')
_PARTNER_NOUN_TYPES = frozenset({"AGREE", "CONSULT", "REQUEST", "COOPERATE"})


def object_with_partners(obj: Token) -> list[Token]:
    """Rule `object_with_partner` (evprec28): 'nurses reached a tentative agreement with the
    hospital', 'the union demanded an urgent meeting with management': the 'with' objects of
    the verb's object noun (each of a coordination), read by unnamed_recipients as the
    other party when it is named by a common noun of our actor lists and no rule found one.
    'Agreed to a deal with no strings attached' names no party (no actor noun)."""
    out: list[Token] = []
    for _prep, pobj in _prep_objects(obj, ("with",)):
        out.extend([pobj, *(c for c in pobj.children if c.dep_ == "conj")])
    return out


def _unnamed_recipient(toks: Iterable[Token], actors: list[Arg], ctx: ActorContext,
                       *rules: str) -> list[Arg]:
    """The first of these tokens that names a party other than the actors by a common noun of
    our actor lists (_first_unnamed_party), tagged unnamed_recipient (and `rules`)."""
    return [(dataclasses.replace(r, rules=[*r.rules, "unnamed_recipient", *rules]), t)
            for r, t in _first_unnamed_party(toks, ctx, actors)]


def accused_noun_party(noun: Token, sense: dict[str, Any], actors: list[Arg],
                       ctx: ActorContext) -> list[Arg]:
    """Rule `accused_noun_party` (evwire24b, session 24b): 'prosecutors opened an
    investigation into the former mayor', 'the league filed a complaint against the coach':
    an accusation or inquiry told by its noun has its other party in the noun's own
    'into'/'against' phrase (argument_words accused_noun_preps), or in that phrase of the
    verb the noun is the object of; named by a common noun of
    our actor lists (actors.unnamed_party), as unnamed_recipients reads a verb's object, with
    no country unless its own phrase states one. Things are no party ('an inquiry into the
    fire')."""
    if sense["type"] != "ACCUSE" or noun.pos_ != "NOUN" or not actors or \
            not enabled("accused_noun_party"):
        return []
    preps = tuple(argument_words()["accused_noun_preps"])
    found = _prep_objects(noun, preps)
    if noun.dep_ == "dobj" and noun.head.pos_ == "VERB":
        # "launched a probe into X": the parser may hang the phrase on the verb that takes
        # the noun as its object (after the noun)
        found += [(p, t) for p, t in _prep_objects(noun.head, preps) if t.i > noun.i]
    return _unnamed_recipient((tok for _prep, tok in found), actors, ctx,
                              "accused_noun_party")


def judged_thing_owner(verb: Token, sense: dict[str, Any], actors: list[Arg],
                       ctx: ActorContext) -> list[Arg]:
    """Rule `judged_thing_owner` (evwire24b, session 24b): 'the senator mocked the attorney
    general's inquiry', 'the union rejected the developer's plan': a thing judged (criticised,
    rejected or backed) whose possessive owner is named by a common noun of our actor lists
    (actors.unnamed_party) answers for its owner, as a named owner does (_owners_of_thing);
    the last try when no rule found the other party, with no country unless the owner's own
    phrase or the existing organ rules give one. Not a pronoun's ('its plan') nor a day's."""
    if sense["type"] not in _JUDGING_TYPES or verb.pos_ != "VERB" or not actors or \
            is_passive(verb) or reduced_passive(verb) or not enabled("judged_thing_owner"):
        return []
    obj = object_of(verb)
    if obj is None or obj.pos_ != "NOUN" or people_noun(obj):
        return []
    owners = (c for c in obj.children if c.dep_ == "poss" and c.pos_ == "NOUN")
    return _unnamed_recipient(owners, actors, ctx, "judged_thing_owner")


def _verb_arguments(verb: Token, sense: dict[str, Any], ctx: ActorContext
                    ) -> tuple[list[Arg], list[Arg]]:
    lex = lexicon()
    etype = sense["type"]
    if sense.get("taker_preps"):
        return _taker_arguments(verb, sense["taker_preps"], ctx)
    reduced = reduced_passive(verb)
    passive = is_passive(verb) or reduced
    subj_toks = subject_tokens(verb)
    if passive:
        subj_toks = [p for c in verb.children if c.dep_ == "agent"
                     for p in c.children if p.dep_ == "pobj"]
    if not subj_toks and not passive:
        subj_toks = inherited_subject(verb)
        if subj_toks and etype not in _ACCUSED_ACT_TYPES and _accused_of(verb):
            # ("firms accused of supplying parts": the hostile acts an accusation tells are
            # alleged events; what else it names is the charge, left to the accusation)
            subj_toks = []
    if not subj_toks and not passive:
        subj_toks = _left_subject(verb)
    actors = resolve_all(subj_toks, ctx)
    if not actors and passive and not subj_toks and enabled("nested_by_agent"):
        actors = _tagged(resolve_all(_nested_by_agent(verb), ctx), "nested_by_agent")
    if not actors and subj_toks and not passive:
        actors = resolve_all(_left_subject(verb, dashed_only=True), ctx)
    if not actors and not passive and etype == "ASSAULT" and enabled("weapon_owner"):
        actors = weapon_owners(subj_toks, ctx)
    if not actors and passive and etype == "ASSAULT" and enabled("agent_weapon_owner"):
        # "two soldiers were wounded by a Taliban roadside bomb", "killed by Israeli
        # shelling": a thing as the passive's agent is the weapon of whoever owns it
        actors = _tagged(weapon_owners(subj_toks, ctx), "agent_weapon_owner")
    recipients: list[Arg] = []
    obj = object_of(verb) if not passive else None
    if obj is None and not passive and verb.dep_ == "conj":
        obj = object_of(verb.head)
    if obj is None and not passive:
        for c in verb.children:
            if c.dep_ == "conj" and c.pos_ == "VERB" and object_of(c) is not None:
                obj = object_of(c)
                break
    if obj is None and not passive and sense.get("small_clause"):
        obj = small_clause_subject(verb)  # "declared the envoy persona non grata"
    if obj is None and not passive and enabled("what_it_called"):
        obj = _what_it_called(verb)
    if obj is None and not passive and enabled("particle_read_as_prep"):
        obj = _particle_object(verb, sense)
    if obj is None and not passive and enabled("place_read_as_adverb"):
        obj = _adverb_place_object(verb)
    theme_types = {"AID", "AGREE", "COOPERATE", "REQUEST", "MOBILIZE", "RETREAT", "REJECT",
                   "SANCTION", "CONCEDE"}
    if sense.get("receiver") or (verb.lemma_.lower() in lex["receiver_verbs"] and \
            etype not in ("REQUEST", "SUPPORT", "AGREE", "CONCEDE", "CONSULT")):
        # "received aid from Russia": the giver is the actor
        givers = recipient_args(verb, ctx, owner_ok=True, preps=("from",))
        if etype == "REJECT":
            # "did not accept Bolivia's offer", "does not need Russian arms", "aid from
            # Venezuela": who refuses acts; whose offer or aid it was receives the rejection
            if not givers and obj is not None:
                givers = recipient_args(obj, ctx, owner_ok=True, preps=("from",)) or \
                    _owner_actors(obj, ctx)
            if not givers and obj is not None and enabled("earlier_thing_owner"):
                givers = _earlier_thing_owner(obj, actors, ctx)  # "did not accept the offer"
            return actors, [g for g in givers if not any(same_actor(g[0], a[0])
                                                         for a in actors)]
        return givers, actors
    if passive and not actors and etype == "RETREAT":
        actors = _holders(verb, ctx)
    if passive and not actors and sense.get("state_actor"):
        # "150 Indians were deported from the United States", "he was arrested in April":
        # only a state arrests, deports or convicts; the country the sentence (else the
        # story) is about
        # "deported from Libya", "expelled from France": the state it happened from
        code = next((c for c in _prep_countries_of(verb, ("from",))), None)
        placed = _act_place_state(verb, ctx) if code is None else None
        code = code or placed or fallback_country(verb, ctx)
        if code:
            ref = state_ref(code, sense["state_actor"], None, ctx, None)
            if placed:
                ref = dataclasses.replace(ref, rules=[*ref.rules, "act_place_state"])
            actors = [(ref, verb)]
    if passive and not actors and etype == "MOBILIZE":
        actors = [a for a in resolve_all([c for c in verb.children if c.dep_ == "nsubjpass"],
                                          ctx) if a[0].sector in ("MIL", "COP")]
    if sense.get("clause_subject"):
        subj = clause_subject(verb)
        return actors, resolve_all([subj], ctx) if subj is not None else []
    if passive:
        patients = patients_of(verb)
        if etype not in theme_types:
            recipients.extend(resolve_all(patients, ctx))
        elif (sense.get("obj_actor") or etype == "SANCTION") and enabled("passive_patient") \
                and (actors or fallback_country(verb, ctx) is not None):
            # rule passive_patient: "Tate was sentenced to ten years", "Lee was convicted of
            # fraud": the party a punishment or an act on a party befalls, as the active's
            # object would be (sanctioned_party), when the doer is named or the state is
            # known (a conviction by nobody known is left out); a place stands for no one
            recipients.extend(_tagged([a for a in resolve_all(patients, ctx)
                                       if a[0].type != "GPE" or a[1].i in
                                       {p.i for p in patients}], "passive_patient"))
        else:
            for p in patients:
                recipients.extend(recipient_args(p, ctx, owner_ok=False))
        if not recipients and etype in _JUDGING_TYPES and enabled("thing_target_owner"):
            # "the plan was sidelined by the new administration", "an election hailed by
            # the government but dismissed by critics": the thing judged, told as the
            # passive's subject, answers for whoever made it
            for p in patients:
                recipients.extend(_tagged(_thing_maker(p, actors, ctx), "thing_target_owner"))
    if passive and sense.get("obj_is_recipient"):
        # "hostages were released", "refugees were admitted": the patients receive it
        recipients.extend(resolve_all(patients_of(verb), ctx))
    judged: Token | None = None
    if obj is not None and etype in _JUDGING_TYPES and enabled("thing_target_owner"):
        thing = _judged_thing(obj)  # "questioned the legality of the rule": the rule
        if thing is not obj:
            judged = obj = thing
    if obj is not None:
        obj_refs = resolve_all([obj], ctx) or _detached_apposition(obj, ctx)
        if etype == "ASSAULT" and obj_refs and mistagged_town(obj):
            obj_refs = []  # the town attacked: its state, below (attacked_named_place)
        if etype == "CONSULT" and enabled("detached_from_people"):
            obj_refs = _detached_from_people(verb, obj, obj_refs, ctx)
        if not obj_refs and obj.pos_ == "PRON" and enabled("conjunct_object_pronoun"):
            obj_refs = _conjunct_object(verb, obj, ctx)  # "arrested two men and charged them"
        if sense.get("obj_is_recipient"):
            if not has_prep(verb, ["to"]):  # "freed three Taliban prisoners": the Taliban's
                recipients.extend(obj_refs)
            if not obj_refs and etype == "RETREAT" and enabled("released_owner"):
                # "released the British tanker", "returned the captured Indian pilot": the
                # state or group whose people or thing are given back
                recipients.extend(_tagged(_others(_owner_actors(obj, ctx), actors),
                                          "released_owner"))
        elif etype == "REQUEST" and sense.get("recipient_from_object"):
            if obj_refs and obj.dep_ != "attr":
                recipients.extend(obj_refs)  # "asked Moscow for weapons"
            else:
                # "sought X's extradition from the UK": who is asked is the 'from' party,
                # not whose extradition it is (asked_from); with none, the owner
                asked_of = [*(r for node in _np_nodes(obj) for r in recipient_args(
                              node, ctx, owner_ok=node.i == obj.i, preps=("from",))),
                         *recipient_args(verb, ctx, owner_ok=False, preps=("from",))] \
                    if enabled("asked_from") else []
                recipients.extend(_tagged(asked_of, "asked_from") if asked_of else
                                  _owner_actors(obj, ctx))
                if not asked_of:
                    recipients.extend(recipient_args(obj, ctx, owner_ok=True,
                                                     preps=("from",)))
        elif etype == "SUPPORT" and sense.get("recipient_from_object") and not obj_refs:
            recipients.extend(_owner_actors(obj, ctx))
            recipients.extend(recipient_args(obj, ctx, owner_ok=True, preps=("from",)))
            recipients.extend(recipient_args(verb, ctx, owner_ok=True, preps=("from",)))
        elif etype == "SUPPORT" and not obj_refs:
            recipients.extend(_owner_actors(obj, ctx))  # "support Afghanistan's army"
        elif etype not in theme_types or sense.get("obj_actor") or \
                (etype == "REQUEST" and obj_refs):
            recipients.extend(obj_refs)
            if not obj_refs and etype in ("ACCUSE", "SUPPORT", "REJECT"):
                recipients.extend(_owners_of_thing(obj, ctx))
            if not recipients and etype == "ACCUSE" and enabled("condemned_earlier_act"):
                recipients.extend(_earlier_act_agents(obj, actors, ctx))
        elif etype == "REJECT":
            # "rejected the Trump administration as a mediator", "rejected the US proposal"
            recipients.extend(obj_refs or _owners_of_thing(obj, ctx))
        if not _others(recipients, actors) and etype == "SUPPORT" and not obj_refs and \
                enabled("supported_owner"):
            # "welcomed the election of Somalia's new president", "expressed support for
            # Islamabad's efforts", "threw its weight behind the Palestinian bid": whose act
            # or thing is backed, named in the thing's 'of' phrase or by what it is for
            found = _others(_owners_of_thing(obj, ctx) or _of_owners(obj, ctx), actors)
            for node in [obj, verb]:
                if not found:
                    found = _others(recipient_args(node, ctx, owner_ok=True,
                                                   preps=("for", "behind", "to")), actors)
            recipients = _others(recipients, actors)
            recipients.extend(_tagged(found, "supported_owner"))
            if not found and enabled("backed_from"):
                recipients.extend(_tagged(_others(_thing_source(obj, ctx), actors),
                                          "backed_from"))
        if not _others(recipients, actors) and etype == "AGREE" and not obj_refs and \
                enabled("trade_party"):
            # "signed a deal to buy 20 Airbus jets": who sells or is sold to
            recipients = _others(recipients, actors)
            recipients.extend(_tagged(_others(_trade_parties(
                [c for c in obj.children if c.dep_ in ("acl", "relcl")], ctx), actors),
                "trade_party"))
        if not recipients and etype in ("AGREE", "CONCEDE") and not obj_refs and \
                enabled("accepted_owner"):
            # "accepted Kenyatta's offer of talks", "met the students' demands", "approved
            # the plan put forward by Angola": whose offer, demand or plan is taken up
            recipients.extend(_tagged(_others(
                _owners_of_thing(obj, ctx) or
                recipient_args(obj, ctx, owner_ok=True, preps=("from",)), actors),
                "accepted_owner"))  # ("approved an extradition request from the US")
        if not recipients and etype == "ASSAULT" and not obj_refs and \
                enabled("owner_of_target") and not people_noun(obj):
            # "attacked Microsoft's browser", "shelled Ukraine's power plants": whose thing
            # was hit (named by a possessive; not the attacker's own)
            recipients.extend(_tagged(_others(
                [r for r in _owner_actors(obj, ctx) if r[1].dep_ == "poss" and
                 r[1].pos_ != "PRON"], actors), "owner_of_target"))
        if not recipients and etype in VICTIM_TYPES and not obj_refs and \
                enabled("pronoun_owner_of_target") and not people_noun(obj):
            recipients.extend(_tagged(_pronoun_owner_of_target(obj, actors, ctx),
                                      "pronoun_owner_of_target"))
        if etype == "ASSAULT" and not any(t.i == obj.i for _r, t in recipients) and \
                enabled("state_property") and not people_noun(obj):
            # rule state_property (evreal10): "rioters attacked a police station and
            # government buildings", "stormed an army post": the state organ whose building
            # was hit (the police, government or army of the place's or story's country),
            # beside the other things hit ("a police station, stores and banks")
            recipients.extend(_tagged(_others(
                [r for r in _owner_actors(obj, ctx) if r[1].pos_ == "NOUN" and
                 r[1].dep_ in ("compound", "amod") and r[0].type == "GPE" and
                 r[0].sector in STATE_SECTORS and
                 not any(same_actor(r[0], x[0]) for x in recipients)], actors),
                "state_property"))
        if not recipients and etype == "ASSAULT" and not obj_refs:
            recipients.extend(_earlier_owner(obj, ctx))  # "shooting down the helicopter"
        if not recipients and not obj_refs and etype in ("ACCUSE", "SUPPORT", "REJECT") and \
                enabled("earlier_thing_owner"):
            recipients.extend(_earlier_thing_owner(obj, actors, ctx))  # "backed the proposal"
        if not recipients and not obj_refs and etype in ("ACCUSE", "SUPPORT", "REJECT") and \
                enabled("earlier_move"):
            recipients.extend(_earlier_move_agents(obj, actors, ctx))  # "condemned the move"
        # "rifles to Afghan forces", "talks with the Taliban"
        if not recipients and etype in theme_types | {"ASSAULT", "CONSULT", "COERCE"}:
            # "fired tear gas at the protesters": what an attack's weapon is aimed at
            aimed = ("at",) if etype == "ASSAULT" else ()
            for node in _np_nodes(obj):
                recipients.extend(recipient_args(
                    node, ctx, owner_ok=etype == "ASSAULT" or bool(sense.get("recipient_owner")),
                    preps=("to", "with", "for", "on", "against", *aimed,
                           *(("from",) if etype == "SANCTION" else ()))))
        if not recipients and etype == "CONCEDE" and enabled("eased_measure_party"):
            recipients.extend(_tagged(_eased_measure_party(verb, obj, actors, ctx),
                                      "eased_measure_party"))
        if not recipients and sense.get("recipient_owner") and etype in theme_types and \
                not _prep_objects(verb, ("to",)):
            # "expelled two Swedish diplomats": Sweden, whose diplomats they are; "froze the
            # assets of four generals": the generals
            recipients.extend(obj_refs or _owner_actors(obj, ctx) or _of_owners(obj, ctx))
    if etype == "SANCTION" and not recipients and obj is not None and \
            enabled("sanctioned_party") and not _prep_objects(verb, ("to",)):
        # "convicted 14 activists", "blacklisted Venezuela's central bank": a party as the
        # object is the one punished; a thing's owner is ("froze the bank's assets")
        refs = [a for a in resolve_all([obj], ctx) if a[0].type != "GPE" or
                a[1].i == obj.i] or _owner_actors(obj, ctx)
        if any(c.dep_ == "poss" and c.pos_ == "PRON" for c in obj.children):
            refs = []  # "recalled its envoy": its own people are not the ones punished
        recipients.extend((dataclasses.replace(r, rules=[*r.rules, "sanctioned_party"]), t)
                          for r, t in refs)
    if etype == "RETREAT" and obj is not None and not recipients and \
            sense.get("obj_actor_or_place") and not passive and enabled("left_place"):
        # rule `left_place` (evprec12): "the last French troops left Niger": the state whose
        # land is left is the other side of the withdrawal (a town or a base is no party)
        recipients.extend(_tagged([r for r in resolve_all([obj], ctx)
                                   if r[0].type == "GPE" and r[1].i == obj.i and
                                   not any(same_actor(r[0], a[0]) for a in actors)],
                                  "left_place"))
    if etype == "AID" and not recipients and not passive and enabled("aided_owner"):
        # rule `aided_owner` (evprec13): "aid to Ukraine's energy sector", "a deposit with
        # Pakistan's central bank": the party whose sector, bank or people get the aid (a
        # named possessive of the to/with/for object, not a pronoun: "its own army" is none)
        nodes = [verb, *(_np_nodes(obj) if obj is not None else [])]
        recipients.extend(_tagged(_others(
            [r for node in nodes for _prep, pobj in _prep_objects(node, ("to", "with", "for"))
             for r in _owner_actors(pobj, ctx) if r[1].dep_ == "poss" and r[1].pos_ != "PRON"],
            actors), "aided_owner"))
    if etype == "COERCE" and sense.get("mode") == "confiscate" and obj is not None and \
            not recipients and not passive and enabled("seized_from"):
        # rule seized_from (evseed24): "captured weapons from the army", "seized two trucks
        # from Chadian troops": who the thing was taken from is the one coerced (before any
        # maker or owner its modifiers name: 'Russian-made weapons from the army')
        recipients.extend(_tagged(_others([r for node in (verb, obj) for r in recipient_args(
            node, ctx, owner_ok=False, preps=("from",))], actors), "seized_from"))
    if etype == "COERCE" and sense.get("mode") == "confiscate" and obj is not None and \
            not recipients and not passive and enabled("seized_owner"):
        recipients.extend(_tagged(_seized_owner(obj, actors, ctx), "seized_owner"))
    if etype == "COERCE" and sense.get("mode") != "confiscate" and obj is not None and \
            not passive and not _not_own_side(recipients, actors) and \
            enabled("vessel_owner") and "vessel_word" in classes_of([obj]):
        # rule vessel_owner (evwire24): "detained a Freedonian trawler and its crew",
        # "intercepted two Freedonian fishing boats": the state whose vessel is held (its
        # crew read as the actor's own by the pronoun is no other side); a seizure is
        # seized_owner's
        recipients = [*_not_own_side(recipients, actors),
                      *_tagged(_others(_owner_actors(obj, ctx), actors), "vessel_owner")]
    if etype in ("SANCTION", "RETREAT") and not recipients and enabled("out_of"):
        # "pulled its envoy out of Saudi Arabia", "moved its troops out of the city"
        for out in (c for c in verb.children if c.lower_ == "out" and c.dep_ in ("prep",
                                                                              "prt", "advmod")):
            for pobj in (p for c in [out, *out.children] if c.lower_ == "of"
                         for p in c.children if p.dep_ == "pobj"):
                recipients.extend(resolve_all([pobj], ctx))
    if etype == "SANCTION" and not recipients and obj is not None:
        recipients.extend(_earlier_parties(obj, actors, ctx))  # "scuttled the talks"
    if etype == "THREATEN" and not recipients:
        # "threatened to kill the lawmaker", "warned it would strike the rebels": the one
        # the threatened act is aimed at
        for x in (c for c in verb.children if c.dep_ in ("xcomp", "ccomp")):
            xobj = object_of(x)
            if xobj is not None:
                recipients.extend(resolve_all([xobj], ctx))
            recipients.extend(recipient_args(x, ctx, owner_ok=False,
                                              preps=("on", "against", "at")))
            if enabled("own_object_no_target"):
                # rule own_object_no_target (evwire24): "threatened to recall its ambassador
                # from the capital": its own envoy is no target; the rules below look on
                recipients = _not_own_side(recipients, actors)
            if not recipients and xobj is not None and enabled("threatened_owner"):
                recipients.extend(_tagged(_threatened_owner(xobj, actors, ctx),
                                          "threatened_owner"))
                if enabled("own_object_no_target"):
                    recipients = _not_own_side(recipients, actors)
            if not recipients and enabled("threatened_target"):
                recipients.extend(_threatened_target(x, xobj, actors, ctx))
        if not recipients and obj is not None and enabled("threatened_target"):
            # "vowed harsh revenge against Israel": the threat noun's target
            recipients.extend(recipient_args(obj, ctx, owner_ok=False,
                                             preps=("against", "on", "at")))
        if not recipients and obj is not None and enabled("threatened_act_noun"):
            recipients.extend(_threatened_act_target(obj, actors, ctx))
        if not _others(recipients, actors) and enabled("threat_condition_party"):
            # (its own envoy or ports are no target: "recall its envoy unless X apologises")
            averted = _condition_party(verb, actors, ctx)
            if averted:
                recipients = [*_others(recipients, actors),
                              *_tagged(averted, "threat_condition_party")]
    if etype == "REJECT" and enabled("sought_by_party"):
        # (the one who would be handed over is no party to the refusal: who wants them is)
        sought = _others(_seekers([object_of(x) for x in verb.children if x.dep_ == "xcomp"],
                                  ctx), actors)
        if sought:
            recipients = _tagged(sought, "sought_by_party")
    if etype == "REJECT" and not recipients:
        for x in (c for c in verb.children if c.dep_ == "xcomp"):
            recipients.extend(recipient_args(x, ctx, owner_ok=False, preps=("with", "to")))
            xobj = object_of(x)
            if xobj is not None and not recipients:
                recipients.extend(resolve_all([xobj], ctx))
            if not recipients and enabled("refused_permission"):
                recipients.extend(_tagged(_others(_permitted_party(x, xobj, ctx), actors),
                                          "refused_permission"))
            if xobj is not None and not recipients and enabled("refused_with_party"):
                # rule refused_with_party (evargs16): "refused to sign the trade pact with
                # the EU", "declined to resume negotiations with the rebels": the other party
                # of the deal or talks refused, named in the object's 'with' phrase
                recipients.extend(_tagged(_others(recipient_args(
                    xobj, ctx, owner_ok=False, preps=("with",)), actors), "refused_with_party"))
            if xobj is not None and not recipients and enabled("refused_owner"):
                # "refused to hear the senator's appeal", "refused to sign the deal offered
                # by the government": whose appeal or deal it is
                recipients.extend((dataclasses.replace(r, rules=[*r.rules, "refused_owner"]),
                                   t) for r, t in _owners_of_thing(xobj, ctx)
                                  if not any(same_actor(r, a[0]) for a in actors))
    if etype == "REJECT" and not recipients and enabled("left_talks_party"):
        # rule left_talks_party (evwire24): "walked out of the talks with the rebels", "pulled
        # out of the negotiations with Freedonia": the other party of the talks left
        left = _left_phrases(verb)
        recipients.extend(_tagged(_others([r for p in left for r in recipient_args(
            p, ctx, owner_ok=False, preps=("with",))], actors), "left_talks_party"))
    if etype == "REJECT" and not recipients and obj is not None and \
            enabled("rejected_offer_owner"):
        recipients.extend(_tagged(_offer_owner(obj, actors, ctx), "rejected_offer_owner"))
    if etype in ("REJECT", "AGREE") and not recipients and obj is not None and not passive \
            and enabled("invitation_host"):
        recipients.extend(_tagged(_others(_invitation_host(obj, ctx), actors),
                                  "invitation_host"))
    # "called on X", "appealed to X", "pleaded with X"
    preps = _RECIPIENT_PREPS if etype != "REQUEST" else ("on", "upon", "to", "from", "with")
    if etype in ("RETREAT", "SANCTION"):
        preps = (*preps, "from")  # "withdrew its troops from Nigeria", "recalled its envoy from"
    elif "from" in sense.get("preps", ()):
        # (hook, evtypes3) a sense that needs 'from' has its other party there: "bought
        # missiles from Russia"
        preps = (*preps, "from")
    if etype in ("ACCUSE", "ASSAULT") or (sense.get("aimed_at") and enabled("aimed_at_recipient")):
        # "lashed out at the opposition", "fired at the convoy", "pointed a gun at police"
        preps = (*preps, "at")
    if etype == "REQUEST":
        recipients.extend(recipient_args(verb, ctx, owner_ok=True, preps=preps))
        if not recipients and enabled("called_for_subject"):
            recipients.extend(_called_for_subject(verb, ctx))
        if not recipients and obj is not None and enabled("asked_act_agent"):
            recipients.extend(_asked_act_agent(obj, ctx))
        if not recipients:
            recipients.extend(_convening_body(verb, ctx))
        if not recipients and obj is not None and enabled("requested_session"):
            # rule requested_session (evargs19): "requested an emergency session of the
            # Security Council": the body whose meeting is asked for is the one asked
            recipients.extend(_tagged(_others(_convened(obj, ctx), actors), "requested_session"))
        if not recipients and obj is not None and enabled("asked_people"):
            # "officials warned people to stay away", "urged citizens to vote": unnamed
            # people asked, named by what they are
            recipients.extend(_tagged(_victim_groups([obj], counted=False), "asked_people"))
        if not recipients and enabled("asked_clause_subject"):
            # "demanded that Sudan stop the bombing", "insisted that Iran allow inspectors":
            # who is to act is the subject of the clause asked for
            for clause in (c for c in verb.children if c.dep_ == "ccomp" and
                           any(m.lower_ in ("that", "should") or m.tag_ == "VB"
                               for m in [c, *c.children])):
                asked = [t for t in clause.children if t.dep_ == "nsubj"]
                recipients.extend((dataclasses.replace(r, rules=[*r.rules,
                                                                  "asked_clause_subject"]), t)
                                  for r, t in resolve_all(asked, ctx))
    else:
        own = _sense_party_objects(verb, sense, actors, ctx)
        recipients.extend(own or recipient_args(verb, ctx, owner_ok=etype == "ASSAULT",
                                                preps=preps))
        partner = tuple(p for p in sense.get("preps", ())
                        if p in argument_words()["partner_preps"] and p not in preps)
        if partner and not own and enabled("partner_prep"):
            # rule partner_prep (evseed24): a sense that needs a partner's preposition has
            # its other party there ("fought alongside the rebels", "stood beside its ally");
            # never the actor's own side (a misread subject: "the militias it says fight
            # alongside the army" is no state fighting beside its own army); sense_party_prep
            # (evwire24) reads the same phrase first when the sense lists it as its own
            own_countries = {a.country for a, _t in actors if a.country}
            recipients.extend(_tagged([r for r in _others(recipient_args(
                verb, ctx, owner_ok=False, preps=partner), actors)
                if r[0].country not in own_countries], "partner_prep"))
        if not recipients and sense.get("prep_object") and enabled("idiom_object_party"):
            recipients.extend(_tagged(_idiom_object_party(verb, sense, actors, ctx),
                                      "idiom_object_party"))
        if not recipients and etype == "PROTEST" and enabled("protested_owner"):
            # "marched against France's tariffs", "protested against the junta's decree":
            # whose act or thing is protested
            recipients.extend(_tagged(_others(recipient_args(
                verb, ctx, owner_ok=True, preps=("against", "over", "at")), actors),
                "protested_owner"))
    if etype in ("AGREE", "CONSULT", "COOPERATE") and not _others(recipients, actors) and \
            enabled("joint_with"):
        # "vowed ... in a joint statement with President X", "agreed at a meeting with X":
        # the other party of a shared act named in the setting's 'with' phrase
        recipients = _others(recipients, actors)
        xcomps = [c for c in verb.children if c.dep_ == "xcomp"]
        for node in [verb, *xcomps]:
            for _prep, pobj in _prep_objects(node, ("in", "at", "during", "after", "by",
                                                    "over", "on", "via")):
                recipients.extend(_tagged(_others(recipient_args(
                    pobj, ctx, owner_ok=False, preps=("with", "between")), actors),
                    "joint_with"))
        if not recipients and etype == "AGREE":
            # "agreed to establish relations with Israel", "agreed to hold talks with X"
            for x in xcomps:
                xobj = object_of(x)
                for node in [x, *([xobj] if xobj is not None else [])]:
                    recipients.extend(_tagged(_others(recipient_args(
                        node, ctx, owner_ok=False, preps=("with",)), actors), "joint_with"))
    if etype == "AGREE" and not _others(recipients, actors) and enabled("trade_party"):
        # "agreed to buy 20 jets from Airbus", "agreed to sell maize to Uganda"
        recipients = _others(recipients, actors)
        recipients.extend(_tagged(_others(_trade_parties(
            [c for c in verb.children if c.dep_ == "xcomp" or (
                c.dep_ == "advcl" and any(a.lower_ == "to" for a in c.children))], ctx),
            actors), "trade_party"))
    if not _others(recipients, actors) and enabled("mediated_between"):
        mediated = _others(_mediated_parties(verb, ctx), actors)
        if mediated:
            recipients = [*_others(recipients, actors), *_tagged(mediated, "mediated_between")]
    if etype == "CONCEDE" and not _others(recipients, actors) and enabled("accepted_owner"):
        # "bowed to the students' demand", "gave in to the unions' pressure": whose demand
        recipients = _others(recipients, actors)
        recipients.extend(_tagged(_others(recipient_args(verb, ctx, owner_ok=True,
                                                         preps=("to",)), actors),
                                  "accepted_owner"))
        if not recipients and enabled("conceded_source"):
            recipients.extend(_tagged(_others(
                [r for _prep, pobj in _prep_objects(verb, ("to",))
                 for r in _thing_source(pobj, ctx, ("from", "of", "by"))], actors),
                "conceded_source"))
        if not recipients and enabled("yielding_participle"):
            recipients.extend(_tagged(_others(_yielded_to(verb, ctx), actors),
                                      "yielding_participle"))
    if etype in ("ASSAULT", "COERCE", "THREATEN") and actors and recipients and \
            enabled("own_side_pronoun"):
        recipients = _other_side_of_pronoun(verb, actors, recipients, ctx)
    if not recipients and etype in VICTIM_TYPES and enabled("unnamed_victims"):
        # "gunmen killed three soldiers", "police fired at rival gang members": victims the
        # text names by what they are, not by name or country
        victims = patients_of(verb) if passive else \
            [obj] if obj is not None else [p for _prep, p in _prep_objects(verb, ("at", "on"))]
        # (a bare number counts victims only of a known actor: "200 have been killed" alone
        # is a toll, not an event between parties)
        recipients.extend(_victim_groups(victims, counted=bool(actors)))
    if not recipients and etype in ("ACCUSE", "SANCTION") and actors and \
            enabled("accused_people"):
        # "prosecutors charged the former mayor", "the jury convicted a banker", "the
        # teenager was charged by police": unnamed people accused or punished, named by
        # what they are (things and ideas are no party: 'criticized the decision')
        accused = patients_of(verb) if passive else [obj] if obj is not None else []
        recipients.extend(_tagged(_victim_groups(accused, counted=False), "accused_people"))
    if not recipients and etype == "ASSAULT" and enabled("attacked_place"):
        # "bombed a refugee camp in South Sudan": the state the place attacked is in
        places = patients_of(verb) if passive else \
            [obj] if obj is not None else [p for _prep, p in _prep_objects(verb, ("on", "at"))]
        munition = obj is not None and not passive and enabled("munition_place") and \
            {obj.lemma_.lower(), obj.lower_} & argument_words()["munition_nouns"]
        if munition and obj is not None:
            # rule munition_place (evargs19): "dropped bombs on a village in X", "fired
            # rockets into a town": what the munition hit is the place of its phrase
            places = [p for node in (verb, obj)
                      for _prep, p in _prep_objects(node, ("on", "at", "into"))]
        arson = obj is not None and not passive and not munition and \
            obj.lower_ in argument_words()["arson_nouns"] and enabled("set_fire_place")
        if arson and obj is not None:
            # rule set_fire_place (evwire24b): "set fire to a chapel in X": what the fire was
            # set to is the place hit, not the fire
            places = [p for node in (verb, obj) for _prep, p in _prep_objects(node, ("to",))]
        for place in places:
            hit = _domestic_place(_state_of_place(place, ctx, verb), actors)
            recipients.extend(_tagged(hit, "munition_place") if munition else
                              _tagged(hit, "set_fire_place") if arson else hit)
    if not recipients and etype == "ASSAULT" and not passive and enabled("attacked_vicinity"):
        recipients.extend(_tagged(_domestic_place(_vicinity_state(verb, obj, ctx), actors),
                                  "attacked_vicinity"))
    if not recipients and etype == "RETREAT" and sense.get("mode") == "withdraw" and \
            not passive and enabled("left_place"):
        recipients.extend(_left_place(verb, obj, actors, ctx))
    if not recipients and etype == "MOBILIZE" and enabled("destination"):
        recipients.extend(_destination(verb, obj, actors, ctx))
    if not recipients and etype == "MOBILIZE":
        recipients.extend(_mobilized_against([verb, *([obj] if obj is not None else [])],
                                             actors, ctx))
    if not recipients and etype == "AID" and enabled("aided_people"):
        # "donated rice to flood victims in Pakistan": unnamed people given aid (victims
        # are never actors, so they are read here, as the ones the aid is given to)
        recipients.extend(_victim_groups([p for _prep, p in _prep_objects(verb, ("to",))]))
    if not recipients and etype == "AID" and enabled("aided_place"):
        recipients.extend(_aided_place(verb, obj, actors, ctx))
    if not recipients and etype == "AID" and not passive and enabled("aid_destination"):
        # rule aid_destination (evargs26): "flew medical supplies into X", "sent two ships of
        # tents to Y": aid carried to a town goes to the state the town is in, as forces
        # sent there aim at it (destination_country; never the giver's own state)
        recipients.extend(_tagged(_aid_destination(verb, obj, actors, ctx), "aid_destination"))
    if not _others(recipients, actors) and etype == "REJECT" and actors and \
            object_of(verb) is None and enabled("refused_asker"):
        # rule refused_asker: "the mayor asked the union to end the strike, but the union
        # refused", "police tried to talk to him, but he refused to get out": who refuses
        # rejects the party of the clause the 'but' sets it against
        recipients = _others(recipients, actors)
        recipients.extend(_tagged(_others(_contrasted_subject(verb, ctx), actors),
                                  "refused_asker"))
    if etype == "RETREAT" and not _others(recipients, actors) and not passive and \
            enabled("allowed_party") and not _purpose_of_object(verb):
        # rule allowed_party (evargs17): "the government allowed foreign observers to monitor
        # the vote", "let the Red Cross teams in": an easing that lets someone act is given
        # to whoever it lets act (named, else an unnamed party of our actor lists)
        allowed = _others(_permitted_party(verb, obj, ctx, unnamed=True), actors)
        recipients = [*_others(recipients, actors), *_tagged(allowed, "allowed_party")]
    if judged is not None:
        recipients = _tagged(recipients, "thing_target_owner")
    if not recipients and obj is not None and enabled("relational_party"):
        recipients.extend(_relational_party(obj, actors, ctx))  # "backed its neighbour"
    if recipients and actors and enabled("pronoun_own_side"):
        recipients = pronoun_own_side(recipients, actors, ctx)
    if recipients and enabled("named_group_fighters"):
        recipients = named_group_fighters(recipients, actors, ctx)
    if recipients and enabled("possessed_people_owner"):
        recipients = possessed_people_owner(recipients, actors, ctx)
    return placed_groups(actors, verb, ctx), placed_groups(recipients, verb, ctx)


def _sense_party_objects(verb: Token, sense: dict[str, Any], actors: list[Arg],
                         ctx: ActorContext) -> list[Arg]:
    """Rule `sense_party_prep` (evwire24, session 24): 'senators rallied behind the
    president', 'the militia fought alongside government troops': a sense whose own
    preposition (the lexicon's `preps`) is one of taking a party's side (argument_words
    party_preps) has that party in its object, the event's other side before any other
    phrase ('fought alongside Chadian troops against the rebels': the ally, not the foe)."""
    own = _sense_party_preps(sense)
    if not own:
        return []
    # (two organs of one state are one side: 'the army fought alongside the police')
    return _tagged([r for r in _others(recipient_args(verb, ctx, owner_ok=True, preps=own),
                                       actors)
                    if not any(same_side(a[0], r[0]) for a in actors)], "sense_party_prep")


def _idiom_object_party(verb: Token, sense: dict[str, Any], actors: list[Arg],
                        ctx: ActorContext) -> list[Arg]:
    """Rule `idiom_object_party` (evtypes28, issue 11): 'the rebels came to terms with the
    government', 'put its navy on a war footing against X': in an idiom whose sense names
    the word a preposition of the verb takes (prep_object), the parser hangs the other
    party's 'with'/'against' phrase on that word: that phrase names the other side."""
    words = [p for c in verb.children if c.dep_ == "prep" for p in c.children
             if p.dep_ == "pobj" and classes_of([p]) & set(sense["prep_object"])]
    return _others([r for w in words for r in recipient_args(
        w, ctx, owner_ok=False, preps=("with", "against"))], actors)


def _sense_party_preps(sense: dict[str, Any]) -> tuple[str, ...]:
    """The sense's own prepositions of taking a party's side (argument_words party_preps),
    none when rule sense_party_prep is switched off."""
    if not enabled("sense_party_prep"):
        return ()
    return tuple(p for p in sense.get("preps", ()) if p in argument_words()["party_preps"])


def _thing_source(thing: Token, ctx: ActorContext, preps: tuple[str, ...] = ("from",)
                  ) -> list[Arg]:
    """Rules `backed_from` and `conceded_source` (evargs16): who a thing came from, named in
    its 'from' phrase ("backed an amendment from the Greens") or, for what is given in to,
    its 'of' or 'by' phrase too ("gave in to the demands of the unions", "bowed to pressure
    from farmers"); not a person or body as the thing itself ("bowed to the unions")."""
    if thing.pos_ != "NOUN" or resolve_all([thing], ctx):
        return []
    return [r for _prep, pobj in _prep_objects(thing, preps) for r in resolve_all([pobj], ctx)]


def _yielded_to(verb: Token, ctx: ActorContext) -> list[Arg]:
    """Rule `yielding_participle` (evargs26, issue 11): 'dropped the tax, bowing to
    protesters who had blocked roads', 'scrapped the levy, giving in to the unions': a
    concession whose participle of yielding (argument_words yielding_verbs) names to whom
    it yields has that party as its other side (or whose demand or pressure it is)."""
    words = argument_words()["yielding_verbs"]
    found: list[Arg] = []
    for part in (c for c in verb.children if c.dep_ in ("advcl", "xcomp", "conj") and
                 c.tag_ == "VBG" and c.lemma_.lower() in words):
        found.extend(recipient_args(part, ctx, owner_ok=True, preps=("to",)))
        for prt in (c for c in part.children if c.dep_ == "prt"):  # 'giving in to'
            found.extend(recipient_args(prt, ctx, owner_ok=True, preps=("to",)))
        if not found:
            found.extend(r for _prep, pobj in _prep_objects(part, ("to",))
                         for r in _thing_source(pobj, ctx, ("from", "of", "by")))
    return found


def _contrasted_subject(verb: Token, ctx: ActorContext) -> list[Arg]:
    """The subject of the clause a 'but' joins this verb's clause to (the verb a conjunct
    of it, a 'but' among the head's dependents before the verb)."""
    if verb.dep_ != "conj" or not any(c.dep_ == "cc" and c.lower_ == "but" and c.i < verb.i
                                      for c in verb.head.children):
        return []
    head = verb.head
    return resolve_all(subject_tokens(head) or inherited_subject(head), ctx)


# acts asked of the one who would do them ("demanded the resignation of the minister")
_ASKED_ACTS = OF_AGENT_NOUNS | {"resignation", "departure", "exit", "apology", "pullback"}


_TRADE_VERBS = frozenset({"buy", "purchase", "acquire", "order", "sell", "supply", "lease",
                          "import", "export", "deliver", "procure"})


def _trade_parties(clauses: list[Token], ctx: ActorContext) -> list[Arg]:
    """The other side of a purchase or a sale agreed on: 'to buy jets from Airbus', 'to sell
    maize to Uganda', 'to purchase 30 of Boeing's jets', 'to buy 20 Airbus jets' (the maker
    named as the owner of what is bought)."""
    out: list[Arg] = []
    for clause in clauses:
        if clause.lemma_.lower() not in _TRADE_VERBS:
            continue
        out.extend(recipient_args(clause, ctx, owner_ok=False, preps=("from", "to")))
        thing = object_of(clause)
        if out or thing is None:
            continue
        out.extend(recipient_args(thing, ctx, owner_ok=False, preps=("from", "to")))
        if not out:
            found = _owner_actors(thing, ctx) or _of_owners(thing, ctx) or resolve_all(
                [c for c in thing.children if c.dep_ == "compound" and c.pos_ == "PROPN"],
                ctx)  # "20 Airbus jets": the maker sells them
            out.extend(r for r in found if r[0].type in ("ORG", "GPE"))
    return out


def _opposed(args: list[Arg], actors: list[Arg]) -> list[Arg]:
    """The arguments that are neither one of the actors nor on an actor's own side (whom an
    act is aimed at: evargs19's threat, eased-measure and show-of-force rules)."""
    return [r for r in args if not any(same_side(a[0], r[0]) or same_actor(a[0], r[0])
                                       for a in actors)]


def _others(args: list[Arg], actors: list[Arg]) -> list[Arg]:
    """The arguments that are none of the actors ('its weight': the actor's own)."""
    return [r for r in args if not any(same_actor(r[0], a[0]) for a in actors)]


def _particle_object(verb: Token, sense: dict[str, Any]) -> Token | None:
    """Rule `particle_read_as_prep` (evwire24, session 24): 'the senate voted down the
    president's budget', 'turned down Freedonia's offer': the parser may hang the object on
    the sense's particle (its `prt`) as if it were a preposition; that phrase, right after
    the verb, is the verb's object."""
    prt = sense.get("prt")
    if not prt:
        return None
    return next((p for c in verb.children if c.dep_ in ("prep", "prt") and c.lower_ == prt and
                 c.i == verb.i + 1 for p in c.children if p.dep_ == "pobj"), None)


def _act_place_state(verb: Token, ctx: ActorContext) -> str | None:
    """Rule `act_place_state` (evargs27, issue 11): 'he was arrested at his villa in Y',
    'a British tourist was detained in X': only a state arrests, detains or convicts, and the
    one that did it with no one named is the state of the town or province where it was done
    (the verb's in/at phrase, or the place that phrase's thing is in: the place index), not
    the country of the one arrested nor the story's; none when no phrase names a place."""
    if not enabled("act_place_state"):
        return None
    for prep in (c for c in verb.children if c.dep_ == "prep" and
                 c.lower_ in ("in", "at", "inside")):
        for pobj in (p for p in prep.children if p.dep_ == "pobj"):
            code = place_phrase_country(pobj, ctx, setting=True)
            if code:
                return code
    return None


def _adverb_place_object(verb: Token) -> Token | None:
    """Rule `place_read_as_adverb` (evargs27, issue 11): 'artillery shelled Y overnight',
    'drones struck X again': the parser may hang a town's name right after a verb that has
    no object as an adverb of it (advmod, npadvmod); a place name is no adverb, so that name
    is the verb's object. Only a proper name tagged as a place, right after the verb (or its
    particle), when the verb has no object of its own."""
    nxt = verb.i + 1
    if nxt < len(verb.doc) and verb.doc[nxt].dep_ == "prt" and verb.doc[nxt].head.i == verb.i:
        nxt += 1
    return next((c for c in verb.children if c.i == nxt and
                 c.dep_ in ("advmod", "npadvmod") and c.text[:1].isupper() and
                 c.pos_ in ("PROPN", "ADV", "NOUN") and c.ent_iob_ == "B" and
                 (c.ent_type_ in ("GPE", "LOC") or mistagged_town(c))), None)


# the tagger's label a lone town name it does not know may get instead of a place's (a
# person's, a product's or a work's are mended before, by names.py town_not_person)
_TOWN_MISLABELS = frozenset({"ORG"})


def mistagged_town(tok: Token) -> bool:
    """Rule `mistagged_town` (evargs27, issue 11): 'drones struck Y again', 'the army
    shelled X': a lone capitalised word the tagger labels an organisation that no actor list
    knows and no given name is, and that the place index knows as
    a town of 50,000 people or more (or by an English spelling of
    lexicons/place_aliases.json), is that town when it is what an attack hits, whatever
    its label; not a word of a longer name, nor a person's name the article gives in full."""
    if not enabled("mistagged_town") or tok.ent_type_ not in _TOWN_MISLABELS or \
            tok.ent_iob_ != "B" or not tok.text[:1].isupper() or \
            (tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].ent_iob_ == "I"):
        return False
    from newsweave.extract.geo import geo_index, place_aliases
    from newsweave.nlp.names import name_words

    low = tok.lower_
    if low in name_words().given_names or build_gazetteer().lookup(tok.text) is not None or any(
            ent.label_ == "PERSON" and len(ent) > 1 and low in ent.text.lower().split()
            for ent in tok.doc.ents):
        return False
    return low in place_aliases() or any(
        c.primary and c.population >= 50_000 for c in geo_index().cities.get(low, ()))


# acts a state does to another party, not to its own organs
_OUTWARD_TYPES = frozenset({"SANCTION", "ASSAULT", "THREATEN"})


def pronoun_owned_by_actor(rec: Arg, actors: list[Arg], etype: str) -> bool:
    """Rule `own_pronoun_recipient` (evwire24, session 24): 'backed the tribunal after
    Freedonia imposed sanctions on its judges': a recipient that is a state organ only by a
    possessive pronoun read as the actor itself ('its judges' as Freedonia's judiciary) makes
    the actor punish or attack its own organ; the pronoun is another party's (the tribunal's),
    so the recipient is dropped (unknown beats the actor's own country). Not when the text
    says 'own' (a reflexive act), nor for people or bodies named otherwise."""
    ref, tok = rec
    if etype not in _OUTWARD_TYPES or ref.type != "GPE" or ref.country is None or \
            not enabled("own_pronoun_recipient"):
        return False
    noun = tok.head if tok.dep_ == "poss" else tok
    poss = [c for c in noun.children if c.dep_ == "poss" and c.pos_ == "PRON"]
    if not poss or any(c.lower_ == "own" for c in noun.children):
        return False
    return any(a[0].country == ref.country and a[0].sector in STATE_SECTORS and
               a[0].type == "GPE" for a in actors)


def _pronoun_owner_of_target(obj: Token, actors: list[Arg], ctx: ActorContext) -> list[Arg]:
    """Rule `pronoun_owner_of_target` (evargs26, issue 11): 'the rebels said the army had
    bombed their camp', 'shelled its border posts', 'raided their homes': the thing attacked
    or raided belongs to whoever its possessive pronoun stands for, and that owner is the
    one attacked (owner_of_target reads named possessives only). Never the actor itself or
    its own side ('their own positions', 'the army shelled its positions' reads the army),
    nor a pronoun the resolver cannot place; nothing for things of people ('their sons')."""
    poss = [c for c in obj.children if c.dep_ == "poss" and c.pos_ == "PRON" and
            c.lower_ in ("its", "their", "his", "her")]
    if len(poss) != 1 or any(c.lower_ == "own" for c in obj.subtree):
        return []
    out: list[Arg] = []
    for ref in resolve_np(poss[0], ctx):
        if any(same_actor(ref, a[0]) or same_side(ref, a[0]) or
               (a[0].country is not None and ref.country == a[0].country and
                ref.type == a[0].type == "GPE") for a in actors):
            return []
        out.append((ref, poss[0]))
    return out


def _not_own_side(args: list[Arg], actors: list[Arg]) -> list[Arg]:
    """The args that are neither an actor nor its own people by a pronoun ('its ambassador',
    'their troops' of the actor's country); a person of its country named otherwise may be
    its target ('put the deposed president on trial')."""
    def own(ref: ActorRef, tok: Token) -> bool:
        return any(c.dep_ == "poss" and c.pos_ == "PRON" for c in tok.children) and \
            any(a[0].country is not None and a[0].country == ref.country for a in actors)
    return [r for r in args if not any(same_actor(a[0], r[0]) for a in actors) and
            not own(*r)]


def _nested_by_agent(verb: Token) -> list[Token]:
    """Rule `nested_by_agent` (evquote20, session 22): 'was charged with corruption by
    prosecutors', 'were accused of spying by the military government': the parser hangs the
    passive's 'by' phrase on the object of the verb's own preposition (the charge); its object
    is still who did the act. Only one step down, and only a verb with no agent of its own."""
    return [p for c in verb.children if c.dep_ == "prep"
            for o in c.children if o.dep_ in ("pobj", "pcomp")
            for b in o.children if b.dep_ in ("prep", "agent") and b.lower_ == "by"
            for p in b.children if p.dep_ == "pobj"]


def _tagged(args: list[Arg], rule: str) -> list[Arg]:
    """The arguments with `rule` added to their provenance."""
    return [(dataclasses.replace(r, rules=[*r.rules, rule]), t) for r, t in args]


def _asked_act_agent(obj: Token, ctx: ActorContext) -> list[Arg]:
    """'demanded the resignation of the interior minister', 'requested the withdrawal of UN
    peacekeepers', 'called for Russia's withdrawal': who is asked is who would do the act
    (its 'of' phrase or its owner). Rule `asked_act_unnamed` (evargs17): one named by a
    common noun of our actor lists when no name resolves ('the resignation of the electoral
    commission', actors.unnamed_party)."""
    if obj.lemma_.lower() not in _ASKED_ACTS and obj.lower_ not in _ASKED_ACTS:
        return []
    doers = [p for _prep, p in _prep_objects(obj, ("of",))] + \
        [c for c in obj.children if c.dep_ == "poss"]
    found = resolve_all(doers, ctx)
    if not found and enabled("asked_act_unnamed"):
        found = _tagged(_first_unnamed_party(doers, ctx), "asked_act_unnamed")
    return [(dataclasses.replace(r, rules=[*r.rules, "asked_act_agent"]), t)
            for r, t in found]


def demanded_clause(noun: Token) -> Token | None:
    """Rule `demand_clause_subject` (evreal14): the that-clause a request noun asks for ('its
    demand that Congo disband the militias', 'an appeal that both sides hold their fire'): its
    verb, whose subject is the one asked and whose act has not happened (not an event of its
    own). None for a noun with no such clause, or a relative clause ('the demand that was
    made')."""
    if noun.pos_ != "NOUN" or not enabled("demand_clause_subject"):
        return None
    for c in noun.children:
        if c.dep_ in ("acl", "ccomp") and c.pos_ in ("VERB", "AUX") and \
                any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children) and \
                subject_tokens(c):
            return c
    return None


def beneficiary_clause(clauses: list[Token]) -> bool:
    """Rule `beneficiary_not_asked` (evrec28b, issue 11): 'the union pushed for the
    hospital's nurses to keep their pensions', 'called for the villagers to get clean water':
    the subject of an infinitive of keeping or getting something (argument_words
    benefit_verbs) is whom the demand is for, not the one asked to act (who is pressed is
    not said there): the clause names no recipient. 'Called for the mayor to resign' names
    the one asked."""
    words = set(argument_words()["benefit_verbs"])
    return bool(clauses) and all(c.lemma_.lower() in words for c in clauses)


def _called_for_subject(verb: Token, ctx: ActorContext) -> list[Arg]:
    """'called for the mayor to resign', 'pushed for Iran to allow inspectors': the one
    asked to act is the 'for' object of an infinitive (the parser hangs the infinitive on the
    verb); a plain 'called for talks' names nobody."""
    clauses = [c for c in verb.children if c.dep_ in ("xcomp", "ccomp", "advcl") and
               to_infinitive(c)]
    # "pleaded with the government to reconsider": the clause hung on the preposition
    in_prep = [c for p in verb.children if p.dep_ == "prep" and p.lower_ in ("for", "with")
               for c in p.children if c.dep_ in ("pcomp", "pobj") and to_infinitive(c)]
    if not clauses and not in_prep:
        return []
    if enabled("beneficiary_not_asked") and beneficiary_clause([*clauses, *in_prep]):
        return []
    # "for X to resign" parsed as the clause's own subject, or as 'for' + object of the verb
    asked = [s for c in clauses if any(m.dep_ == "mark" and m.lower_ == "for"
                                       for m in c.children)
             for s in c.children if s.dep_ == "nsubj"]
    asked = asked or [s for c in in_prep for s in c.children if s.dep_ == "nsubj"]
    asked = asked or [pobj for _prep, pobj in _prep_objects(verb, ("for",))]
    return [(dataclasses.replace(r, rules=[*r.rules, "called_for_subject"]), t)
            for r, t in resolve_all(asked, ctx)]


def _other_side_of_pronoun(verb: Token, actors: list[Arg], recipients: list[Arg],
                           ctx: ActorContext) -> list[Arg]:
    """'The army said militants fired at their positions': a hostile act is not aimed at the
    actor's own side, so 'their' there is not the militants' but the speaker's (the subject
    of the reporting verb above, when it is another side), else unknown."""
    own = {a[0].country for a in actors if a[0].country}
    out: list[Arg] = []
    for ref, tok in recipients:
        by_pronoun = (tok.dep_ == "poss" and tok.pos_ == "PRON") or \
            any(c.dep_ == "poss" and c.pos_ == "PRON" for c in tok.children)
        if not (by_pronoun and ref.country in own):
            out.append((ref, tok))
            continue
        node = verb
        while node.dep_ in ("conj", "xcomp", "advcl") and node.head.i != node.i:
            node = node.head
        if node.dep_ == "ccomp" and node.head.lemma_.lower() in reporting_verbs():
            out.extend((dataclasses.replace(r, rules=[*r.rules, "own_side_pronoun"]), t)
                       for r, t in resolve_all(subject_tokens(node.head), ctx)
                       if r.country not in own and not any(same_actor(r, a[0])
                                                           for a in actors))
    return out


def _holding_state(place: Token) -> str | None:
    """Rule `held_by_state` (evwire24b, session 24b): 'a depot in Freedonia-administered
    Y', 'a village in Chilean-controlled territory': the state a hyphened participle of
    holding (argument_words holding_participles) names, by its name or demonym, holds the
    place, whatever state the place index would put it in; none for a holder that is no
    state ('rebel-held')."""
    gaz = build_gazetteer()
    for mod in (c for c in place.children if c.dep_ in ("amod", "compound") and
                c.lower_ in argument_words()["holding_participles"]):
        for holder in (c for c in mod.children if c.dep_ in ("npadvmod", "compound", "amod")
                       and c.i < mod.i and c.pos_ in ("PROPN", "ADJ", "NOUN")):
            code = gaz.country_of(place.doc[holder.left_edge.i:holder.i + 1].text)
            if code:
                return code
    return None


def _state_of_place(place: Token, ctx: ActorContext, verb: Token) -> list[Arg]:
    """The state named in an 'in X' phrase of a place noun or of the verb ('a camp in South
    Sudan', 'attacked a police station in Kabul'), by name or capital; none when the thing
    attacked is people or a named actor."""
    if (place.pos_ == "PROPN" or mistagged_town(place) or
            (place.pos_ == "ADV" and place.ent_type_ in ("GPE", "LOC"))) and \
            enabled("attacked_named_place"):
        return _named_place_state(place, ctx)
    if place.pos_ != "NOUN" or people_noun(place) or ctx.by_token.get(place.i) is not None:
        return []
    gaz = build_gazetteer()
    settings = [pobj for node in (place, verb)
                for _prep, pobj in _prep_objects(node, ("in", "inside"))]
    if enabled("held_by_state"):
        for pobj in settings:
            code = _holding_state(pobj)
            if code:
                ref = state_ref(code, "GOV", None, ctx, _np_span_text(place))
                return [(dataclasses.replace(ref, rules=[*ref.rules, "held_by_state"]), pobj)]
    for pobj in settings:
        # "in Yida, South Sudan": a town the gazetteer does not know, and its state after it
        named = [pobj, *(c for c in pobj.children if c.dep_ == "appos" and
                         enabled("place_appos_state"))]
        for name in named:
            mention = ctx.by_token.get(name.i)
            info = gaz.lookup(mention.canonical if mention is not None else name.text)
            if info is not None and info.kind in ("state", "capital") and info.country:
                ref = state_ref(info.country, "GOV", name, ctx, _np_span_text(place))
                rules = [*ref.rules, "attacked_place",
                         *(("place_appos_state",) if name is not pobj else ())]
                return [(dataclasses.replace(ref, rules=rules), name)]
    if enabled("place_demonym"):
        # "a South Sudanese village", "Ukrainian cities": the state whose place it is, by the
        # demonym before it (the whole modifier read as one: 'South Sudanese', not 'Sudanese')
        for mod in (c for c in place.children if c.dep_ in ("amod", "compound") and
                    c.i < place.i):
            text = place.doc[mod.left_edge.i:mod.i + 1].text
            code = gaz.country_of(text) if mod.pos_ in ("ADJ", "PROPN") else None
            if code:
                ref = state_ref(code, "GOV", None, ctx, _np_span_text(place))
                return [(dataclasses.replace(ref, span=(place.idx, place.idx + len(place.text)),
                                             rules=[*ref.rules, "attacked_place",
                                                    "place_demonym"]), place)]
    if enabled("attacked_town"):
        # "an apartment block in Dnipro", "the outskirts of Khan Younis", "a refinery in
        # Russia's Krasnodar region": the state a town or province is in (the geocoder)
        code = place_phrase_country(place, ctx) or setting_country(verb, [place], ctx)
        if code:
            ref = state_ref(code, "GOV", None, ctx, _np_span_text(place))
            return [(dataclasses.replace(ref, span=(place.idx, place.idx + len(place.text)),
                                         rules=[*ref.rules, "attacked_town"]), place)]
    return []


def _of_place_states(noun: Token, actors: list[Arg], ctx: ActorContext) -> list[Arg]:
    """Rule `attacked_of_place` (evargs27, issue 11): 'the shelling of Y by rebel guns',
    'the army's bombardment of X', 'the siege of a town in Z': the 'of' phrase of an attack
    noun (no noun of an act its 'of' phrase does, as 'the withdrawal of X') names the place
    that undergoes it; the state that place lies in is the side attacked, as for 'the attack
    on Y' (a town by the place index, a place noun by its 'in' phrase). Never the attacker's
    own state, nor people or a named actor in that phrase (left to the other rules)."""
    found: list[Arg] = []
    for _prep, pobj in _prep_objects(noun, ("of",)):
        if people_noun(pobj) or (resolve_np(pobj, ctx) and not mistagged_town(pobj)):
            continue
        found.extend(r for r in _state_of_place(pobj, ctx, noun)
                     if not any(same_side(a[0], r[0]) for a in actors))
    return found


def _participants(head: Token, actors: list[Arg], ctx: ActorContext) -> list[Arg]:
    """Rule `took_part_in_act` (evseedargs23, issue 11): "foreign militants took part in
    the Taliban assault on the city", "fighters from abroad played a key role in the rebels'
    offensive", "hundreds of volunteers joined the militia's attack": who takes part in an
    attack another party owns attacks too, as a second actor of its own (before, only the
    owner was)."""
    if not enabled("took_part_in_act"):
        return []
    lemma = head.lemma_.lower()
    verb = head
    part_nouns = argument_words()["part_nouns"]
    if head.pos_ == "NOUN" and lemma in part_nouns and head.dep_ == "dobj":
        verb = head.head  # "a key role in": 'in' hung on the noun
    elif lemma in ("take", "play", "have"):
        if not any(c.dep_ == "dobj" and c.lemma_.lower() in part_nouns for c in head.children):
            return []
    elif lemma not in ("participate", "join", "engage"):
        return []
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in (
            "take", "play", "have", "participate", "join", "engage"):
        return []
    subj = subject_tokens(verb) if not is_passive(verb) else []
    return [(dataclasses.replace(r, rules=[*r.rules, "took_part_in_act"]), t)
            for r, t in resolve_all(subj, ctx)
            if not any(same_actor(r, a[0]) for a in actors)]


def _light_verb_targets(noun: Token) -> list[tuple[str, Token]]:
    """Rule `light_verb_target` (evseedargs23, issue 11): "launched an offensive on the
    northern provinces", "took part in the assault on Kunduz", "played a role in the
    offensive on the north": the parser hangs the attack's 'on' phrase on the light verb
    whose object (or whose 'in' phrase) the attack noun is; that phrase is still what the
    attack hits."""
    if not enabled("light_verb_target"):
        return []
    verb = noun.head
    if noun.dep_ == "pobj" and verb.dep_ == "prep" and verb.lower_ == "in":
        verb = verb.head
        if verb.dep_ == "dobj" and verb.head.pos_ == "VERB":  # "took part in", "a role in"
            verb = verb.head
    elif noun.dep_ != "dobj":
        return []
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in argument_words()["light_attack_verbs"]:
        return []
    return [(prep, pobj) for prep, pobj in _prep_objects(verb, ("on", "upon", "against"))
            if pobj.i > noun.i]


def _named_place_state(place: Token, ctx: ActorContext) -> list[Arg]:
    """Rule `attacked_named_place` (evseedargs23, issue 11): "the Taliban assault on
    Kunduz", "the militants stormed Ghazni": a town or province attacked by its name, that
    is no actor itself (not a state, a capital standing for its government, a region's
    government or a group), is held by the state it lies in (the place index), which is the
    party attacked; none when the place index does not know it. The attacker's own state's
    places are left to domestic_place and insurgent_home_place, as for 'a town in X'."""
    mistagged = mistagged_town(place)
    if not mistagged and resolve_np(place, ctx):
        return []
    code = place_phrase_country(place, ctx, setting=True)
    if not code:
        return []
    ref = state_ref(code, "GOV", None, ctx, _np_span_text(place))
    how = [*(["mistagged_town"] if mistagged else []),
           *(["place_read_as_adverb"] if place.dep_ in ("advmod", "npadvmod") else [])]
    return [(dataclasses.replace(ref, span=(place.idx, place.idx + len(place.text)),
                                 rules=[*ref.rules, "attacked_town", "attacked_named_place",
                                        *how]),
             place)]


# armed groups that fight the state of their own country (gazetteer sectors)
_INSURGENT_SECTORS = frozenset({"REB", "PRM", "INS"})


def insurgent_home_place(actor: ActorRef, rec: ActorRef) -> bool:
    """Rule `insurgent_home_place` (evargs19): "the rebels stormed a hotel in the capital",
    "the militia shelled the outskirts of a provincial town": a place of an armed group's own
    country that it attacks is held by that country's state, its enemy (a state's attack on
    a town at home stays unsaid: domestic_place)."""
    return enabled("insurgent_home_place") and actor.sector in _INSURGENT_SECTORS and \
        rec.sector == "GOV" and rec.country == actor.country and \
        bool({"attacked_place", "attacked_town"} & set(rec.rules))


def _vicinity_state(verb: Token, obj: Token | None, ctx: ActorContext) -> list[Arg]:
    """Rule `attacked_vicinity` (evwire24b, session 24b): 'drones hit power plants around
    Freedonia City', 'shelled villages near Y': an attack on the area around or near a place
    named by its proper name (argument_words vicinity_preps, on the verb or its object) hits
    the state that place is in (the place index); none for a common noun ('near the border')
    nor a place no index knows."""
    preps = tuple(argument_words()["vicinity_preps"])
    for node in (verb, *([obj] if obj is not None else [])):
        for _prep, pobj in _prep_objects(node, preps):
            if pobj.pos_ != "PROPN" or resolve_np(pobj, ctx):
                continue
            code = place_phrase_country(pobj, ctx, setting=True)
            if code:
                ref = state_ref(code, "GOV", None, ctx, _np_span_text(pobj))
                return [(dataclasses.replace(ref, span=(pobj.idx, pobj.idx + len(pobj.text)),
                                             rules=[*ref.rules, "attacked_town"]), pobj)]
    return []


def _domestic_place(found: list[Arg], actors: list[Arg]) -> list[Arg]:
    """'The junta bombed a village in Sagaing', 'Ethiopian troops attacked a town in
    Tigray': a place of the attacker's own country is not its state attacked (who holds it
    is not said), but the people there: civilians of that country, named by the place
    (rule domestic_place; otherwise the state, as before)."""
    if not enabled("domestic_place"):
        return found
    out: list[Arg] = []
    for ref, tok in found:
        if ref.country and any(a[0].country == ref.country and a[0].sector in STATE_SECTORS
                               for a in actors):
            name = re.sub(r"^(?:a|an|the)\s+", "", ref.description or tok.text, flags=re.I)
            people = ActorRef(name=name, country=ref.country,
                              sector="CIV", type="LOC", span=ref.span,
                              rules=[r for r in ref.rules
                                     if r not in ("attacked_place", "attacked_town")] +
                              ["domestic_place"])
            out.append((people, tok))
        else:
            out.append((ref, tok))
    return out


def _threatened_target(act: Token, act_obj: Token | None, actors: list[Arg],
                       ctx: ActorContext) -> list[Arg]:
    """Whom a threatened act would hit when it is not a named object: 'fire missiles over
    Japan', 'launch an offensive into northern Syria', 'cut gas supplies to Moldova', 'impose
    tariffs on all Mexican goods', 'annex a region of Guyana', 'cut ties with Lithuania',
    'tariffs on goods from Mexico' (the owner of the goods, the state of the place), never the
    threatener's own state."""
    own = {a[0].country for a in actors if a[0].country}
    out: list[Arg] = []
    heads = [act] + ([act_obj] if act_obj is not None else [])
    preps: tuple[str, ...] = ("over", "into", "to", "on", "against")
    if enabled("threatened_party_prep"):
        # rule `threatened_party_prep` (evprec12): 'cut trade ties with Lithuania', 'withdraw
        # trade preferences from Cambodia', 'tariffs on all goods from Mexico'
        preps = (*preps, "with", "from")
    if enabled("threatened_inside"):
        # rule `threatened_inside` (evwire24): 'strike deep inside Freedonia', 'launch raids
        # across Freedonia': the state a threatened act of force would reach into
        preps = (*preps, "inside", "across")
    for head in heads:
        for _prep, pobj in _prep_objects(head, preps):
            found = resolve_all([pobj], ctx) or _owner_actors(pobj, ctx)
            if not found and enabled("threatened_party_prep"):
                found = [r for _p, inner in _prep_objects(pobj, ("from",))
                         for r in resolve_all([inner], ctx)]
            out.extend(found)
    if not out and act_obj is not None:
        code = place_phrase_country(act_obj, ctx)
        if code:
            ref = state_ref(code, "GOV", None, ctx, _np_span_text(act_obj))
            out.append((dataclasses.replace(ref, span=(act_obj.idx, act_obj.idx +
                                                       len(act_obj.text))), act_obj))
    out = [(r, t) for r, t in out if not (r.type == "GPE" and r.country in own)]
    return [(dataclasses.replace(r, rules=[*r.rules, "threatened_target"]), t)
            for r, t in out[:2]]


def conditional_act_target(act: Token, actors: list[Arg], ctx: ActorContext) -> list[Arg]:
    """Rule `threatened_own_act` (evargs19): "Ruritania will cut gas flows to Osterlich
    unless it pays", "the bloc will withdraw trade preferences from Osterlich unless ...":
    an act announced on a condition is a threat (events._conditional_threats); when the
    condition's subject names no one (a pronoun), the party the act would hit is the target
    (its object's owner or its to/on/from phrase, as for 'threatened to cut gas to X')."""
    if not enabled("threatened_own_act"):
        return []
    obj = object_of(act)
    found = resolve_all([obj], ctx) if obj is not None else []
    found = [r for r in found if r[0].type != "GPE" or r[1].i == obj.i] if obj else []
    found = found or _threatened_target(act, obj, actors, ctx)
    return _tagged(_opposed(found, actors)[:2], "threatened_own_act")


def _eased_measure_party(verb: Token, obj: Token, actors: list[Arg], ctx: ActorContext
                         ) -> list[Arg]:
    """Rule `eased_measure_party` (evargs19): "lifted its tariffs on Ruritanian wine", "eased
    curbs on chips bound for Osterlich", "loosened limits on the entry of goods into X",
    "waived the fine it had imposed on the airline": a measure eased is given in to whoever it
    hit, named as the owner of what its on/against phrase names (a demonym, a possessive),
    the place that thing goes to, or the on phrase of the clause that imposed it; never the
    easer's own side."""
    found: list[Arg] = []
    # (the parser may hang the measure's 'on' phrase on the verb: "lifted tariffs on X")
    for node in [obj, *(c for c in obj.children if c.dep_ == "conj"), verb]:
        for _prep, pobj in _prep_objects(node, ("on", "against") if node is verb else
                                         ("on", "against", "for")):
            found.extend(resolve_all([pobj], ctx) or _owner_actors(pobj, ctx))
            for part in [pobj, *(c for c in pobj.children if c.dep_ in ("acl", "relcl"))]:
                found.extend(recipient_args(part, ctx, owner_ok=False,
                                            preps=("for", "to", "into", "from")))
        for clause in (c for c in node.children if c.dep_ in ("relcl", "acl")):
            found.extend(recipient_args(clause, ctx, owner_ok=True, preps=("on", "against")))
    return _opposed(found, actors)[:2]


def _seekers(objs: list[Token | None], ctx: ActorContext) -> list[Arg]:
    """Rule `sought_by_party` (evargs19): "refused to extradite a banker wanted by Lisbon",
    "refused to free the prisoners demanded by the rebels": whoever wants the one a refusal
    would hand over (the 'by' phrase of a participle of seeking_verbs on the refused act's
    object) is the one refused."""
    seeking = argument_words()["seeking_verbs"]
    agents = [p for obj in objs if obj is not None for c in obj.children
              if c.dep_ == "acl" and c.lemma_.lower() in seeking
              for a in c.children if a.dep_ == "agent"
              for p in a.children if p.dep_ == "pobj"]
    return resolve_all(agents, ctx)


def _condition_party(verb: Token, actors: list[Arg], ctx: ActorContext) -> list[Arg]:
    """Rule `threat_condition_party` (evargs19): "the union threatened to strike unless the
    government pays the arrears", "warned it would retaliate if Osterlich's troops fired
    again": a threat is aimed at whoever must act or not act to avert it, the named subject
    of its 'if'/'unless' clause (on the threat verb or on the act threatened); never the
    threatener's own side, nor a thing ("if the blockade continued" names no one)."""
    heads = [verb, *(c for c in verb.children if c.dep_ in ("xcomp", "ccomp"))]
    out: list[Arg] = []
    for head in heads:
        for clause in (c for c in head.children if c.dep_ == "advcl"):
            if not any(m.dep_ == "mark" and m.lower_ in argument_words()["condition_marks"]
                       for m in clause.children):
                continue
            subj = [t for t in clause.children if t.dep_ in ("nsubj", "nsubjpass")]
            out.extend(r for r in resolve_all(subj, ctx) if r[0].type != "PERSON" or
                       r[0].country is not None or r[0].name[:1].isupper())
    return _opposed(out, actors)[:1]


def _threatened_owner(xobj: Token, actors: list[Arg], ctx: ActorContext) -> list[Arg]:
    """Rule `threatened_owner` (evargs17): 'threatened to freeze Ruritania's assets',
    'vowed to ban the senator's party': whose thing a threatened act would hit, named by a
    possessive (not a pronoun: 'recall its envoy' hits no one of its own), is the target;
    never the threatener's own side."""
    if not any(c.dep_ == "poss" and c.pos_ != "PRON" for c in xobj.children):
        return []
    found = [r for r in _owner_actors(xobj, ctx)
             if any(p.dep_ == "poss" for p in [r[1], *r[1].ancestors] if p.i < xobj.i)]
    return _opposed(found, actors)[:2]


def _purpose_of_object(verb: Token) -> bool:
    """'agreed a humanitarian corridor to allow civilians to get food', 'opened the road to
    let convoys in': the infinitive tells what the act done to the object is for (the same
    easing, told once as that act), not an easing of its own with a party of its own."""
    return verb.dep_ in ("xcomp", "advcl", "acl") and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) and any(
        c.dep_ == "dobj" and c.i < verb.i for c in verb.head.children)


def _permitted_party(act: Token, act_obj: Token | None, ctx: ActorContext,
                     unnamed: bool = False) -> list[Arg]:
    """Rules `refused_permission` and `allowed_party` (evargs17): 'refused to allow U.N.
    inspectors to visit the site', 'allowed foreign observers to monitor the vote': whoever a
    permitting verb lets act (the subject the parser gives the permitted clause, else the
    verb's object) is the one a refusal is refused to or an easing given to; with `unnamed`,
    also a common noun of our actor lists (actors.unnamed_party: 'foreign observers')."""
    if act.lemma_.lower() not in argument_words()["permitting_verbs"]:
        return []
    allowed = [s for c in act.children if c.dep_ in ("ccomp", "xcomp")
               for s in c.children if s.dep_ in ("nsubj", "nsubjpass")]
    if not allowed and act_obj is not None:
        allowed = [act_obj]
    found = resolve_all(allowed, ctx)
    if not found and unnamed:
        found = _first_unnamed_party(allowed, ctx)
    return found


def _first_unnamed_party(tokens: Iterable[Token], ctx: ActorContext,
                         actors: list[Arg] | None = None) -> list[Arg]:
    """The first of `tokens` that names a party by a common noun of our actor lists
    (actors.unnamed_party: 'the electoral commission', 'foreign observers'), other than
    `actors`, as a one-item list; none when no token does."""
    return next(([(r, t)] for t in tokens if (r := unnamed_party(t, ctx)) is not None and
                 not any(same_actor(r, a[0]) for a in actors or ())), [])


def _mediated_parties(verb: Token, ctx: ActorContext) -> list[Arg]:
    """Rule `mediated_between` (evargs17): 'offered to mediate between Peru and Chile',
    'brokered a truce between the two clans', 'mediated in the row between X and Y': the
    parties a mediator acts between are the other side of its offer or act (each one of a
    coordination; a possessive names its owner: 'between Ruritania's rival factions')."""
    words = argument_words()["mediating_verbs"]
    nodes = [n for n in [verb, *(c for c in verb.children if c.dep_ in ("xcomp", "conj"))]
             if n.lemma_.lower() in words]
    found: list[Arg] = []
    for node in nodes:
        heads = [node, *(p for _prep, p in _prep_objects(node, ("in", "over", "on")))]
        obj = object_of(node)
        if obj is not None:
            heads.append(obj)
        for head in heads:
            for _prep, pobj in _prep_objects(head, ("between",)):
                for member in [pobj, *(c for c in pobj.children if c.dep_ == "conj")]:
                    refs = resolve_all([member], ctx) or _owner_actors(member, ctx)
                    found.extend(r for r in refs
                                 if not any(same_actor(r[0], f[0]) for f in found))
    return found


def _what_it_called(verb: Token) -> Token | None:
    """Rule `what_it_called` (evreal10): 'condemned what it called an act of aggression by
    X', 'threatening what he called a "military invasion" of Y': the thing a verb's object
    clause names ('what ... called Z') is its object."""
    for clause in verb.children:
        if clause.dep_ not in ("ccomp", "dobj") or \
                clause.lemma_.lower() not in ("call", "describe", "term", "label", "dub"):
            continue
        if any(c.dep_ == "dobj" and c.lower_ == "what" for c in clause.children):
            named = [c for c in clause.children if c.dep_ in ("oprd", "xcomp", "attr")]
            return named[0] if named and named[0].pos_ in ("NOUN", "PROPN") else None
    return None


def _threatened_act_target(obj: Token, actors: list[Arg], ctx: ActorContext) -> list[Arg]:
    """Rule `threatened_act_noun` (evreal10): 'threatened a military invasion of Ruritania',
    'threatened an attack on Ruritania's oil fields', 'threatened a blockade of the port of
    X': the threat is aimed at whom the act of force the object names would hit (the state
    its 'of' phrase names, whoever or whoever's thing its 'on', 'against', 'into' or 'at'
    phrase names), never the threatener's own side."""
    if obj.pos_ != "NOUN" or not _act_stems(obj):
        return []
    found: list[Arg] = []
    for prep, pobj in _prep_objects(obj, ("of", "on", "upon", "against", "into", "at")):
        refs = resolve_all([pobj], ctx)
        if prep == "of":
            refs = [r for r in refs if r[0].type == "GPE"]  # ('an attack of the rebels')
        found.extend(refs or _owner_actors(pobj, ctx) or _state_of_place(pobj, ctx, obj))
    return _tagged([r for r in found if not any(same_side(a[0], r[0]) for a in actors)][:2],
                   "threatened_act_noun")


def _aided_place(verb: Token, obj: Token | None, actors: list[Arg], ctx: ActorContext
                 ) -> list[Arg]:
    """'financed a new highway in Jordan', 'gave $10 million to fight malaria in Mozambique':
    aid spent in another state than the giver's goes to that state."""
    owns = {a[0].country for a in actors if a[0].country}
    nouns = [obj] if obj is not None else []
    code = (place_phrase_country(obj, ctx) if obj is not None else None) or \
        setting_country(verb, nouns, ctx)
    if code is None:
        for x in (c for c in verb.children if c.dep_ in ("xcomp", "advcl") and
                  c.pos_ == "VERB" and to_infinitive(c)):
            # a purpose: "... to fight malaria in Mozambique" (not "although it has not
            # fought in X": a concession says nothing of where the aid goes)
            xobj = object_of(x)
            code = setting_country(x, [xobj] if xobj is not None else [], ctx)
            if code:
                break
    if code is None or code in owns:
        return []
    ref = state_ref(code, "GOV", None, ctx, None)
    return [(dataclasses.replace(ref, rules=[*ref.rules, "aided_place"]), obj or verb)]


def _left_place(verb: Token, obj: Token | None, actors: list[Arg], ctx: ActorContext
                ) -> list[Arg]:
    """Rule `left_place` (evwire24, session 24): 'Ruritanian troops withdrew from several
    towns in Freedonia's north', 'pulled its soldiers out of two bases in Freedonia': a
    withdrawal from a place (its 'from' or 'out of' phrase, a town, region or military post:
    argument_words place_kind_nouns and post_nouns) is from the state that place is in,
    when that is not the actor's own (leaving a town at home tells no other side) and the
    actors are of one country; a project or talks left are no place."""
    owns = {a[0].country for a in actors if a[0].country}
    if len(owns) != 1:
        return []
    places = _left_phrases(verb, *([obj] if obj is not None else []))
    words = argument_words()
    kinds = words["place_kind_nouns"] | words["post_nouns"]
    found: set[str] = set()
    anchor: Token | None = None
    for place in places:
        if place.pos_ != "NOUN" or not {place.lemma_.lower(), place.lower_} & kinds or \
                ctx.by_token.get(place.i) is not None:
            continue  # a named place is the resolver's ('withdrew from Bolivia'); a project,
            # a deal or talks left is no place
        code = place_phrase_country(place, ctx)
        if code:
            found.add(code)
            anchor = place
    if len(found) != 1 or anchor is None or found & owns:
        return []
    ref = state_ref(found.pop(), "GOV", None, ctx, _np_span_text(anchor))
    return [(dataclasses.replace(ref, span=(anchor.idx, anchor.idx + len(anchor.text)),
                                 rules=[*ref.rules, "left_place"]), anchor)]


def _left_phrases(verb: Token, *more: Token) -> list[Token]:
    """What a verb of leaving leaves: the objects of its 'from' and 'out of' phrases ('out
    of' parsed either way), on the verb or on `more` (its object)."""
    outs = [c for c in verb.children if c.lower_ == "out"]
    return [p for node in (verb, *outs, *more) for prep, p in _prep_objects(node, ("from", "of"))
            if prep == "from" or _out_of(p.head)]


def _out_of(of: Token) -> bool:
    """'of' read as 'out of' ('pulled out of two towns'): 'out' just before it."""
    return of.i > 0 and of.doc[of.i - 1].lower_ == "out"


def _destination(verb: Token, obj: Token | None, actors: list[Arg], ctx: ActorContext
                 ) -> list[Arg]:
    """'massed troops near Ukraine's border', 'sent soldiers to its border with Belarus',
    'were deployed to Mozambique's northern province': the state forces are sent towards,
    when it is not the actor's own (a deployment at home aims at nobody)."""
    owns = {a[0].country for a in actors if a[0].country}
    if len(owns) > 1:
        return []
    found = destination_country(verb, obj, next(iter(owns), None), ctx)
    if found is None:
        return []
    code, tok = found
    ref = state_ref(code, "GOV", None, ctx, _np_span_text(tok))
    return [(dataclasses.replace(ref, span=(tok.idx, tok.idx + len(tok.text)),
                                 rules=[*ref.rules, "destination"]), tok)]


def _aid_destination(verb: Token, obj: Token | None, actors: list[Arg], ctx: ActorContext
                    ) -> list[Arg]:
    """The state of the town aid is carried to or into, named right there ('flew medicine
    into Goma', 'sent tents to Gaziantep'), not a place near or on a border the aid passes
    ('arms that reached the Taliban near the border with Tajikistan' aids no Tajik state)."""
    return [(ref, tok) for ref, tok in _destination(verb, obj, actors, ctx)
            if tok.ent_type_ == "GPE" and tok.head.lower_ in ("to", "into") and
            tok.head.head.i in {verb.i, *([obj.i] if obj is not None else [])}]


def _mobilized_against(nodes: list[Token], actors: list[Arg], ctx: ActorContext
                       ) -> list[Arg]:
    """Rules `staged_near` and `rivalry_party` (evargs19): whom a show of force aims at. 'massed
    warships around Ruritania', 'held drills in waters near Ruritania' (lexicon staging_preps,
    on the act or on the place it is in): the country named there; 'called up reservists as
    tensions with Osterlich rose', 'put its army on alert over the border dispute with
    Osterlich' (lexicon rivalry_nouns): the other side of the quarrel. Never the actor's own
    country; nothing when the actors are of two countries."""
    own = {a[0].country for a in actors if a[0].country}
    if len(own) > 1:
        return []
    words = argument_words()
    staging = tuple(words["staging_preps"])
    found: list[Arg] = []
    if enabled("staged_near"):
        places = [p for node in nodes for _prep, p in _prep_objects(node, staging)]
        places += [p for node in nodes for _prep, pobj in _prep_objects(node, ("in", "at", "on"))
                   for _inner, p in _prep_objects(pobj, staging)]
        found += _tagged([r for r in resolve_all(places, ctx) if r[0].type == "GPE" and
                          r[0].country and r[0].country not in own], "staged_near")
    if not found and enabled("rivalry_party"):
        quarrels = [t for node in nodes for t in node.subtree
                    if t.lower_ in words["rivalry_nouns"] and t.pos_ == "NOUN" and
                    _within_clause(t, node)]
        found += _tagged([r for q in quarrels for r in recipient_args(
            q, ctx, owner_ok=False, preps=("with",)) if r[0].country and
            r[0].country not in own], "rivalry_party")
    return found[:1]


def _within_clause(tok: Token, head: Token) -> bool:
    """`tok` hangs on `head` through no clause of its own that tells something else (a
    reported clause, a conjoined one, a relative): an adverbial clause or phrase is its."""
    node = tok
    while node.i != head.i and node.head.i != node.i:
        if node.dep_ in ("ccomp", "conj", "parataxis", "relcl", "xcomp"):
            return False
        node = node.head
    return node.i == head.i


def placed_groups(args: list[Arg], verb: Token, ctx: ActorContext) -> list[Arg]:
    """Unnamed groups with no country ('30 farmers', 'rioters', 'journalists') take the
    country of the place the act happened ('in Zamfara state', 'in the suburbs of Lyon'):
    a place the sentence names, never another argument's country."""
    if not enabled("setting_country"):
        return args
    out: list[Arg] = []
    for ref, tok in args:
        if ref.country is None and ref.type == "NORP" and ref.mention_id is None:
            code = setting_country(verb, [tok], ctx)
            if code:
                ref = dataclasses.replace(ref, country=code,
                                          rules=[*ref.rules, "setting_country"])
        out.append((ref, tok))
    return out


_OBJECT_PRONOUNS = {"them": True, "him": False, "her": False}


def _conjunct_object(verb: Token, pron: Token, ctx: ActorContext) -> list[Arg]:
    """'Police arrested two men and charged them', 'detained the reporter and beat him': an
    object pronoun of a verb joined to an earlier one stands for that verb's object, when it
    agrees in number (named or not: unnamed people count); nothing else is guessed."""
    thing = pron.lower_ == "it"
    plural = False if thing and enabled("conjunct_object_it") else \
        _OBJECT_PRONOUNS.get(pron.lower_)
    if plural is None or verb.dep_ != "conj" or pron.dep_ != "dobj":
        return []
    prior = object_of(verb.head)
    if prior is None or prior.i > pron.i or prior.pos_ == "PRON":
        return []
    prior_plural = prior.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in prior.children)
    if prior_plural != plural:
        return []
    if thing:
        # rule conjunct_object_it (evargs28): "praised the commission and urged it to ...",
        # "thanked the central bank and asked it to ...": 'it' stands for the earlier verb's
        # object when that object is a body, a state or an organisation our actor lists
        # resolve (a thing, "signed the deal and ratified it", and a person are never 'it')
        found = [r for r in resolve_all([prior], ctx) if r[0].type != "PERSON"] or \
            _first_unnamed_party([prior], ctx)
        return _tagged([r for r in found if r[0].type != "PERSON"], "conjunct_object_it")
    found = resolve_all([prior], ctx) or _victim_groups([prior])
    return _tagged(found, "conjunct_object_pronoun")


_CHAINED_PRONOUNS = frozenset({"them", "him", "her", "it"})


def _pronoun_of(ref: ActorRef, tok: Token) -> Token | None:
    """The object pronoun a recipient was read from ('dispersed them', 'one of them'), or
    None when no 'pronoun:' rule of ref names one of _CHAINED_PRONOUNS."""
    forms = {r.split(":", 1)[1] for r in ref.rules if r.startswith("pronoun:")}
    forms &= _CHAINED_PRONOUNS
    if not forms:
        return None
    return next((t for t in [tok, *tok.subtree] if t.pos_ == "PRON" and t.lower_ in forms),
                None)


def pronoun_own_side(recipients: list[Arg], actors: list[Arg], ctx: ActorContext
                     ) -> list[Arg]:
    """Rule pronoun_own_side (evargs28): an object pronoun stands for a party other than
    the act's own doer ('Police dispersed them', 'One of them was jailed' after 'officers
    detained five students and questioned them'): a recipient read from one that came out as
    the actor's own state side (same state, both state organs; no person) is a wrong
    antecedent. It is replaced by what the same pronoun, the object of a verb just before (in
    its sentence or the one before), stands for when that is another side; else it is dropped
    when actor and recipient are both armed forces or police (unknown beats the actor's own
    force), and kept otherwise ('A court later sentenced them': the officers charged)."""
    out: list[Arg] = []
    for ref, tok in recipients:
        pron = _pronoun_of(ref, tok) if ref.type != "PERSON" else None
        if pron is None or not any(same_side(a[0], ref) or same_actor(a[0], ref)
                                   for a in actors):
            out.append((ref, tok))
            continue
        index = doc_index(pron.doc)  # (the doc's sentences, listed once per doc)
        start = index.sents[max(0, index.sent_number(pron.i) - 1)].start
        earlier = [t for t in pron.doc[start:pron.i] if t.lower_ == pron.lower_ and
                   t.dep_ in ("dobj", "dative") and t.head.pos_ == "VERB"]
        for prior in reversed(earlier):
            found = [(dataclasses.replace(r, rules=[*r.rules, "pronoun_own_side"]), tok)
                     for r in resolve_np(prior, ctx)
                     if not any(same_side(a[0], r) or same_actor(a[0], r) for a in actors)]
            if found:
                out.extend(found[:1])
                break
        else:
            if not (ref.sector in _SECURITY_SECTORS and
                    all(a[0].sector in _SECURITY_SECTORS for a in actors)):
                out.append((ref, tok))  # (a court may sentence the officers told before)
    return out


_SECURITY_SECTORS = frozenset({"COP", "MIL"})


def _unnamed_fighters(ref: ActorRef) -> bool:
    """Fighters named only by what they are ('six fighters', 'twenty insurgents'): a
    rebel-noun group with no name, no mention and no country."""
    return "rebel_noun" in ref.rules and ref.mention_id is None and ref.country is None and \
        ref.sector in _INSURGENT_SECTORS


def _groups_named_in(sent: Span, actors: list[Arg], ctx: ActorContext) -> list[Arg]:
    """The armed groups (an organisation of an insurgent sector, named in the article) that
    the sentence names outside the actors' own phrases, one per group."""
    own = {t.i for _r, at in actors for t in at.subtree}
    found: list[Arg] = []
    for tok in sent:
        if tok.i in own or tok.pos_ not in ("PROPN", "NOUN") or \
                (tok.head.i != tok.i and ctx.by_token.get(tok.head.i) is not None and
                 ctx.by_token.get(tok.head.i) is ctx.by_token.get(tok.i)):
            continue  # (a word inside a longer name: its root is read)
        for ref in resolve_np(tok, ctx):
            if ref.type == "ORG" and ref.sector in _INSURGENT_SECTORS and \
                    ref.mention_id is not None and \
                    not any(r.name == ref.name for r, _t in found):
                found.append((ref, tok))
    return found


def named_group_fighters(recipients: list[Arg], actors: list[Arg], ctx: ActorContext
                         ) -> list[Arg]:
    """Rule named_group_fighters (evargs28): 'troops killed twenty insurgents in an operation
    against the Front', 'raided a camp used by the Brigade, killing six fighters': fighters
    named only by what they are, in a sentence that names exactly one armed group besides the
    actor, are that group's (the group is the other side). Two groups named, or none, leave
    them as they are (no name, no country); never the actor's own group."""
    out: list[Arg] = []
    for ref, tok in recipients:
        if not _unnamed_fighters(ref):
            out.append((ref, tok))
            continue
        groups = [(g, t) for g, t in _groups_named_in(tok.sent, actors, ctx)
                  if not any(same_actor(a[0], g) or a[0].name == g.name for a in actors)]
        if not groups and enabled("group_fighters_before") and tok.sent.start > 0:
            # rule group_fighters_before: 'X fighters stormed a border post. Troops killed
            # twelve militants in the counterattack': with none named in its own sentence,
            # the one armed group the sentence just before names
            before = tok.doc[tok.sent.start - 1].sent
            groups = [(g, t) for g, t in _groups_named_in(before, [], ctx)
                      if not any(same_actor(a[0], g) or a[0].name == g.name for a in actors)]
            if len(groups) == 1:
                groups = [(dataclasses.replace(groups[0][0], rules=[
                    *groups[0][0].rules, "group_fighters_before"]), groups[0][1])]
        if len(groups) != 1:
            out.append((ref, tok))
            continue
        group, _gtok = groups[0]
        out.append((dataclasses.replace(group, description=ref.description or ref.name,
                                        span=ref.span,
                                        rules=[*group.rules, "named_group_fighters"]), tok))
    return out


def possessed_people_owner(recipients: list[Arg], actors: list[Arg], ctx: ActorContext
                           ) -> list[Arg]:
    """Rule possessed_people_owner (evargs28): 'the charity said two of its staff had been
    detained by the army', 'the agency said police had beaten its workers': people named
    only by what they are, owned by a possessive pronoun ('its staff', 'their volunteers')
    that stands for an organisation that is no state organ, are that organisation's: it is
    the other side (was: the people with a guessed country of the place). Not the actor
    itself, nor a pronoun read as a state or a person."""
    out: list[Arg] = []
    for ref, tok in recipients:
        people = tok
        if tok.pos_ == "NUM" or tok.lemma_.lower() in _COUNT_NOUNS:
            # "two of its staff": the people of the 'of' phrase
            people = next((p for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                           for p in c.children if p.dep_ == "pobj"), tok)
        poss = [c for c in people.children
                if c.dep_ == "poss" and c.pos_ == "PRON" and c.lower_ in ("its", "their")]
        if ref.mention_id is not None or not poss or not people_noun(people):
            out.append((ref, tok))
            continue
        owners = [r for r in resolve_np(poss[0], ctx)
                  if r.type == "ORG" and r.sector not in STATE_SECTORS and
                  not any(same_actor(a[0], r) or a[0].name == r.name for a in actors)]
        if len(owners) != 1:
            out.append((ref, tok))
            continue
        out.append((dataclasses.replace(owners[0], description=ref.description or ref.name,
                                        span=ref.span,
                                        rules=[*owners[0].rules, "possessed_people_owner"]),
                    tok))
    return out


def _possessive(tok: Token) -> bool:
    """The owner of a possessive, a two-word name included ('Maria Lopez's killing': the
    parser hangs 'Maria' on 'Lopez', the possessive)."""
    return tok.dep_ == "poss" or (tok.dep_ == "compound" and tok.head.dep_ == "poss" and
                                  enabled("possessive_name"))


def _victim_groups(toks: list[Token], counted: bool = True) -> list[Arg]:
    """Unnamed people as the ones an act of force is done to: 'three soldiers', 'dozens of
    villagers' (the group with its sector, see unnamed_group), through quantities."""
    out: list[Arg] = []
    for tok in toks:
        node = tok
        # "dozens of villagers", "two of the militants"
        if node.lemma_.lower() in _COUNT_NOUNS or (node.pos_ == "NUM" and counted):
            node = next((p for c in node.children if c.dep_ == "prep" and c.lower_ == "of"
                         for p in c.children if p.dep_ == "pobj"), node)
        if node.pos_ == "NUM" and counted and enabled("counted_victims"):
            people = _counted_people(node)  # "fired on protesters, killing two"
            if people is not None:
                out.append((people, node))
            continue
        if not (people_noun(node) or node.lemma_.lower() in build_gazetteer().rebel_nouns):
            continue  # "shot down two drones": things are not victims
        ref = unnamed_group(node)
        if ref is not None:
            out.append((dataclasses.replace(ref, rules=[*ref.rules, "unnamed_victims"]), node))
    return out[:3]


def _counted_people(num: Token) -> ActorRef | None:
    """'police fired on protesters, killing two', '46 were arrested': a bare number that an
    act of force is done to counts people; the people group named before it in the sentence
    ('protesters') when there is one, else people of unknown sector."""
    if num.dep_ not in ("dobj", "nsubjpass", "nsubj", "pobj") or \
            any(c.dep_ == "prep" and c.lower_ == "of" for c in num.children):
        return None  # "two of the soldiers": the phrase after 'of' is resolved instead
    group = next((t for t in reversed(list(num.doc[num.sent.start:num.i]))
                  if t.pos_ == "NOUN" and t.tag_ == "NNS" and people_noun(t)), None)
    ref = unnamed_group(group) if group is not None else None
    if ref is None:
        ref = ActorRef(name="people", sector="CIV", type="NORP",
                       span=(num.idx, num.idx + len(num.text)))
    return dataclasses.replace(ref, description=f"{num.text} {ref.name}",
                               span=(num.idx, num.idx + len(num.text)),
                               rules=[*ref.rules, "counted_victims"])


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
    do_verbs = lexicon()["do_verbs"]
    doc = noun.doc
    nouns = doc_index(doc).nouns(lemma)
    before = bisect.bisect_left(nouns, noun.sent.start)
    for prev in (doc[nouns[k]] for k in range(before - 1, -1, -1)):
        refs: list[Arg] = []
        for _prep, pobj in _prep_objects(prev, ("between", "with", "against", "into")):
            refs.extend(resolve_all([pobj], ctx))
            for node in _np_nodes(pobj):
                refs.extend(recipient_args(node, ctx, owner_ok=False, preps=("against",)))
        if prev.dep_ == "dobj" and prev.head.lemma_.lower() in do_verbs:
            refs.extend(resolve_all(subject_tokens(prev.head), ctx))
        refs = [r for r in refs if not any(
            same_side(a[0], r[0]) or (r[0].type == "GPE" and a[0].country is None and
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
    index = doc_index(obj.doc)
    nouns = index.nouns(lemma)
    here = bisect.bisect_left(nouns, obj.i)
    for k in range(here - 1, -1, -1):
        owners = _owner_actors(obj.doc[nouns[k]], ctx)
        if owners:
            return owners
    # or, the story names its owner only further on ("... the US Chinook helicopter"),
    # within the next two sentences
    sents = index.sents
    end = sents[min(index.sent_number(obj.i) + 2, len(sents) - 1)].end if sents else obj.i
    for k in range(bisect.bisect_right(nouns, obj.i), len(nouns)):
        if nouns[k] >= end:
            break
        owners = _owner_actors(obj.doc[nouns[k]], ctx)
        if owners:
            return owners
    return []


# acts of force a condemnation can point back to ("condemned the bombing")
_FORCE_TYPES = frozenset({"ASSAULT", "COERCE"})
# how far back (sentences) an act named again by a bare noun is looked for
_EARLIER_ACT_SENTENCES = 6


def _act_stems(noun: Token) -> frozenset[str]:
    """The verb lemmas that tell the same act as an event noun: 'bombing' -> bomb,
    'shooting' -> shoot, 'attack' -> attack; none unless the noun is an act of force."""
    lex = lexicon()
    lemma = noun.lemma_.lower()
    if not any(sense.get("type") in _FORCE_TYPES for sense in lex["nouns"].get(lemma, [])):
        return frozenset()
    stems = {lemma}
    if lemma.endswith("ing") and len(lemma) > 5:
        stem = lemma[:-3]
        stems |= {stem, stem + "e", stem[:-1] if stem[-1:] == stem[-2:-1] else stem}
    return frozenset(s for s in stems if any(
        sense.get("type") in _FORCE_TYPES for sense in lex["verbs"].get(s, [])) or s == lemma)


def _doers(verb: Token, ctx: ActorContext) -> list[Arg]:
    """Who did what a verb tells: the "by" agent of a passive, else its subject."""
    if is_passive(verb) or reduced_passive(verb):
        return resolve_all([p for c in verb.children if c.dep_ == "agent"
                            for p in c.children if p.dep_ == "pobj"], ctx)
    return resolve_all(subject_tokens(verb) or inherited_subject(verb), ctx)


def _earlier_act_agents(obj: Token, actors: list[Arg], ctx: ActorContext) -> list[Arg]:
    """'Sudanese jets bombed the camp ... The White House condemned the bombing': a bare
    definite act of force ('the bombing', 'this attack') is the one told shortly before;
    whoever did that one is who is condemned: its owner ('the Israeli shelling'), its 'by'
    agent, or the subject of its verb. Never the condemning side itself."""
    if obj.pos_ != "NOUN" or not any((c.dep_ == "det" and c.lower_ in (
            "the", "this", "that", "these", "those")) or date_owner(c) for c in obj.children):
        return []
    if any((c.dep_ in ("amod", "compound") and c.pos_ != "ADJ") or
           (c.dep_ == "poss" and not date_owner(c)) for c in obj.children):
        return []
    stems = _act_stems(obj)
    if not stems:
        return []
    doc = obj.doc
    index = doc_index(doc)
    first = index.sents[max(0, index.sent_number(obj.i) - _EARLIER_ACT_SENTENCES)].start
    # the sentences just before, then the lede (where a story tells its main act)
    lede_end = min(index.sents[min(1, len(index.sents) - 1)].end, first)
    for k in [*range(obj.i - 1, first - 1, -1), *range(lede_end - 1, -1, -1)]:
        prev = doc[k]
        if prev.lemma_.lower() not in stems or prev.pos_ not in ("NOUN", "VERB"):
            continue
        if prev.pos_ == "NOUN":
            # (the owner of 'his killing' is who was killed: only its 'by' agent did it)
            owners = _owner_actors(prev, ctx) if prev.lemma_.lower() not in _UNDERGONE_NOUNS \
                else []
            found = owners or recipient_args(prev, ctx, owner_ok=False, preps=("by",))
        else:
            found = _doers(prev, ctx)
        found = [f for f in found if not any(same_side(a[0], f[0]) for a in actors)]
        if found:
            return [(dataclasses.replace(r, rules=[*r.rules, "condemned_earlier_act"]), t)
                    for r, t in found[:2]]
    return []


# nouns that name whatever act was told just before ("Kenya expelled the envoy. Uganda
# condemned the move.")
_GENERIC_ACTS = frozenset({"move", "decision", "step", "action", "measure", "act"})


_DAY_WORDS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                        "sunday", "today", "yesterday", "week", "weekend", "month", "year",
                        "night", "morning", "evening", "afternoon"})


def date_owner(tok: Token) -> bool:
    """Rule `dated_act` (evreal10): 'praised Tuesday's action', 'condemned Thursday's
    bombing', 'last week's decision': a day or a time as the possessive says when the act
    was, not whose it is: the act is as bare as 'the action' (the one told before)."""
    return tok.dep_ == "poss" and enabled("dated_act") and (
        tok.lower_ in _DAY_WORDS or tok.lemma_.lower() in _DAY_WORDS) and \
        not any(c.dep_ == "poss" for c in tok.children)


def _earlier_move_agents(obj: Token, actors: list[Arg], ctx: ActorContext) -> list[Arg]:
    """'Kenya expelled the Ugandan envoy. Uganda condemned the move': a bare definite
    'the move', 'this decision', 'the step' is the act told just before (in its sentence or
    the one before): who did it (the subject of the nearest event verb) receives the
    condemnation, the praise or the rejection. Never the reacting side itself; nobody when
    no event verb is near."""
    if obj.pos_ != "NOUN" or obj.lemma_.lower() not in _GENERIC_ACTS or not any(
            (c.dep_ == "det" and c.lower_ in ("the", "this", "that")) or date_owner(c)
            for c in obj.children):
        return []
    if any(c.dep_ in ("amod", "compound", "poss", "prep", "acl", "relcl") and
           not date_owner(c) for c in obj.children):
        return []  # "the decision by X", "Russia's move", "the decision to ...": said there
    lex = lexicon()
    doc = obj.doc
    index = doc_index(doc)
    first = index.sents[max(0, index.sent_number(obj.i) - 1)].start
    for k in range(obj.i - 1, first - 1, -1):
        prev = doc[k]
        if prev.pos_ != "VERB" or prev.lemma_.lower() not in lex["verbs"] or \
                prev.lemma_.lower() in ("say", "tell", "report") or \
                prev in obj.ancestors:
            continue  # (the reacting verb itself)
        found = _doers(prev, ctx)
        found = [f for f in found if not any(same_side(a[0], f[0]) for a in actors)]
        if found:
            return _tagged(found[:1], "earlier_move")
        if subject_tokens(prev):
            return []  # the act told just before is someone else's: no older one is meant
    return []


# nouns that name the same kind of thing when a story comes back to it ("Egypt put forward a
# truce plan ... the US backed the proposal")
_THING_FAMILIES = (frozenset({"proposal", "plan", "initiative", "offer", "proposition"}),
                   frozenset({"decision", "move", "step", "announcement"}),
                   frozenset({"law", "bill", "legislation"}))


# the verbs that make such a thing ("offered to ..." makes "the offer")
_THING_VERBS = {"offer": frozenset({"offer"}), "proposal": frozenset({"propose"}),
                "plan": frozenset({"propose"}), "proposition": frozenset({"propose"})}


def _earlier_thing_owner(obj: Token, actors: list[Arg], ctx: ActorContext) -> list[Arg]:
    """'Egypt put forward a truce plan ... Abbas backed the proposal': a bare definite thing
    ('the proposal', 'the move', 'any decision') is the one the story named shortly before
    with whose it is: its owner ('the US decision'), its 'by' agent, or the subject of the
    verb that made it ('Egypt put forward a plan'). Never the side that judges it."""
    if obj.pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that",
                                                                     "any")
                                     for c in obj.children):
        return []
    if any(c.dep_ in ("poss", "compound") or (c.dep_ == "amod" and c.pos_ == "PROPN")
           for c in obj.children) or any(c.dep_ in ("prep", "acl", "relcl")
                                          for c in obj.children):
        return []
    lemma = obj.lemma_.lower()
    family = next((f for f in _THING_FAMILIES if lemma in f), frozenset({lemma}))
    doc = obj.doc
    index = doc_index(doc)
    first = index.sents[max(0, index.sent_number(obj.i) - _EARLIER_ACT_SENTENCES)].start
    verbs = _THING_VERBS.get(lemma, frozenset()) if enabled("offered_by_verb") else frozenset()
    for k in range(obj.i - 1, first - 1, -1):
        prev = doc[k]
        if prev.pos_ == "VERB" and prev.lemma_.lower() in verbs and not is_passive(prev):
            # "the doctors offered to run a clinic ... the agency did not accept the offer"
            found = [f for f in resolve_all(subject_tokens(prev) or inherited_subject(prev),
                                            ctx)
                     if not any(same_side(a[0], f[0]) for a in actors)]
            if found:
                return _tagged(found[:1], "offered_by_verb")
            continue
        if prev.pos_ != "NOUN" or prev.lemma_.lower() not in family:
            continue
        found = _owners_of_thing(prev, ctx)
        if not found and prev.dep_ == "dobj" and prev.head.pos_ == "VERB" and \
                not is_passive(prev.head):
            found = resolve_all(subject_tokens(prev.head) or inherited_subject(prev.head), ctx)
        found = [f for f in found if not any(same_side(a[0], f[0]) for a in actors)]
        if found:
            return [(dataclasses.replace(r, rules=[*r.rules, "earlier_thing_owner"]), t)
                    for r, t in found[:2]]
    return []


def _detached_from_people(verb: Token, obj: Token, refs: list[Arg], ctx: ActorContext
                          ) -> list[Arg]:
    """Rule detached_from_people (evseed24): 'hosted envoys from Chile and Peru', 'gathered
    delegates from five states': people met, named only by what they are, whose 'from' phrase
    right after them the parser hung on the verb, are the parties that phrase names (kept
    when they already have a name or a country, or when no party is named there)."""
    if not people_noun(obj) or any(ref.country is not None or ref.mention_id is not None
                                   for ref, _tok in refs):
        return refs
    after = obj.right_edge.i + 1
    prep = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "from" and
                 c.i == after), None)
    if prep is None:
        return refs
    found = [(ref, tok) for ref, tok in recipient_args(verb, ctx, owner_ok=False,
                                                       preps=("from",))
             if tok is not None and tok.i > prep.i]
    return _tagged(found, "detached_from_people") or refs


def _detached_apposition(obj: Token, ctx: ActorContext) -> list[Arg]:
    """'hauled the Director of Customs, Tomas Vell, to court': the name in
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
    for ref, tok in resolve_all([head], ctx):
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
    out: list[Arg] = []
    for _prep, pobj in _prep_objects(verb, ("for",)):
        out.extend(_convened(pobj, ctx))
    return out


def _convened(meeting: Token, ctx: ActorContext) -> list[Arg]:
    """The body a meeting noun (lexicon convened_nouns) is of: its 'of' phrase, else its
    owner ('a UN Security Council debate')."""
    if meeting.lemma_.lower() not in lexicon()["convened_nouns"]:
        return []
    return recipient_args(meeting, ctx, owner_ok=False, preps=("of",)) or \
        _owner_actors(meeting, ctx)


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
                return resolve_all(agents, ctx)
        if c.dep_ == "prep" and c.lower_ == "by":
            return resolve_all([p for p in c.children if p.dep_ == "pobj"], ctx)
    if enabled("act_agent"):
        # "condemned the arrest of the opposition leader by Belarusian authorities": the
        # parser may hang "by X" on the 'of' phrase; X still did the act condemned
        agents = [p for of in obj.children if of.dep_ == "prep" and of.lower_ == "of"
                  for pobj in of.children if pobj.dep_ == "pobj"
                  for by in pobj.children if by.dep_ == "prep" and by.lower_ == "by"
                  for p in by.children if p.dep_ == "pobj"]
        found = [(dataclasses.replace(r, rules=[*r.rules, "act_agent"]), t)
                 for r, t in resolve_all(agents, ctx)]
        if found:
            return found
    return verb_by_agents(obj, ctx)


# the types of judging a thing ('criticised the rule', 'a lawsuit against the law', 'backing
# for the plan'): whoever made the thing is the one judged
_JUDGING_TYPES = frozenset({"ACCUSE", "REJECT", "SUPPORT"})


def _judged_thing(obj: Token) -> Token:
    """'questioned the legality of the rule', 'criticised the timing of the changes': a
    quality of a thing (lexicon judged_quality_nouns) judged is the thing judged (the object of
    its 'of' phrase); any other object, or a quality with its owner ('Malaysia's handling of
    the crisis'), is itself."""
    if obj.pos_ != "NOUN" or obj.lemma_.lower() not in lexicon()["judged_quality_nouns"] or \
            any(c.dep_ == "poss" for c in obj.children):
        return obj  # "praised Malaysia's handling of the crisis": whose handling is judged
    return next((p for _prep, p in _prep_objects(obj, ("of",))), obj)


def _thing_target_owners(noun: Token, verb: Token | None, actors: list[Arg],
                         ctx: ActorContext) -> list[Arg]:
    """Rule `thing_target_owner` (evreal14): 'the league filed a lawsuit against the rule',
    'criticism of the new law', 'a challenge to the decree': an accusation, a rejection or a
    backing told as a noun and aimed at a thing (its 'against', 'of', 'to' or 'over' phrase,
    or the light verb's 'against': 'filed suit against the rule') is aimed at whoever made the
    thing: its owner ('the ministry's rule'), its 'by' agent, or the maker the article told
    shortly before ('the ministry issued a rule ... a lawsuit against the rule'). A thing whose
    maker is not told gives no one; a party named there is left to the other rules."""
    found: list[Arg] = []
    for node, preps in ((noun, ("against", "of")), (verb, ("against",))):
        if node is None or found:
            continue
        for _prep, pobj in _prep_objects(node, preps):
            found = _thing_maker(_judged_thing(pobj), actors, ctx)
            if found:
                break
    return _tagged([f for f in found if not any(same_side(a[0], f[0]) for a in actors)],
                   "thing_target_owner")


def _thing_maker(thing: Token, actors: list[Arg], ctx: ActorContext) -> list[Arg]:
    """Whoever made a thing judged (rule thing_target_owner): its owner or 'by' agent that
    names a maker, else the maker the article told shortly before; none for a noun that is a
    person or a party itself, and none of the actors."""
    if thing.pos_ != "NOUN" or people_noun(thing) or resolve_all([thing], ctx):
        return []
    return _others(_made_by(_owners_of_thing(thing, ctx)) or
                   _earlier_thing_owner(thing, actors, ctx), actors)


def _made_by(owners: list[Arg]) -> list[Arg]:
    """The owners of a thing that name its maker: not a country's name as a bare noun
    modifier, which names what the thing is about ('concerns over Ukraine policy', 'the Iran
    deal'), unlike a possessive or a demonym ('Ukraine's policy', 'the Iranian proposal')."""
    return [o for o in owners if not (o[1].dep_ == "compound" and o[0].type == "GPE" and
                                      o[1].pos_ == "PROPN")]


def _relational_party(obj: Token, actors: list[Arg], ctx: ActorContext) -> list[Arg]:
    """Rule `relational_party` (evreal14): 'Indonesia banned nickel exports. Malaysia backed
    its neighbour', 'Ruritania warned its rival': an object named only by its relation to the
    subject (its neighbour, ally, partner, rival: lexicon relational_party_nouns, with a
    possessive pronoun) is the one other country the sentence (before the object) or the one
    before names. Unknown stays unknown when they name none or two, or with no actor."""
    if obj.pos_ != "NOUN" or obj.lemma_.lower() not in lexicon()["relational_party_nouns"] or \
            not any(c.dep_ == "poss" and c.pos_ == "PRON" for c in obj.children) or \
            not actors or any(a[0].country is None for a in actors):
        return []
    own = {a[0].country for a in actors}
    index = doc_index(obj.doc)
    start = index.sents[max(0, index.sent_number(obj.i) - 1)].start
    found: dict[str, Arg] = {}
    for tok in obj.doc[start:obj.i]:
        mention = ctx.by_token.get(tok.i)
        if mention is None or mention.label != "GPE" or mention.country is None or \
                mention.country in own or mention.country in found:
            continue
        refs = [r for r in resolve_all([tok], ctx) if r[0].country == mention.country]
        if refs:
            found[mention.country] = refs[0]
    if len(found) != 1:
        return []
    return _tagged(list(found.values()), "relational_party")


def verb_by_agents(obj: Token, ctx: ActorContext) -> list[Arg]:
    """'condemned the airstrike by the Sudanese forces': the parser hangs the act's 'by'
    agent on the verb; an active verb has no agent of its own, so 'by X' is its object's."""
    verb = obj.head
    if obj.dep_ != "dobj" or verb.pos_ != "VERB" or is_passive(verb) or \
            not enabled("verb_by_agent"):
        return []
    agents = [p for c in verb.children if c.lower_ == "by" and c.i > obj.i and
              (c.dep_ == "prep" or (c.dep_ == "agent" and object_agent(verb, c)))
              for p in c.children if p.dep_ == "pobj"]
    return _tagged(resolve_all(agents, ctx), "verb_by_agent")


def _holders(verb: Token, ctx: ActorContext) -> list[Arg]:
    """'Two hostages, held by the Taliban since 2016, were released': who held them."""
    for subj in (c for c in verb.children if c.dep_ == "nsubjpass"):
        for t in subj.subtree:
            if t.dep_ in ("acl", "relcl") and t.lemma_.lower() in ("hold", "keep", "detain",
                                                                  "capture", "kidnap",
                                                                  "abduct", "seize"):
                agents = [p for c in t.children if c.dep_ == "agent"
                          for p in c.children if p.dep_ == "pobj"]
                return resolve_all(agents, ctx)
    return []


def _a_country(tok: Token) -> bool:
    """The token names a country itself ('the US', 'France'), not a town or a capital."""
    info = build_gazetteer().lookup(tok.text)
    return info is not None and info.kind == "state"


# noun types whose 'from' phrase names the speaker: threats, accusations, demands, refusals
_SPEECH_ACT_TYPES = frozenset({"THREATEN", "ACCUSE", "REQUEST", "REJECT"})


def _claimed_responsibility(rel: str, head: Token, ctx: ActorContext) -> list[Arg]:
    """Rule claimed_responsibility (evseed24): 'the rebels claimed responsibility for the
    ambush', 'the group took credit for the raid', 'the army denied any involvement in the
    shelling': the subject of a verb of claiming or denying whose object is a word of
    responsibility is who did the act that word's 'for' or 'in' phrase names (whether it did
    is the modality's business); not under a modal ('must take responsibility')."""
    words = argument_words()
    if rel not in ("prep_for", "prep_in") or head.pos_ != "NOUN" or head.dep_ != "dobj" or \
            head.lemma_.lower() not in words["responsibility_nouns"] or \
            head.head.lemma_.lower() not in words["responsibility_verbs"]:
        return []
    verb = head.head
    if any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children):
        return []  # "must take responsibility for the attack": a duty urged, not a claim
    subj = subject_tokens(verb) if not is_passive(verb) else []
    if not subj:  # "X did, however, claim ...": the parser may hang X on the auxiliary
        subj = [s for a in verb.children if a.dep_ == "aux"
                for s in a.children if s.dep_ == "nsubj"]
    return _tagged(resolve_all(subj or inherited_subject(verb), ctx), "claimed_responsibility")


_RELATIVE_MARKS = frozenset({"that", "which"})


def _relative_doer(noun: Token, ctx: ActorContext) -> list[Arg]:
    """Rule relative_doer (evseed24): 'an attack the rebels claimed', 'the raid, which the
    army carried out', 'a bombing that the group later claimed': an act of force whose relative
    clause has a verb of doing or claiming it (the lexicon's do_verbs) with its own subject
    was done by that subject (the clause's object is the noun itself: none of its own). Acts
    of force only: 'an agreement it signed' is often a past deal told in passing."""
    do_verbs = lexicon()["do_verbs"]
    for rc in (c for c in noun.children if c.dep_ == "relcl"):
        if rc.lemma_.lower() not in do_verbs or is_passive(rc):
            continue
        obj = object_of(rc)
        if obj is not None and obj.lower_ not in _RELATIVE_MARKS:
            continue  # "an attack that killed ten people": the clause's own object
        subj = [c for c in rc.children if c.dep_ == "nsubj" and c.lower_ not in _RELATIVE_MARKS]
        if subj:
            return _tagged(resolve_all(subj, ctx), "relative_doer")
    return []


def _entered_act(rel: str, head_lemma: str) -> bool:
    """Rule `entered_act` (evtypes28, issue 11): 'a charity went into partnership with the
    hospital', 'the two firms entered into an alliance': the subject of a verb of entering
    (event_lexicon.json entered_act_verbs) whose 'into' phrase is the act noun does the act."""
    return rel == "prep_into" and head_lemma in lexicon()["entered_act_verbs"] and \
        enabled("entered_act")


def _noun_arguments(noun: Token, sense: dict[str, Any], ctx: ActorContext
                    ) -> tuple[list[Arg], list[Arg]]:
    lex = lexicon()
    actors: list[Arg] = []
    recipients: list[Arg] = []
    # "between X and Y" (also "clashes erupted between X and Y")
    between_of = [noun]
    if noun.dep_ == "nsubj" and noun.head.pos_ == "VERB":
        between_of.append(noun.head)
    for _prep, pobj in (po for n in between_of for po in _prep_objects(n, ("between",))):
        refs = resolve_all([pobj], ctx)
        if len(refs) >= 2:
            return refs[:1], refs[1:]
    internal = _owner_actors(noun, ctx)
    if enabled("owner_noun"):
        # "the rebels' attack", "the protesters' march", "the ministry's warning": a group
        # named by a common noun owns the act (whoever undergoes it is sorted out below)
        seen = {t.i for _r, t in internal}
        internal.extend((dataclasses.replace(r, rules=[*r.rules, "owner_noun"]), t)
                        for c in noun.children
                        if c.dep_ == "poss" and c.pos_ == "NOUN" and c.i not in seen
                        for r, t in resolve_all([c], ctx))
    if sense["type"] in ("COERCE", "ASSAULT"):
        # "Assange's arrest", "his killing": a person who owns an act of force undergoes it
        owned_by = [a for a in internal if _possessive(a[1]) and (
            a[0].type == "PERSON" or (_undergone_by_owner(noun, sense["type"]) and
                                      a[0].type == "NORP" and
                                      a[0].sector in build_gazetteer().civil_sectors))]
        internal = [a for a in internal if a not in owned_by]
        recipients.extend(owned_by)
        if enabled("whose_act"):
            recipients.extend(_whose_act(noun, ctx))
        if not owned_by and _undergone_by_owner(noun, sense["type"]):
            # "the teenager's shooting", "the students' arrest": unnamed people who own an
            # act of force undergo it (a day or a place that owns it does not)
            recipients.extend(
                (dataclasses.replace(r, rules=[*r.rules, "owner_undergoes"]), t)
                for r, t in _victim_groups([c for c in noun.children if c.dep_ == "poss" and
                                            c.pos_ == "NOUN"]))
    agent_preps: tuple[str, ...] = ("by",)
    if sense["type"] in ("AID", "SUPPORT", "COOPERATE"):
        agent_preps = ("by", "from")
    elif sense["type"] in _SPEECH_ACT_TYPES and enabled("speech_from_agent"):
        # "a warning from the army that ...", "calls from Turkey for a withdrawal": who a
        # speech act comes from made it (evaccuse, session 7)
        agent_preps = ("by", "from")
    for _prep, pobj in _prep_objects(noun, agent_preps):
        internal.extend(resolve_all([pobj], ctx))
        if sense["type"] in VICTIM_TYPES and _prep == "by" and enabled("of_after_agent"):
            recipients.extend(_of_after_agent(pobj, ctx))
    of_agent = (noun.lemma_.lower() in OF_AGENT_NOUNS or
                hyphenated_noun(noun) in OF_AGENT_NOUNS) and enabled("of_agent")
    if of_agent and not internal:
        # "the visit of the Chinese president", "the withdrawal of US troops", "protests of
        # farmers": what the noun's verb says of its subject, so 'of' names who acts
        for _prep, pobj in _prep_objects(noun, ("of",)):
            internal.extend((dataclasses.replace(r, rules=[*r.rules, "of_agent"]), t)
                            for r, t in resolve_all([pobj], ctx))
    actors.extend(internal)
    head = noun.head
    rel = noun.dep_
    if rel == "conj":  # "cooperation and aid": share the head of the first conjunct
        rel, head = head.dep_, head.head
    if rel == "pobj" and head.dep_ == "prep":  # "has been in contact with"
        prep_tok, head = head, head.head
        rel = "prep_" + prep_tok.lower_
    partitive = False
    if rel == "prep_of" and head.pos_ == "NOUN" and \
            head.lemma_.lower() in argument_words()["act_partitives"] and \
            enabled("partitive_event"):
        # rule `partitive_event` (evprec13): "held a new round of talks", "launched a wave of
        # strikes": the round or the wave is the act's measure; the verb taking it takes the act
        partitive = True
        rel, head = head.dep_, head.head
        if rel == "pobj" and head.dep_ == "prep":
            prep_tok, head = head, head.head
            rel = "prep_" + prep_tok.lower_
    head_lemma = head.lemma_.lower()
    if not actors and enabled("claimed_responsibility"):
        actors.extend(_claimed_responsibility(rel, head, ctx))
    if not actors and sense["type"] in VICTIM_TYPES and enabled("relative_doer"):
        actors.extend(_relative_doer(noun, ctx))
    if rel == "prep_of" and head_lemma in _SUBJECT_NOUNS and \
            sense["type"] in _HELD_RECORD_TYPES | {"ASSAULT", "THREATEN"} and \
            enabled("subject_of_act"):
        # "X is the subject of an SEC inquiry", "the target of an attack": X undergoes it
        recipients.extend((dataclasses.replace(r, rules=[*r.rules, "subject_of_act"]), t)
                          for r, t in resolve_all(_copula_subject(head), ctx))
    # "Gray has four prior arrests": the holder of a record of arrests underwent them
    record = rel == "dobj" and head_lemma == "have" and \
        sense["type"] in _HELD_RECORD_TYPES and enabled("record_holder")
    if head.pos_ in ("VERB", "AUX"):
        subj = subject_tokens(head) if not is_passive(head) else []
        if not subj:
            subj = inherited_subject(head)
        undergoes = (rel == "dobj" and head_lemma in lex["undergo_verbs"]) or \
            (rel == "prep_under" and head_lemma in ("come", "be", "remain", "fall"))
        if undergoes:
            # "the US faced Palestinian criticism", "came under pressure from X":
            # the subject is at the receiving end, the source is named by modifier or 'from'
            recipients.extend(resolve_all(subj, ctx))
            if not actors:
                actors.extend(recipient_args(noun, ctx, owner_ok=True, preps=("from",)))
            if not actors:
                actors.extend(recipient_args(head, ctx, owner_ok=True, preps=("from",)))
            if not actors and sense["type"] in ("ACCUSE", "SANCTION") and \
                    enabled("charged_in_state"):
                # "X faces 18 criminal charges in the US": the state whose courts charge
                # (a country named by 'in', not a town or a body; evaccuse, session 7)
                actors.extend(
                    (dataclasses.replace(r, rules=[*r.rules, "charged_in_state"]), t)
                    for n in (noun, head)
                    for r, t in recipient_args(n, ctx, owner_ok=False, preps=("in",))
                    if r.type == "GPE" and r.country and _a_country(t) and
                    not any(same_actor(r, x[0]) for x in recipients))
            if not actors and sense["type"] == "ACCUSE" and enabled("faced_charge") and \
                    noun.lemma_.lower() in ("charge", "count", "indictment") and recipients and \
                    all(r.type != "GPE" and r.sector in _CHARGEABLE_SECTORS
                        for r, _t in recipients):
                # rule faced_charge: "Dorn faces a murder charge", "is expected to face
                # charges": a person faces the prosecution's charge (the story's state)
                code = fallback_country(noun, ctx)
                if code is not None:
                    ref = state_ref(code, "JUD", None, ctx, None)
                    actors.append((dataclasses.replace(ref, rules=[*ref.rules, "faced_charge"]),
                                   noun))
        elif rel == "dobj" and head_lemma in lex["receiver_verbs"]:
            recipients.extend(resolve_all(subj, ctx))
            if not actors:
                actors.extend(recipient_args(noun, ctx, owner_ok=True, preps=("from",)))
            if not actors:  # "received a warning from X that ...": 'from' hung on the verb
                actors.extend(recipient_args(head, ctx, owner_ok=True, preps=("from",)))
        elif not actors and not record and (
                (rel in ("prep_for", "prep_to") and head_lemma in _MOTION_VERBS and
                 enabled("trip_for_talks")) or
                (rel in ("dobj", "attr") and head_lemma in lex["do_verbs"]) or
                (rel in ("prep_in", "prep_into") and head_lemma in ("be", "engage", "remain",
                                                                   "participate", "join")) or
                _entered_act(rel, head_lemma)):
            actors.extend(resolve_all(subj, ctx))
        if record:
            # "Gray has four prior arrests", "she had a previous conviction": whoever holds
            # the record underwent it
            recipients.extend((dataclasses.replace(r, rules=[*r.rules, "record_holder"]), t)
                              for r, t in resolve_all(subj, ctx))
        if rel in ("nsubj", "nsubjpass"):  # "aid is expected to flow to Kabul"
            node = head
            for c in node.children:
                if c.dep_ == "xcomp":
                    recipients.extend(recipient_args(c, ctx, owner_ok=False, preps=("to",)))
            recipients.extend(recipient_args(node, ctx, owner_ok=False, preps=("to",)))
    preps: tuple[str, ...] = ("to", "with", "for", "on", "against", "of", "toward", "towards")
    if of_agent:
        preps = tuple(p for p in preps if p != "of")
    if sense["type"] == "RETREAT":
        preps = (*preps, "from")  # "the withdrawal of its troops from Syria"
    if sense["type"] in ("AID", "SUPPORT", "REQUEST"):
        # "backing for Morocco's plan", "aid for Ukraine's army": whose thing is backed or
        # aided receives it (a request's: "calls for Israel's withdrawal")
        owner = sense["type"] == "REQUEST" or enabled("backed_owner")
        for prep, pobj in _prep_objects(noun, preps):
            if prep == "with" and sense["type"] != "SUPPORT":
                continue
            refs = resolve_all([pobj], ctx)
            if not refs and owner:
                refs = _owner_actors(pobj, ctx)
                if sense["type"] != "REQUEST":
                    refs = _tagged([r for r in refs
                                    if not any(same_actor(r[0], a[0]) for a in actors)],
                                   "backed_owner")
            recipients.extend(refs)
    else:
        if sense["type"] == "COOPERATE":
            # "a joint operation against the rebels": the target is not a partner
            preps = tuple(p for p in preps if p not in ("against", "on", "for", "toward",
                                                       "towards", "of"))
        recipients.extend(recipient_args(noun, ctx, owner_ok=sense["type"] == "ASSAULT",
                                          preps=preps))
        if sense["type"] == "ACCUSE" and not recipients and enabled("inquiry_into"):
            # "an inquiry into Velmora", "a probe into the ministry": a party looked into
            # (not "an investigation into the crash": a thing is no party)
            recipients.extend(_tagged(recipient_args(noun, ctx, owner_ok=False,
                                                     preps=("into",)), "inquiry_into"))
    if not recipients and sense["type"] == "PROTEST" and enabled("protested_owner_noun"):
        # rule protested_owner_noun (evwire24): "a strike against President X's spending
        # cuts", "a protest against Freedonia's tariffs": whose act or thing the protest is
        # against, as for the verb (protested_owner), before any guessed state
        recipients.extend(_tagged(_others(recipient_args(
            noun, ctx, owner_ok=True, preps=("against", "over", "at")), actors),
            "protested_owner"))
    if not recipients and sense.get("recipient_owner"):
        # "levies on $12 billion worth of Brazilian goods": whose goods are hit
        for _prep, pobj in _prep_objects(noun, ("on", "against")):
            for node in _np_nodes(pobj):
                recipients.extend(resolve_all([node], ctx) or _owner_actors(node, ctx))
    if head.pos_ == "VERB" and rel == "dobj" and not recipients:
        # "filed suit against X", "brought charges against X": 'against' hung on the verb
        # names whom the accusation targets (evaccuse, session 7)
        accused = ("against",) if sense["type"] == "ACCUSE" and \
            enabled("light_verb_against") else ()
        recipients.extend(recipient_args(head, ctx, owner_ok=False,
                                          preps=("to", "with", "for", *accused)))
        if not recipients and sense["type"] == "SUPPORT" and enabled("light_verb_backing"):
            # rule light_verb_backing (evargs26): "threw its backing behind Chile's bid",
            # "lent its support to the Kenyan candidacy": the phrase of the light verb names
            # whom the support goes to, or the owner of what it backs (never the backer)
            recipients.extend(_tagged(_others(recipient_args(
                head, ctx, owner_ok=True, preps=("behind", "to", "for")), actors),
                "light_verb_backing"))
    if sense["type"] == "ACCUSE" and not recipients:
        for _prep, pobj in _prep_objects(noun, ("into", "of", "on", "over")):
            for node in _np_nodes(pobj):
                recipients.extend(recipient_args(node, ctx, owner_ok=False,
                                                  preps=("against", "on", "of", "by")))
    if not recipients and sense["type"] in _JUDGING_TYPES and enabled("thing_target_owner"):
        recipients.extend(_thing_target_owners(noun, head if rel == "dobj" else None, actors,
                                               ctx))
    if actors and sense["type"] == "ASSAULT" and rel == "prep_in":
        actors.extend(_participants(head, actors, ctx))
    if not recipients and sense["type"] == "ASSAULT" and enabled("attacked_place_noun"):
        # "the offensive into Gaza", "the attack on a school in Jabaliya": the state invaded,
        # or the one whose place was hit (not the attacker's own: who holds it is not said)
        for prep, pobj in [*_prep_objects(noun, ("on", "upon", "against", "into", "at")),
                           *_light_verb_targets(noun)]:
            found = resolve_all([pobj], ctx) if prep == "into" else []
            found = [r for r in found if r[0].type == "GPE"] or \
                _state_of_place(pobj, ctx, noun)
            recipients.extend(_tagged([r for r in found
                                       if not any(same_side(a[0], r[0]) for a in actors)],
                                      "attacked_place_noun"))
    if not recipients and sense["type"] == "ASSAULT" and enabled("attacked_of_place") and \
            noun.lemma_.lower() not in OF_AGENT_NOUNS:
        recipients.extend(_tagged(_of_place_states(noun, actors, ctx), "attacked_of_place"))
    if not recipients and sense["type"] == "ASSAULT" and enabled("victims_of_clause"):
        recipients.extend(clause_victims(noun, rel, head, ctx))
    if not recipients and sense["type"] == "REQUEST" and enabled("called_for_subject"):
        recipients.extend(_called_for_subject(noun, ctx))  # "calls for the premier to quit"
    clause = demanded_clause(noun) if sense["type"] == "REQUEST" else None
    if not recipients and clause is not None:
        # "repeated its demand that Congo disband the militias": who is to do it is asked
        recipients.extend(_tagged(_others(resolve_all(subject_tokens(clause), ctx), actors),
                                  "demand_clause_subject"))
    if enabled("state_act_noun") and _state_act_sector(noun) is not None:
        # only a state arrests or convicts: "the crowd dispersed and there was one arrest"
        # is no arrest by the crowd
        civil = build_gazetteer().civil_sectors
        actors = [a for a in actors if a[0].sector not in civil]
        if not actors:
            actors.extend(_state_act_agent(noun, ctx))
    if not recipients and sense["type"] in VICTIM_TYPES and enabled("unnamed_victims"):
        # "the police shooting of a teenager", "the arrest of two journalists"
        recipients.extend(_victim_groups(
            [p for _prep, p in _prep_objects(noun, ("of", "on", "against"))]))
    if not recipients and sense["type"] in _COREFERENT_NOUN_TYPES:
        recipients.extend(_earlier_parties(noun, actors, ctx))
    if not actors and noun.dep_ == "dobj":
        actors = verb_by_agents(noun, ctx)  # "condemned the airstrike by Sudanese forces"
    if not actors and sense["type"] in _FORCE_TYPES and enabled("earlier_act_doer"):
        # "Sudanese jets bombed the camp on Monday ... The bombing killed 12": a bare definite
        # act of force is the one told shortly before, done by whoever did that one
        actors = [a for a in _tagged(_earlier_act_agents(noun, [], ctx), "earlier_act_doer")
                  if a[0].sector != "MED" and "unnamed_attacker" not in a[0].rules and
                  not any(same_actor(a[0], r[0]) for r in recipients)]
    if not recipients and sense["type"] == "MOBILIZE":
        # "held drills in waters near Taiwan": the noun's light verb holds the place phrase
        recipients.extend(_mobilized_against(
            [noun, *([noun.head] if noun.dep_ == "dobj" and noun.head.pos_ == "VERB" else [])],
            actors, ctx))
    if sense.get("needs_recipient_prep") and not recipients:
        return [], []
    if partitive:
        actors = _tagged(actors, "partitive_event")
    return actors, recipients


# acts of force whose owner undergoes them ("the students' arrest", "the protesters' killing");
# an owner of an attack or a bombing made it ("the rebels' attack")
_UNDERGONE_NOUNS = frozenset({"killing", "shooting", "murder", "slaying", "assassination",
                              "beating", "execution", "lynching", "abduction", "kidnapping"})


def _undergone_by_owner(noun: Token, etype: str) -> bool:
    """Whether the owner of this act of force is the one it is done to."""
    return enabled("owner_undergoes") and (
        etype == "COERCE" or noun.lemma_.lower() in _UNDERGONE_NOUNS or
        noun.lower_ in _UNDERGONE_NOUNS)


def _state_act_sector(noun: Token) -> str | None:
    """The state organ that alone does the act a noun names ('arrest' -> COP), if any."""
    return state_act_nouns().get(noun.lower_) or state_act_nouns().get(noun.lemma_.lower())


def _state_act_agent(noun: Token, ctx: ActorContext) -> list[Arg]:
    """'50 arrests were made', 'he has four prior arrests': only a state's organ arrests, so
    with nobody named, the police of the one country the sentence (else the story) names;
    unknown when there is none."""
    sector = _state_act_sector(noun)
    if sector is None:
        return []
    if noun.dep_ == "pobj" and noun.head.lower_ in ("in", "under", "from"):
        return []  # "six years in detention", "released from custody": a state, not an act
    code = fallback_country(noun, ctx)
    if not code:
        return []
    ref = state_ref(code, sector, None, ctx, None)
    return [(dataclasses.replace(ref, rules=[*ref.rules, "state_act_noun"]), noun)]


# acts whose record a party holds or is the subject of ("has two prior arrests")
_HELD_RECORD_TYPES = frozenset({"COERCE", "SANCTION", "ACCUSE"})
_SUBJECT_NOUNS = frozenset({"subject", "target", "focus", "object"})


def _copula_subject(noun: Token) -> list[Token]:
    """'X is / became the subject of ...': X (the noun is the attribute of a copula)."""
    if noun.dep_ != "attr" or noun.head.lemma_.lower() not in ("be", "become", "remain"):
        return []
    return [c for c in noun.head.children if c.dep_ in ("nsubj", "nsubjpass")]


def _people_args(toks: list[Token], ctx: ActorContext, rule: str) -> list[Arg]:
    """Who the tokens name: a named party, else unnamed people ('a teenager'), with `rule`."""
    out: list[Arg] = []
    for tok in toks:
        refs = resolve_all([tok], ctx) or _victim_groups([tok])
        out.extend((dataclasses.replace(r, rules=[*r.rules, rule]), t) for r, t in refs)
    return out


def _whose_act(noun: Token, ctx: ActorContext) -> list[Arg]:
    """'a boy whose killing by police sparked riots', 'the reporter whose arrest ...': 'whose'
    stands for the noun its clause describes, who undergoes the act."""
    if not any(c.dep_ == "poss" and c.lower_ == "whose" for c in noun.children):
        return []
    node = noun
    while node.dep_ != "relcl" and node.head.i != node.i:
        node = node.head
    if node.dep_ != "relcl":
        return []
    return _people_args([node.head], ctx, "whose_act")


def _of_after_agent(agent: Token, ctx: ActorContext) -> list[Arg]:
    """'the killing by police of a teenager': the parser hangs the 'of' phrase on the agent,
    but it names who undergoes the act (a party is not 'of' its own police)."""
    return [a for a in _people_args([p for _p, p in _prep_objects(agent, ("of",))], ctx,
                                    "of_after_agent")
            if a[0].type != "GPE"]  # "by the government of Sudan": whose government


def weapon_owners(subj_toks: list[Token], ctx: ActorContext) -> list[Arg]:
    """'Israeli bombs killed 40 people', 'a Russian missile strike hit the station': when the
    subject of an attack is a thing, not a party, whose thing it is attacks. Only a thing
    with an owner named on it; people ('Lebanese civilians') are never weapons."""
    out: list[Arg] = []
    for tok in subj_toks:
        if tok.pos_ != "NOUN" or people_noun(tok) or \
                tok.lemma_.lower() in build_gazetteer().rebel_nouns:
            continue
        out.extend((dataclasses.replace(r, rules=[*r.rules, "weapon_owner"]), t)
                   for r, t in _owner_actors(tok, ctx))
    return out[:2]


# verbs that tell the harm an attack did to people ("were killed in an air strike")
_HARM_VERBS = frozenset({"kill", "wound", "injure", "hurt", "maim", "die"})


def clause_victims(noun: Token, rel: str, head: Token, ctx: ActorContext) -> list[Arg]:
    """'28 civilians were killed in an Israeli bombing', 'two boys died in the shelling', 'a
    raid that killed three farmers': the people the clause says were harmed by the attack
    noun are its victims (named, by demonym, or as an unnamed group)."""
    victims: list[Token] = []
    lemma = head.lemma_.lower()
    if rel in ("prep_in", "prep_by", "prep_during") and lemma in _HARM_VERBS:
        if lemma == "die":
            victims = [c for c in head.children if c.dep_ == "nsubj"]
        elif is_passive(head) or reduced_passive(head):
            victims = patients_of(head)
    elif rel == "nsubj" and lemma in _HARM_VERBS and lemma != "die":
        obj = object_of(head)  # "an air strike killed three farmers"
        victims = [obj] if obj is not None else []
    for rc in (c for c in noun.children if c.dep_ == "relcl"):
        if rc.lemma_.lower() in _HARM_VERBS and rc.lemma_.lower() != "die":
            obj = object_of(rc)  # "a raid that killed three farmers"
            victims.extend([obj] if obj is not None else [])
    out: list[Arg] = []
    for v in victims:
        refs = resolve_all([v], ctx) or _victim_groups([v])
        out.extend((dataclasses.replace(r, rules=[*r.rules, "victims_of_clause"]), t)
                   for r, t in refs if r.type != "GPE")
    return out[:3]


# protest modes aimed at the state when no target is named; a strike or a boycott is aimed
# at an employer or an event as often, so those keep an unknown target
_STATE_PROTEST_MODES = frozenset({"demo", "riot", "obstruct"})
# who protests against their own state: groups of people and parties, never an organ of it
_PROTESTING_SECTORS = frozenset({"CIV", "EDU", "OPP", "PTY", "REL", "HLH", "MED", "LAB"})


def protested_state(actor: Arg, trigger: Token, mode: str | None, ctx: ActorContext
                    ) -> list[Arg]:
    """'thousands demonstrated in Athens', 'rioters clashed with police in Paris': a street
    protest with no named target is aimed at the government of where it happens (the place
    the sentence names, else the protesters' own country). A state organ, a person, an
    organisation with no country, or a strike get no guessed target; a boycott does only when
    what is boycotted is a vote or a parliament (the state's, boycotted_vote)."""
    ref, _tok = actor
    if mode == "boycott" and enabled("boycotted_vote") and _a_state_vote(trigger) and \
            ref.type != "GPE" and ref.sector not in STATE_SECTORS:
        # "the opposition boycotted the election": a vote is the state's, held where it is
        code = setting_country(trigger, [], ctx) or ref.country or \
            fallback_country(trigger, ctx)
        if code is None:
            return []
        state = state_ref(code, "GOV", None, ctx, None)
        return [(dataclasses.replace(state, rules=[*state.rules, "boycotted_vote"]), trigger)]
    if mode not in _STATE_PROTEST_MODES or ref.type in ("GPE", "PERSON") or \
            ref.sector not in _PROTESTING_SECTORS:
        return []
    mission = protested_mission(trigger, ctx) if enabled("protested_mission") else None
    code = mission or setting_country(trigger, [], ctx) or ref.country
    if code is None:
        return []
    state = state_ref(code, "GOV", None, ctx, None)
    rules = [*state.rules, "protested_state", *(["protested_mission"] if mission else [])]
    return [(dataclasses.replace(state, rules=rules), trigger)]


# where a crowd stands by the building it protests at ('outside the embassy', 'in front of it')
_MISSION_PREPS = ("outside", "at", "near", "before", "to", "toward", "towards", "on", "in",
                  "by", "into")


def protested_mission(trigger: Token, ctx: ActorContext) -> str | None:
    """Rule `protested_mission` (evwire24, session 24): 'hundreds rallied outside the
    Freedonian embassy in the capital', 'a protest in front of Ruritania's consulate': a street
    protest at a state's diplomatic mission (argument_words mission_nouns) is aimed at the
    state the mission represents, not the host state where it stands. The one country the
    mission's own modifier, possessor or 'of' phrase names; None when none or two."""
    words = argument_words()["mission_nouns"]
    heads = [trigger]
    if trigger.dep_ in ("xcomp", "advcl", "conj") and trigger.head.i != trigger.i:
        heads.append(trigger.head)  # "gathered outside the embassy to protest ..."
    found: set[str] = set()
    for head in heads:
        for _prep, pobj in _prep_objects(head, _MISSION_PREPS):
            if pobj.lower_ == "front":  # "in front of the embassy"
                pobj = next((p for _q, p in _prep_objects(pobj, ("of",))), pobj)
            if pobj.lemma_.lower() not in words and pobj.lower_ not in words:
                continue
            mods = [c for c in pobj.children if c.dep_ in ("amod", "compound", "nmod", "poss")
                    and c.i < pobj.i]
            mods += [p for _q, p in _prep_objects(pobj, ("of",))]
            for mod in mods:
                code = _a_country_word(mod, ctx)
                if code:
                    found.add(code)
    return found.pop() if len(found) == 1 else None


def _a_country_word(tok: Token, ctx: ActorContext) -> str | None:
    """The country a word names: a demonym or country name ('Freedonian', 'Ruritania's'), or
    a state mention the tagger resolved."""
    code = build_gazetteer().country_of(tok.text)
    if code is None:
        m = ctx.by_token.get(tok.i)
        if m is not None and m.label == "GPE" and m.country:
            info = build_gazetteer().lookup(m.canonical)
            code = m.country if info is not None and info.kind == "state" else None
    return code


_STATE_VOTES = frozenset({"election", "elections", "vote", "poll", "polls", "referendum",
                          "ballot", "parliament", "runoff", "run-off"})


def _a_state_vote(trigger: Token) -> bool:
    """What is boycotted is a vote or a parliament ('boycotted the election', 'a boycott of
    the referendum'), not a product, a firm or an event of a private body."""
    things = [object_of(trigger)] if trigger.pos_ == "VERB" else \
        [p for _prep, p in _prep_objects(trigger, ("of",))]
    return any(t is not None and (t.lower_ in _STATE_VOTES or t.lemma_.lower() in _STATE_VOTES)
               for t in things)


def unnamed_group(tok: Token) -> ActorRef | None:
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


def unborrowed_state(actor: Arg, recipients: list[Arg], ctx: ActorContext) -> Arg | None:
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


def no_borrowed_country(actor: Arg, rec: Arg | None) -> tuple[Arg, Arg | None]:
    """A person whose country was only inferred from the story never takes the country of
    the other party ('President X criticized Russia' in a story about Russia): unknown is
    better than wrong."""
    def strip(side: Arg, other: Arg | None) -> Arg:
        ref = side[0]
        if other is not None and (ref.type == "PERSON" or "unnamed_story_country" in
                                  ref.rules or "unnamed_recipient_country" in ref.rules) \
                and ref.country_inferred and \
                ref.country is not None and ref.country == other[0].country and \
                not other[0].country_inferred and not domestic_office(ref, other[0]) and \
                not office_domestic_organ(ref, other[0]):
            ref = dataclasses.replace(ref, country=None, country_inferred=False)
        return ref, side[1]
    return strip(actor, rec), (strip(rec, actor) if rec is not None else None)


# the offices and bodies that address their own state's organs in a domestic quarrel (not
# its armed forces, police or spies: 'the army attacked the forces' tells no such quarrel)
_CIVIL_STATE_SECTORS = frozenset({"GOV", "LEG", "JUD"})


def office_domestic_organ(ref: ActorRef, other: ActorRef) -> bool:
    """Rule `office_domestic_organ` (evwire24, session 24): "Freedonia's president upbraided
    lawmakers", "the Freedonian senate speaker faulted the central bank": a state organ or
    office named by its common noun alone (read as the story's, rule
    unnamed_recipient_country, or a title the roles table read as its holder: 'the congress
    voted down the president's budget') that an office or body of the same stated country
    addresses is that country's own, a domestic quarrel; kept (inferred) instead of dropped.
    Not when the actor is the state named alone ('Freedonia criticized the court' may mean a
    court abroad), nor an armed force, nor an office that faces abroad (argument_words
    outward_office_words: 'the foreign minister faulted the court')."""
    titled = "roles_table" in ref.rules and ref.type == "PERSON"  # "the president"
    if not ("unnamed_recipient_country" in ref.rules or titled) or \
            ref.sector not in STATE_SECTORS or \
            other.country_inferred or other.sector not in _CIVIL_STATE_SECTORS or \
            not enabled("office_domestic_organ"):
        return False
    words = set(re.findall(r"[a-z]+", (other.description or "").lower()))
    if other.type == "GPE":
        # the state by an office or body of it ("Freedonia's president"), not by its name
        words -= set(re.findall(r"[a-z]+", other.name.lower()))
        words -= {"the", "s", "of"}
        if not words:
            return False
    else:
        words |= set(re.findall(r"[a-z]+", other.name.lower()))
    return not words & argument_words()["outward_office_words"]


# acts a state does to people under its own rule: their unnamed or stateless recipients are its
# own (rule `domestic_recipient`)
_DOMESTIC_ACT_TYPES = frozenset({"COERCE", "SANCTION", "RETREAT", "CONCEDE"})
# speech acts whose unnamed office or body addressed is the speaker's country's
_DOMESTIC_SPEECH_TYPES = frozenset({"ACCUSE", "REQUEST", "SUPPORT", "REJECT"})
# the recipients that may be a state's own people: persons, groups of civilians, opposition,
# press, labour, students, clergy and rebels (not a foreign state, a body or a business)
_OWN_PEOPLE_SECTORS = frozenset({None, "CIV", "OPP", "PTY", "MED", "LAB", "EDU", "REL", "REB",
                                 "HRI", "SOC"})


def domestic_recipient(event: Event) -> Event:
    """Rule `domestic_recipient` (evprec12, session 16): 'Ugandan police detained opposition
    leader Bobi Wine', 'Guinea's junta released 300 political prisoners', 'the Serbian
    government bowed to protesters' demands': a person or group of no stated country that a
    state organ of a known country arrests, sentences, frees or gives in to is taken as that
    state's own (country marked inferred); a foreign national is named by a nationality
    ('detained two French citizens') that the resolver reads first. An office or body named by
    its common noun alone ('the election commission', 'the finance minister') that a party of
    a stated country other than the state itself accuses, asks, backs or rebuffs is that
    country's too. Not for meetings, aid or attacks, whose other side is as often abroad. Run
    on the finished events, after the rules that name a described suspect or protesters."""
    a, r = event.actor, event.recipient
    if a is None or r is None or a.country is None or r.country is not None or \
            r.type in ("GPE", None):
        return event
    if event.type == "RETREAT" and event.mode != "release":
        return event  # a withdrawal's other side is the place left, often abroad
    if event.type in _DOMESTIC_ACT_TYPES:
        # a person of any office ('detained Istanbul's mayor'), or a group of its people
        if a.sector not in STATE_SECTORS or (r.type != "PERSON" and (
                r.sector not in _OWN_PEOPLE_SECTORS or (r.type == "ORG" and r.sector is None))):
            return event
    elif event.type in _DOMESTIC_SPEECH_TYPES:
        # 'Ghana's opposition derided the finance minister's budget', 'the Pakistani opposition
        # urged the election commission to ...': an office or body named by its common noun
        # alone, addressed by a party of the country that is not the state itself
        if a.type == "GPE" or a.country_inferred or "unnamed_actor" not in r.rules or \
                r.sector not in STATE_SECTORS:
            return event
        if enabled("outward_not_domestic") and set(re.findall(
                r"[a-z]+", f"{a.name} {a.description or ''}".lower())) & \
                argument_words()["outward_office_words"]:
            # rule outward_not_domestic (evwire24b): 'the Freedonian ambassador faulted the
            # host government': an office facing abroad addresses another state's organs
            return event
    else:
        return event
    rec = dataclasses.replace(r, country=a.country, country_inferred=True,
                              rules=[*r.rules, "domestic_recipient"])
    return dataclasses.replace(event, recipient=rec, rules=[*event.rules, "domestic_recipient"])


def domestic_office(ref: ActorRef, other: ActorRef) -> bool:
    """'Zimbabwe's opposition leader mocked the president': a bare title the roles table read
    as the office holder of the story's country keeps that country when the other party is a
    person or body of the same country (a domestic dispute), not the state itself ('Russia
    accused the president ...' may mean another country's)."""
    return ("roles_table" in ref.rules and other.type != "GPE" and other.sector != "IGO" and
            enabled("domestic_office")) or titled_domestic_office(ref, other)


def titled_domestic_office(ref: ActorRef, other: ActorRef) -> bool:
    """Rule `titled_domestic_office` (actors18, issue 11): 'President Navarro met his national
    security council': a person named with a state office ('President', 'Minister') keeps the
    story's country against a state organ named by its common noun alone (the cabinet, the
    army, his council), which is his own; not against a state, a named body or a person."""
    return ref.type == "PERSON" and ref.sector in STATE_SECTORS and \
        "roles_table" not in ref.rules and other.type not in ("GPE", "PERSON") and \
        other.sector in STATE_SECTORS and \
        bool({"unnamed_actor", "unnamed_recipient"} & set(other.rules)) and \
        enabled("titled_domestic_office")


# the dependents of a trigger whose words are not the event's own complement: its subjects,
# clauses of their own (reported speech, a second act) and the place or time it happens in
_NOT_COMPLEMENT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "ccomp", "parataxis", "conj",
                                  "advcl", "npadvmod", "punct", "cc", "mark", "aux", "auxpass"})
_PLACE_PREPS = frozenset({"in", "at", "to", "from", "near", "into", "inside", "outside",
                          "across", "throughout", "around", "toward", "towards", "via",
                          "during", "on", "after", "before", "since", "until"})


def complement_country(actor: Arg, trigger: Token) -> Arg:
    """Rule `complement_country` (actors18, issue 11): 'The president derided his rival as a
    puppet of Moscow': a bare title the roles table read as the office holder of the story's
    country is not that country's when the event's own complement (its object and the
    phrases hung on it, not a reported clause, a subject or a setting) names that country:
    the story is about the country the person speaks of, whose leader he need not be. The
    office holder is left unknown (unknown is better than wrong)."""
    ref, atok = actor
    if ref.type != "PERSON" or "roles_table" not in ref.rules or not ref.country_inferred or \
            ref.country is None or not enabled("complement_country"):
        return actor
    if ref.country not in _complement_countries(trigger, atok):
        return actor
    title = re.sub(r"^the\s+", "", ref.description or "", flags=re.I) or ref.name
    return (ActorRef(name=title, country=None, sector=ref.sector, type="PERSON",
                     description=ref.description, span=ref.span,
                     rules=[*ref.rules, "complement_country"]), atok)


def _complement_countries(trigger: Token, atok: Token) -> set[str]:
    """The countries named (by name, capital or demonym) in the complement of a trigger."""
    gaz = build_gazetteer()
    skip = {t.i for t in atok.subtree} | {trigger.i}
    out: set[str] = set()
    for child in trigger.children:
        if child.dep_ in _NOT_COMPLEMENT_DEPS or child.i in skip or \
                (child.dep_ == "prep" and child.lower_ in _PLACE_PREPS):
            continue
        for t in child.subtree:
            if t.i in skip or t.pos_ not in ("PROPN", "ADJ", "NOUN"):
                continue
            info = gaz.lookup(t.text)
            code = info.country if info is not None and info.kind in (
                "state", "capital", "seat") else gaz.country_of(t.text)
            if code:
                out.add(code)
    return out


def as_protesters(actor: Arg, noun: Token) -> Arg:
    ref, atok = actor
    if ref.type == "GPE" and ref.sector == "GOV" and noun.left_edge.i <= atok.i < noun.i:
        return (ActorRef(name="protesters", country=ref.country, sector="CIV", type="NORP",
                         description=f"those taking part in the {noun.lower_}",
                         span=(noun.idx, noun.idx + len(noun.text))), atok)
    return actor


def implicit_protesters(noun: Token, ctx: ActorContext) -> list[Arg]:
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


def other_side(actor: Arg, rec: Arg, ctx: ActorContext) -> Arg | None:
    """A bare 'the government' that came out as the actor's own state is the other party:
    the story's country if that differs ('Russia urged the government to ...'), else none.
    A bare 'the country' is first the country named last before it other than the actor's
    (rule `country_not_the_doer`, session 24: 'the French invasion of the country')."""
    a, r = actor[0], rec[0]
    bare = r.mention_id is None and r.span is None and r.type == "GPE" and \
        rec[1].lower_ in BARE_STATE_NOUNS
    if not bare or a.country is None or r.country != a.country or \
            a.sector not in STATE_SECTORS:
        return rec
    if a.sector in ("LEG", "JUD") and r.sector in (None, "GOV") and \
            enabled("branch_versus_government"):
        # rule branch_versus_government (evwire24): "the parliament voted down the
        # government's budget", "the court struck down the government's decree": a
        # legislature or court of a country acts on its own executive, which is that country's
        return (dataclasses.replace(r, rules=[*r.rules, "branch_versus_government"]), rec[1])
    if a.type == "PERSON" and a.country == ctx.story_country:
        return rec  # "the ombudsman called on the government": a domestic official, own state
    if enabled("country_not_the_doer") and \
            (code := preceding_other_country(rec[1], ctx, a.country)) is not None:
        ref = state_ref(code, r.sector or "GOV", None, ctx, r.description)
        return (dataclasses.replace(ref, rules=[*ref.rules, "country_not_the_doer"]), rec[1])
    code = fallback_country(rec[1], ctx, exclude=a.country)
    if code is None:
        return None
    return (state_ref(code, r.sector or "GOV", None, ctx, r.description), rec[1])


_REGION_RULES = frozenset({"region_acting", "region_named"})


def a_region_apart(a: ActorRef, b: ActorRef) -> bool:
    """A region's government and its state ('Madrid refused Catalonia's request') are two
    parties of one country, never one side."""
    return a.name != b.name and bool(_REGION_RULES & {*a.rules, *b.rules})


def same_side(a: ActorRef, b: ActorRef) -> bool:
    if a.name == b.name:
        return True
    if a_region_apart(a, b):
        return False
    if "unnamed_actor" in a.rules and "unnamed_actor" in b.rules and \
            a.type == b.type == "PERSON" and a.country == b.country and \
            a.sector == b.sector and a.sector in STATE_SECTORS:
        return True  # "the trade minister and the energy minister": one government's
    if {"unnamed_story_country", "unnamed_recipient_country"} & {*a.rules, *b.rules}:
        return False  # a country only inferred from the story puts no one on a side
    return bool(a.country and a.country == b.country and a.sector in STATE_SECTORS and
                b.sector in STATE_SECTORS)


def acceptable_actor(ref: ActorRef) -> bool:
    """An actor must be named or a resolvable group ('Russian officials', 'the insurgents')."""
    if ref.type in ("PERSON", "GPE"):
        return True
    if ref.type == "ORG":
        return True
    return bool(ref.country or ref.sector) or \
        bool({"unnamed_attacker", "agent_group", "named_group", "unnamed_actor"} &
             set(ref.rules))


def same_actor(a: ActorRef, b: ActorRef) -> bool:
    if a.name == b.name and a.sector == b.sector:
        return True
    if a.type == b.type == "GPE" and a.country and a.country == b.country and \
            a.sector == b.sector and not a_region_apart(a, b):
        return True
    return a.mention_id is not None and a.mention_id == b.mention_id


# unnamed people a protest story's police arrest or attack ('200 people were arrested')
_CROWD_VICTIMS = frozenset({"people", "person", "persons", "men", "women", "others", "some",
                            "dozens", "hundreds", "thousands"})
_PROTEST_STEMS = ("protest", "riot", "demonstrat", "march", "rally", "rallies", "unrest",
                  "vigil", "clashes")
_FORCE_SECTORS = frozenset({"COP", "MIL"})
_PROTEST_SECTORS = frozenset({"CIV", "EDU", "LAB", "SOC", "OPP", "HLH", "REL"})


def protesters_as_recipients(events: list[Event]) -> list[Event]:
    """An implicit recipient: in a story of street protests, the people police or troops
    arrest or attack without a name ('more than 200 people were arrested', '46 people had
    been arrested', 'over 50 arrests were made over four nights of protesting') are the
    protesters the story tells of: the actor of its first asserted PROTEST event, kept with
    the phrase that counted them. An arrest told with no protest word in its sentence and
    no recipient is left as it is (a story of protests tells of other arrests too), and so
    is an attack with no recipient ('protests against the police killing of a teenager')."""
    protesters = next((e.actor for e in events if e.type == "PROTEST" and e.actor is not None
                       and e.actor.sector in _PROTEST_SECTORS and e.modality == "asserted"),
                      None)
    if protesters is None:
        return events
    out: list[Event] = []
    for ev in events:
        rec = ev.recipient
        crowd = rec is not None and rec.mention_id is None and \
            rec.name.lower() in _CROWD_VICTIMS
        told = rec is None and ev.type == "COERCE" and \
            any(w in ev.sentence.lower() for w in _PROTEST_STEMS)
        if ev.type in ("COERCE", "ASSAULT") and ev.actor is not None and \
                ev.actor.sector in _FORCE_SECTORS and (crowd or told):
            who = dataclasses.replace(
                protesters, description=(rec.description or rec.name) if rec is not None
                else protesters.description, span=rec.span if rec is not None else None,
                mention_id=None, rules=[*protesters.rules, "protesters_recipient"])
            ev = dataclasses.replace(ev, recipient=who, rules=[*ev.rules, "protesters_recipient"])
        out.append(ev)
    return out


def dispute_clash(tok: Token, actors: list[Arg], recipients: list[Arg]) -> bool:
    """Rule `dispute_clash` (evprec27, session 27): 'the senator's aide had clashed with the
    party's fundraising committee over how to spend its money', 'her clash with the
    committee over the budget': a clash (argument_words dispute_fight_words) over an issue
    (issue_preps) between parties none of which is armed, police, criminal or a crowd
    (fighting_sectors; a named person or a party, office or firm is none) is a dispute in
    words, not an attack. 'Police clashed with protesters over the route' keeps its ASSAULT,
    as does a clash with no party resolved ('clashes over land killed nine')."""
    words = argument_words()
    if tok.lemma_.lower() not in words["dispute_fight_words"]:
        return False
    node = tok.head if tok.dep_ == "conj" and tok.pos_ == tok.head.pos_ else tok
    if not any(c.dep_ == "prep" and c.lower_ in words["issue_preps"]
               for t in (tok, node) for c in t.children):
        return False
    parties = [a[0] for a in [*actors, *recipients]]
    fighting = set(words["fighting_sectors"])
    return bool(parties) and not any((p.sector or "").lower() in fighting for p in parties)


def venue_not_accused(doc: Doc, events: list[Event]) -> list[Event]:
    """Rule `venue_not_accused` (evrec28b, issue 11): 'the ministry said it would file a
    complaint with the trade tribunal', 'the club complained to the league's ethics panel':
    a court, a regulator or an international body (argument_words venue_nouns,
    venue_sectors) in the with/to phrase of an accusation, or of the verb it is the object
    of, is where the accusation is lodged, not whom it accuses: the event keeps no recipient
    (a wrong one is worse than none). 'lodged a protest with the Chinese embassy', 'filed a
    complaint with Ruritania' keep theirs (a state, or what stands for one)."""
    words = argument_words()
    nouns, sectors = set(words["venue_nouns"]), {s.upper() for s in words["venue_sectors"]}
    out: list[Event] = []
    for e in events:
        ref = e.recipient
        if e.type != "ACCUSE" or ref is None or ref.span is None:
            out.append(e)
            continue
        span = doc.char_span(ref.span[0], ref.span[1], alignment_mode="expand")
        head = span.root if span is not None else None
        while head is not None and head.dep_ in ("compound", "amod", "flat", "appos") and \
                head.head.i != head.i:
            head = head.head
        prep = head.head if head is not None and head.dep_ == "pobj" else None
        if head is None or prep is None or prep.lower_ not in ("with", "to"):
            out.append(e)
            continue
        owner = prep.head
        lemmas = {owner.lemma_.lower(), *(c.lemma_.lower() for c in owner.children
                                          if c.dep_ in ("dobj", "nsubjpass"))}
        venue = ref.sector in sectors or head.lemma_.lower() in nouns or \
            head.lower_ in nouns
        if e.trigger.lower() in lemmas and venue:
            out.append(dataclasses.replace(e, recipient=None,
                                           rules=[*e.rules, "venue_not_accused"]))
        else:
            out.append(e)
    return out
