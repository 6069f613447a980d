"""ecb-dev2 event gold (session 12, evreal7): 21 more real ECB+ articles from topics 3, 11, 21,
33 and 45 that no test set had used (Turkmenistan's 2008 parliamentary election, two
hit-and-run cases and the drivers' arrests and charges, the Horton, Timmons and Simpson murder
trials, an escaped Texas inmate), with 102 PLOVER events annotated by reading before newsweave
ran on them (tests/data/ecb_events_dev2/README.md). It was made to check whether the rules
fitted to ecb-dev carry over to real text of the same kind that nobody had read; from then on it
is development data. Named people have their own actor keys (recall with the actor matched by
name); unnamed state organs are USA_GOV or TKM_GOV. Raise the floors when the extractor gets
better."""

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
FOLDER = DATA / "ecb_events_dev2"
GOLD = DATA / "ecb_events_dev2_gold.json"
ROOT = Path(__file__).parents[1]
# the sets nobody may open (their texts are never read by this test either); seeds_heldout
# is the gold of seeds 001 and 003, whose texts stay in ../shared/corpus/seeds
UNTOUCHED = ("fresh6_events", "fresh10_quotes", "fresh11_events", "fresh11_quotes",
             "fresh12_events", "fresh12_quotes", "fresh13_quotes", "fresh14_events",
             "fresh15_quotes", "fresh16_articles", "fresh17_articles", "fresh18_articles",
             "seeds_heldout")
# Measured first on main b0a4892 (see README.md for every number); each floor is the final
# measurement minus about two events.
ACTOR_RECALL_FLOOR = 0.42  # session 13, main 3bee980: 0.441 (45/102)
BOTH_RECALL_FLOOR = 0.29  # session 13, main 3bee980: 0.314 (32/102)
PRECISION_FLOOR = 0.78  # session 13, main 3bee980: 0.808 (59/73)
MODALITY_FLOOR = 0.75  # session 13, main 3bee980: 0.806 (29/36)
SCORE_FLOOR = 0.33  # session 13, main 3bee980: 0.353 (36/102), many to one


@pytest.fixture(scope="module")
def ecb_dev2_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    yield from stored_run(tmp_path_factory, FOLDER)


def _gold() -> dict:
    assert GOLD.is_file(), f"missing {GOLD}"
    return json.loads(GOLD.read_text("utf-8"))


def test_gold_is_well_formed() -> None:
    check_real_article_gold(_gold(), FOLDER, min_docs=21, min_events=100)


def test_texts_are_the_ecbplus_originals() -> None:
    check_ecbplus_originals(FOLDER, 21, {"3", "11", "21", "33", "45"})


def test_ecb_dev2_articles_are_new() -> None:
    check_ecb_set_new(FOLDER, UNTOUCHED, min_mine=21)


@pytest.mark.slow
def test_ecb_dev2_recall_precision_and_modality(ecb_dev2_store: Store) -> None:
    check_article_scores(_gold(), ecb_dev2_store, 102, actor=ACTOR_RECALL_FLOOR,
                         both=BOTH_RECALL_FLOOR, precision=PRECISION_FLOOR,
                         modality=MODALITY_FLOOR, many_to_one=SCORE_FLOOR)
