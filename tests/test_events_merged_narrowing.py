"""Issue 11: evprecision6's false-sense rules narrowed after the session 13 merges; what each
rule was built for still holds on made-up sentences."""

from __future__ import annotations

from typing import Any

from event_helpers import events_of


def types(nlp: Any, text: str) -> list[str]:
    return [e.type for e in events_of(nlp, text)]


def test_force_on_an_abstract_object_stays_a_figure(nlp: Any) -> None:
    # abstract_target still drops force whose sense does not name its object's class
    assert "ASSAULT" not in types(nlp, "The minister attacked a loophole in Britain's tax "
                                       "code.")


def test_a_sense_naming_its_object_class_is_no_figure(nlp: Any) -> None:
    assert "ASSAULT" in types(nlp, "Hackers exploited a flaw in the bank's software.")


def test_a_relative_clause_on_an_object_is_still_background(nlp: Any) -> None:
    # described_participant: a that-relative (no subject of its own) describes the object
    assert "PROTEST" not in types(nlp, "The government withdrew the bill that sparked months "
                                       "of protests.")


def test_a_warning_from_a_party_is_no_mere_date(nlp: Any) -> None:
    # background_anchor keeps a speech act a party speaks ('from' a party)
    assert "THREATEN" in types(nlp, "Villagers fled after a warning from the Turkish army "
                                    "that the bridge would be bombed.")


def test_an_unowned_event_noun_still_only_dates(nlp: Any) -> None:
    assert "PROTEST" not in types(nlp, "The government recalled its ambassador after two "
                                       "nights of protests.")
