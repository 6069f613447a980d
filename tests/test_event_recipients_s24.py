"""Recipients of wire events of session 24 (evwire24); the sentences are made up.
One noun whose nationality modifier is coordinated ('the Thai and Cambodian defence chiefs
met') names two parties of a mutual act, each the other's partner or foe; a street protest at
a state's embassy or consulate is aimed at the state the mission represents, not at the host
state where it stands. Each switchable rule is switched off once to show the test depends on
it, and each has a reading it must leave alone next to it."""

from __future__ import annotations

from typing import Any

import pytest

from event_helpers import events_of
from newsweave.extract.ablation import known_rules
from newsweave.model import Event

RULES = ("coordinated_modifier_partner", "protested_mission")


def test_every_rule_can_be_switched_off() -> None:
    assert set(RULES) <= known_rules()


def _pairs(events: list[Event], etype: str) -> set[tuple[str | None, str | None]]:
    return {(e.actor.country if e.actor else None, e.recipient.country if e.recipient else None)
            for e in events if e.type == etype}


# ------------------------------------------------------------- coordinated modifier partners

PARTNERS = [
    ("The Peruvian and Chilean intelligence chiefs met in Lima on Monday to discuss smuggling.",
     "CONSULT", ("PER", "CHL")),
    ("Norwegian and Swedish police coordinated a search for 40 migrants lost at sea.",
     "COOPERATE", ("NOR", "SWE")),
    ("Indian and Pakistani border guards clashed near the river on Monday.",
     "ASSAULT", ("IND", "PAK")),
]


@pytest.mark.parametrize(("text", "etype", "pair"), PARTNERS)
def test_the_conjuncts_of_one_nationality_modifier_are_each_others_party(
        nlp: Any, ablated: Any, text: str, etype: str, pair: tuple[str, str]) -> None:
    events = events_of(nlp, text)
    assert pair in _pairs(events, etype), (text, _pairs(events, etype))
    assert any("coordinated_modifier_partner" in e.rules for e in events if e.type == etype)
    ablated("coordinated_modifier_partner")
    assert pair not in _pairs(events_of(nlp, text), etype)


def test_a_fight_between_the_two_is_told_both_ways(nlp: Any) -> None:
    events = events_of(nlp, "Indian and Pakistani border guards clashed near the river.")
    assert {("IND", "PAK"), ("PAK", "IND")} <= _pairs(events, "ASSAULT")


def test_a_third_party_they_fight_stays_the_recipient(nlp: Any) -> None:
    """'Kenyan and Somali troops fought militants': the object is the foe, not each other."""
    events = events_of(nlp, "Kenyan and Somali troops fought militants in the south.")
    pairs = _pairs(events, "ASSAULT")
    assert pairs and ("KEN", "SOM") not in pairs and ("SOM", "KEN") not in pairs, pairs


def test_a_one_sided_act_of_a_joint_force_pairs_no_one(nlp: Any) -> None:
    events = events_of(nlp, "Kenyan and Somali troops attacked militant camps in the south.")
    pairs = _pairs(events, "ASSAULT")
    assert pairs and ("KEN", "SOM") not in pairs, pairs


def test_a_named_partner_with_a_country_is_kept(nlp: Any) -> None:
    events = events_of(nlp, "The Peruvian and Chilean envoys held talks with Bolivia.")
    assert ("PER", "BOL") in _pairs(events, "CONSULT"), _pairs(events, "CONSULT")


def test_one_nationality_is_no_pair(nlp: Any) -> None:
    events = events_of(nlp, "Peruvian officials met in Lima on Monday to discuss smuggling.")
    assert all(r is None or r != "PER" for _a, r in _pairs(events, "CONSULT"))
    assert not any("coordinated_modifier_partner" in e.rules for e in events)


# ------------------------------------------------------------------ a protest at an embassy

MISSIONS = [
    ("Hundreds of students rallied outside the Peruvian embassy in Quito on Friday.", "PER"),
    ("Activists protested in front of the Norwegian consulate in Madrid over the fishing quota.",
     "NOR"),
    ("Dozens of farmers gathered outside the embassy of Chile in Lima to protest the tariffs.",
     "CHL"),
]


@pytest.mark.parametrize(("text", "country"), MISSIONS)
def test_a_protest_at_an_embassy_is_aimed_at_the_state_it_represents(
        nlp: Any, ablated: Any, text: str, country: str) -> None:
    protests = [e for e in events_of(nlp, text) if e.type == "PROTEST"]
    assert protests and protests[0].recipient is not None, text
    rec = protests[0].recipient
    assert rec.country == country and "protested_mission" in rec.rules, (text, rec)
    ablated("protested_mission")
    protests = [e for e in events_of(nlp, text) if e.type == "PROTEST"]
    assert all(e.recipient is None or e.recipient.country != country for e in protests), text


def test_a_protest_at_home_stays_aimed_at_the_host_state(nlp: Any) -> None:
    protests = [e for e in events_of(nlp, "Thousands of students rallied outside parliament "
                                     "in Quito on Friday.") if e.type == "PROTEST"]
    assert protests and protests[0].recipient is not None
    assert protests[0].recipient.country == "ECU"
    assert "protested_mission" not in protests[0].recipient.rules


def test_an_embassy_of_no_stated_country_tells_none(nlp: Any) -> None:
    protests = [e for e in events_of(nlp, "Hundreds of students rallied outside the embassy "
                                     "in Quito on Friday.") if e.type == "PROTEST"]
    assert all(e.recipient is None or "protested_mission" not in e.recipient.rules
               for e in protests)
