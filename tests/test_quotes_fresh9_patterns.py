"""Patterns found reading the misses of the ninth development set (issue 13, session 8,
tests/data/fresh9_quotes: feature, science, music, football and autos writing). Every text
here is made up."""

from __future__ import annotations

from typing import Any

import pytest

from quote_helpers import quotes_in, speakers_of

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "words", "speaker"), [
    # a trade noun ("automaker") is an organization: the one just named, even with a
    # nationality the text never gave it
    ("Volkswagen is showing a small electric van at the show. The German automaker, which "
     "has focused on city cars, says the van will be able to go 200 miles on one charge.",
     "the van will be able to go 200 miles", "Volkswagen"),
    # the latest organization, not an earlier one that spoke, when a nationality is given
    ("Volkswagen is showing a van. The German automaker says the van is quiet.\n\n"
     "Nissan is showing a new sedan. The Japanese automaker says the car will get better "
     "mileage.", "the car will get better mileage", "Nissan"),
    ("Fjord Air added two routes on Monday. The airline said the new flights would start in "
     "May.", "the new flights would start in May", "Fjord Air"),
])
def test_a_trade_noun_with_a_nationality_takes_up_the_organization_just_named(
        nlp: Any, text: str, words: str, speaker: str) -> None:
    assert set(speakers_of(quotes_in(nlp, text), words)) == {speaker}


def test_a_nationality_and_a_role_take_up_the_person_just_named(nlp: Any) -> None:
    text = ("Marco Silva has agreed a deal to replace Tom Hale as Rovers' manager until "
            "2023.\n\nHale was sacked last night after four years in charge.\n\nTalks between "
            "the club and Silva's agents went on into Tuesday night.\n\nThe Portuguese coach "
            "had been out of work since being sacked by Everton in December.\n\nThe "
            "48-year-old said after his appointment: \"I am delighted to join a club with "
            "such loyal supporters.\"")
    assert speakers_of(quotes_in(nlp, text), "I am delighted to join") == ["Marco Silva"]


def test_a_nationality_is_no_licence_for_a_person_of_another_country(nlp: Any) -> None:
    # the person just named is known to be of another country: the description stays new
    text = ("French President Emmanuel Roux met reporters in Paris. The German chancellor "
            "said the talks had been useful.")
    assert speakers_of(quotes_in(nlp, text), "the talks had been useful") != ["Emmanuel Roux"]
