"""Fresh2 event gold: 6 more real English news articles (Assange, a Hong Kong editorial, the
Epstein prison guards, doctors and detained migrants, a local drug raid, a stabbing in Berlin)
annotated by reading before newsweave ran on them. It was measured once before and once after a
round of general rules developed on the held-out and old fresh sets, never used to design
rules: it is the check that those rules generalize. Keep it untouched (new cases go to
heldout_events); raise the floors only when the extractor gets better on its own."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from event_helpers import check_event_gold, stored_run
from newsweave.store import Store

pytestmark = pytest.mark.slow

DATA = Path(__file__).parent / "data"
FOLDER = DATA / "fresh2_events"
GOLD = DATA / "fresh2_events_gold.json"
RECALL_FLOOR = 0.13  # measured 0.133 (6/45) before the third round of rules, 0.156 (7/45) after
MODALITY_FLOOR = 0.80  # measured 0.857 (6/7) on the matched events after


@pytest.fixture(scope="module")
def fresh2_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    yield from stored_run(tmp_path_factory, FOLDER)


def test_gold_is_well_formed() -> None:
    gold = json.loads(GOLD.read_text("utf-8"))
    check_event_gold(gold, FOLDER, min_docs=6, min_events=30)
    assert len(gold["docs"]) == 6
    for ev in gold["events"]:
        assert ev["modality"] in ("asserted", "alleged", "planned", "denied", "negated",
                                  "hypothetical", "unconfirmed")


def test_fresh2_articles_are_new() -> None:
    """No article of fresh2 is in another test folder, by name or by content."""
    mine = {p.name: p.read_text("utf-8")[:300] for p in FOLDER.glob("*.txt")}
    assert len(mine) == 6, "the fresh2 articles are missing"
    for folder in ("heldout_events", "heldout_articles", "fresh_articles", "fresh_events"):
        others = sorted((DATA / folder).glob("*.txt"))
        assert others, f"{folder} is empty: nothing to compare with"
        for other in others:
            assert other.name not in mine, (folder, other.name)
            assert other.read_text("utf-8")[:300] not in mine.values(), (folder, other.name)


def test_fresh2_event_recall_and_modality(fresh2_store: Store) -> None:
    from newsweave.evaluation.events import score

    gold = json.loads(GOLD.read_text("utf-8"))
    recall, modality, _attribution = score(gold, fresh2_store)
    assert recall.denominator == len(gold["events"])
    assert recall.value is not None and recall.value >= RECALL_FLOOR, recall.misses
    assert modality.value is not None and modality.value >= MODALITY_FLOOR, modality.misses
