"""Frames of reported speech found by the census of real news (quotes14,
benchmarks/quote_census.py) that newsweave missed, on made-up sentences."""

from __future__ import annotations

from typing import Any

from quote_helpers import quotes_in, speakers_of


def test_reports_read_as_a_plural_noun_is_the_verb(nlp: Any, ablated: Any) -> None:
    # the tagger reads 'reports' as a noun with 'paper' / 'media' as its modifier
    text = ("A regional paper reports that the treasurer has been held without bail since "
            "Monday. Local media reports that two clerks were questioned near the depot.")
    assert speakers_of(quotes_in(nlp, text), "held without bail") in (["paper"],
                                                                     ["regional paper"])
    assert speakers_of(quotes_in(nlp, text), "two clerks were questioned") == ["Local media"]
    ablated("reporting_verb_read_as_noun")
    assert not [q for q in quotes_in(nlp, text) if "two clerks" in q.text]


def test_reports_that_a_noun_still_reports_nothing(nlp: Any) -> None:
    text = ("Crowds gathered outside the station on Sunday night. There were reports that "
            "bottles were thrown, amid reports that the march had turned violent.")
    assert not [q for q in quotes_in(nlp, text) if "bottles were thrown" in q.text]
