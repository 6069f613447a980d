"""`newsweave eval --ablate RULE`: the gold scored with every rule and without the named ones,
both freshly analyzed from a copy of the store (which is never written)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsweave.cli import app


def test_an_unknown_rule_is_a_usage_error(tmp_path: Path) -> None:
    gold = tmp_path / "gold.json"
    gold.write_text(json.dumps({"docs": {}, "events": []}), "utf-8")
    result = CliRunner().invoke(app, ["eval", "--gold", str(gold), "--db",
                                      str(tmp_path / "none.duckdb"), "--ablate", "no_such"])
    assert result.exit_code == 2
    assert "unknown rule no_such" in result.output and "bare_state_noun" in result.output


@pytest.mark.slow
def test_ablating_a_rule_shows_what_it_adds(tmp_path: Path) -> None:
    from newsweave import api
    from newsweave.evaluation.ablation import ablate

    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "story.txt").write_text(
        "Ukraine's parliament met on Tuesday in Kyiv. The government accused Russia of "
        "meddling in the elections.\n", "utf-8")
    db = tmp_path / "store.duckdb"
    api.run([str(folder)], db=db)
    before = db.read_bytes()
    gold = {"docs": {"d": {"file": "story.txt"}}, "actors": {"UKR": [], "RUS": []},
            "events": [{"doc": "d", "source": "UKR", "type": "ACCUSE", "target": "RUS"}]}
    pairs = {full.name: (full, cut) for full, cut in ablate(gold, db, ["no_borrowed_state"])}
    full, cut = pairs["event recall"]
    assert (full.numerator, cut.numerator) == (1, 0)
    assert db.read_bytes() == before  # the store given is only read
