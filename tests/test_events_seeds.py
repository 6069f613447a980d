"""Events on the seed corpus against the dev gold, the PLOVER export and the `events` command;
and the floors of seeds-heldout, our own gold for the two held-out seeds (001, 003)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from event_helpers import PLOVER_TYPES, check_article_scores

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
