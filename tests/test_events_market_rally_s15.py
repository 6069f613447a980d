"""`market_rally`, widened in session 15 after a judged sample of real business pages (Indian
market reports): a market's rally told with the verb, an index named in two words, and an
'in' phrase the parser hung on the verb that takes the noun are market reports, not
demonstrations. Made-up sentences; each fails with the rule switched off."""

from __future__ import annotations

from typing import Any

import pytest

from event_helpers import events_of

MARKET = [
    "The Sensex has been rallying for a week despite weak factory data.",
    "The Hang Seng extended its rally for a third session.",
    "Dealers credited the rally in lender shares to a ruling on bad loans.",
]


def _types(nlp: Any, text: str) -> list[str]:
    return [e.type for e in events_of(nlp, text)]


@pytest.mark.parametrize("text", [*MARKET, "Bank shares rallied 3 percent in Mumbai on Wednesday."])
def test_a_market_that_rallies_holds_no_demonstration(nlp: Any, text: str) -> None:
    assert "PROTEST" not in _types(nlp, text), text


@pytest.mark.parametrize("text", MARKET)
def test_the_rule_is_what_keeps_it_out(nlp: Any, ablated: Any, text: str) -> None:
    ablated("market_rally")
    assert "PROTEST" in _types(nlp, text), text


@pytest.mark.parametrize("text", [
    "Thousands of farmers rallied in Mumbai against the new farm laws.",
    "Bank workers held a rally in Delhi over pensions.",
    "Supporters of the president rallied outside the stock exchange.",
])
def test_people_who_rally_still_protest(nlp: Any, text: str) -> None:
    assert "PROTEST" in _types(nlp, text), text
