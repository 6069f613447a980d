"""Indirect speech as newswire writes it (issue 13, session 10): patterns found classifying
the misses of the made-up wire set (tests/data/quotes_wire_dev) and of the development quote
sets. Every text here is made up."""

from __future__ import annotations

from typing import Any

import pytest

from quote_helpers import quotes_in, speakers_of

pytestmark = pytest.mark.slow


def test_a_full_name_beside_a_noun_for_a_person_is_that_person(nlp: Any) -> None:
    # the tagger may call the name an organization; set off beside "lawyer" it is a person
    text = ("The clinic's lawyer, Ines Varga, said she would challenge the fine. Judge Omar "
            "Pell said in his ruling that the clinic had ignored two warnings.")
    assert speakers_of(quotes_in(nlp, text), "she would challenge the fine") == ["Ines Varga"]
    assert speakers_of(quotes_in(nlp, text), "the clinic had ignored") == ["Omar Pell"]


@pytest.mark.parametrize(("text", "words", "description"), [
    ("Orvane Textiles employs roughly 7,500 workers in Portugal, according to its most recent "
     "annual report.", "employs roughly 7,500 workers", "report"),
    ("The town's roads office paid a paving contractor 3 million dollars last spring, "
     "according to the town's spending website.", "paid a paving contractor", "website"),
])
def test_according_to_an_owned_document_keeps_the_document(nlp: Any, text: str, words: str,
                                                          description: str) -> None:
    # the document speaks: its owner is named and the document describes the speaker
    found = [q for q in quotes_in(nlp, text) if words in q.text]
    assert found and all(q.speaker is not None and description in (q.speaker.description or "")
                         for q in found), found


def test_according_to_an_estimate_is_still_the_possessor(nlp: Any) -> None:
    text = "Fuel prices will climb again in May, according to the central bank's estimate."
    found = [q for q in quotes_in(nlp, text) if "Fuel prices will climb" in q.text]
    assert found and found[0].speaker is not None
    assert "estimate" not in (found[0].speaker.description or "")


@pytest.mark.parametrize(("text", "words", "speaker_words"), [
    # a description with nouns of its own is not the name just mentioned in passing
    ("In an interview with the Financial Times, Omar Tell said the mill would expand. The "
     "region's biggest dairy farmers' union said it had not been consulted about the plan.",
     "had not been consulted", "union"),
    ("Hikers on two trails below the Merapi volcano were moved to a shelter on Monday after a "
     "rockslide, the regional mountain rescue agency said.", "were moved to a shelter",
     "agency"),
])
def test_a_description_with_its_own_nouns_is_no_name_in_passing(nlp: Any, text: str,
                                                                  words: str,
                                                                  speaker_words: str) -> None:
    [name] = speakers_of(quotes_in(nlp, text), words)
    assert name is not None and speaker_words in name


def test_the_company_is_the_one_that_spoke_not_one_named_in_passing(nlp: Any) -> None:
    text = ("Microsoft warned on Tuesday that a flaw in its browser was being exploited, the "
            "company said in a statement. Users of older versions were most at risk. The "
            "attacks began last week. \"Patch now,\" said Vera Olsen, an analyst at Barclays. "
            "The company also said a fix would be ready within days.")
    assert speakers_of(quotes_in(nlp, text), "a fix would be ready") == ["Microsoft"]


def test_the_company_is_still_the_one_just_named(nlp: Any) -> None:
    # (no regression: with a named organization acting just before, "the company" is it)
    text = ("Microsoft released a fix for its browser on Tuesday. The company said the flaw "
            "had been used in a few targeted attacks.")
    assert speakers_of(quotes_in(nlp, text), "the flaw had been used") == ["Microsoft"]
