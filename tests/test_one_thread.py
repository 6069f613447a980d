"""A run that analyzes articles in its own process keeps it single-threaded until the
analysis is done: spaCy parses slower in a process that ever started a second thread (see
engine.local.one_thread_per_process), so neither the store nor the progress display may
start one."""

from __future__ import annotations

from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(not Path("/proc/self/task").is_dir(),
                                reason="counts threads in Linux /proc")


def _threads() -> int:
    import os

    return len(os.listdir("/proc/self/task"))


def test_a_store_opened_without_threads_starts_none_until_told(tmp_path: Path) -> None:
    """A run that analyzes in its own process keeps it single-threaded while it writes
    (Store.use_threads); the link afterwards gets DuckDB's threads."""
    from newsweave.store import Store

    before = _threads()
    store = Store(tmp_path / "quiet.duckdb", threads=False)
    try:
        assert store.article_count() == 0
        assert _threads() == before  # DuckDB started none (it starts 8+ by default)
        store.use_threads(True)  # the open connection is closed, reopened with threads
        assert store.article_count() == 0 and store.threads
    finally:
        store.close()
    assert _threads() == before  # closing ends DuckDB's threads


def test_the_progress_display_is_redrawn_without_a_thread(
        monkeypatch: pytest.MonkeyPatch) -> None:
    import io

    from rich.console import Console

    from newsweave import cli

    screen = io.StringIO()
    monkeypatch.setattr(cli, "_console", lambda stderr=False: Console(
        file=screen, force_terminal=True, width=80))
    before = _threads()
    with cli._progress() as advance:
        advance("ingest", 16)
        advance("ingest", 4)
        during = _threads()
    assert during == before
    assert "20/?" in screen.getvalue()  # each step is drawn as it happens
