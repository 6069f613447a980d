"""Speakers from the lead's judged quote sample of session 18 (made-up sentences): one
company is not the plural subject met just before it."""

from __future__ import annotations

from typing import Any

from quote_helpers import quotes_in, speakers_of


def test_the_company_is_not_both_companies(nlp: Any, ablated: Any) -> None:
    text = ("Harlow Foods said on Tuesday it would buy the bakery chain Crumb & Co for $90 "
            "million. Both companies have struggled as shoppers cut back on snacks. The "
            "company said the deal would close in the spring.")
    assert speakers_of(quotes_in(nlp, text), "close in the spring") == ["Harlow Foods"]
    ablated("singular_not_plural_group")
    assert speakers_of(quotes_in(nlp, text), "close in the spring") == ["companies"]


def test_plural_descriptions_still_find_the_plural_group(nlp: Any) -> None:
    text = ("Two airlines cancelled flights to the island on Monday. The airlines said the "
            "storm made landing unsafe.")
    assert speakers_of(quotes_in(nlp, text), "landing unsafe") == ["airlines"]
