"""Patterns found reading the misses of the seventh development set (issue 13,
tests/data/fresh7_quotes). Every text here is made up."""

from __future__ import annotations

from typing import Any

import pytest

from newsweave.model import Quote
from quote_helpers import quotes_in

pytestmark = pytest.mark.slow


def speakers_of(found: list[Quote], words: str) -> list[str | None]:
    hits = [q for q in found if words in q.text]
    assert hits, [(q.kind, q.speaker.name if q.speaker else None, q.text) for q in found]
    return [q.speaker.name if q.speaker else None for q in hits]


@pytest.mark.parametrize(("text", "words", "speaker"), [
    # 'he' reports a clause that names Smith: he is not Smith but the officer before
    ("Officer Tom Baker said the driver was speeding. Smith was out on bail at the time, "
     "he said.", "Smith was out on bail", "Tom Baker"),
    # the same with the cue first
    ("Coach Mary Jones praised the team. She said Anna Berg had played her best game.",
     "Anna Berg had played", "Mary Jones"),
    # and with a name the pronoun would otherwise take as the latest subject
    ("Paul Novak, a police spokesman, said the road was closed. Later he said Eric Dunn had "
     "been driving without a licence.", "Eric Dunn had been driving", "Paul Novak"),
])
def test_a_pronoun_speaker_is_not_a_person_named_in_what_it_reports(
        nlp: Any, text: str, words: str, speaker: str) -> None:
    assert set(speakers_of(quotes_in(nlp, text), words)) == {speaker}


@pytest.mark.parametrize(("text", "words", "speaker"), [
    # the clause names no one: the pronoun keeps the latest subject
    ("Paul Kerr finished the race in Boston. He said he was tired but happy.",
     "he was tired", "Paul Kerr"),
    # a name inside quotation marks does not bind the pronoun ('I beat Smith,' he said)
    ("Leo Grant won the final in three sets. \"I knew Sam Ortiz would fight back,\" he said.",
     "I knew Sam Ortiz would fight back", "Leo Grant"),
])
def test_a_pronoun_speaker_keeps_its_antecedent_when_the_report_does_not_name_it(
        nlp: Any, text: str, words: str, speaker: str) -> None:
    assert set(speakers_of(quotes_in(nlp, text), words)) == {speaker}
