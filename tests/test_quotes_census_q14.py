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



def test_a_fan_who_wrote_a_letter_did_not_speak(nlp: Any, ablated: Any) -> None:
    # 'wrote' in the relative clause reports nothing: 'fan' is no one who spoke
    text = ("Tom Harlan was named coach of the Rovers on Sunday. Harlan, who once described "
            "himself as a \"die-hard\" Rovers fan who wrote a letter to the club aged 12, "
            "looked nervous at the unveiling. \"I am not the coach yet,\" he said.")
    assert speakers_of(quotes_in(nlp, text), "not the coach yet") == ["Tom Harlan"]
    ablated("relative_cue_says_nothing")
    assert speakers_of(quotes_in(nlp, text), "not the coach yet") != ["Tom Harlan"]


def test_what_someone_is_brings_in_no_one_new(nlp: Any, ablated: Any) -> None:
    # 'a supporter who ...' and 'a fan who ...' say what Harlan is: "he" is still Harlan
    for text in ("Tom Harlan was named coach of the Rovers on Sunday. Harlan, who described "
                 "himself as a \"devoted\" supporter who once wrote a letter to the club, "
                 "looked nervous at the unveiling. \"I am not the coach yet,\" he said.",
                 "Tom Harlan was named coach on Sunday. Harlan, a Rovers fan who once wrote "
                 "a letter to the club, looked nervous at the unveiling. \"I am not the coach "
                 "yet,\" he said."):
        assert speakers_of(quotes_in(nlp, text), "not the coach yet") == ["Tom Harlan"]
    ablated("predicate_noun_no_newcomer")
    assert speakers_of(quotes_in(nlp, text), "not the coach yet") != ["Tom Harlan"]


def test_a_man_who_saw_it_is_still_someone_new(nlp: Any) -> None:
    text = ("Tom Harlan was named coach on Sunday. A man who saw the crash told police the "
            "car was speeding. \"It never slowed down,\" he said.")
    assert speakers_of(quotes_in(nlp, text), "never slowed down") != ["Tom Harlan"]


def test_a_phrase_before_the_verb_holds_no_clause(nlp: Any, ablated: Any) -> None:
    text = ("And in a short remark that few will remember, the coach told the whole story of "
            "the season. In a letter that reached the council on Monday, the mayor told "
            "members she would resign.")
    found = quotes_in(nlp, text)
    assert not [q for q in found if "few will remember" in q.text]
    assert speakers_of(found, "she would resign") == ["mayor"]
    ablated("fronted_phrase_holds_no_clause")
    assert [q for q in quotes_in(nlp, text) if "few will remember" in q.text]
