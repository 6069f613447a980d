"""The pipeline streams, reruns add nothing, and growing a store equals building it at once."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from newsweave import api
from newsweave.engine.local import AnalysisResult
from newsweave.model import Article, ArticleAnalysis, Mention, stable_id
from newsweave.store import Store

WORDS = ("Moscow", "Kabul", "Taliban", "Washington", "Tashkent", "Herat", "Kandahar")


def make_texts(folder: Path, n: int, start: int = 0) -> list[Path]:
    """`n` small distinct news-like text files."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(start, start + n):
        place, other = WORDS[i % len(WORDS)], WORDS[(i * 3 + 1) % len(WORDS)]
        text = (f"Officials in {place} said on day {i} that talks with {other} would go on.\n\n"
                f"A spokesman in {other} declined to comment on report number {i}.\n")
        path = folder / f"story_{i:03d}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def names_analyzer(articles: list[Article]) -> list[AnalysisResult]:
    """A fast stand-in for spaCy: every capitalised place name is a mention."""
    out: list[AnalysisResult] = []
    for art in articles:
        mentions = []
        for word in WORDS:
            start = art.text.find(word)
            if start >= 0:
                mentions.append(Mention(
                    mention_id=stable_id("men", art.article_id, start), article_id=art.article_id,
                    text=word, span=(start, start + len(word)), label="GPE", canonical=word,
                    local_key=word.lower()))
        out.append((art, ArticleAnalysis(article_id=art.article_id, mentions=mentions,
                                         analyzer_version=_version()), None))
    return out


def _version() -> str:
    from newsweave.extract import analyzer_version

    return analyzer_version()


def exported(store: Store, out: Path) -> dict[str, list[dict[str, Any]]]:
    """Every exported JSONL file, as records."""
    api.export(store, out)
    return {p.name: [json.loads(line) for line in p.read_text("utf-8").splitlines()]
            for p in sorted(out.glob("*.jsonl"))}


def test_analyze_and_link_do_not_load_the_whole_corpus(tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    make_texts(tmp_path / "in", 40)
    with Store(tmp_path / "a.duckdb") as store:
        api.ingest(store, [str(tmp_path / "in")], analyze=False)

        def whole_corpus(*args: object, **kwargs: object) -> list[Article]:
            raise AssertionError("Store.articles() loads every article at once")

        monkeypatch.setattr(Store, "articles", whole_corpus)
        report = api.analyze(store, batch_size=8, analyzer=names_analyzer)
        api.link(store)
        assert report.analyzed == 40
        assert store.counts()["entities"] == len(WORDS)


def test_rerunning_the_same_input_adds_nothing(tmp_path: Path) -> None:
    make_texts(tmp_path / "in", 12)
    db = tmp_path / "a.duckdb"
    first = api.run([str(tmp_path / "in")], db=db, batch_size=5, analyzer=names_analyzer)
    with Store(db) as store:
        before, records = store.counts(), exported(store, tmp_path / "out1")
    again = api.run([str(tmp_path / "in")], db=db, batch_size=5, analyzer=names_analyzer)
    with Store(db) as store:
        assert store.counts() == before
        assert exported(store, tmp_path / "out2") == records
    assert (first.new_articles, first.analyzed) == (12, 12)
    assert (again.new_articles, again.analyzed, again.already_stored) == (0, 0, 12)


def test_exact_duplicates_are_stored_once_with_every_source(tmp_path: Path) -> None:
    paths = make_texts(tmp_path / "in", 6)
    shutil.copy(paths[0], tmp_path / "in" / "story_900.txt")  # lands in a later batch
    shutil.copy(paths[1], tmp_path / "in" / "story_001_copy.txt")  # same batch
    db = tmp_path / "a.duckdb"
    report = api.run([str(tmp_path / "in")], db=db, batch_size=3, analyzer=names_analyzer)
    assert (report.inputs, report.new_articles, report.exact_duplicates) == (8, 6, 2)
    assert report.analyzed == 6
    with Store(db, read_only=True) as store:
        others = {a.source.rsplit("/", 1)[-1]: a.other_sources for a in store.iter_articles()}
    assert [Path(s).name for s in others["story_000.txt"]] == ["story_900.txt"]
    assert [Path(s).name for s in others["story_001.txt"]] == ["story_001_copy.txt"]


def test_a_large_batch_keeps_input_order_and_every_source(tmp_path: Path) -> None:
    """40 articles in one transaction (written as one table) with a repeat inside it."""
    articles = [Article(article_id=stable_id("art", str(i)), source=f"{i}.txt",
                        text=f"Text number {i}.", language="en") for i in range(40)]
    repeat = Article(article_id=articles[3].article_id, source="copy.txt", text="Text number 3.")
    with Store(tmp_path / "big.duckdb") as store:
        assert store.write_batch([*articles, repeat]) == 40
        assert store.write_batch(articles[:5]) == 0
        assert [a.article_id for a in store.articles()] == [a.article_id for a in articles]
        assert store.article_sources()[articles[3].article_id] == ["3.txt", "copy.txt"]


def test_ingest_then_analyze_equals_one_run(tmp_path: Path) -> None:
    make_texts(tmp_path / "in", 10)
    with Store(tmp_path / "two_steps.duckdb") as store:
        api.ingest(store, [str(tmp_path / "in")], analyze=False, batch_size=4)
        assert store.analyzed_ids() == set()
        api.analyze(store, batch_size=3, analyzer=names_analyzer)
        api.link(store)
        two_steps = exported(store, tmp_path / "out_a")
    api.run([str(tmp_path / "in")], db=tmp_path / "one.duckdb", analyzer=names_analyzer)
    with Store(tmp_path / "one.duckdb") as store:
        assert exported(store, tmp_path / "out_b") == two_steps


@pytest.mark.slow
def test_a_reader_gets_in_while_the_next_batch_is_being_analyzed(tmp_path: Path) -> None:
    """A reader that finds the file locked asks for it; the writer closes it after its
    current batch, so the reader gets in while the next one is analyzed."""
    make_texts(tmp_path / "in", 6)
    db = tmp_path / "a.duckdb"
    calls: list[int] = []
    readers: list[subprocess.Popen[str]] = []
    seen: list[str] = []

    def analyzer_that_reads(articles: list[Article]) -> list[AnalysisResult]:
        calls.append(len(articles))
        if len(calls) == 1:  # the writer holds the file now: this reader has to ask
            readers.append(subprocess.Popen(
                [sys.executable, "-c", "import sys; from newsweave.store import Store\n"
                 "with Store(sys.argv[1], read_only=True, lock_timeout=60) as s: "
                 "print(s.article_count())", str(db)],
                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True))
            time.sleep(1.0)
        elif len(calls) == 2:  # batch 1 is committed; the reader gets in meanwhile
            out, err = readers[0].communicate(timeout=60)
            assert readers[0].returncode == 0, err
            seen.append(out.strip())
        return names_analyzer(articles)

    api.run([str(tmp_path / "in")], db=db, batch_size=2, analyzer=analyzer_that_reads)
    assert calls == [2, 2, 2]
    assert seen == ["2"]


READ_COUNT = ("import sys; from newsweave.store import Store\n"
              "with Store(sys.argv[1], read_only=True, lock_timeout=0) as s: "
              "print(s.article_count())")


@pytest.mark.slow
def test_readers_get_in_while_the_linker_computes(tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    import newsweave.link
    from newsweave.model import LinkResult

    make_texts(tmp_path / "in", 5)
    db = tmp_path / "a.duckdb"
    api.run([str(tmp_path / "in")], db=db, analyzer=names_analyzer)
    seen: dict[str, Any] = {}

    def linker(articles: Any, analyses: Any, embed: Any = None, **_: Any) -> LinkResult:
        seen["analyses"] = len(list(analyses))
        seen["articles"] = len([a.article_id for a in articles])
        seen["indexed"] = articles[4].source
        reader = subprocess.run([sys.executable, "-c", READ_COUNT, str(db)],
                                capture_output=True, text=True, timeout=60)
        seen["reader"] = (reader.returncode, reader.stdout.strip(), reader.stderr)
        return LinkResult()

    monkeypatch.setattr(newsweave.link, "link_corpus", linker)
    with Store(db) as store:
        # the run linked already: forget it, or a link with nothing new does nothing
        store.con.execute("DELETE FROM meta WHERE key = 'link_state'")
        api.link(store)
    assert seen["analyses"] == seen["articles"] == 5
    assert seen["indexed"].endswith("story_004.txt")
    assert seen["reader"][:2] == (0, "5"), seen["reader"]


@pytest.mark.slow
def test_growing_a_store_equals_building_it_at_once(tmp_path: Path, seeds_dir: Path) -> None:
    """Run A then B into one store == run A+B into a fresh one (real analysis and linking)."""
    seeds = sorted(seeds_dir.glob("*.txt"))
    part_a, part_b = tmp_path / "a", tmp_path / "b"
    for folder, files in ((part_a, seeds[:3]), (part_b, seeds[3:])):
        folder.mkdir()
        for f in files:
            shutil.copy(f, folder / f.name)
    grown, fresh = tmp_path / "grown.duckdb", tmp_path / "fresh.duckdb"
    api.run([str(part_a)], db=grown)
    second = api.run([str(part_b)], db=grown)
    assert second.analyzed == len(seeds) - 3  # the old articles are not analyzed again
    api.run([str(part_a), str(part_b)], db=fresh)
    with Store(grown) as g, Store(fresh) as f:
        grown_records = exported(g, tmp_path / "out_grown")
        fresh_records = exported(f, tmp_path / "out_fresh")
        assert g.counts() == f.counts()
    assert grown_records == fresh_records
    assert len(grown_records["articles.jsonl"]) == len(seeds)


def count_commits(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The number of articles in each `Store.write_batch` call (one transaction each), as
    they happen."""
    commits: list[int] = []
    real = Store.write_batch

    def counted(self: Store, articles: Any = (), analyses: Any = (), errors: Any = ()) -> int:
        articles = list(articles)
        commits.append(len(articles))
        return real(self, articles, analyses, errors)

    monkeypatch.setattr(Store, "write_batch", counted)
    return commits


def test_finished_batches_are_committed_together_each_batch_whole(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Up to COMMIT_ARTICLES articles of finished batches go in one transaction (DuckDB's
    cost is per statement and per commit); once the inputs are read, each remaining batch
    is committed as soon as it is done."""
    make_texts(tmp_path / "in", 25)
    monkeypatch.setattr(api, "COMMIT_ARTICLES", 8)
    commits = count_commits(monkeypatch)
    with Store(tmp_path / "a.duckdb") as store:
        report = api.ingest(store, [str(tmp_path / "in")], batch_size=3,
                            analyzer=names_analyzer)
        assert store.article_count() == 25 and report.new_articles == 25
        assert len(store.analyzed_ids()) == 25
    # batches of 3 (and a last one of 1): three finished batches (9 >= 8 articles) per
    # commit while reading; the ones held when the inputs end are committed then
    assert commits == [9, 9, 7]


def test_a_waiting_reader_gets_the_finished_batches_committed_at_once(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    make_texts(tmp_path / "in", 8)
    db = tmp_path / "a.duckdb"
    seen: list[int] = []

    def analyzer(articles: list[Article]) -> list[AnalysisResult]:
        if len(seen) == 1:  # a reader asked for the file while the first batch was written
            Path(f"{db}.wanted").touch()
        seen.append(len(articles))
        return names_analyzer(articles)

    commits = count_commits(monkeypatch)
    with Store(db) as store:
        api.ingest(store, [str(tmp_path / "in")], batch_size=2, analyzer=analyzer)
    # held back (2 < 64 articles) until the reader asked; then committed at once, and
    # every batch after it too while the reader is around (Store.POLITE_SECONDS)
    assert commits == [4, 2, 2]
