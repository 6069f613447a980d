"""benchmarks/event_sets.py's recall of a gold's core events: a dense gold keeps the sparse gold
it grew from as `core: true` events, and the benchmark prints the many-to-one recall of those
alone beside the recall of all (made-up gold and events, no pipeline run)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from event_helpers import benchmark
from newsweave.model import ActorRef, Article, Event

TEXT = "Norland sent rifles to Sudovia. Sudovia met Norland. Norland shelled a village."


@dataclass
class _Store:
    """The part of a store `score` reads: one article and its events."""

    events_found: list[Event] = field(default_factory=list)

    def articles(self, ids: list[str] | None = None) -> list[Article]:
        art = Article(article_id="art_1", source="/x/one.txt", text=TEXT)
        return [art] if ids is None or "art_1" in ids else []

    def events(self, article_id: str | None = None) -> list[Event]:
        return list(self.events_found)


def _event(n: int, typ: str, actor: str, recipient: str | None) -> Event:
    return Event(event_id=f"e{n}", article_id="art_1", span=(0, 5), sentence=TEXT, type=typ,
                 trigger="x", actor=ActorRef(name=actor, type="ORG"),
                 recipient=ActorRef(name=recipient, type="ORG") if recipient else None)


def _gold(flags: list[bool | None]) -> dict[str, Any]:
    kinds = [("AID", "NORLAND", "SUDOVIA"), ("CONSULT", "SUDOVIA", "NORLAND"),
             ("ASSAULT", "NORLAND", None)]
    events = []
    for (typ, src, tgt), flag in zip(kinds, flags, strict=True):
        ev: dict[str, Any] = {"doc": "d1", "source": src, "type": typ, "target": tgt,
                              "modality": "asserted", "note": typ.lower()}
        if flag is not None:
            ev["core"] = flag
        events.append(ev)
    return {"docs": {"d1": {"file": "one.txt"}},
            "actors": {"NORLAND": ["Norland"], "SUDOVIA": ["Sudovia"]}, "events": events}


def test_core_gold_keeps_the_core_events_only() -> None:
    bench = benchmark("event_sets")
    core = bench.core_gold(_gold([True, False, True]))
    assert [e["type"] for e in core["events"]] == ["AID", "ASSAULT"]
    assert core["actors"] == _gold([True, False, True])["actors"]


def test_a_gold_without_core_flags_has_no_core_recall() -> None:
    bench = benchmark("event_sets")
    gold = _gold([None, None, None])
    assert bench.core_gold(gold) is None
    assert bench.core_recall(gold, _Store()) is None


def test_core_recall_counts_the_core_events_found() -> None:
    """Two core events, one found (the AID); the CONSULT found is not core."""
    bench = benchmark("event_sets")
    store = _Store([_event(1, "AID", "Norland", "Sudovia"),
                    _event(2, "CONSULT", "Sudovia", "Norland")])
    metric = bench.core_recall(_gold([True, False, True]), store)
    assert (metric.numerator, metric.denominator) == (1, 2)
    assert metric.value == 0.5
    assert metric.name == "recall of the core events (many to one)"
    assert len(metric.misses) == 1 and "ASSAULT" in metric.misses[0]
