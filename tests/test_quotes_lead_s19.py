"""False quotes from the lead's judged quote sample of session 19 (seed 1919; sentences made
up): a group's wondering in the past tense is a state of mind, not something said; history
and common sense never speak; anyone of a kind under "might" is no report; a relative clause
the parser hung on the cue is no clause reported."""

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


def test_history_and_common_sense_say_nothing(nlp: Any) -> None:
    # (quote_speakers.json non_speaker_nouns: before them, 'history' and 'Common sense' spoke)
    assert quotes_in(nlp, "Having raised the boy alone, history demanded she be in the front "
                          "row that night.") == []
    found = quotes_in(nlp, "Common sense says the bridge should have been closed, the mayor "
                           "said.")
    assert [q.speaker.name for q in found if q.speaker] == ["mayor"]


def test_anyone_of_a_kind_under_might_is_no_report(nlp: Any, ablated: Any) -> None:
    text = "A divorce lawyer might look at the file and suggest asking for more time."
    critics = "Critics could argue that the tax will hurt farmers."
    assert quotes_in(nlp, text) == []
    assert quotes_in(nlp, critics) == []
    ablated("generic_hypothetical_speaker")
    assert [q.speaker.name for q in quotes_in(nlp, text) if q.speaker] == ["divorce lawyer"]
    assert [q.speaker.name for q in quotes_in(nlp, critics) if q.speaker] == ["Critics"]


def test_a_reported_modal_and_a_definite_speaker_stay_reports(nlp: Any) -> None:
    found = quotes_in(nlp, "A spokesman said the talks might resume.")
    assert [q.text for q in found] == ["the talks might resume"]
    found = quotes_in(nlp, "A witness told police the car was red.")
    assert [q.text for q in found] == ["the car was red"]


def test_a_fronted_relative_clause_is_not_what_was_told(nlp: Any, ablated: Any) -> None:
    text = ("And in a short quote that will probably be lost to history, Dale Hume told the "
            "true story of the season in words that will outlast him.")
    assert quotes_in(nlp, text) == []
    ablated("fronted_relative_misparsed")
    assert [q.speaker.name for q in quotes_in(nlp, text) if q.speaker] == ["Dale Hume"]


def test_a_demonstrative_that_keeps_its_clause(nlp: Any) -> None:
    found = quotes_in(nlp, "That will never happen, the minister said.")
    assert [q.text for q in found] == ["That will never happen"]
