"""The command line: fast help, one line per bad input, exit codes 0 / 1 / 2."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from newsweave.store import Store

NEWSWEAVE = [sys.executable, "-m", "newsweave.cli"]

CHECK_HELP_IMPORTS = """
import sys
from newsweave.cli import main
sys.argv = ["newsweave", "--help"]
try:
    main()
except SystemExit as exc:
    assert exc.code in (0, None), exc.code
heavy = ("spacy", "torch", "sentence_transformers", "ray", "transformers", "duckdb")
print("LOADED", " ".join(m for m in heavy if m in sys.modules))
"""

GOOD_TEXT = ("Officials in Kabul said on Monday that a shipment of rifles had arrived from "
             "Moscow. A spokesman for the ministry declined to give numbers.\n")


def newsweave(*args: str, cwd: Path, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*NEWSWEAVE, *args], cwd=cwd, capture_output=True, text=True,
                          timeout=300, env={**os.environ, **env})


def error_lines(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.strip()]


@pytest.mark.slow
def test_help_is_fast_and_loads_no_models() -> None:
    proc = subprocess.run([sys.executable, "-c", CHECK_HELP_IMPORTS], capture_output=True,
                          text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert "run" in proc.stdout and "serve" in proc.stdout
    loaded = proc.stdout.split("LOADED", 1)[1].split()
    assert loaded == [], f"--help imported {loaded}"


@pytest.mark.slow
def test_a_bad_file_is_named_in_one_line_and_the_good_ones_are_stored(tmp_path: Path) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "good_one.txt").write_text(GOOD_TEXT, encoding="utf-8")
    (inputs / "good_two.txt").write_text(GOOD_TEXT.replace("Monday", "Tuesday"), "utf-8")
    (inputs / "broken.txt").write_bytes(b"")
    proc = newsweave("run", "--db", "a.duckdb", "-q", str(inputs), cwd=tmp_path)
    assert proc.returncode == 1, proc.stderr
    errors = error_lines(proc.stderr)
    assert len(errors) == 1, proc.stderr
    assert "broken.txt" in errors[0]
    with Store(tmp_path / "a.duckdb", read_only=True) as store:
        assert store.article_count() == 2
        assert [Path(e.source).name for e in store.errors()] == ["broken.txt"]

    clean = tmp_path / "clean"
    clean.mkdir()
    (clean / "good_three.txt").write_text(GOOD_TEXT.replace("Monday", "Friday"), "utf-8")
    proc = newsweave("run", "--db", "a.duckdb", "-q", str(clean), cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert "1 new" in proc.stdout


@pytest.mark.slow
def test_store_errors_exit_with_code_2_and_one_line(tmp_path: Path) -> None:
    junk = tmp_path / "junk.duckdb"
    junk.write_bytes(os.urandom(64 * 1024))
    (tmp_path / "a.txt").write_text(GOOD_TEXT, encoding="utf-8")
    for args in (["run", "--db", str(junk), "a.txt"], ["summary", "--db", str(junk)],
                 ["export", "out", "--db", str(junk)],
                 ["summary", "--db", str(tmp_path / "missing.duckdb")]):
        proc = newsweave(*args, cwd=tmp_path)
        assert proc.returncode == 2, (args, proc.stdout, proc.stderr)
        lines = error_lines(proc.stderr)
        assert len(lines) == 1 and "duckdb" in lines[0], (args, proc.stderr)
        assert "Traceback" not in proc.stderr


@pytest.mark.slow
def test_an_unknown_engine_is_a_usage_error(tmp_path: Path) -> None:
    proc = newsweave("run", "--engine", "spark", "--db", "a.duckdb", ".", cwd=tmp_path)
    assert proc.returncode == 2
    assert "spark" in proc.stderr and "local" in proc.stderr and "ray" in proc.stderr
    assert not (tmp_path / "a.duckdb").exists()
