"""'X fell to Y': the one after the preposition took what the subject names."""

from __future__ import annotations

from typing import Any

import pytest

from newsweave.extract import analyze_doc
from newsweave.model import Article, stable_id

pytestmark = pytest.mark.slow


def events_of(nlp: Any, text: str) -> list[tuple[str, str | None, str | None, str | None]]:
    """(type, mode, actor name + description, recipient name) per event."""
    art = Article(article_id=stable_id("art", text), source="t.txt", text=text,
                  published="2021-08-20")
    found = analyze_doc(art, nlp(text)).events
    return [(e.type, e.mode,
             f"{e.actor.name} ({e.actor.description}, {e.actor.sector})" if e.actor else None,
             e.recipient.name if e.recipient else None) for e in found]


def test_a_town_falling_to_a_group_is_a_seizure_by_that_group(nlp: Any) -> None:
    text = ("Fighting spread across Syria. The town of Palmyra fell to Islamic State militants "
            "after a week of clashes.")
    (event,) = [e for e in events_of(nlp, text) if e[0] == "ASSAULT"]
    assert event[1] is None  # PLOVER's ASSAULT has no "seize" mode (plover_types.json)
    assert event[2] is not None and "Islamic State" in event[2] and "REB" in event[2]
    assert event[3] == "Syria"  # the state that held the town


def test_into_the_hands_of_names_the_taker(nlp: Any) -> None:
    text = "In Yemen the port city of Aden fell into the hands of Houthi rebels in March."
    assert any(e[0] == "ASSAULT" and e[2] is not None and "Houthi" in e[2]
               for e in events_of(nlp, text))


def test_falling_prices_or_sleep_are_not_events(nlp: Any) -> None:
    assert events_of(nlp, "Oil prices fell to a record low in April.") == []
    assert events_of(nlp, "The minister fell into a deep sleep on the flight.") == []
