"""Fresh5 event gold: 15 real English news articles from the article-extraction-benchmark on
stories no other set uses (Delhi's air pollution 2019, the Democratic debate, the Nigerian
Senate, Emirates' Boeing and Airbus orders, Alibaba's Hong Kong listing, a GiveWell grant, plague
cases and censorship in China, South Korea's solar roadmap, two Ascom partnerships, Chelsea's
signing of Kepa, the fourth Star Trek film, cannabis where it is legal) with 56 PLOVER
events annotated by reading before newsweave ran on them. It is the untouched check of issue #11
after fresh4 became development data: never read its misses to write rules (new cases go to
heldout_events); raise the floors only when the extractor gets better on its own. Scored with
`score_articles` (one-to-one recall by actor and by actor + recipient, precision by type +
actor) and with `score` (the older sets' rule)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from event_helpers import check_articles_new, check_event_gold, stored_run
from newsweave.store import Store

pytestmark = pytest.mark.slow

DATA = Path(__file__).parent / "data"
FOLDER = DATA / "fresh5_events"
GOLD = DATA / "fresh5_events_gold.json"
ROOT = Path(__file__).parents[1]
# measured once on main 5bb0024 + this set in its final form (88f9a44), before any rule saw it
# (tests/data/fresh5_events/README.md); each floor is the measurement minus about one event
ACTOR_RECALL_FLOOR = 0.14  # measured 0.161 (9/56)
BOTH_RECALL_FLOOR = 0.08  # measured 0.107 (6/56)
PRECISION_FLOOR = 0.52  # measured 0.588 (10/17)
MODALITY_FLOOR = 0.80  # measured 0.900 (9/10)
SCORE_FLOOR = 0.16  # measured 0.179 (10/56), many to one


@pytest.fixture(scope="module")
def fresh5_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    yield from stored_run(tmp_path_factory, FOLDER)


def test_gold_is_well_formed() -> None:
    gold = json.loads(GOLD.read_text("utf-8"))
    check_event_gold(gold, FOLDER, min_docs=14, min_events=50)
    assert len(list(FOLDER.glob("*.txt"))) == len(gold["docs"])
    # 14 of the 16 types: these texts hold no attack and no threat (README)
    types = {ev["type"] for ev in gold["events"]}
    assert len(types) >= 14, types
    for ev in gold["events"]:
        assert ev["modality"] in ("asserted", "alleged", "planned", "hypothetical")
        assert ev["note"].strip(), ev
        for side in ("source_country", "target_country"):
            assert ev[side] is None or (len(ev[side]) == 3 and ev[side].isupper()), ev


def test_gold_modes_are_valid_for_their_type() -> None:
    gold = json.loads(GOLD.read_text("utf-8"))
    modes = {name: set(spec["modes"]) for name, spec in json.loads(
        (ROOT / "src/newsweave/data/lexicons/plover_types.json")
        .read_text("utf-8"))["types"].items()}
    assert len(gold["events"]) >= 50
    bad = [ev for ev in gold["events"] if ev["mode"] and ev["mode"] not in modes[ev["type"]]]
    assert not bad


def test_fresh5_articles_are_new() -> None:
    """No article of fresh5 is in another test folder (event or quote set), by name or by
    content."""
    others = sorted(p for p in DATA.iterdir() if p.is_dir() and p != FOLDER)
    check_articles_new(FOLDER, others, min_mine=14, min_others=100)


def test_no_other_gold_names_a_fresh5_page() -> None:
    """No gold file, judged sample or README elsewhere names one of fresh5's benchmark pages
    (by the first 12 characters of its page id), so no other set scores these articles."""
    ids = {p.stem[:12] for p in FOLDER.glob("*.txt")}
    assert len(ids) >= 14
    files = [p for p in DATA.rglob("*") if p.is_file() and p.suffix in (".json", ".jsonl", ".md")
             and FOLDER not in p.parents and p != GOLD]
    files += sorted((ROOT / "benchmarks").glob("*.jsonl"))
    files += sorted((ROOT.parent / "shared/eval").glob("*.json"))
    assert len(files) >= 20
    named = [(p.name, i) for p in files for i in ids if i in p.read_text("utf-8")]
    assert not named


def test_fresh5_recall_precision_and_modality(fresh5_store: Store) -> None:
    from newsweave.evaluation.events import score, score_articles

    gold = json.loads(GOLD.read_text("utf-8"))
    by_actor, by_both, precision, modality = score_articles(gold, fresh5_store)
    assert by_actor.denominator == by_both.denominator == len(gold["events"]) >= 50
    # the misses of an untouched set stay unread: a failure names the numbers only
    assert not [m for m in by_actor.misses if "not in store" in m], "an article was not stored"
    assert by_actor.value is not None and by_actor.value >= ACTOR_RECALL_FLOOR, by_actor.value
    assert by_both.value is not None and by_both.value >= BOTH_RECALL_FLOOR, by_both.value
    assert precision.value is not None and precision.value >= PRECISION_FLOOR, precision.value
    assert modality.value is not None and modality.value >= MODALITY_FLOOR, modality.value
    recall = score(gold, fresh5_store)[0]
    assert recall.value is not None and recall.value >= SCORE_FLOOR, recall.value
