"""False quotes from the lead's judged quote sample of session 19 (seed 1919; sentences made
up): a group's wondering in the past tense is a state of mind, not something said."""

from __future__ import annotations

from typing import Any

from quote_helpers import quotes_in

WONDERED = "Fans who loved the old host wondered how they would take to the new one."


def test_a_group_that_wondered_said_nothing(nlp: Any, ablated: Any) -> None:
    assert quotes_in(nlp, WONDERED) == []
    ablated("group_musing_past")
    assert [q.speaker.name for q in quotes_in(nlp, WONDERED) if q.speaker] == ["Fans"]


def test_wondering_aloud_is_still_said(nlp: Any) -> None:
    found = quotes_in(nlp, "Residents wondered aloud whether the plant would ever reopen.")
    assert [q.text for q in found] == ["the plant would ever reopen"]


def test_the_present_tense_rule_is_unchanged(nlp: Any) -> None:
    assert quotes_in(nlp, "Many voters wonder whether the deal will hold.") == []
