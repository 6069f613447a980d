"""Event senses of whole real articles typed or left out (issue #11, evtypes session 8), each
on sentences we made up: mounting calls for a leader to quit are requests; meeting a standard
is no meeting, standing beside people no support, walking back to a square no concession."""

from __future__ import annotations

from typing import Any

import pytest

from event_helpers import events_of

pytestmark = pytest.mark.slow


def types_of(nlp: Any, text: str) -> set[str]:
    return {e.type for e in events_of(nlp, text)}


@pytest.mark.parametrize("text", [
    "Bolivian unions stepped up calls for the energy minister to resign.",
    "Peruvian students renewed calls for the minister to resign.",
])
def test_calls_for_someone_to_act_are_requests(nlp: Any, text: str) -> None:
    events = [e for e in events_of(nlp, text) if e.type == "REQUEST"]
    assert events and events[0].actor is not None


@pytest.mark.parametrize(("text", "present", "absent"), [
    ("Kazakhstan can meet Western standards of democracy, the president said.", None,
     "CONSULT"),
    ("Chile met its emission targets last year.", None, "CONSULT"),
    ("The Kazakh president met the Chinese foreign minister in Astana.", "CONSULT", None),
    ("Ramos was standing near the bakery with three friends.", None, "SUPPORT"),
    ("Poland stands with Ukraine, the Polish president said.", "SUPPORT", None),
    ("The Chilean protesters eventually backtracked to the square.", None, "CONCEDE"),
    ("The Chilean government backtracked on the fuel tax.", "CONCEDE", None),
])
def test_a_sense_holds_only_in_its_own_frame(nlp: Any, text: str, present: str | None,
                                             absent: str | None) -> None:
    found = types_of(nlp, text)
    assert present is None or present in found, (text, found)
    assert absent is None or absent not in found, (text, found)


def modality_of_type(nlp: Any, text: str, etype: str) -> str:
    (event,) = [e for e in events_of(nlp, text) if e.type == etype]
    return event.modality


@pytest.mark.parametrize(("text", "etype", "modality"), [
    # a conjunct with its own subject is not under what its head's subject prepared
    ("Two Greek ministers prepared to leave for Brussels and Greek riot police fired tear "
     "gas on the marchers.", "ASSAULT", "asserted"),
    ("The Greek minister refused to resign and Greek police arrested the protest leaders.",
     "COERCE", "asserted"),
    # ... while a shared subject shares it
    ("Greek unions will strike on Monday.", "PROTEST", "planned"),
    # an event noun on a calendar is still to come
    ("A separate protest by Greek students is scheduled in western Athens.", "PROTEST",
     "planned"),
    ("A major rally by Greek unions is expected on Friday.", "PROTEST", "planned"),
    ("A major rally by Greek unions took place on Friday.", "PROTEST", "asserted"),
    # a participle describing a noun is the writer's aside, not under a denial around it
    ("The UN denied Israeli claims that there were militants in the school bombed by Israel "
     "on Tuesday.", "ASSAULT", "asserted"),
    ("Israel denied that its jets bombed the school.", "ASSAULT", "denied"),
])
def test_modality_follows_the_clause_of_the_event(nlp: Any, text: str, etype: str,
                                                  modality: str) -> None:
    assert modality_of_type(nlp, text, etype) == modality


@pytest.mark.parametrize(("text", "accuser", "accused"), [
    ("The UN rejected Israeli claims that Hamas militants attacked Israeli troops from the "
     "school.", "ISR", "PSE"),
    ("Peru's claim that Chile attacked its border post angered Santiago.", "PER", "CHL"),
])
def test_a_claim_noun_telling_a_hostile_act_accuses_its_author(nlp: Any, text: str,
                                                              accuser: str,
                                                              accused: str) -> None:
    accusations = [e for e in events_of(nlp, text) if e.type == "ACCUSE"]
    assert [(e.actor.country if e.actor else None, e.recipient.country if e.recipient
             else None) for e in accusations] == [(accuser, accused)]
    assert accusations[0].modality == "asserted"  # made, even if others reject it


@pytest.mark.parametrize("text", [
    "There were Israeli claims that the meeting was cancelled.",
    "Peru's claim that the border post was empty angered Santiago.",
])
def test_a_claim_noun_of_no_hostile_act_accuses_nobody(nlp: Any, text: str) -> None:
    assert "ACCUSE" not in types_of(nlp, text)
