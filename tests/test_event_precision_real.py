"""Event precision on real sports, business and disaster news (tests/data/ecb_precision_dev/,
50 ECB+ articles): every event newsweave emitted on them before session 12 was judged by hand
(tests/data/ecb_precision_dev_judged.jsonl). An event that is not judged counts as not right,
so a change that emits new events lowers precision until someone judges them. Development
data (read while writing rules); scored by `python benchmarks/event_precision.py --judged`."""

from __future__ import annotations

import json
from pathlib import Path
from types import ModuleType

import pytest

from event_helpers import benchmark

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests/data"
FOLDER = DATA / "ecb_precision_dev"
JUDGED = DATA / "ecb_precision_dev_judged.jsonl"
# measured before session 12's rules: type 0.500 (17/34); after them 0.739 (17/23), type + actor
# 0.696; 17 right-typed either way (six drawn files were dropped after judging: they share lines
# with texts of other sets, see tests/test_sets_disjoint.py)
PRECISION_TYPE_FLOOR = 0.73
RIGHT_KEPT_FLOOR = 17  # judged right-typed events still emitted (of 17): recall may not drop


def _bench() -> ModuleType:
    return benchmark("event_precision")


def _judged() -> list[dict]:
    assert JUDGED.is_file(), f"{JUDGED} is missing"
    rows = [json.loads(line) for line in JUDGED.read_text("utf-8").splitlines() if line.strip()]
    assert len(rows) >= 30, f"{JUDGED}: {len(rows)} judged events, expected 30 or more"
    return rows


def test_judged_events_are_well_formed() -> None:
    rows = _judged()
    files = {p.name for p in FOLDER.glob("*.txt")}
    assert len(files) >= 50, f"{FOLDER}: {len(files)} articles"
    bench = _bench()
    for row in rows:
        assert row["verdict"] in bench.VERDICTS, row
        assert row["file"] in files, row["file"]
        text = " ".join((FOLDER / row["file"]).read_text("utf-8").split())
        assert row["sentence"][:60] in text, row
        if row["verdict"] != "right":
            assert row["cause"], f"a {row['verdict']} event needs its cause: {row}"
    assert len({bench.judged_key(r) for r in rows}) == len(rows), "duplicate judgments"


def test_scorer_counts_unjudged_events_as_not_right() -> None:
    bench = _bench()
    judged = [{"file": "a.txt", "sentence": "x", "type": "AID", "trigger": "give",
               "actor": "A", "verdict": "right"},
              {"file": "a.txt", "sentence": "y", "type": "ASSAULT", "trigger": "hit",
               "actor": None, "verdict": "false"}]
    emitted = [dict(judged[0]), {"file": "a.txt", "sentence": "z", "type": "AID",
                                 "trigger": "give", "actor": "B"}]
    score = bench.score_judged(judged, emitted)
    assert score["precision_type"] == 0.5
    assert score["counts"] == {"right": 1, "unjudged": 1}
    assert score["kept_type"] == (1, 1)
    assert bench.score_judged(judged, [])["kept_type"] == (0, 1)


@pytest.mark.slow
def test_real_article_precision_floor() -> None:
    bench = _bench()
    score = bench.score_judged(_judged(), bench.folder_events(FOLDER))
    assert score["emitted"] > 0, "no event on 50 articles: the pipeline is not running"
    assert score["precision_type"] >= PRECISION_TYPE_FLOOR, score
    assert score["kept_type"][0] >= RIGHT_KEPT_FLOOR, score
