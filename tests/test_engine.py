"""Engines only decide where `analyze_batch` runs: every engine gives the same records."""

from __future__ import annotations

from collections.abc import Iterator
from concurrent.futures import Future
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import Any

import pytest

from newsweave import api
from newsweave.engine.local import LocalAnalyzer, _InPool, analyze_batch
from newsweave.model import Article, stable_id
from newsweave.store import Store


def as_article(path: Path) -> Article:
    text = path.read_text("utf-8").strip()
    return Article(article_id=stable_id("art", text), source=str(path), text=text,
                   language="en")


@pytest.fixture(scope="module")
def seed_articles(seeds_dir: Path) -> list[Article]:
    return [as_article(p) for p in sorted(seeds_dir.glob("*.txt"))]


def records(results: list[Any]) -> list[tuple[str, Any, Any]]:
    return [(art.article_id, analysis.to_dict() if analysis else None,
             err.to_dict() if err else None) for art, analysis, err in results]


def exported(db: Path, out: Path) -> dict[str, str]:
    with Store(db, read_only=True) as store:
        api.export(store, out)
    return {p.name: p.read_text("utf-8") for p in sorted(out.glob("*.jsonl"))}


@pytest.mark.slow
def test_one_failing_article_does_not_fail_its_batch(
        seed_articles: list[Article], monkeypatch: pytest.MonkeyPatch) -> None:
    import newsweave.extract

    real = newsweave.extract.analyze_doc
    bad_id = seed_articles[1].article_id

    def flaky(article: Article, doc: Any) -> Any:
        if article.article_id == bad_id:
            raise ValueError("no verb found\nsecond line")
        return real(article, doc)

    monkeypatch.setattr(newsweave.extract, "analyze_doc", flaky)
    german = Article(article_id="art_de", source="de.txt", text="Die Regierung sagte.",
                     language="de")
    empty = Article(article_id="art_empty", source="empty.txt", text="  ")
    batch = [seed_articles[0], seed_articles[1], german, empty, seed_articles[2]]
    results = analyze_batch(batch)
    assert [art.article_id for art, _, _ in results] == [a.article_id for a in batch]
    by_id = {art.article_id: (analysis, err) for art, analysis, err in results}
    analysis, err = by_id[bad_id]
    assert analysis is None and err is not None
    assert err.stage == "analyze" and err.source == seed_articles[1].source
    assert err.reason == "analysis failed: ValueError: no verb found"
    assert by_id["art_de"][0].skipped == "language de"  # type: ignore[union-attr]
    assert by_id["art_empty"][0].skipped == "empty text"  # type: ignore[union-attr]
    assert by_id[seed_articles[0].article_id][0].mentions  # type: ignore[union-attr]


def test_a_crashed_worker_fails_only_its_own_batch() -> None:
    arts = [Article(article_id=f"art_{i}", source=f"{i}.txt", text="x") for i in range(3)]
    owner = LocalAnalyzer(workers=2)
    future: Future[Any] = Future()
    future.set_exception(BrokenProcessPool("a child process terminated abruptly"))
    results = _InPool(owner, arts, future).result()
    assert [a.article_id for a, _, _ in results] == ["art_0", "art_1", "art_2"]
    assert all(analysis is None and err is not None and "worker crashed" in err.reason
               for _, analysis, err in results)


@pytest.mark.slow
def test_a_process_pool_stores_the_same_records_as_one_process(
        seeds_db: Path, seeds_dir: Path, seed_articles: list[Article], tmp_path: Path) -> None:
    db = tmp_path / "pool.duckdb"
    with LocalAnalyzer(workers=2) as pool:
        report = api.run([str(seeds_dir)], db=db, batch_size=2, analyzer=pool)
        assert report.analyzed >= 5 and not report.failed
        # the pool outlives the run; called directly it splits a batch over both workers
        called = pool(seed_articles[:2])
    assert records(called) == records(analyze_batch(seed_articles[:2]))
    assert exported(db, tmp_path / "pool") == exported(seeds_db, tmp_path / "single")


@pytest.fixture(scope="module")
def local_ray() -> Iterator[None]:
    ray = pytest.importorskip("ray")
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False)
    try:
        yield
    finally:
        ray.shutdown()


@pytest.mark.slow
@pytest.mark.ray
def test_ray_stores_the_same_records_as_local(local_ray: None, seeds_db: Path,
                                             seeds_dir: Path, tmp_path: Path) -> None:
    db = tmp_path / "ray.duckdb"
    report = api.run([str(seeds_dir)], db=db, engine="ray", workers=2, batch_size=2)
    assert report.analyzed >= 5 and not report.failed
    assert exported(db, tmp_path / "ray") == exported(seeds_db, tmp_path / "local")


@pytest.mark.slow
def test_a_warmed_up_worker_runs_on_one_thread() -> None:
    """No library helper thread is started while the models load: a process that ever had a
    second thread loses glibc's single-thread shortcuts and parses 12-15% slower."""
    import subprocess
    import sys

    code = ("import os\nfrom newsweave.engine.local import _init_worker\n_init_worker()\n"
            "print(len(os.listdir('/proc/self/task')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         timeout=600, check=True).stdout.split()
    assert out[-1] == "1"
