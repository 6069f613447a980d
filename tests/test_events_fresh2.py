"""Fresh2 event gold: 6 more real English news articles (Assange, a Hong Kong editorial, the
Epstein prison guards, doctors and detained migrants, a local drug raid, a stabbing in Berlin)
annotated by reading before newsweave ran on them. It was measured once before and once after a
round of general rules developed on the held-out and old fresh sets, never used to design
rules: it is the check that those rules generalize. Keep it untouched (new cases go to
heldout_events); raise the floors only when the extractor gets better on its own."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from newsweave.store import Store

pytestmark = pytest.mark.slow

DATA = Path(__file__).parent / "data"
FOLDER = DATA / "fresh2_events"
GOLD = DATA / "fresh2_events_gold.json"
RECALL_FLOOR = 0.13  # measured 0.133 (6/45) before the third round of rules, 0.156 (7/45) after
MODALITY_FLOOR = 0.80  # measured 0.857 (6/7) on the matched events after


@pytest.fixture(scope="module")
def fresh2_store(tmp_path_factory: pytest.TempPathFactory) -> Any:
    from newsweave import api

    db = tmp_path_factory.mktemp("fresh2_events") / "f2.duckdb"
    api.run([str(FOLDER)], db=db)
    store = Store(db, read_only=True)
    yield store
    store.close()


def test_gold_is_well_formed() -> None:
    gold = json.loads(GOLD.read_text("utf-8"))
    types = set(json.loads((Path(__file__).parents[1] / "src/newsweave/data/lexicons/"
                            "plover_types.json").read_text("utf-8"))["types"])
    assert len(gold["docs"]) == 6 and len(gold["events"]) >= 30
    for doc in gold["docs"].values():
        assert (FOLDER / doc["file"]).exists()
    for ev in gold["events"]:
        assert ev["doc"] in gold["docs"] and ev["type"] in types
        assert ev["source"] in gold["actors"] or len(ev["source"]) == 3
        assert ev["target"] is None or ev["target"] in gold["actors"]
        assert ev["modality"] in ("asserted", "alleged", "planned", "denied", "negated",
                                  "hypothetical", "unconfirmed")
    assert (FOLDER / "LICENSE").exists()


def test_fresh2_articles_are_new() -> None:
    """No article of fresh2 is in another test folder, by name or by content."""
    mine = {p.name: p.read_text("utf-8")[:300] for p in FOLDER.glob("*.txt")}
    for folder in ("heldout_events", "heldout_articles", "fresh_articles", "fresh_events"):
        for other in (DATA / folder).glob("*.txt"):
            assert other.name not in mine, (folder, other.name)
            assert other.read_text("utf-8")[:300] not in mine.values(), (folder, other.name)


def test_fresh2_event_recall_and_modality(fresh2_store: Store) -> None:
    from newsweave.evaluation.events import score

    gold = json.loads(GOLD.read_text("utf-8"))
    recall, modality, _attribution = score(gold, fresh2_store)
    assert recall.denominator == len(gold["events"])
    assert recall.value is not None and recall.value >= RECALL_FLOOR, recall.misses
    assert modality.value is not None and modality.value >= MODALITY_FLOOR, modality.misses
