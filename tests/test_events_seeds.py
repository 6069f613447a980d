"""Events on the seed corpus against the dev gold, the PLOVER export and the `events` command;
the floors of seeds-dense-dev, our dense gold of the three development seeds (000, 002, 004),
and of seeds-heldout, our own gold for the two held-out seeds (001, 003)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from event_helpers import PLOVER_TYPES, benchmark, check_article_scores

pytestmark = pytest.mark.slow

# seeds-heldout (benchmarks/event_sets.py, untouched: its misses are never read): the gold of
# seeds 001 and 003 written by helper seedgold19 (session 22) by reading, before any run on
# them. First run, gold committed before it (530a53f; benchmarks/event_sets.py --set
# seeds-heldout, on main c2468d2's extraction): actor recall 0.385 (15/39), actor + recipient
# 0.282 (11/39), precision 0.750 (18/24), modality 0.846 (11/13), many to one 0.333 (13/39);
# on its 14 core events 0.571 (8/14) many to one, modality 1.000 (8/8). Each floor is about
# one event under that run.
HELDOUT_GOLD = Path(__file__).parent / "data" / "seeds_heldout_gold.json"
HELDOUT_EVENTS = 39
HELDOUT_FLOORS = {"actor": 0.35, "both": 0.25, "precision": 0.70, "modality": 0.76,
                  "many_to_one": 0.30}
MODALITIES = {"asserted", "alleged", "planned", "denied", "negated", "hypothetical"}
# seeds-dense-dev (benchmarks/event_sets.py, development data): the dev gold's 14 events as
# `core: true` plus every other event of seeds 000, 002 and 004, written by helper seeddense23
# (session 23) by reading, before any run on them. First run, gold committed before it
# (15789eb, on main 38892a4's extraction): actor recall 0.613 (38/62), actor + recipient
# 0.548 (34/62), precision 0.918 (45/49), modality 0.850 (34/40), many to one 0.645 (40/62);
# core events 1.000 (14/14) many to one. Each floor is about two events under that run (one
# for the 14 core events).
DENSE_GOLD = Path(__file__).parent / "data" / "seeds_dense_dev_gold.json"
DENSE_EVENTS = 62
DENSE_FLOORS = {"actor": 0.58, "both": 0.51, "precision": 0.87, "modality": 0.80,
                "many_to_one": 0.61}
DENSE_CORE_FLOOR = 0.92


def test_dev_gold_targets(gold: dict[str, Any], seeds_store: Any) -> None:
    from newsweave.evaluation.events import score

    metrics = {m.name: m for m in score(gold, seeds_store)}
    recall = metrics["event recall"]
    assert recall.value is not None and recall.value >= 0.75, recall.misses
    modality = metrics["event modality accuracy"]
    assert modality.value is not None and modality.value >= 0.8, modality.misses


def test_gold_groups_map_actors_generally(gold: dict[str, Any]) -> None:
    from newsweave.evaluation.events import actor_groups, groups_of
    from newsweave.model import ActorRef

    groups = actor_groups(gold["actors"])
    assert groups_of(ActorRef(name="Russia", country="RUS", sector="GOV"), groups) == {"RUS"}
    assert groups_of(ActorRef(name="Afghanistan", country="AFG", sector="MIL"),
                     groups) == {"AFG_GOV"}
    assert groups_of(ActorRef(name="Taliban", country="AFG", sector="REB", type="ORG"),
                     groups) == {"TALIBAN"}
    assert groups_of(ActorRef(name="Islamic State", sector="REB", type="ORG"), groups) == {"IS"}
    assert groups_of(ActorRef(name="Akhtar Mansour", country="AFG", sector="REB",
                              type="PERSON", description="Taliban leader"), groups) == {"TALIBAN"}


def test_plover_export_maps_planned_cooperation_to_agree(seeds_store: Any,
                                                         tmp_path: Path) -> None:
    from newsweave.export import export_store

    (path,) = export_store(seeds_store, tmp_path, ["plover"])
    records = [json.loads(line) for line in path.read_text("utf-8").splitlines()]
    assert records and all(r["id"] and r["event"] and r["text"] for r in records)
    planned_aid = [r for r in records if r["x_newsweave"]["original_event_type"] == "AID"]
    assert planned_aid and all(r["event"] == ["AGREE"] and "future" in r["context"]
                               for r in planned_aid)
    assert {a["code"] for r in records for a in r["source"]} >= {"RUS", "AFG"}


def test_events_command_filters(seeds_db: Path) -> None:
    from typer.testing import CliRunner

    from newsweave.cli import app

    result = CliRunner().invoke(app, ["events", "--type", "AID", "--actor", "russia",
                                      "--db", str(seeds_db)], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    assert "AID" in result.output and "Russia" in result.output
    assert "ASSAULT" not in result.output


def test_heldout_gold_is_well_formed(seeds_dir: Path) -> None:
    """Counts and fields only: the held-out gold is never printed."""
    gold = json.loads(HELDOUT_GOLD.read_text("utf-8"))
    assert sorted(gold["docs"]) == ["001", "003"]
    assert all((seeds_dir / doc["file"]).is_file() for doc in gold["docs"].values())
    assert len(gold["events"]) == HELDOUT_EVENTS
    for n, ev in enumerate(gold["events"]):
        assert ev["doc"] in gold["docs"] and ev["type"] in PLOVER_TYPES, n
        assert ev["source"] in gold["actors"], n
        assert ev["target"] is None or ev["target"] in gold["actors"], n
        assert ev["modality"] in MODALITIES and isinstance(ev["core"], bool), n
    for n, q in enumerate(gold["quotes"]):
        assert q["doc"] in gold["docs"] and q["kind"] in ("direct", "indirect", "mixed"), n
    assert all(set(c["docs"]) <= set(gold["docs"]) for c in gold["claims"])


def test_heldout_seeds_keep_their_scores(seeds_store: Any) -> None:
    """The store of all five seeds (as the hidden measure runs them), scored on 001 and 003."""
    gold = json.loads(HELDOUT_GOLD.read_text("utf-8"))
    check_article_scores(gold, seeds_store, HELDOUT_EVENTS, **HELDOUT_FLOORS)


def test_dense_gold_is_well_formed(gold: dict[str, Any], seeds_dir: Path) -> None:
    """The dense development gold holds the dev gold whole (its events as the core ones,
    unchanged) and adds events and quotes of the same three articles only."""
    from newsweave.evaluation import normalize_text

    dense = json.loads(DENSE_GOLD.read_text("utf-8"))
    assert dense["docs"] == gold["docs"] and dense["claims"] == gold["claims"]
    assert dense["people"] == gold["people"]
    assert all(dense["actors"][k] == v for k, v in gold["actors"].items())
    assert len(dense["events"]) == DENSE_EVENTS
    core = [{k: v for k, v in ev.items() if k != "core"} for ev in dense["events"] if ev["core"]]
    assert core == gold["events"]
    assert all(q in dense["quotes"] for q in gold["quotes"])
    for n, ev in enumerate(dense["events"]):
        assert ev["doc"] in dense["docs"] and ev["type"] in PLOVER_TYPES, n
        assert ev["source"] in dense["actors"], n
        assert ev["target"] is None or ev["target"] in dense["actors"], n
        assert ev["modality"] in MODALITIES | {"unconfirmed"}, n
        assert isinstance(ev["core"], bool) and ev["note"].strip(), n
    texts = {d: normalize_text((seeds_dir / doc["file"]).read_text("utf-8"))
             for d, doc in dense["docs"].items()}
    for n, q in enumerate(dense["quotes"]):
        assert q["kind"] in ("direct", "indirect", "mixed"), n
        assert normalize_text(q["snippet"]) in texts[q["doc"]], n


def test_dense_dev_seeds_keep_their_scores(seeds_store: Any) -> None:
    """The store of all five seeds, scored on 000, 002 and 004 with the dense gold, and on its
    core events alone (benchmarks/event_sets.py's core_recall)."""
    dense = json.loads(DENSE_GOLD.read_text("utf-8"))
    check_article_scores(dense, seeds_store, DENSE_EVENTS, **DENSE_FLOORS)
    core = benchmark("event_sets").core_recall(dense, seeds_store)
    assert core.denominator == 14 and core.value >= DENSE_CORE_FLOOR, core.misses
