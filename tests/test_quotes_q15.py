"""Speaker and bound rules of quotes15 (session 19), found by benchmarks/quote_miss_steps.py
across development sets written by different hands, on made-up sentences."""

from __future__ import annotations

from typing import Any

from quote_helpers import quotes_in, speakers_of


def test_a_title_with_words_of_description_is_its_holder(nlp: Any, ablated: Any) -> None:
    # 'two-term' and 'tax court' were never said of Pell or of Judge Arn: still them (the
    # judge's quotation a paragraph of its own)
    texts = [("Representative Nora Pell, whose seat was redrawn last year, said she would run "
              "again. The two-term congresswoman told a radio station that her neighbours "
              "would judge her record.", "neighbours would judge", "Nora Pell"),
             ("\"I came with no plan,\" Judge Tilda Arn said on Monday.\n\nOver six hours of "
              "questions, the 58-year-old tax court judge said that her views had no place "
              "in her rulings.", "views had no place", "Tilda Arn")]
    for text, words, who in texts:
        assert speakers_of(quotes_in(nlp, text), words) == [who]
    ablated("modified_title_holder")
    for text, words, who in texts:
        assert speakers_of(quotes_in(nlp, text), words) != [who]


def test_a_vice_title_is_another_office(nlp: Any) -> None:
    text = ("President Ada Lorne said the budget would pass.\n\nThe vice president told "
            "reporters that the vote could slip to May.")
    assert speakers_of(quotes_in(nlp, text), "vote could slip") != ["Ada Lorne"]


def test_two_holders_near_leave_the_description_alone(nlp: Any) -> None:
    text = ("Judge Tilda Arn and Judge Bram Hesse heard the case on Monday.\n\nThe tax court "
            "judge said the filing was late.")
    assert speakers_of(quotes_in(nlp, text), "filing was late") not in (["Tilda Arn"],
                                                                        ["Bram Hesse"])


def test_a_that_clause_after_the_audience_and_a_phrase(nlp: Any, ablated: Any) -> None:
    # the parser hangs the clause on the noun of the phrase after the audience
    texts = [("Envoy Lars Obeng told reporters after a second round of talks that time was "
              "growing short.", "time was growing short", "Lars Obeng"),
             ("Mayor Lars Obeng told residents during a town meeting that the plant was "
              "closing.", "the plant was closing", "Lars Obeng")]
    for text, words, who in texts:
        assert speakers_of(quotes_in(nlp, text), words) == [who]
    ablated("that_clause_past_audience")
    for text, words, who in texts:
        assert not [q for q in quotes_in(nlp, text) if words in q.text and q.speaker and
                    q.speaker.name == who]


def test_the_clause_past_the_audience_ends_before_the_narrator_goes_on(nlp: Any) -> None:
    text = ("Senator Rhea Stone told reporters outside the hearing room that the clerk had been "
            "\"pushed out for doing her work,\" and she predicted that more staff would leave.")
    found = [q for q in quotes_in(nlp, text) if "pushed out" in q.text]
    assert found and all("predicted" not in q.text for q in found)


def test_a_second_that_after_and_is_not_past_the_audience(nlp: Any) -> None:
    text = ("Lars Obeng told reporters that Pretoria had informed the council of the plan and "
            "that the city was ready to act.")
    assert speakers_of(quotes_in(nlp, text), "the city was ready") == ["Lars Obeng"]
