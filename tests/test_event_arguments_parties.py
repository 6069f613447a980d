"""Parties of events the argument rules now find, on sentences we wrote: an organisation the
tagger missed, the one a sanction punishes (a party as object, or a thing's owner), 'out of'
a country, aid spent in another state, who travels for talks, victims given aid. Its own
envoy is no recipient of a recall; aid spent at home has no recipient."""

from __future__ import annotations

from typing import Any

import pytest

from event_helpers import events_of
from newsweave.model import Event

pytestmark = pytest.mark.slow


def pairs(events: list[Event], etype: str) -> set[tuple[str | None, str | None]]:
    """(actor name or country, recipient country) of one type's events."""
    return {(e.actor.country or e.actor.name if e.actor else None,
             e.recipient.country if e.recipient else None) for e in events if e.type == etype}


def test_an_organisation_the_tagger_missed_acts(nlp: Any) -> None:
    found = pairs(events_of(nlp, "Coastal Rights Watch urged Peruvian authorities to free "
                                 "the fishermen."), "REQUEST")
    assert ("Coastal Rights Watch", "PER") in found


@pytest.mark.parametrize(("text", "pair"), [
    ("A Cairo court convicted nine Sudanese activists of espionage.", ("EGY", "SDN")),
    ("The Treasury Department blacklisted Myanmar's state oil company.", ("USA", "MMR")),
])
def test_the_party_a_sanction_punishes(nlp: Any, text: str, pair: tuple[str, str]) -> None:
    assert pair in pairs(events_of(nlp, text), "SANCTION")


def test_a_recall_out_of_a_country(nlp: Any) -> None:
    found = pairs(events_of(nlp, "Lima pulled its ambassador out of Mexico on Friday."),
                  "SANCTION")
    assert ("PER", "MEX") in found and ("PER", "PER") not in found


@pytest.mark.parametrize(("text", "pair"), [
    ("Norway financed a new water plant in Malawi with a $20 million grant.", ("NOR", "MWI")),
    ("Japan donated 5,000 tonnes of rice to flood victims in Bangladesh.", ("JPN", "BGD")),
])
def test_aid_goes_where_it_is_spent(nlp: Any, text: str, pair: tuple[str, str]) -> None:
    assert pair in pairs(events_of(nlp, text), "AID")


def test_aid_spent_at_home_has_no_recipient_state(nlp: Any) -> None:
    found = pairs(events_of(nlp, "Norway financed a new water plant in Bergen."), "AID")
    assert ("NOR", "NOR") not in found


def test_who_travels_for_talks_holds_them(nlp: Any) -> None:
    found = pairs(events_of(nlp, "Indian Foreign Minister Rohan Mehta arrived in Cairo for "
                                 "talks with Egyptian leaders."), "CONSULT")
    assert ("IND", "EGY") in found


def test_whose_appeal_was_refused(nlp: Any) -> None:
    events = [e for e in events_of(nlp, "Peru's top court refused to hear Pedro Castillo's "
                                        "appeal.") if e.type == "REJECT"]
    assert [e.recipient.name for e in events if e.recipient] == ["Pedro Castillo"]


def test_victims_are_given_aid_but_never_act(nlp: Any) -> None:
    assert not [e for e in events_of(nlp, "The verdict ends years of waiting since his "
                                          "arrest, angering victims' relatives.")
                if e.actor is not None and e.actor.name == "victims"]
