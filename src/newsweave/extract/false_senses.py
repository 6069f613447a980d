"""Senses of event words that name no event between parties.

News outside politics borrows the words of events: a venue "hosts the final date of a tour",
a writer "approached the assignment", a player "injured his knee", a car maker is "promising
space for five", a phone gains "Android support". Each of these is a named rule (switchable
with NEWSWEAVE_ABLATE, recorded nowhere because it removes a candidate) over the data of
lexicons/false_senses.json:

- `party_object`: a sense that needs an actor as its object (obj_actor) holds only when the
  object can be a party: a name, a pronoun, a noun the actor resolver resolves, or a noun whose
  sentence embedding is nearer a person or group than a thing (the bundled MiniLM model).
- `own_body_part`: harm done to one's own body part is an injury, not an attack.
- `pledged_thing`: promising a plain thing (no act, no accord, no clause) is no agreement.
- `thing_compound`: a SUPPORT noun whose only modifier is a thing is a feature ("run support").
- `force_on_proposal`: force done to a proposal ('shot down the proposal', 'killed the
  bill') is a REJECT, not an ASSAULT (the candidate's type changes; its rule says so).
- `told_as_fiction`: an event a film, novel, song or game tells of, or set in one, is none.
- `named_product_object`: an object the tagger took for a person's name that reads as a
  product ('plans to release a new MacBook Pro') is no party: no release, no arrest.
- `reader_addressed`: an act whose clause addresses the reader ('promised that they'll ease
  your pain', 'offering members a gift card if you buy one') outside any quotation is sales
  copy or advice, not news.
- `negative_adjunct`: "at no time", "in no way" negate their clause (read by extract.modality).
"""

from __future__ import annotations

import functools
import logging
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from newsweave.extract.ablation import enabled
from newsweave.extract.lexicon import load_json

if TYPE_CHECKING:
    from spacy.tokens import Token

    from newsweave.extract.actors import ActorContext
    from newsweave.extract.event_lexicon import Candidate

logger = logging.getLogger(__name__)

# entity kinds that are parties; a PRODUCT, a WORK_OF_ART or a DATE is not
PARTY_ENTITIES = frozenset({"PERSON", "ORG", "GPE", "NORP"})
# pronouns that stand for things, not parties, unless the resolver finds an actor behind them
# ('it' often stands for a company or a state the resolver misses: not listed)
THING_PRONOUNS = frozenset({"this", "that", "what", "which", "something", "anything",
                            "everything", "nothing"})
# words of a noun phrase kept when it is embedded: "the final date", "his left knee"
_PHRASE_DEPS = frozenset({"det", "amod", "compound", "poss", "nummod"})
_RELATIVE = frozenset({"that", "which", "who", "whom"})


@dataclass(frozen=True)
class FalseSenseWords:
    party_prototypes: tuple[str, ...]
    thing_prototypes: tuple[str, ...]
    thing_margin: float
    party_object_exempt_types: frozenset[str]
    body_parts: frozenset[str]
    pledge_verbs: frozenset[str]
    pledge_objects_ok: frozenset[str]
    thing_compound_types: frozenset[str]
    proposal_classes: frozenset[str]
    fiction_words: frozenset[str]
    negative_adjunct_nouns: frozenset[str]


@functools.lru_cache(maxsize=1)
def false_sense_words() -> FalseSenseWords:
    data = load_json("false_senses.json")
    return FalseSenseWords(
        party_prototypes=tuple(data["party_prototypes"]),
        thing_prototypes=tuple(data["thing_prototypes"]),
        thing_margin=float(data["thing_margin"]),
        party_object_exempt_types=frozenset(data["party_object_exempt_types"]),
        body_parts=frozenset(w.lower() for w in data["body_parts"]),
        pledge_verbs=frozenset(data["pledge_verbs"]),
        pledge_objects_ok=frozenset(w.lower() for w in data["pledge_objects_ok"]),
        thing_compound_types=frozenset(data["thing_compound_types"]),
        proposal_classes=frozenset(data["proposal_classes"]),
        fiction_words=frozenset(w.lower() for w in data["fiction_words"]),
        negative_adjunct_nouns=frozenset(data["negative_adjunct_nouns"]),
    )


# ----------------------------------------------------------------------------- party or thing


@functools.lru_cache(maxsize=1)
def _prototype_vectors() -> tuple[Any, Any]:
    from newsweave.nlp.models import embed

    words = false_sense_words()
    return embed(list(words.party_prototypes)), embed(list(words.thing_prototypes))


@functools.lru_cache(maxsize=4096)
def thing_phrase(phrase: str) -> bool:
    """Whether a short noun phrase reads as a thing rather than a party: its embedding is
    nearer a thing prototype than any party prototype by the margin ('the assignment' yes,
    'his counterpart', 'the delegation' no)."""
    import numpy as np

    from newsweave.nlp.models import embed

    party, thing = _prototype_vectors()
    vec = np.asarray(embed([phrase]))[0]
    to_party = float((np.asarray(party) @ vec).max())
    to_thing = float((np.asarray(thing) @ vec).max())
    return to_thing - to_party >= false_sense_words().thing_margin


def noun_phrase(tok: Token) -> str:
    """The noun with its determiner, adjectives, compounds and possessive: 'the final date'."""
    words = [c for c in tok.children if c.dep_ in _PHRASE_DEPS and c.i < tok.i]
    words = sorted({t for c in words for t in c.subtree} | {tok}, key=lambda t: t.i)
    return " ".join(t.text for t in words)


def names_a_party(tok: Token, ctx: ActorContext) -> bool:
    """Whether the noun phrase headed by `tok` can name a party: an actor the resolver finds,
    a person or group name, a personal pronoun, or a common noun that reads as one."""
    from newsweave.extract.actors import resolve_np

    if tok.pos_ == "PRON":
        return tok.lower_ not in THING_PRONOUNS or bool(resolve_np(tok, ctx))
    if tok.ent_type_ in PARTY_ENTITIES or any(
            c.ent_type_ in PARTY_ENTITIES for c in tok.children if c.dep_ == "compound"):
        return True
    if tok.dep_ != "compound" and resolve_np(tok, ctx):
        return True
    if tok.pos_ != "NOUN":
        return tok.pos_ == "PROPN"  # an unknown name may be anyone; a number is no party
    return not thing_phrase(noun_phrase(tok))


def party_object(obj: Token, ctx: ActorContext, etype: str | None = None) -> bool:
    """Rule `party_object`: the object a sense needs as its recipient can be a party
    ('approached the minister', not 'approached the assignment'). Aid is exempt: it goes to
    places, institutions and projects too ('funded the hospital')."""
    if not enabled("party_object") or etype in false_sense_words().party_object_exempt_types:
        return True
    return names_a_party(obj, ctx)


# ----------------------------------------------------------------------------- candidates


def _thing_of_verb(verb: Token) -> Token | None:
    """The verb's object, or the noun its relative clause modifies ('the triceps (that) he
    injured', 'the quality Google promised')."""
    from newsweave.extract.event_syntax import object_of

    obj = object_of(verb)
    if verb.dep_ == "relcl" and (obj is None or obj.lower_ in _RELATIVE):
        return verb.head
    return obj


_SINGULAR_POSS = frozenset({"his", "her", "its", "my"})
_PLURAL_POSS = frozenset({"their", "our"})


def own_body_part(verb: Token) -> bool:
    """Rule `own_body_part`: 'Reyes injured his left knee', 'a torn triceps that he injured':
    the subject hurt a body part of its own (a possessive of the subject's number, or none), no
    attack. 'Police broke their ... / his arm' keeps its attack: the possessive is not the
    subject's."""
    from newsweave.extract.event_syntax import subject_tokens

    part = _thing_of_verb(verb)
    if part is None or part.lower_ not in false_sense_words().body_parts:
        return False
    poss = next((c for c in part.children if c.dep_ == "poss"), None)
    subjects = subject_tokens(verb) if verb.pos_ == "VERB" else []
    if verb.dep_ == "relcl":
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if poss is None or not subjects or any(s.dep_ == "nsubjpass" for s in subjects):
        return True  # "his knee was injured": nobody attacked it
    subj = subjects[0]
    if poss.pos_ != "PRON":
        return poss.lower_ == subj.lower_
    plural = subj.tag_ in ("NNS", "NNPS") or subj.lower_ in ("they", "we") or \
        any(c.dep_ == "conj" for c in subj.children)
    return (poss.lower_ in _PLURAL_POSS) if plural else (poss.lower_ in _SINGULAR_POSS)


def pledged_thing(verb: Token) -> bool:
    """Rule `pledged_thing`: 'the retailer promised more', 'promising space for five', 'the
    quality Google promised': a promise of a plain thing, with no act (to-clause), no content
    (that-clause) and no accord or act named, is a sales pitch, not an agreement."""
    from newsweave.extract.event_lexicon import lexicon

    words = false_sense_words()
    if verb.lemma_.lower() not in words.pledge_verbs:
        return False
    if any(c.dep_ in ("xcomp", "ccomp") for c in verb.children):
        return False
    thing = _thing_of_verb(verb)
    if thing is None:
        return False
    if thing.pos_ in ("PRON", "PROPN"):
        return False
    named = {thing.lower_, thing.lemma_.lower()}
    return not (named & words.pledge_objects_ok or named & set(lexicon()["nouns"]))


def thing_compound(noun: Token, ctx: ActorContext) -> bool:
    """Rule `thing_compound`: 'Android support', 'run support', 'Wi-Fi 6 support': a SUPPORT
    noun with no possessive or 'by'/'from' party whose compound modifiers name no party is a
    feature or a play, not backing ('US support', 'government support' keep theirs)."""
    if any(c.dep_ == "poss" for c in noun.children):
        return False
    if any(c.dep_ == "prep" and c.lower_ in ("by", "from", "of") for c in noun.children):
        return False
    compounds = [c for c in noun.children if c.dep_ in ("compound", "nmod")]
    if not compounds:
        return False
    from newsweave.extract.actors import resolve_np

    for comp in compounds:
        if comp.ent_type_ in ("GPE", "NORP"):
            return False
        if comp.pos_ == "PROPN":
            # a brand or a product reads as a thing ('Android', 'Wi-Fi 6'), a state or a
            # party as a party; the tagger often calls a product a PERSON, so its label is
            # not asked
            name = comp.doc[comp.left_edge.i:comp.right_edge.i + 1].text
            if not thing_phrase(name):
                return False
        elif resolve_np(comp, ctx) or not thing_phrase(noun_phrase(comp)):
            return False
    return True


def force_on_proposal(verb: Token) -> bool:
    """Rule `force_on_proposal`: 'shot down the proposal', 'killed the bill', 'torpedoed the
    deal': the object of the force is a proposal (proposal_classes of the event lexicon)."""
    from newsweave.extract.event_lexicon import classes_of

    thing = _thing_of_verb(verb)
    if thing is None:
        return False
    return bool(classes_of([thing]) & false_sense_words().proposal_classes)


def _fiction_noun(tok: Token) -> bool:
    return tok.lower_ in false_sense_words().fiction_words or \
        tok.lemma_.lower() in false_sense_words().fiction_words or \
        tok.ent_type_ == "WORK_OF_ART"


def told_as_fiction(tok: Token) -> bool:
    """Rule `told_as_fiction`: 'the film tells of rebels who attack a village', 'in the novel,
    the general invades': a clause on the trigger's way up to its sentence's root has a work
    of fiction as its subject, or is set 'in' one."""
    node, steps = tok, 0
    while steps < 8:
        steps += 1
        for c in node.children:
            if c.dep_ in ("nsubj", "nsubjpass") and _fiction_noun(c):
                return True
            if c.dep_ == "prep" and c.lower_ in ("in", "inside") and any(
                    p.dep_ == "pobj" and _fiction_noun(p) for p in c.children):
                return True
        if node.head.i == node.i:
            break
        node = node.head
    return False


_READER = frozenset({"you", "your", "yours", "yourself", "yourselves"})
_QUOTE_MARKS = frozenset('"\u201c\u201d\u2018')  # not the apostrophe of "they'll"


def reader_addressed(tok: Token) -> bool:
    """Rule `reader_addressed`: the trigger's own clause (its subtree) speaks to the reader
    ('you', 'your') and its sentence quotes nobody: the writer's pitch or advice, no event."""
    sent = tok.sent
    if any(ch in _QUOTE_MARKS for ch in sent.text):
        return False
    return any(t.lower_ in _READER for t in tok.subtree)


def named_product_object(verb: Token) -> bool:
    """Rule `named_product_object`: the verb's object is a name (tagged a person, or not
    tagged) whose words read as a product or a thing ('release a new MacBook Pro'); a
    company's name (ORG) is left alone ('sued Apple' is a suit)."""
    from newsweave.extract.event_syntax import object_of

    obj = object_of(verb)
    if obj is None or obj.pos_ != "PROPN" or obj.ent_type_ not in ("PERSON", ""):
        return False
    # a person's name seldom takes an article or an adjective ('a new MacBook Pro', not 'a
    # Bobi Wine'); the phrase with its modifiers is embedded ('opposition leader X' is a party)
    if not any(c.dep_ in ("det", "amod") for c in obj.children):
        return False
    return thing_phrase(obj.doc[obj.left_edge.i:obj.i + 1].text)


def false_sense(cand: Candidate, ctx: ActorContext) -> str | None:
    """The name of the rule that finds this candidate names no event, or None."""
    tok, etype = cand.trigger, cand.sense.get("type")
    if enabled("told_as_fiction") and told_as_fiction(tok):
        return "told_as_fiction"
    if enabled("reader_addressed") and reader_addressed(tok):
        return "reader_addressed"
    if tok.pos_ == "VERB" and etype not in false_sense_words().party_object_exempt_types and \
            enabled("named_product_object") and named_product_object(tok):
        return "named_product_object"
    if etype == "ASSAULT" and tok.pos_ == "VERB" and enabled("own_body_part") and \
            own_body_part(tok):
        return "own_body_part"
    if etype == "AGREE" and tok.pos_ == "VERB" and enabled("pledged_thing") and \
            pledged_thing(tok):
        return "pledged_thing"
    if tok.pos_ == "NOUN" and etype in false_sense_words().thing_compound_types and \
            enabled("thing_compound") and thing_compound(tok, ctx):
        return "thing_compound"
    return None


def drop_false_senses(candidates: list[Candidate], ctx: ActorContext) -> list[Candidate]:
    """The candidates no false-sense rule removes (each removal logged at debug level)."""
    kept: list[Candidate] = []
    for cand in candidates:
        if cand.sense.get("type") == "ASSAULT" and cand.trigger.pos_ == "VERB" and \
                enabled("force_on_proposal") and force_on_proposal(cand.trigger):
            # provenance: the lexicon sense, then this rule ("verbs:shoot#0>force_on_proposal")
            sense = {**cand.sense, "type": "REJECT", "mode": None,
                     "_rule": f"{cand.sense.get('_rule', cand.sense['type'])}"
                              ">force_on_proposal"}
            cand = replace(cand, sense=sense)
        rule = false_sense(cand, ctx)
        if rule is None:
            kept.append(cand)
        else:
            logger.debug("%s: %r is no event (%s)", rule, cand.trigger.text, cand.sense["_rule"]
                         if "_rule" in cand.sense else cand.sense.get("type"))
    return kept


def negative_adjunct(prep: Token) -> bool:
    """Rule `negative_adjunct`: 'At no time did X agree', 'in no way', 'under no
    circumstances': a preposition whose object is a time or manner noun with 'no'."""
    if not enabled("negative_adjunct") or prep.dep_ != "prep":
        return False
    nouns = false_sense_words().negative_adjunct_nouns
    return any(p.dep_ == "pobj" and p.lower_ in nouns and
               any(d.dep_ in ("det", "neg") and d.lower_ == "no" for d in p.children)
               for p in prep.children)
