"""Held-out event gold: 10 real English international/political news articles (article-
extraction-benchmark, MIT) annotated by hand before looking at our output; two rounds of general
rules were developed on its misses since. The fresh event gold (6 more articles, annotated
before running on them) was untouched for two rounds and became a development set in the
third (tests/test_events_generalize.py); tests/test_events_fresh2.py now holds the untouched
check. Recall is far below the seeds' (which the rules were first developed on); these tests
keep it from sliding back. Raise the floors when the extractor gets better."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from event_helpers import check_event_gold, stored_run
from newsweave.store import Store

pytestmark = pytest.mark.slow

DATA = Path(__file__).parent / "data"
GOLD = DATA / "heldout_events_gold.json"
FRESH_GOLD = DATA / "fresh_events_gold.json"
HELDOUT_RECALL_FLOOR = 0.72  # measured 0.733 (55/75) after the third round (generalize)
HELDOUT_MODALITY_FLOOR = 0.95  # measured 0.982 (54/55) on the matched events
FRESH_RECALL_FLOOR = 0.44  # measured 0.457 (16/35) after the third round (0.286 before)
FRESH_MODALITY_FLOOR = 0.90  # measured 1.000 (16/16)


@pytest.fixture(scope="module")
def heldout_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    yield from stored_run(tmp_path_factory, DATA / "heldout_events")


@pytest.fixture(scope="module")
def fresh_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    yield from stored_run(tmp_path_factory, DATA / "fresh_events")


@pytest.mark.parametrize(("gold_path", "folder", "min_docs", "min_events"), [
    (GOLD, "heldout_events", 8, 50), (FRESH_GOLD, "fresh_events", 6, 30)])
def test_gold_is_well_formed(gold_path: Path, folder: str, min_docs: int,
                             min_events: int) -> None:
    check_event_gold(json.loads(gold_path.read_text("utf-8")), DATA / folder, min_docs,
                     min_events)


def test_fresh_articles_are_new() -> None:
    fresh = {p.name for p in (DATA / "fresh_events").glob("*.txt")}
    assert len(fresh) >= 6, "the fresh event articles are missing"
    for folder in ("heldout_events", "heldout_articles", "fresh_articles"):
        others = {p.name for p in (DATA / folder).glob("*.txt")}
        assert others, f"{folder} is empty: nothing to compare with"
        assert not fresh & others, folder


def test_heldout_event_recall_and_modality(heldout_store: Store) -> None:
    from newsweave.evaluation.events import score

    gold = json.loads(GOLD.read_text("utf-8"))
    recall, modality, _attribution = score(gold, heldout_store)
    assert recall.denominator == len(gold["events"])
    assert recall.value is not None and recall.value >= HELDOUT_RECALL_FLOOR, recall.misses
    assert modality.value is not None and modality.value >= HELDOUT_MODALITY_FLOOR, \
        modality.misses


def test_heldout_events_use_contract_sectors(heldout_store: Store) -> None:
    sectors = {ref.sector for e in heldout_store.events()
               for ref in (e.actor, e.recipient) if ref is not None and ref.sector}
    assert not sectors & {"CVL", "JRN"}, sectors


def test_fresh_event_recall_and_modality(fresh_store: Store) -> None:
    from newsweave.evaluation.events import score

    gold = json.loads(FRESH_GOLD.read_text("utf-8"))
    recall, modality, _attribution = score(gold, fresh_store)
    assert recall.denominator == len(gold["events"])
    assert recall.value is not None and recall.value >= FRESH_RECALL_FLOOR, recall.misses
    assert modality.value is not None and modality.value >= FRESH_MODALITY_FLOOR, \
        modality.misses
