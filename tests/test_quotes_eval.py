"""Scoring quotations against the gold rule, and the dev-gold targets on the seed corpus."""

from __future__ import annotations

from typing import Any, cast

import pytest

from newsweave.evaluation import Metric
from newsweave.evaluation.quotes import score, speaker_matches
from newsweave.model import ActorRef, Article, Quote, stable_id
from newsweave.store import Store

GOLD: dict[str, Any] = {
    "docs": {"001": {"file": "001_story.txt"}},
    "people": {"Anna Berg": ["Berg"]},
    "actors": {"RED_CROSS": ["Red Cross", "ICRC"]},
    "quotes": [
        {"doc": "001", "kind": "direct", "speaker": "Anna Berg",
         "snippet": "nobody inside could have survived", "channel": "BBC"},
        {"doc": "001", "kind": "indirect", "speaker": "Red Cross",
         "snippet": "the convoy had reached the city", "stance": "confirm"},
        {"doc": "001", "kind": "mixed", "speaker": "hospital doctor",
         "snippet": "beyond capacity"},
    ],
}
TEXT = ("“Nobody inside could have survived that heat,” Berg told the BBC. The ICRC confirmed "
        "that the convoy had reached the city. A doctor at the main hospital said wards were "
        "“beyond capacity”. “We have seen worse,” said a firefighter.")


class FakeStore:
    """Just the two reads the scorer makes."""

    def __init__(self, quotes: list[Quote]) -> None:
        self.article = Article(article_id="art_1", source="/x/001_story.txt", text=TEXT)
        self._quotes = quotes

    def articles(self, article_ids: Any = None) -> list[Article]:
        return [self.article]

    def quotes(self, article_id: str | None = None) -> list[Quote]:
        return list(self._quotes)


def quote(kind: str, text: str, speaker: ActorRef | None, **kw: Any) -> Quote:
    start = TEXT.find(text.strip("“”"))
    span = (start, start + len(text))
    return Quote(quote_id=stable_id("quo", "art_1", *span), article_id="art_1", kind=kind,
                 text=text, span=span, speaker=speaker, **kw)


def by_name(metrics: list[Metric]) -> dict[str, Metric]:
    return {m.name: m for m in metrics}


def test_everything_found() -> None:
    store = FakeStore([
        quote("direct", "Nobody inside could have survived that heat",
              ActorRef(name="Anna Berg"), channel="BBC"),
        quote("indirect", "the convoy had reached the city", ActorRef(name="ICRC"),
              stance="confirm"),
        quote("mixed", "wards were “beyond capacity”",
              ActorRef(name="doctor at the main hospital", description="a doctor at the "
                       "main hospital")),
    ])
    m = by_name(score(GOLD, cast(Store, store)))
    assert m["direct recall"].value == 1.0 and m["direct recall"].target == 0.95
    assert m["indirect+mixed recall"].value == 1.0 and m["indirect+mixed recall"].target == 0.8
    assert m["speaker accuracy"].value == 1.0 and m["speaker accuracy"].target == 0.9
    assert m["channel accuracy"].value == 1.0
    assert m["stance accuracy"].value == 1.0
    assert m["direct precision (4+ words)"].value == 1.0


def test_misses_are_described() -> None:
    store = FakeStore([
        quote("direct", "Nobody inside could have survived that heat",
              ActorRef(name="Tom Hale"), channel="CNN"),
        quote("direct", "We have seen worse", ActorRef(name="firefighter")),
    ])
    m = by_name(score(GOLD, cast(Store, store)))
    assert m["direct recall"].value == 0.0
    assert "wrong speaker" in m["direct recall"].misses[0]
    assert m["speaker accuracy"].value == 0.0 and m["speaker accuracy"].denominator == 1
    assert m["indirect recall"].value == 0.0
    assert "text not found" in m["indirect recall"].misses[0]
    assert m["direct precision (4+ words)"].value == 0.0
    assert m["direct precision (4+ words)"].denominator == 2
    assert m["channel accuracy"].denominator == 0  # only scored on matched quotes


def test_speaker_matching_rules() -> None:
    assert speaker_matches(GOLD, "Anna Berg", ActorRef(name="Berg"))
    assert speaker_matches(GOLD, "Anna Berg", ActorRef(name="Dr Anna Berg"))
    assert not speaker_matches(GOLD, "Anna Berg", ActorRef(name="Bergman"))
    assert speaker_matches(GOLD, "Red Cross", ActorRef(name="ICRC"))
    assert speaker_matches(GOLD, "Red Cross", ActorRef(name="International Red Cross"))
    assert not speaker_matches(GOLD, "Red Cross", ActorRef(name="Red Cross Hospital"))
    assert speaker_matches(GOLD, "hospital doctor",
                           ActorRef(name="doctor", description="a doctor at the hospital"))
    assert not speaker_matches(GOLD, "hospital doctor", ActorRef(name="doctor"))
    assert not speaker_matches(GOLD, "Anna Berg", None)


@pytest.mark.slow
def test_dev_gold_targets_on_the_seeds(gold: dict[str, Any], seeds_store: Store) -> None:
    m = by_name(score(gold, seeds_store))
    for name in ("direct recall", "speaker accuracy", "indirect+mixed recall"):
        assert m[name].passed, (name, m[name].value, m[name].misses)
    assert m["direct precision (4+ words)"].value is not None
    assert m["direct precision (4+ words)"].value >= 0.9, m["direct precision (4+ words)"].misses


@pytest.mark.slow
def test_no_scare_quotes_from_the_seeds(seeds_store: Store) -> None:
    texts = [q.text.strip("“”\"").lower() for q in seeds_store.quotes()]
    for scare in ("beachheads", "strange bedfellow"):
        assert scare not in texts
        assert not any(t == scare for t in texts)
    assert all(q.speaker is not None for q in seeds_store.quotes())
