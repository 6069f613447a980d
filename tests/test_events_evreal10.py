"""Real-news event rules of evreal10 (session 14, issue 11), each on made-up articles: the act
a verdict of guilt names ('was found guilty of wounding X') is done by the one found guilty."""

from __future__ import annotations

from typing import Any

import pytest

from event_helpers import events_of
from newsweave.model import Event

pytestmark = pytest.mark.slow

DATELINE = "BRNO, Czech Republic (AP) — "


def attacks(nlp: Any, text: str) -> list[Event]:
    return [e for e in events_of(nlp, DATELINE + text) if e.type == "ASSAULT"]


@pytest.mark.parametrize("text", [
    "Tomas Kral, 24, was found guilty on Monday of stabbing Petr Horak outside a bar.",
    "Tomas Kral, 24, was found guilty of stabbing Petr Horak and wounding Jan Blaha.",
    "A jury found Tomas Kral guilty of stabbing Petr Horak outside a bar.",
])
def test_the_one_found_guilty_did_the_act(nlp: Any, ablated: Any, text: str) -> None:
    found = [e for e in attacks(nlp, text)
             if e.recipient is not None and e.recipient.name == "Petr Horak"]
    assert [e.actor.name if e.actor else None for e in found] == ["Tomas Kral"]
    assert found[0].modality == "asserted"


@pytest.mark.parametrize("text", [
    "Tomas Kral, 24, was found guilty of stabbing Petr Horak and wounding Jan Blaha.",
    "A jury found Tomas Kral guilty of stabbing Petr Horak outside a bar.",
])
def test_without_the_rule_the_act_has_no_doer(nlp: Any, ablated: Any, text: str) -> None:
    ablated("guilty_of_act")
    assert not [e for e in attacks(nlp, text) if e.actor is not None and
                e.actor.name == "Tomas Kral" and e.recipient is not None and
                e.recipient.name == "Petr Horak"]


def test_found_not_guilty_tells_no_act(nlp: Any) -> None:
    text = "A jury found Tomas Kral not guilty of stabbing Petr Horak outside a bar."
    assert not [e for e in attacks(nlp, text) if e.actor is not None]
