"""Exit codes a script can tell apart: 0 all read, 1 some input failed, 2 usage or store error,
3 a crash (a bug: the message asks for a report), 130 interrupted (Ctrl-C), 143 stopped by
SIGTERM."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from newsweave import cli

STORY = ("Officials in Lima said on Monday that the two ministers would meet again next week. "
         "A spokesman for the ministry declined to comment.\n")


def newsweave(*args: str, cwd: Path, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "newsweave.cli", *args], cwd=cwd,
                          capture_output=True, text=True, timeout=300, env={**os.environ, **env})


def test_0_when_every_input_was_read(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(STORY, encoding="utf-8")
    proc = newsweave("ingest", "a.txt", "--db", "a.duckdb", cwd=tmp_path)
    assert proc.returncode == cli.EXIT_OK, proc.stderr


def test_1_when_some_input_failed(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"\x00\x01binary")
    proc = newsweave("ingest", "a.txt", "b.txt", "--db", "a.duckdb", cwd=tmp_path)
    assert proc.returncode == cli.EXIT_INPUT_FAILED
    assert "b.txt" in proc.stderr and "Traceback" not in proc.stderr


def test_2_on_usage_and_store_errors(tmp_path: Path) -> None:
    assert newsweave("ingest", "--no-such-option", cwd=tmp_path).returncode == 2
    (tmp_path / "junk.duckdb").write_bytes(os.urandom(4096))
    proc = newsweave("summary", "--db", "junk.duckdb", cwd=tmp_path)
    assert proc.returncode == cli.EXIT_USAGE_OR_STORE and "Traceback" not in proc.stderr


@pytest.fixture
def restore_signals() -> Iterator[None]:
    saved = {s: signal.getsignal(s) for s in (signal.SIGINT, signal.SIGTERM)}
    yield
    for s, handler in saved.items():
        signal.signal(s, handler)


def run_main(monkeypatch: pytest.MonkeyPatch, *args: str) -> int:
    monkeypatch.setattr(sys, "argv", ["newsweave", *args])
    with pytest.raises(SystemExit) as info:
        cli.main()
    return int(info.value.code or 0)


def test_3_on_a_crash_with_a_message_asking_for_a_report(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
        restore_signals: None) -> None:
    from newsweave import api

    def buggy(*args: object, **kwargs: object) -> None:
        raise ZeroDivisionError("a bug")

    monkeypatch.setattr(api, "ingest", buggy)
    # tempfile reads TMPDIR once and caches it: set both so the report lands in tmp_path
    monkeypatch.setenv("TMPDIR", str(tmp_path))
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    (tmp_path / "a.txt").write_text(STORY, encoding="utf-8")
    code = run_main(monkeypatch, "ingest", str(tmp_path / "a.txt"), "--db",
                    str(tmp_path / "a.duckdb"))
    assert code == cli.EXIT_CRASH
    (line,) = capsys.readouterr().err.strip().splitlines()
    assert "ZeroDivisionError: a bug" in line and "This is a bug: please report it" in line
    report = Path(line.rsplit("details in ", 1)[1])
    assert report.parent == tmp_path
    assert "Traceback" in report.read_text(encoding="utf-8")


def test_130_when_interrupted_in_process(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
        restore_signals: None) -> None:
    from newsweave import api

    def interrupted(*args: object, **kwargs: object) -> None:
        os.kill(os.getpid(), signal.SIGINT)
        time.sleep(5)

    monkeypatch.setattr(api, "ingest", interrupted)
    (tmp_path / "a.txt").write_text(STORY, encoding="utf-8")
    code = run_main(monkeypatch, "ingest", str(tmp_path / "a.txt"), "--db",
                    str(tmp_path / "a.duckdb"))
    assert code == cli.EXIT_INTERRUPTED
    assert capsys.readouterr().err.strip() == cli.INTERRUPTED_MESSAGE


@pytest.fixture
def silent_server() -> Iterator[str]:
    """A local HTTP server that accepts and never answers: a fetch waits on it."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(5)
    held: list[socket.socket] = []

    def accept() -> None:
        while True:
            try:
                conn, _ = server.accept()
            except OSError:
                return
            held.append(conn)

    threading.Thread(target=accept, daemon=True).start()
    yield f"http://127.0.0.1:{server.getsockname()[1]}/story.html"
    server.close()
    for conn in held:
        conn.close()


@pytest.mark.parametrize("signum, code", [(signal.SIGINT, 130), (signal.SIGTERM, 143)])
def test_a_signal_prints_one_line_and_exits_128_plus_its_number(
        tmp_path: Path, silent_server: str, signum: int, code: int) -> None:
    (tmp_path / "a.txt").write_text(STORY, encoding="utf-8")
    proc = subprocess.Popen([sys.executable, "-m", "newsweave.cli", "ingest", "a.txt",
                             silent_server, "--db", "a.duckdb"], cwd=tmp_path,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    time.sleep(4)  # imports, the store, the first file, then the fetch waits
    proc.send_signal(signum)
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == code, (out, err)
    lines = [line for line in err.splitlines() if line.strip()]
    assert lines[-1] == cli.INTERRUPTED_MESSAGE and "Traceback" not in err
    assert "leaked" not in err


@pytest.mark.slow
def test_ctrl_c_with_workers_running_leaks_nothing(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(300):  # far more than the run can analyze before the signal
        (folder / f"{i:03d}.txt").write_text(STORY.replace("Monday", f"day {i}") * 30,
                                             encoding="utf-8")
    proc = subprocess.Popen([sys.executable, "-m", "newsweave.cli", "run", str(folder), "--db",
                             "a.duckdb", "--workers", "1", "-q"], cwd=tmp_path,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env={**os.environ, "NEWSWEAVE_SPAWN_AFTER": "0"})
    time.sleep(12)  # the worker is loading or analyzing
    proc.send_signal(signal.SIGINT)
    out, err = proc.communicate(timeout=120)
    assert proc.returncode == cli.EXIT_INTERRUPTED, (out, err)
    lines = [line for line in err.splitlines() if line.strip()]
    assert lines == [cli.INTERRUPTED_MESSAGE], err


def test_errors_print_one_line_each_even_when_piped(tmp_path: Path) -> None:
    long_name = "a-very-long-file-name-" * 8 + ".txt"
    (tmp_path / long_name).write_bytes(b"\x00\x01\x02 binary")
    (tmp_path / "new\nline.txt").write_bytes(b"")
    proc = newsweave("ingest", long_name, "new\nline.txt", "--db", "a.duckdb", cwd=tmp_path)
    assert proc.returncode == 1
    printed = proc.stderr.splitlines()  # no blank line either (no progress display in a pipe)
    assert len(printed) == 2 and "new\\nline.txt: empty file" in printed[1]
    for fmt in ("table", "jsonl"):  # piped: the table is not wrapped either
        listed = newsweave("errors", "--db", "a.duckdb", "--format", fmt,
                           cwd=tmp_path).stdout.splitlines()
        assert len(listed) == 2 and long_name in listed[0] and "nline.txt" in listed[1]
        assert "\n" not in listed[1]


def test_a_signal_that_a_library_wraps_still_exits_128_plus_its_number(
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    """SIGTERM landing inside a DuckDB query comes back as DuckDB's own error ("Query
    interrupted"); the run still ends as terminated (143), not as a crash (3)."""
    def app_interrupted_in_a_query() -> None:
        try:
            cli._on_signal(signal.SIGTERM, None)
        except cli.Interrupted:
            raise RuntimeError("Query interrupted") from None

    before = signal.getsignal(signal.SIGINT), signal.getsignal(signal.SIGTERM)
    monkeypatch.setattr(cli, "app", app_interrupted_in_a_query)
    monkeypatch.setattr(cli, "_signals_received", [])
    try:
        with pytest.raises(SystemExit) as stop:
            cli.main()
    finally:
        signal.signal(signal.SIGINT, before[0])
        signal.signal(signal.SIGTERM, before[1])
    assert stop.value.code == cli.EXIT_TERMINATED
    assert capsys.readouterr().err.strip() == cli.INTERRUPTED_MESSAGE
