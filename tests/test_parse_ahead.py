"""A batch analyzed in the run process is parsed ahead on a thread: same records, in order."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest

from newsweave.engine import local
from newsweave.engine.local import (
    LocalAnalyzer,
    _Done,
    _ParsedAhead,
    analyze_batch,
    analyze_parsed,
    parse_batch,
)
from newsweave.model import Article, stable_id


def article(text: str, language: str = "en") -> Article:
    return Article(article_id=stable_id("art", text), source="made-up", text=text,
                   language=language)


MADE_UP = [
    article("The mayor of Northfield said on Monday that the city would build a new bridge. "
            "Council members criticized the plan."),
    article("Rebels attacked a police post near the border, the army said. Two officers "
            "were wounded."),
    article("Le ministre a parlé.", language="fr"),
    article("   "),
    article("The union threatened to strike unless the company raised wages. \"We will not "
            "wait,\" its leader told reporters."),
]


def records(results: list[Any]) -> list[tuple[str, Any, Any]]:
    return [(art.article_id, analysis.to_dict() if analysis else None,
             err.to_dict() if err else None) for art, analysis, err in results]


def test_parse_then_analyze_gives_what_analyze_batch_gives() -> None:
    parsed = parse_batch(MADE_UP)
    # only the English articles with text are parsed; the others are recorded as skipped
    assert sorted(parsed.prepared) == sorted(a.article_id for a in
                                             (MADE_UP[0], MADE_UP[1], MADE_UP[4]))
    assert set(parsed.docs) == set(parsed.prepared)
    assert records(analyze_parsed(MADE_UP, parsed)) == records(analyze_batch(MADE_UP))


def test_a_batch_without_english_text_needs_no_parser() -> None:
    parsed = parse_batch([MADE_UP[2], MADE_UP[3]])
    assert parsed.nlp is None and parsed.docs == {}
    skipped = [analysis.skipped for _, analysis, _ in analyze_parsed(MADE_UP[2:4], parsed)]
    assert skipped == ["language fr", "empty text"]


def test_batches_parsed_ahead_on_a_thread_give_the_same_records_in_order(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(local, "parse_ahead", lambda: True)
    threads: set[str] = set()
    real_parse = local.parse_batch

    def parse(articles: list[Article]) -> Any:
        threads.add(threading.current_thread().name)
        return real_parse(articles)

    monkeypatch.setattr(local, "parse_batch", parse)
    before = local.parse_ahead_stats["batches"]
    with LocalAnalyzer(workers=1, spawn_after=None) as analyzer:
        assert analyzer.in_flight == 1  # one batch parsed while the one before is analyzed
        pending = [analyzer.submit(MADE_UP[:2]), analyzer.submit(MADE_UP[2:])]
        assert all(isinstance(p, _ParsedAhead) for p in pending)
        results = [r for p in pending for r in p.result()]
    assert threads and all(name.startswith("newsweave-parse") for name in threads)
    assert local.parse_ahead_stats["batches"] == before + 2
    monkeypatch.setattr(local, "parse_batch", real_parse)
    assert records(results) == records(analyze_batch(MADE_UP))


def test_parse_ahead_can_be_turned_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(local.PARSE_AHEAD_ENV, "0")
    assert not local.parse_ahead()
    with LocalAnalyzer(workers=1, spawn_after=None) as analyzer:
        assert analyzer.in_flight == 0
        assert isinstance(analyzer.submit(MADE_UP[:1]), _Done)


def test_one_core_parses_nothing_ahead(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(local.PARSE_AHEAD_ENV, raising=False)
    monkeypatch.setattr("newsweave.nlp.models.cores", lambda: 1)
    assert not local.parse_ahead()
    monkeypatch.setattr("newsweave.nlp.models.cores", lambda: 2)
    assert local.parse_ahead()


def test_a_failing_parse_fails_the_batch_result_not_the_thread(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(local, "parse_ahead", lambda: True)

    def broken(articles: list[Article]) -> Any:
        raise RuntimeError("no model")

    monkeypatch.setattr(local, "parse_batch", broken)
    with LocalAnalyzer(workers=1, spawn_after=None) as analyzer:
        pending = analyzer.submit(MADE_UP[:1])
        with pytest.raises(RuntimeError, match="no model"):
            pending.result()
        monkeypatch.setattr(local, "parse_batch", parse_batch)
        # the thread parses the next batch as if nothing happened
        assert len(analyzer.submit(MADE_UP[:1]).result()) == 1
