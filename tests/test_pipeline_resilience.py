"""A batch the store refuses is written article by article: the one article the store cannot
take becomes an error row, the batch's good articles are kept; a store that cannot even take
the error rows stops the run (exit code 2 on the command line)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from newsweave import api
from newsweave.engine import local
from newsweave.model import Article
from newsweave.store import Store, StoreError

STORY = "Officials in Lima said on Monday that the ministers would meet again. {}\n"


def corpus(folder: Path, n: int) -> list[str]:
    folder.mkdir()
    for i in range(n):
        (folder / f"{i}.txt").write_text(STORY.format("POISON" if i == 1 else f"Note {i}."),
                                         encoding="utf-8")
    return [str(folder)]


def test_one_article_the_store_refuses_does_not_lose_the_batch(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real = Store.write_batch

    def picky(self: Store, articles: Any = (), analyses: Any = (), errors: Any = ()) -> int:
        articles = list(articles)
        if any("POISON" in a.text for a in articles):
            raise StoreError("a.duckdb: write failed (a value DuckDB rejects)")
        return real(self, articles, analyses, errors)

    monkeypatch.setattr(Store, "write_batch", picky)
    with Store(tmp_path / "a.duckdb") as store:
        report = api.ingest(store, corpus(tmp_path / "in", 4), analyze=False)
        stored = sorted(Path(a.source).name for a in store.articles())
        errors = store.errors()
    assert stored == ["0.txt", "2.txt", "3.txt"]
    assert [(Path(e.source).name, e.stage) for e in errors] == [("1.txt", "store")]
    assert "could not be stored" in errors[0].reason and report.failed


def test_a_store_that_takes_nothing_stops_the_run(tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(self: Store, *args: Any, **kwargs: Any) -> int:
        raise StoreError("a.duckdb: write failed (disk full)")

    with Store(tmp_path / "a.duckdb") as store:
        monkeypatch.setattr(Store, "write_batch", broken)
        with pytest.raises(StoreError, match="disk full"):
            api.ingest(store, corpus(tmp_path / "in", 2), analyze=False)


def test_the_article_time_budget_reaches_the_analysis(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[float | None] = []

    def fake_batch(articles: list[Article], time_budget: float | None = None) -> list[Any]:
        seen.append(time_budget)
        return []

    def fake_parsed(articles: list[Article], parsed: Any,
                    time_budget: float | None = None) -> list[Any]:
        return fake_batch(articles, time_budget)

    monkeypatch.setattr(local, "analyze_batch", fake_batch)
    monkeypatch.setattr(local, "analyze_parsed", fake_parsed)
    monkeypatch.setattr(local, "parse_batch", lambda articles: None)
    for parse_ahead in ("0", "1"):  # parsed when asked for, or ahead on a second thread
        monkeypatch.setenv(local.PARSE_AHEAD_ENV, parse_ahead)
        analyzer = local.LocalAnalyzer(workers=1, spawn_after=None, time_budget=7.0)
        analyzer.submit([Article(article_id="a", source="a", text="x")]).result()
    assert seen == [7.0, 7.0]
    made = api._analyzer("local", 1, None, article_timeout=3.0)
    assert isinstance(made, local.LocalAnalyzer) and made.time_budget == 3.0
