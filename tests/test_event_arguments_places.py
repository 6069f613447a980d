"""Recipients an event's places tell, on sentences we wrote: the state a town that was hit is
in, where forces are sent, whom a threatened act would hit, the country where unnamed people
underwent an act, and an attack noun standing for its attacker. A deployment at home, a
threat against the threatener's own state and a place the sentence does not name give none."""

from __future__ import annotations

from typing import Any

import pytest

from event_helpers import events_of
from newsweave.model import Event

pytestmark = pytest.mark.slow


def recipients(events: list[Event], etype: str) -> set[tuple[str | None, str | None]]:
    """(actor country, recipient country) of one type's events."""
    return {(e.actor.country if e.actor else None,
             e.recipient.country if e.recipient else None) for e in events if e.type == etype}


@pytest.mark.parametrize(("text", "pair"), [
    ("Syrian jets bombed a market in Idlib on Sunday.", ("SYR", "SYR")),
    ("Russian missiles struck a power plant in Kharkiv overnight.", ("RUS", "UKR")),
    ("Chadian troops shelled the outskirts of Maiduguri.", ("TCD", "NGA")),
])
def test_a_town_that_was_hit_gives_its_state(nlp: Any, text: str,
                                             pair: tuple[str, str]) -> None:
    events = [e for e in events_of(nlp, text) if e.type == "ASSAULT"]
    found = recipients(events, "ASSAULT")
    if pair[0] == pair[1]:
        # a town of the attacker's own country: who holds it is not said, so not the state
        # but the people there (domestic_place, session 10)
        assert events and all(e.recipient is None or e.recipient.sector == "CIV"
                              for e in events), events
    else:
        assert pair in found


def test_the_rule_can_be_switched_off(nlp: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    from newsweave.extract import ablation

    text = "Russian missiles struck a power plant in Kharkiv overnight."
    monkeypatch.setenv(ablation.ABLATE_ENV, "attacked_town")
    assert ("RUS", "UKR") not in recipients(events_of(nlp, text), "ASSAULT")


@pytest.mark.parametrize(("text", "pair"), [
    ("Greece deployed troops near Turkey's border on Monday.", ("GRC", "TUR")),
    ("Chile sent 3,000 soldiers to its border with Bolivia.", ("CHL", "BOL")),
    ("Algerian troops were deployed to a base near the Malian border.", ("DZA", "MLI")),
])
def test_forces_sent_towards_another_state(nlp: Any, text: str,
                                           pair: tuple[str, str]) -> None:
    assert pair in recipients(events_of(nlp, text), "MOBILIZE")


def test_a_deployment_at_home_aims_at_nobody(nlp: Any) -> None:
    found = recipients(events_of(nlp, "Chile sent 3,000 soldiers to Santiago."), "MOBILIZE")
    assert found and all(r in (None,) for _a, r in found)


@pytest.mark.parametrize(("text", "pair"), [
    ("Iran threatened to fire missiles over Bahrain if the drills went ahead.",
     ("IRN", "BHR")),
    ("Mexico threatened to impose tariffs on all Canadian steel.", ("MEX", "CAN")),
    ("Serbia warned it could launch an offensive into northern Kosovo.", ("SRB", "XKX")),
    ("Egypt vowed swift retaliation against Ethiopia over the dam.", ("EGY", "ETH")),
])
def test_whom_a_threatened_act_would_hit(nlp: Any, text: str,
                                         pair: tuple[str | None, str]) -> None:
    found = recipients(events_of(nlp, text), "THREATEN")
    assert any(r == pair[1] for _a, r in found)


@pytest.mark.parametrize(("text", "etype", "country"), [
    ("Gunmen killed 14 farmers in Zamfara state on Tuesday.", "ASSAULT", "NGA"),
    ("Riot police detained 30 students in Seville after the march.", "COERCE", "ESP"),
])
def test_unnamed_people_take_the_country_where_it_happened(nlp: Any, text: str, etype: str,
                                                           country: str) -> None:
    assert any(r == country for _a, r in recipients(events_of(nlp, text), etype))


def test_unnamed_people_with_no_place_stay_without_country(nlp: Any) -> None:
    found = recipients(events_of(nlp, "Gunmen killed 14 farmers on Tuesday."), "ASSAULT")
    assert found and all(r is None for _a, r in found)


def test_an_attack_noun_stands_for_its_attacker(nlp: Any) -> None:
    found = recipients(events_of(
        nlp, "A Jordanian air strike killed a senior Islamic State commander."), "ASSAULT")
    assert ("JOR", None) in found or any(a == "JOR" and r is not None for a, r in found)
