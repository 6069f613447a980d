"""ecb-dev event gold (session 12): 14 real ECB+ articles from topics 3, 9, 21, 33 and 45 that no
test set had used (two US administrations over the Endangered Species Act rule, a courthouse
killer's sentencing, a prison escape, two murder trials, a hit-and-run charge, an Oklahoma
conviction), with 110 PLOVER events annotated by reading before newsweave ran on them
(tests/data/ecb_events_dev/README.md). Development data from the start: its misses are read and
rules are fitted to their classes (issue #11, recall on real articles). Named people have their
own actor keys, so recall here is recall with the actor matched by name; unnamed state organs
are USA_GOV. Scored with `score_articles` and `score` as fresh5 is; raise the floors when the
extractor gets better."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from event_helpers import (
    check_article_scores,
    check_ecb_set_new,
    check_ecbplus_originals,
    check_real_article_gold,
    stored_run,
)
from newsweave.store import Store

DATA = Path(__file__).parent / "data"
FOLDER = DATA / "ecb_events_dev"
GOLD = DATA / "ecb_events_dev_gold.json"
ROOT = Path(__file__).parents[1]
# the sets nobody may open (their texts are never read by this test either); seeds_heldout
# is the gold of seeds 001 and 003, whose texts stay in ../shared/corpus/seeds
UNTOUCHED = ("fresh6_events", "fresh10_quotes", "fresh11_events", "fresh11_quotes",
             "fresh12_events", "fresh12_quotes", "fresh13_quotes", "fresh14_events",
             "fresh15_quotes", "fresh16_articles", "fresh17_articles", "fresh18_articles",
             "seeds_heldout")
# Measured on main 03be307 with this set in its final form, before any rule saw it: actor
# recall 0.318 (35/110), actor + recipient 0.209 (23/110), precision 0.455 (35/77), modality
# 0.840 (21/25), many to one 0.227 (25/110). After session 12's rules (evreal6, merged with
# main 543a964): 0.491 (54/110), 0.373 (41/110), 0.624 (58/93), 0.860 (43/50), 0.455
# (50/110). Each floor is the measurement minus about two events.
ACTOR_RECALL_FLOOR = 0.47
BOTH_RECALL_FLOOR = 0.35
PRECISION_FLOOR = 0.60
MODALITY_FLOOR = 0.80
SCORE_FLOOR = 0.43


@pytest.fixture(scope="module")
def ecb_dev_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    yield from stored_run(tmp_path_factory, FOLDER)


def _gold() -> dict:
    assert GOLD.is_file(), f"missing {GOLD}"
    return json.loads(GOLD.read_text("utf-8"))


def test_gold_is_well_formed() -> None:
    check_real_article_gold(_gold(), FOLDER, min_docs=14, min_events=110)


def test_texts_are_the_ecbplus_originals() -> None:
    check_ecbplus_originals(FOLDER, 14, {"3", "9", "11", "21", "33", "45"})


def test_ecb_dev_articles_are_new() -> None:
    check_ecb_set_new(FOLDER, UNTOUCHED, min_mine=14)


@pytest.mark.slow
def test_ecb_dev_recall_precision_and_modality(ecb_dev_store: Store) -> None:
    check_article_scores(_gold(), ecb_dev_store, 110, actor=ACTOR_RECALL_FLOOR,
                         both=BOTH_RECALL_FLOOR, precision=PRECISION_FLOOR,
                         modality=MODALITY_FLOOR, many_to_one=SCORE_FLOOR)
