"""Wrong senses and extra events of session 13 (evprec7), found on the wire sentence suites (one
reported event a sentence; tests/data/event_wire_precision_dev.jsonl and the earlier suites);
the sentences here are made up. A withdrawal from a town under a deal rejects no deal, and a
demand that a refusal or a concession answers is its topic, not a second report. Each rule is
switched off once (NEWSWEAVE_ABLATE) to show the test depends on it, and each has a true event
next to it that must stay."""

from __future__ import annotations

from typing import Any

import pytest

from event_helpers import events_of
from newsweave.extract.ablation import ABLATE_ENV, known_rules
from newsweave.model import Event

RULES = ("own_prep_object", "answered_demand")


def types_of(events: list[Event]) -> list[str]:
    return sorted(e.type for e in events)


def test_every_rule_can_be_switched_off() -> None:
    assert set(RULES) <= known_rules()


# ---------------------------------------------------------------- own_prep_object

LEFT_TOWN = "Government troops withdrew from the river port of Kaldera under the truce accord."


def test_leaving_a_town_under_a_deal_is_a_retreat(nlp: Any) -> None:
    assert types_of(events_of(nlp, LEFT_TOWN)) == ["RETREAT"]


def test_the_rule_is_what_keeps_the_deal_out(nlp: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ABLATE_ENV, "own_prep_object")
    assert "REJECT" in types_of(events_of(nlp, LEFT_TOWN))


def test_leaving_the_deal_itself_is_a_rejection(nlp: Any) -> None:
    """Near miss: the deal is what the 'from' phrase names."""
    text = "The Kaldera government withdrew from the water-sharing accord on Tuesday."
    assert "REJECT" in types_of(events_of(nlp, text))


# ---------------------------------------------------------------- answered_demand

REFUSED = "The port authority rejected the dockworkers' demand for a shorter week."
BOWED = "The cabinet bowed to the farmers' demands and dropped the new diesel levy."


def test_a_refused_demand_is_the_refusal_alone(nlp: Any) -> None:
    assert types_of(events_of(nlp, REFUSED)) == ["REJECT"]


def test_a_demand_given_in_to_is_the_concession_alone(nlp: Any) -> None:
    assert "REQUEST" not in types_of(events_of(nlp, BOWED))
    assert "CONCEDE" in types_of(events_of(nlp, BOWED))


def test_the_rule_is_what_drops_the_answered_demand(nlp: Any,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ABLATE_ENV, "answered_demand")
    assert "REQUEST" in types_of(events_of(nlp, BOWED))


def test_a_demand_made_beside_a_refusal_stays(nlp: Any) -> None:
    """Near miss: the demand is made in the sentence, not answered by the refusal."""
    text = "The opposition bloc called for early elections and rejected the new budget."
    assert types_of(events_of(nlp, text)) == ["REJECT", "REQUEST"]


def test_a_demand_told_with_its_askers_stays(nlp: Any) -> None:
    """Near miss: 'calls by X' tells the demand as a report of its own."""
    text = ("The prime minister has rejected calls by opposition leaders to hold an early "
            "vote.")
    assert "REQUEST" in types_of(events_of(nlp, text))
