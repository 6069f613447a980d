"""Command-line habits: --version, -v/-q logging, --format on list commands (JSON lines when
piped), and every choice checked before any work is done."""

from __future__ import annotations

import csv
import io
import json
import logging
import os
import typing
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conventions_store import build_rich_store
from newsweave import __version__
from newsweave.cli import (
    ClaimStatusChoice,
    EventTypeChoice,
    ExportFormat,
    QuoteKindChoice,
    app,
)
from newsweave.export import FORMATS
from newsweave.export.tables import table_columns
from newsweave.logs import configure_logging
from newsweave.model import PLOVER_TYPES, ClaimStatus, QuoteKind

runner = CliRunner()


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("cli") / "cli.duckdb"
    build_rich_store(path)
    return path


def invoke(*args: str) -> typing.Any:
    return runner.invoke(app, list(args), env={"COLUMNS": "200"})


def test_version_prints_one_line() -> None:
    result = invoke("--version")
    assert result.exit_code == 0
    assert result.stdout == f"newsweave {__version__}\n"


def test_choices_match_the_vocabulary() -> None:
    assert tuple(f.value for f in ExportFormat) == FORMATS
    assert tuple(t.value for t in EventTypeChoice) == PLOVER_TYPES
    assert tuple(s.value for s in ClaimStatusChoice) == typing.get_args(ClaimStatus)
    assert tuple(k.value for k in QuoteKindChoice) == typing.get_args(QuoteKind)


@pytest.mark.parametrize("args", [
    ["events", "--type", "FOO"], ["claims", "--status", "maybe"], ["quotes", "--kind", "x"],
    ["quotes", "--format", "xml"], ["events", "--limit", "0"]])
def test_bad_choices_are_usage_errors(db: Path, args: list[str]) -> None:
    result = invoke(*args, "--db", str(db))
    assert result.exit_code == 2, result.output
    assert "Invalid value" in result.output


def test_a_bad_export_format_writes_nothing(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = invoke("export", "-f", "jsonl", "-f", "xml", str(out), "--db", str(db))
    assert result.exit_code == 2
    assert not out.exists()  # not even the JSONL of the good format


def test_list_commands_print_json_lines_when_piped(db: Path) -> None:
    for command, key in (("quotes", "quote_id"), ("events", "event_id"),
                         ("claims", "claim_id"), ("summary", "table")):
        result = invoke(command, "--db", str(db))
        assert result.exit_code == 0, result.output
        lines = result.stdout.splitlines()
        assert lines, command
        assert all(key in json.loads(line) for line in lines), command


def test_events_type_is_case_insensitive_and_filters(db: Path) -> None:
    result = invoke("events", "--type", "accuse", "--db", str(db))
    assert [json.loads(x)["event_id"] for x in result.stdout.splitlines()] == ["evt_accuse"]


@pytest.mark.parametrize("command,table", [("quotes", "quotes"), ("events", "events"),
                                           ("claims", "claims")])
def test_json_jsonl_and_csv_hold_the_same_records(db: Path, command: str, table: str
                                                  ) -> None:
    as_json = json.loads(invoke(command, "--db", str(db), "--format", "json").stdout)
    as_jsonl = [json.loads(x) for x in
                invoke(command, "--db", str(db), "-f", "jsonl").stdout.splitlines()]
    assert as_json == as_jsonl and as_json
    rows = list(csv.DictReader(io.StringIO(invoke(command, "--db", str(db), "-f",
                                                  "csv").stdout)))
    assert len(rows) == len(as_json)
    first = rows[0]
    assert list(first) == table_columns(table)
    if "span" in first:
        assert json.loads(first["span"]) == [int(first["span_start"]), int(first["span_end"])]


def test_csv_output_defuses_formulas(db: Path) -> None:
    text = invoke("quotes", "--db", str(db), "-f", "csv").stdout
    cells = [c for row in csv.reader(io.StringIO(text)) for c in row]
    assert any(c.startswith("'=HYPERLINK") for c in cells)


def test_table_format_still_renders(db: Path) -> None:
    result = invoke("claims", "--db", str(db), "-f", "table")
    assert result.exit_code == 0 and "2 claims" in result.stdout


def test_errors_command_formats(db: Path) -> None:
    assert invoke("errors", "--db", str(db), "-f", "json").stdout.strip() == "[]"
    assert invoke("errors", "--db", str(db), "-f", "csv").stdout.strip() == \
        "stage,source,reason"


def test_verbose_shows_our_info_and_quiet_hides_warnings(db: Path, tmp_path: Path) -> None:
    loud = invoke("-v", "export", "-f", "csv", str(tmp_path / "a"), "--db", str(db))
    assert loud.exit_code == 0
    assert "INFO newsweave.export: exported csv" in loud.stderr
    plain = invoke("export", "-f", "csv", str(tmp_path / "b"), "--db", str(db))
    assert "INFO" not in plain.stderr


def test_library_logs_are_silent_unless_asked(capsys: pytest.CaptureFixture[str]) -> None:
    ours, library = logging.getLogger("newsweave.ingest"), logging.getLogger("trafilatura")
    try:
        configure_logging(verbose=0)
        library.warning("library chatter")
        ours.warning("bad input x")
        err = capsys.readouterr().err
        assert "bad input x" in err and "library chatter" not in err
        configure_logging(quiet=True)
        ours.warning("hidden warning")
        ours.error("shown error")
        err = capsys.readouterr().err
        assert "hidden warning" not in err and "shown error" in err
        configure_logging(verbose=2)
        library.info("library detail")
        assert "library detail" in capsys.readouterr().err
    finally:
        configure_logging(verbose=0)
        logging.getLogger().setLevel(logging.WARNING)


REPO = Path(__file__).resolve().parents[1]


def test_make_demo_prints_the_version_first() -> None:
    lines = (REPO / "Makefile").read_text("utf-8").splitlines()
    recipe = lines[lines.index("demo: setup") + 1:]
    assert recipe[0].strip() == "$(BIN)/newsweave --version"


def test_readme_shows_each_new_option() -> None:
    readme = (REPO / "README.md").read_text("utf-8")
    for shown in ("newsweave --version", "newsweave -v ", "newsweave -q ", "-f csv",
                  "-f json ", "-f jsonl", "--allow-host", "pyarrow.dataset",
                  "plover_event.schema.json", "For users of GDELT / POLECAT / ACLED",
                  "geonameid", "_start", "timeformat"):
        assert shown in readme, shown


def test_workers_inherit_the_cli_log_level(monkeypatch: pytest.MonkeyPatch) -> None:
    from newsweave.logs import VERBOSITY_ENV, configure_from_environment

    try:
        configure_logging(verbose=1)
        inherited = os.environ[VERBOSITY_ENV]
        configure_logging(quiet=True)
        monkeypatch.setenv(VERBOSITY_ENV, inherited)
        configure_from_environment()  # what a spawned worker runs first
        assert logging.getLogger("newsweave").level == logging.INFO
    finally:
        configure_logging(verbose=0)
        logging.getLogger().setLevel(logging.WARNING)
