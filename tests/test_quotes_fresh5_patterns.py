"""Patterns found reading the misses of the fifth development set (issue 13): who a pronoun
means after a reported clause, quotation marks closed with a space, and more. Every text
here is made up."""

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
    # the subject inside what Okafor reported is not who "he" is in the next sentence
    ("A neighbour, Daniel Okafor, 41, said he was not surprised that Mr. Vance had been "
     "fined twice.\nHe said he had called the landlord on Monday.",
     "he had called the landlord", "Daniel Okafor"),
    # the same for an organization and "it"
    ("The Red Cross said thousands of villagers were still without clean water. It said "
     "more trucks were needed to reach the valley.", "more trucks were needed", "Red Cross"),
    # a speaker reported inside another's words ('the clerk said') does not take "he" over
    # the one who reported it
    ("His neighbour, Omar Reyes, agreed. Last spring, he said, a clerk refused his papers "
     "after the clerk said the form had expired; he lost a week's pay, he said.\n"
     "\"They never listen to us,\" he said of the office.",
     "They never listen to us", "Omar Reyes"),
])
def test_a_pronoun_means_the_reporter_not_the_reported(nlp: Any, text: str, words: str,
                                                       speaker: str) -> None:
    assert set(speakers_of(quotes_in(nlp, text), words)) == {speaker}


def test_a_subject_reported_by_someone_of_the_other_gender_keeps_the_pronoun(nlp: Any) -> None:
    text = ("Daniel Okafor said his sister Maria had been fined twice. She said she had "
            "called the landlord on Monday.")
    assert speakers_of(quotes_in(nlp, text), "she had called the landlord") != ["Daniel Okafor"]


def test_a_name_modifying_a_thing_is_not_who_she_is(nlp: Any) -> None:
    text = ("Anna Lopez, a lawyer for the coalition, spoke to reporters on Monday.\n"
            "The Carter administration weakened the rule in 1979.\n"
            "\"It was a mistake from the start,\" she said.")
    assert speakers_of(quotes_in(nlp, text), "a mistake from the start") == ["Anna Lopez"]


def test_a_closing_mark_typed_after_a_space_closes(nlp: Any) -> None:
    text = ('Few shops were open on Friday.\n"I feel sorry for the owners, "said 52-year-old '
            'Nadia Petrou, a baker.\n"They have lost a whole season."')
    found = quotes_in(nlp, text)
    assert speakers_of(found, "I feel sorry for the owners") == ["Nadia Petrou"]
    assert speakers_of(found, "They have lost a whole season") == ["Nadia Petrou"]


def test_a_quotation_after_quoted_as_saying_goes_on_with_the_one_quoted(nlp: Any) -> None:
    text = ('"The trucks came out of nowhere, "the Harbor Gazette quoted witness Leon Park as '
            'saying.\n"They stopped at the gate and the drivers ran off, shouting at us."')
    found = quotes_in(nlp, text)
    assert speakers_of(found, "The trucks came out of nowhere") == ["Leon Park"]
    assert speakers_of(found, "They stopped at the gate") == ["Leon Park"]
