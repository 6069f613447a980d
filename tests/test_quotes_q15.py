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
