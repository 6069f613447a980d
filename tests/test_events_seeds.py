"""Events on the seed corpus against the dev gold, the PLOVER export and the `events` command."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

pytestmark = pytest.mark.slow


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
