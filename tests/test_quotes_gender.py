"""A "he"/"she" speaker is never a person the article shows to be of the other gender (a
title, a role, its pronouns or a given name used for one gender only, extract/gender.py);
a person of unknown gender stays a candidate. Every text here is made up."""

from __future__ import annotations

from typing import Any

import pytest

from newsweave.extract.gender import (
    given_name_gender,
    other_gender,
    pronoun_gender,
    title_gender,
)
from quote_helpers import quotes_in


def speaker_of(nlp: Any, text: str, words: str) -> str | None:
    hits = [q for q in quotes_in(nlp, text) if words in q.text]
    assert len(hits) == 1, hits
    return hits[0].speaker.name if hits[0].speaker else None


def test_pronouns_titles_and_given_names_have_one_definition() -> None:
    assert [pronoun_gender(w) for w in ("She", "herself", "his", "him", "they", "it")] == \
        ["F", "F", "M", "M", None, None]
    assert (other_gender("F"), other_gender("M"), other_gender(None)) == ("M", "F", None)
    assert (title_gender("Mrs."), title_gender("king"), title_gender("minister")) == \
        ("F", "M", None)
    # a given name of one gender tells; a shared given name or a lone surname does not
    assert (given_name_gender("Maria Lopez"), given_name_gender("David Cohen")) == ("F", "M")
    assert given_name_gender("Robin Hale") is None
    assert given_name_gender("Maria") is None


@pytest.mark.slow
@pytest.mark.parametrize(("text", "words", "speaker"), [
    # the latest subject is a man: "she" goes back to the woman named before him
    ('Maria Lopez runs the shelter on Elm Street. David Cohen, who owns the building, plans '
     'to sell it next year. "We have nowhere else to go," she said.',
     "nowhere else to go", "Maria Lopez"),
    # and "he" is not the woman named last, though her role ("director") has no gender
    ('Peter Walsh coaches the team at the city college. Sarah Brenner, the athletic '
     'director, wants to cut its budget next year. "The players deserve better," he said.',
     "players deserve better", "Peter Walsh"),
])
def test_a_pronoun_speaker_skips_a_person_of_the_other_gender(
        nlp: Any, text: str, words: str, speaker: str) -> None:
    assert speaker_of(nlp, text, words) == speaker


@pytest.mark.slow
def test_a_person_of_unknown_gender_stays_a_candidate(nlp: Any) -> None:
    # "Robin" is used for both genders: nothing rules the latest subject out
    text = ('Maria Lopez runs the shelter on Elm Street. Robin Hale, who owns the building, '
            'plans to sell it next year. "We have nowhere else to go," she said.')
    assert speaker_of(nlp, text, "nowhere else to go") == "Robin Hale"
