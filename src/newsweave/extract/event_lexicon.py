"""The event lexicons as loaded data, and the records the event stages pass on.

The trigger lexicon (lexicons/event_lexicon.json, schema-checked on load), the PLOVER types
(lexicons/plover_types.json) and the reporting verbs; the word classes a token belongs to; a
trigger `Candidate` and an `Arg` (an actor reference with the token it was read from).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from newsweave.extract.event_syntax import hyphenated_noun
from newsweave.extract.lexicon import load_json
from newsweave.model import ActorRef

if TYPE_CHECKING:
    from spacy.tokens import Token


@functools.lru_cache(maxsize=1)
def lexicon() -> dict[str, Any]:
    lex = dict(load_json("event_lexicon.json"))
    lex["class_of"] = {}
    for cls, words in lex["classes"].items():
        for w in words:
            lex["class_of"].setdefault(w, set()).add(cls)
    lex["entity_classes"] = {label: frozenset(classes)
                             for label, classes in lex["entity_classes"].items()}
    for key in ("do_verbs", "receiver_verbs", "obtained_from_verbs", "control_verbs",
                "reject_when_negated", "answer_verbs", "asking_nouns", "civil_body_sectors",
                "foreign_expelled_sectors", "court_sentence_verbs", "ignore_predicates",
                "judged_quality_nouns", "relational_party_nouns", "stand_in_subjects",
                "bound_breaking_verbs", "belief_head_verbs"):
        lex[key] = frozenset(lex[key])
    return lex


@functools.lru_cache(maxsize=1)
def plover_types() -> dict[str, Any]:
    return dict(load_json("plover_types.json")["types"])


@functools.lru_cache(maxsize=1)
def reporting_verbs() -> frozenset[str]:
    return frozenset(load_json("modality.json")["reporting_verbs"])


@dataclass
class Candidate:
    trigger: Token
    sense: dict[str, Any]
    method: str = "lexicon"
    confidence: float = 1.0


Arg = tuple[ActorRef, "Token"]


# ----------------------------------------------------------------------------- senses


def words_in(tokens: list[Token]) -> set[str]:
    out: set[str] = set()
    for t in tokens:
        out.add(t.lower_)
        out.add(t.lemma_.lower())
    return out


def classes_of(tokens: list[Token]) -> set[str]:
    """The word classes of these tokens: by their words, and by the kind of name the parser
    saw (entity_classes: "$2 billion" is money, "five Americans" a named group)."""
    lex = lexicon()
    class_of = lex["class_of"]
    out: set[str] = set()
    for w in words_in(tokens):
        out |= class_of.get(w, set())
    for t in tokens:
        if t.ent_type_:
            out.update(lex["entity_classes"].get(t.ent_type_, ()))
        joined = hyphenated_noun(t)
        if joined is not None:  # "the cease-fire", split by the tokenizer
            out |= class_of.get(joined, set()) | class_of.get(joined.replace("-", ""), set())
    return out
