"""False events of session 18 (evprec14), the senses judged wrong most often in a census of the
events emitted on real ECB+ news (benchmarks/ecbplus_event_census.py); the sentences here are
made up. Thanks addressed to 'you' are a courtesy, what a generic doer has to do is a rule in
force, a talk with one's own family or staff is private, a vehicle striking someone is a road
accident, agreeing 'in' a hearing or 'in' a statement is no accord ('agreed in principle'
is), 'barring' a defeat means 'unless', a place 'favored by' someone is described, a club that
'assured that' its players stay made sure of it, and a person seeking help at a clinic is a
patient. Each rule is switched off once (NEWSWEAVE_ABLATE) to show the test depends on it, and each
has a true event next to it that must stay."""

from __future__ import annotations

from typing import Any

import pytest

from event_helpers import events_of
from newsweave.extract.ablation import known_rules
from newsweave.model import Event

RULES = ("politeness_formula", "generic_obligation", "own_circle_talk", "vehicle_strike",
         "own_prep_object", "barring_condition", "favored_description", "ensured_outcome",
         "treatment_sought", "amount_first_object", "shared_object_not")


def types_of(events: list[Event]) -> list[str]:
    return sorted(e.type for e in events)


def test_every_rule_can_be_switched_off() -> None:
    assert set(RULES) <= known_rules()


# (rule, made-up sentence, the false type it must drop)
CASES = [
    ("politeness_formula",
     "Club owner Max Tiller said he would appreciate it if fans stayed away from the "
     "training ground this week.", "SUPPORT"),
    ("generic_obligation",
     "Since 1995, ministries have had to consult independent ecologists before they approve "
     "a dam.", "CONSULT"),
    ("generic_obligation",
     "Under the old rule there was no need for a state agency to consult with the coast guard "
     "before dredging a river.", "CONSULT"),
    ("own_circle_talk",
     "Goalkeeper Tomas Varga said he had talked to his father about the move.", "CONSULT"),
    ("vehicle_strike",
     "Ana Ruiz, 61, died on Friday when she was struck by Mark Dole's car outside a "
     "supermarket.", "ASSAULT"),
    ("own_prep_object",
     "In a joint letter, the two senators agreed.", "AGREE"),
    ("barring_condition",
     "Coach Reggie Dunn should keep his job, barring a heavy defeat to the Hawks on Sunday.",
     "COERCE"),
    ("favored_description",
     "The hotel is a quiet retreat favored by actors Mira Holt and Dana Coles.", "SUPPORT"),
    ("ensured_outcome",
     "The Hawks signed Tom Berg and then assured that their best players would stay by "
     "signing them to new contracts.", "AGREE"),
    ("treatment_sought",
     "The actress Mira Holt is seeking help at a treatment centre in Utah.", "REQUEST"),
]


@pytest.mark.parametrize(("rule", "text", "false"), CASES)
def test_the_false_event_is_dropped(nlp: Any, rule: str, text: str, false: str) -> None:
    assert false not in types_of(events_of(nlp, text)), rule


@pytest.mark.parametrize(("rule", "text", "false"), [c for c in CASES
                                                      if c[0] != "own_prep_object"])
def test_the_rule_is_what_drops_it(nlp: Any, ablated: Any, rule: str, text: str,
                                   false: str) -> None:
    # "would appreciate it if ...": conditional_only (session 21b) drops it too
    ablated(rule, *(["conditional_only"] if rule == "politeness_formula" else []))
    assert false in types_of(events_of(nlp, text)), rule


TRUE_EVENTS = [
    # thanks from one party to another
    ("Kyiv thanked Oslo for its support for the grain corridor.", "SUPPORT"),
    # a specific party's past obligation told as done
    ("The two ministries had to consult each other before the vote.", "CONSULT"),
    # a talk with a counterpart
    ("The foreign minister talked with his French counterpart on Monday.", "CONSULT"),
    # a car driven by an attacker: the attacker struck
    ("A gunman struck two policemen with an iron bar near the embassy.", "ASSAULT"),
    # a ban, a stance, an assurance to a party, help sought from a party
    ("Police barred protesters from entering the square.", "COERCE"),
    ("Senator Dana Coles favored the bill.", "SUPPORT"),
    ("The minister assured Kyiv that the weapons would arrive soon.", "AGREE"),
    ("Moscow promised that its troops would leave the border zone by Friday.", "AGREE"),
    ("Ukraine sought help from its allies after the strike.", "REQUEST"),
    # agreeing in principle is an accord
    ("The two governments agreed in principle on a prisoner swap.", "AGREE"),
]


@pytest.mark.parametrize(("text", "etype"), TRUE_EVENTS)
def test_a_true_event_next_to_the_rules_stays(nlp: Any, text: str, etype: str) -> None:
    assert etype in types_of(events_of(nlp, text)), text


# ---------------------------------------------------------------- amount_first_object (recall)

FINED = "The regulator fined a bank 40 million pounds."


def test_the_first_of_two_objects_is_the_party_fined(nlp: Any) -> None:
    fines = [e for e in events_of(nlp, FINED) if e.type == "SANCTION"]
    assert fines and fines[0].recipient is not None and fines[0].recipient.name == "bank"


def test_the_rule_is_what_finds_the_party_fined(nlp: Any, ablated: Any) -> None:
    ablated("amount_first_object")
    assert "SANCTION" not in types_of(events_of(nlp, FINED))


# ---------------------------------------------------------------- lexicon data (session 18)
# Senses narrowed in the lexicons, no switch of their own: each sentence made an event before
# the change (destroy had no object condition; refuse's intake_objects had no surgery).

DATA_CASES = [
    ("The accountant Tom Berg destroyed the company's records before the raid.", "ASSAULT"),
    ("Tom Berg destroyed or hid evidence throughout the inquiry.", "ASSAULT"),
    ("Mira Holt refused surgery, her sister told the court.", "REJECT"),
]


@pytest.mark.parametrize(("text", "false"), DATA_CASES)
def test_a_narrowed_sense_makes_no_event(nlp: Any, text: str, false: str) -> None:
    assert false not in types_of(events_of(nlp, text)), text


def test_destroying_a_place_is_still_an_attack(nlp: Any) -> None:
    text = "Rebels destroyed the records office of the town council."
    assert "ASSAULT" in types_of(events_of(nlp, text))


def test_the_shared_object_is_what_the_narrowed_sense_sees(nlp: Any, ablated: Any) -> None:
    ablated("shared_object_not")
    text = "Tom Berg destroyed or hid evidence throughout the inquiry."
    assert "ASSAULT" in types_of(events_of(nlp, text))
