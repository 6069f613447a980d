"""`score_articles` on a made-up store: one emitted event stands for one gold event, the
recipient is asked for only by the second recall, precision counts emitted events that agree
with some gold event in type and actor."""

from __future__ import annotations

from typing import Any

from newsweave.evaluation.events import score_articles
from newsweave.model import ActorRef, Article, Event

GOLD: dict[str, Any] = {
    "docs": {"d1": {"file": "d1.txt"}},
    "actors": {"ISR": [], "PSE": [], "HAMAS": ["Hamas", "Hamas militants"]},
    "events": [
        {"doc": "d1", "source": "ISR", "type": "ASSAULT", "target": "PSE",
         "modality": "asserted", "note": "shells hit a school"},
        {"doc": "d1", "source": "ISR", "type": "ASSAULT", "target": "PSE",
         "modality": "asserted", "note": "air strike on a house"},
        {"doc": "d1", "source": "HAMAS", "type": "ASSAULT", "target": "ISR",
         "modality": "asserted", "note": "rockets fired into Israel"},
    ],
}


class FakeStore:
    """The two reads the scorer makes, over made-up records."""

    def __init__(self, events: list[Event]) -> None:
        self._events = events
        self._article = Article(article_id="art_1", source="/x/d1.txt", text="t")

    def articles(self, ids: list[str] | None = None) -> list[Article]:
        return [self._article]

    def events(self, article_id: str | None = None) -> list[Event]:
        return list(self._events)


def _event(n: int, typ: str, actor: ActorRef, recipient: ActorRef | None = None) -> Event:
    return Event(event_id=f"ev{n}", article_id="art_1", span=(n, n + 1), sentence="s",
                 type=typ, trigger="x", actor=actor, recipient=recipient)


ISRAEL = ActorRef(name="Israeli army", country="ISR", sector="MIL")
GAZA = ActorRef(name="Palestinians", country="PSE", sector="CVL")
HAMAS = ActorRef(name="Hamas", country="PSE", sector="REB", type="ORG")


def test_one_event_finds_one_of_two_alike_gold_events() -> None:
    store: Any = FakeStore([_event(1, "ASSAULT", ISRAEL, GAZA)])
    by_actor, by_both, precision, _modality = score_articles(GOLD, store)
    assert (by_actor.numerator, by_actor.denominator) == (1, 3)
    assert (by_both.numerator, precision.numerator, precision.denominator) == (1, 1, 1)


def test_the_recipient_counts_only_for_the_second_recall() -> None:
    store: Any = FakeStore([_event(1, "ASSAULT", ISRAEL, HAMAS),
                            _event(2, "ASSAULT", ISRAEL),
                            _event(3, "ASSAULT", HAMAS, ISRAEL),
                            _event(4, "ACCUSE", HAMAS, ISRAEL)])
    by_actor, by_both, precision, _modality = score_articles(GOLD, store)
    assert by_actor.numerator == 3  # both Israeli assaults and the rockets
    assert by_both.numerator == 1  # only the rockets have the gold recipient
    assert (precision.numerator, precision.denominator) == (3, 4)  # no gold accusation


def test_a_missing_article_is_a_miss_not_a_skip() -> None:
    gold = {**GOLD, "docs": {"d1": {"file": "other.txt"}}}
    by_actor, _by_both, precision, _modality = score_articles(gold, FakeStore([]))  # type: ignore[arg-type]
    assert (by_actor.numerator, by_actor.denominator) == (0, 3)
    assert all("not in store" in m for m in by_actor.misses)
    assert precision.denominator == 0 and precision.value is None
