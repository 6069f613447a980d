"""More event types that carry to unseen news (issue #11), each on sentences we made up:
refusals of offers, persona non grata, aid flown in, requests for an extradition, weapons
handed in, internet blackouts; and what is no event: match reports, light verbs on their own."""

from __future__ import annotations

from typing import Any

import pytest

from event_helpers import events_of
from newsweave.model import Event

pytestmark = pytest.mark.slow


def typed(nlp: Any, text: str, etype: str) -> list[Event]:
    events = events_of(nlp, text)
    found = [e for e in events if e.type == etype]
    assert found, (text, [(e.type, e.trigger) for e in events])
    return found


def country(ref: Any) -> str | None:
    return ref.country if ref is not None else None


@pytest.mark.parametrize(("text", "etype"), [
    ("Turkey flew tents and blankets to flood-hit Libya.", "AID"),
    ("Armenia sought the extradition of a former minister from France.", "REQUEST"),
    ("Colombian rebels handed in their rifles to UN observers.", "RETREAT"),
    ("Kenya suspended mobile internet services in the north.", "COERCE"),
    ("Authorities in Uganda cut internet access ahead of the vote.", "COERCE"),
])
def test_a_new_general_sense_types_the_sentence(nlp: Any, text: str, etype: str) -> None:
    typed(nlp, text, etype)


def test_flying_to_a_capital_is_still_a_visit(nlp: Any) -> None:
    events = events_of(nlp, "The Belgian president flew to Kinshasa for talks.")
    assert "CONSULT" in {e.type for e in events} and "AID" not in {e.type for e in events}


@pytest.mark.parametrize(("text", "actor", "recipient"), [
    ("Chile did not accept Bolivia's offer of talks.", "CHL", "BOL"),
    ("Peru would not accept aid from Venezuela.", "PER", "VEN"),
    ("Afghanistan does not need Russian weapons, the ministry said.", "AFG", "RUS"),
])
def test_who_refuses_an_offer_rejects_whoever_made_it(nlp: Any, text: str, actor: str,
                                                      recipient: str) -> None:
    (event,) = typed(nlp, text, "REJECT")
    assert event.modality == "asserted"
    assert (country(event.actor), country(event.recipient)) == (actor, recipient)
    assert "AGREE" not in {e.type for e in events_of(nlp, text)}


def test_an_accepted_proposal_is_still_an_agreement(nlp: Any) -> None:
    typed(nlp, "Ghana accepted Togo's proposal for joint patrols.", "AGREE")


@pytest.mark.parametrize("text", [
    "Bolivia declared two Peruvian diplomats persona non grata.",
    "Moscow declared the Estonian consul persona non grata on Monday.",
])
def test_persona_non_grata_expels_the_diplomat(nlp: Any, text: str) -> None:
    (event,) = typed(nlp, text, "SANCTION")
    assert event.mode == "expel" and event.recipient is not None


def test_a_declared_emergency_is_no_expulsion(nlp: Any) -> None:
    events = events_of(nlp, "Chile declared a state of emergency in the north.")
    assert "SANCTION" not in {e.type for e in events}


@pytest.mark.parametrize("text", [
    "France beat Croatia 4-2 in the World Cup final in Moscow.",
    "Brazil attacked Argentina's defence from the first minute of the match.",
    "India defeated Pakistan by six wickets in the Asia Cup on Sunday.",
    "Germany will meet Spain in the semifinal in Doha.",
])
def test_a_match_report_has_no_event(nlp: Any, text: str) -> None:
    assert events_of(nlp, text) == []


def test_a_sports_report_keeps_its_arrests_but_not_its_fights(nlp: Any) -> None:
    text = ("Canada meet Mexico on Sunday in the playoff. Their coach said the league "
            "leaders were beaten twice last season, and the striker scored two goals. "
            "Police in Toronto arrested the Mexican goalkeeper Luis Ortega on Friday. "
            "Canada will attack Mexico from the start, the coach said.")
    events = events_of(nlp, text)
    # (without the sports rule: CONSULT meet and ASSAULT attack, Canada -> Mexico)
    assert {e.type for e in events} == {"COERCE"}


def test_the_army_still_defeats_rebels(nlp: Any) -> None:
    typed(nlp, "The Colombian army attacked a rebel camp near the border.", "ASSAULT")


def test_a_staged_attack_is_one_attack_with_the_stager_as_actor(nlp: Any) -> None:
    events = events_of(nlp, "Rebels in Mali staged an attack on an army base near Gao.")
    assert [e.trigger for e in events if e.type == "ASSAULT"] == ["attack"]
    assert all(e.trigger != "stag" for e in events)


@pytest.mark.parametrize("text", [
    "The Supreme Court struck down the state's abortion law on Friday.",
    "A federal judge struck down the travel ban.",
])
def test_striking_down_a_law_is_no_attack(nlp: Any, text: str) -> None:
    assert "ASSAULT" not in {e.type for e in events_of(nlp, text)}


def test_jets_striking_positions_still_attack(nlp: Any) -> None:
    typed(nlp, "Israeli jets struck Hamas positions in Gaza overnight.", "ASSAULT")


@pytest.mark.parametrize(("text", "asked", "not_events"), [
    ("Kenya demanded the release of two Kenyan journalists held in Uganda.", "REQUEST",
     {"RETREAT"}),
    ("Iraq requested the withdrawal of Turkish troops from Bashiqa.", "REQUEST", {"RETREAT"}),
    ("Russia threatened a full blockade of Moldova's ports.", "THREATEN", {"SANCTION",
                                                                         "COERCE"}),
])
def test_what_is_asked_for_or_threatened_has_not_happened(nlp: Any, text: str, asked: str,
                                                          not_events: set[str]) -> None:
    types = {e.type for e in events_of(nlp, text)}
    assert asked in types and not types & not_events


def test_a_participle_before_a_noun_is_no_new_event(nlp: Any) -> None:
    events = events_of(nlp, "Moscow returned 12 abducted Georgian shepherds to Tbilisi.")
    assert {e.type for e in events} == {"RETREAT"}


@pytest.mark.parametrize("text", [
    "The commentator agreed with their assessment of the champion.",
    "In a statement, the trade minister and the energy minister agreed.",
])
def test_agreeing_with_a_view_is_no_agreement(nlp: Any, text: str) -> None:
    assert "AGREE" not in {e.type for e in events_of(nlp, text)}


@pytest.mark.parametrize("text", [
    "Chile and Peru agreed on a new maritime boundary.",
    "Serbia agreed a gas deal with Hungary.",
    "Armenia and Azerbaijan agreed to swap detainees, Moscow said.",
])
def test_agreeing_to_on_or_a_deal_is_an_agreement(nlp: Any, text: str) -> None:
    typed(nlp, text, "AGREE")
