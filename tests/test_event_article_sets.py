"""The made-up article sets of benchmarks/event_sets.py that had no floors of their own: the
untouched political sets fresh11, fresh12 and fresh14, the untouched seedlike-heldout (the seed
story's genre) and the development sets fresh12dev, fresh13dev and seedlike-dev, in one table.
Each set's gold is checked for form (its texts there,
PLOVER types, parties it defines, modes its type allows), and, slow, the pipeline's scores on it
stay at or above its floors: recall with the actor by name, with actor and recipient, precision,
modality and the older many-to-one recall, each a few events under a measurement. A failure
names the numbers only: an untouched set's misses stay unread. The real article sets keep
their own files (COVERED_ELSEWHERE); a set registered in event_sets.py with neither fails
`test_every_article_set_has_floors`."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from event_helpers import PLOVER_TYPES, benchmark, check_article_scores, stored_run
from newsweave.store import Store

ROOT = Path(__file__).resolve().parents[1]
TESTS = Path(__file__).parent
# the article sets whose floors live in a file of their own
COVERED_ELSEWHERE = {
    "seeds-dev": "test_events_seeds.py", "seeds-heldout": "test_events_seeds.py",
    "seeds-dense-dev": "test_events_seeds.py",
    "heldout": "test_events_heldout.py",
    "fresh": "test_events_heldout.py", "fresh2": "test_events_fresh2.py",
    "fresh3": "test_events_fresh3.py", "fresh4": "test_events_fresh4.py",
    "fresh5": "test_events_fresh5.py", "fresh6": "test_events_fresh6.py",
    "ecb-accuse": "test_events_ecb_accuse.py", "ecb-dev": "test_events_ecb_dev.py",
    "ecb-dev2": "test_events_ecb_dev2.py",
}


def _bench() -> ModuleType:
    """benchmarks/event_sets.py: the one registry of event sets."""
    return benchmark("event_sets")


@dataclass(frozen=True)
class ArticleFloors:
    docs: int
    events: int
    actor: float
    both: float
    precision: float
    modality: float
    many_to_one: float


FLOORS: dict[str, ArticleFloors] = {
    # untouched (session 15): first run 0.559 / 0.380 / 0.771 / 0.924; session 17 main
    # 24c608b 0.563 (120/213) / 0.385 (82/213) / 0.778 (140/180) / 0.924 / 0.432
    "fresh11": ArticleFloors(10, 213, 0.54, 0.36, 0.75, 0.88, 0.41),
    # untouched (session 16): first run 0.470 / 0.260 / 0.725 / 0.909; session 17 main
    # 24c608b 0.479 (103/215) / 0.260 (56/215) / 0.745 (111/149) / 0.924 / 0.307
    "fresh12": ArticleFloors(10, 215, 0.46, 0.24, 0.71, 0.87, 0.29),
    # development (session 16, evreal12): first run 0.479 / 0.317 / 0.687; session 17 main
    # 24c608b 0.527 (88/167) / 0.383 (64/167) / 0.727 (101/139) / 0.932 / 0.443
    "fresh12dev": ArticleFloors(8, 167, 0.50, 0.36, 0.70, 0.89, 0.42),
    # development (session 17, evreal13): first run 0.510 / 0.356 / 0.699 / 0.919; session 17
    # main 24c608b 0.531 (103/194) / 0.387 (75/194) / 0.708 (119/168) / 0.925 / 0.412
    "fresh13dev": ArticleFloors(8, 194, 0.51, 0.36, 0.68, 0.88, 0.39),
    # untouched (session 19, anne15): first run on f27ebbb 0.463 (100/216) / 0.310 (67/216) /
    # 0.698 (118/169) / 0.865 (77/89) / 0.412
    "fresh14": ArticleFloors(10, 216, 0.44, 0.29, 0.67, 0.83, 0.39),
    # development (session 23, seedlike23: 8 made-up articles in the genre of our seed story):
    # first run, gold committed before it (a5b2758, main 38892a4's extraction), 0.520 (64/123)
    # / 0.382 (47/123) / 0.597 (83/139) / 0.824 (42/51) / 0.415 (51/123); core events only
    # 0.714 (30/42) / 0.619 (26/42)
    "seedlike-dev": ArticleFloors(8, 123, 0.50, 0.36, 0.57, 0.78, 0.39),
    # untouched (session 24, seedheld24: 8 more made-up articles in the genre of our seed
    # story, written and annotated by a helper that read no newsweave code): first run, gold
    # committed before it (85b5266, main df299f3's extraction), 0.478 (65/136) / 0.346
    # (47/136) / 0.656 (86/131) / 0.796 (39/49) / 0.360 (49/136); core events only 0.366 (15/41).
    # Session 25 (after evargs25): 0.478 / 0.338 (46/136) / 0.654 (87/133) / 0.750 (36/48) /
    # 0.353 (48/136); the modality floor moved from 0.76 to 0.72 with it (issue 11's note)
    "seedlike-heldout": ArticleFloors(8, 136, 0.45, 0.32, 0.63, 0.72, 0.34),
    # untouched (session 26, fresh16: 12 made-up articles, 6 conflict and diplomacy, 6 domestic
    # politics, written and annotated by a helper before any run): first run, gold committed
    # before it (2f08241, main e77f9ed's extraction), 0.385 (90/234) / 0.274 (64/234) / 0.606
    # (100/165) / 0.911 (72/79) / 0.338 (79/234)
    "fresh16": ArticleFloors(12, 234, 0.36, 0.25, 0.58, 0.87, 0.31),
    # untouched (session 27, fresh17: 14 made-up articles, 7 conflict and diplomacy, 7 domestic
    # politics on several continents, written and annotated by a helper before any run): first
    # run, gold committed before it (691783e, main cf6f7c4's extraction), 0.489 (114/233) /
    # 0.313 (73/233) / 0.667 (130/195) / 0.901 (73/81) / 0.348 (81/233)
    "fresh17": ArticleFloors(14, 233, 0.46, 0.29, 0.64, 0.86, 0.32),
    # untouched (session 28, fresh18: 14 made-up articles, 7 conflict and diplomacy, 7 domestic
    # politics on several continents, written and annotated by a helper before any run): first
    # run, gold committed before it (685f780, main a42587f's extraction), 0.458 (103/225) /
    # 0.249 (56/225) / 0.661 (109/165) / 0.853 (58/68) / 0.302 (68/225)
    "fresh18": ArticleFloors(14, 225, 0.43, 0.22, 0.63, 0.81, 0.27),
}


def _set(name: str) -> tuple[Path, dict[str, Any]]:
    folder, gold_path = _bench().ARTICLE_SETS[name]
    # the set must be there: a missing folder or gold file fails, never skips
    assert folder.is_dir() and gold_path.is_file(), (name, folder, gold_path)
    return folder, json.loads(gold_path.read_text("utf-8"))


def test_every_article_set_has_floors() -> None:
    registered = set(_bench().ARTICLE_SETS)
    assert set(FLOORS) | set(COVERED_ELSEWHERE) == registered, \
        (set(FLOORS) | set(COVERED_ELSEWHERE)) ^ registered
    assert not set(FLOORS) & set(COVERED_ELSEWHERE)
    for name, file in COVERED_ELSEWHERE.items():
        folder, _ = _bench().ARTICLE_SETS[name]
        assert folder.name in (TESTS / file).read_text("utf-8"), (name, file)


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_the_gold_is_well_formed(name: str) -> None:
    """Only counts and ids are printed: two of these sets are untouched."""
    folder, gold = _set(name)
    floors = FLOORS[name]
    modes = {t: set(spec["modes"]) for t, spec in json.loads(
        (ROOT / "src/newsweave/data/lexicons/plover_types.json").read_text("utf-8")
    )["types"].items()}
    assert len(gold["docs"]) == floors.docs == len(list(folder.glob("*.txt")))
    assert len(gold["events"]) == floors.events
    assert all((folder / doc["file"]).is_file() for doc in gold["docs"].values())
    for n, ev in enumerate(gold["events"]):
        assert ev["doc"] in gold["docs"] and ev["type"] in PLOVER_TYPES, n
        assert ev["source"] in gold["actors"] or len(ev["source"]) == 3, n
        assert ev["target"] is None or ev["target"] in gold["actors"], n
        assert not ev.get("mode") or ev["mode"] in modes[ev["type"]], n


@pytest.fixture(scope="module")
def stores(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    """A stored run of a set by name, each run once per module."""
    runs: dict[str, Iterator[Store]] = {}
    done: dict[str, Store] = {}

    def of(name: str) -> Store:
        if name not in done:
            runs[name] = stored_run(tmp_path_factory, _set(name)[0])
            done[name] = next(runs[name])
        return done[name]

    yield of
    for run in runs.values():
        next(run, None)  # closes its store


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(FLOORS))
def test_the_set_keeps_its_scores(stores: Any, name: str) -> None:
    floors = FLOORS[name]
    check_article_scores(_set(name)[1], stores(name), floors.events, actor=floors.actor,
                         both=floors.both, precision=floors.precision,
                         modality=floors.modality, many_to_one=floors.many_to_one)
