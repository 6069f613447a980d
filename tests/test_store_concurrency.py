"""The store opens, waits for and shares its DuckDB file safely, and says clearly when it can't."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest

from newsweave.model import Article, ArticleAnalysis, IngestError, Mention, stable_id
from newsweave.store import Store, StoreError

HOLD_WRITE_LOCK = """
import sys, time, duckdb
con = duckdb.connect(sys.argv[1])
print("holding", flush=True)
time.sleep(float(sys.argv[2]))
"""


def hold_lock(db: Path, seconds: float) -> subprocess.Popen[str]:
    """Another process with a write connection to `db`, for `seconds`."""
    proc = subprocess.Popen([sys.executable, "-c", HOLD_WRITE_LOCK, str(db), str(seconds)],
                            stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "holding"
    return proc


def article(n: int) -> Article:
    text = f"Article number {n} says the minister met the envoy on day {n}."
    return Article(article_id=stable_id("art", text), source=f"doc{n}.txt", text=text)


def analysis(art: Article, version: str = "v1") -> ArticleAnalysis:
    mention = Mention(mention_id=stable_id("men", art.article_id), article_id=art.article_id,
                      text="the minister", span=(21, 33), label="PERSON",
                      canonical="the minister", local_key="minister")
    return ArticleAnalysis(article_id=art.article_id, mentions=[mention],
                           analyzer_version=version)


@pytest.mark.slow
def test_locked_database_gives_one_clear_error_after_the_wait(tmp_path: Path) -> None:
    db = tmp_path / "a.duckdb"
    Store(db).close()
    holder = hold_lock(db, 30)
    try:
        started = time.monotonic()
        with pytest.raises(StoreError) as info:
            Store(db, lock_timeout=0.5)
        waited = time.monotonic() - started
    finally:
        holder.kill()
        holder.wait()
    message = str(info.value)
    assert "\n" not in message
    assert str(db) in message and "locked" in message and str(holder.pid) in message
    assert 0.4 < waited < 10


@pytest.mark.slow
def test_open_waits_for_a_lock_that_is_released(tmp_path: Path) -> None:
    db = tmp_path / "a.duckdb"
    Store(db).close()
    holder = hold_lock(db, 1.0)
    try:
        with Store(db, read_only=True, lock_timeout=20) as store:
            assert store.article_count() == 0
    finally:
        holder.wait()


@pytest.mark.slow
def test_released_store_lets_another_process_read_and_reopens_itself(tmp_path: Path) -> None:
    db = tmp_path / "a.duckdb"
    with Store(db) as store:
        store.write_batch([article(1)])
        store.release()
        reader = subprocess.run(
            [sys.executable, "-c", "import sys, duckdb; con = duckdb.connect(sys.argv[1], "
             "read_only=True); print(con.execute('select count(*) from articles').fetchone()[0])",
             str(db)], capture_output=True, text=True, timeout=60)
        assert reader.returncode == 0, reader.stderr
        assert reader.stdout.strip() == "1"
        store.write_batch([article(2)])  # reopens on its own
        assert store.article_count() == 2


READ_COUNT = """
import sys
from newsweave.store import Store
with Store(sys.argv[1], read_only=True, lock_timeout=60) as store:
    print(store.article_count())
"""


@pytest.mark.slow
def test_a_writer_keeps_its_file_until_a_reader_asks_then_yields_between_batches(
        tmp_path: Path) -> None:
    db = tmp_path / "a.duckdb"
    with Store(db) as store:
        store.write_batch([article(1)])
        store.yield_if_wanted()
        assert store.holds_file  # nobody waits: no close and reopen per batch
        reader = subprocess.Popen([sys.executable, "-c", READ_COUNT, str(db)],
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        n = 2
        deadline = time.monotonic() + 60
        while reader.poll() is None and time.monotonic() < deadline:
            store.write_batch([article(n)])  # the next batch (re)opens the file
            n += 1
            time.sleep(0.3)  # "analysis" of the next batch: the reader's chance
            store.yield_if_wanted()
        out, err = reader.communicate(timeout=60)
        assert reader.returncode == 0, err
        assert 1 <= int(out) < n
        assert not Path(f"{db}.wanted").exists()
        store.write_batch([article(n)])
        store.yield_if_wanted()
        assert not store.holds_file  # polite for a while after a reader came by


def test_random_bytes_are_not_a_database(tmp_path: Path) -> None:
    db = tmp_path / "junk.duckdb"
    db.write_bytes(bytes(range(256)) * 64)
    for read_only in (False, True):
        with pytest.raises(StoreError) as info:
            Store(db, read_only=read_only)
        assert str(db) in str(info.value) and "\n" not in str(info.value)


def test_a_foreign_duckdb_file_is_refused(tmp_path: Path) -> None:
    import duckdb

    db = tmp_path / "other.duckdb"
    con = duckdb.connect(str(db))
    con.execute("CREATE TABLE t (x INTEGER)")
    con.close()
    with pytest.raises(StoreError, match="not a newsweave database"):
        Store(db, read_only=True)


def test_a_newer_schema_is_refused(tmp_path: Path) -> None:
    db = tmp_path / "a.duckdb"
    with Store(db) as store:
        store.con.execute("UPDATE meta SET value = '999' WHERE key = 'schema_version'")
    with pytest.raises(StoreError, match="newer newsweave"):
        Store(db, read_only=True)


def test_write_batch_is_one_transaction(tmp_path: Path) -> None:
    db = tmp_path / "a.duckdb"
    with Store(db) as store:
        store.write_batch([article(1)])
        bad = ArticleAnalysis(article_id=article(2).article_id, analyzer_version="v1",
                              mentions=[analysis(article(1)).mentions[0]] * 2)  # same id twice
        with pytest.raises(Exception):  # noqa: B017 - the kind is DuckDB's business
            store.write_batch([article(2)], [bad], [IngestError("x.txt", "bad")])
        assert store.article_count() == 1
        assert store.errors() == []


def test_iter_articles_pages_do_not_skip_while_analyses_are_written(tmp_path: Path) -> None:
    with Store(tmp_path / "a.duckdb") as store:
        arts = [article(n) for n in range(10)]
        store.write_batch(arts)
        seen = []
        for art in store.iter_articles(batch_size=3, pending_for="v1"):
            seen.append(art.article_id)
            store.write_batch(analyses=[analysis(art)])
            store.release()
        assert seen == [a.article_id for a in arts]
        assert list(store.iter_articles(batch_size=3, pending_for="v1")) == []
        assert len(list(store.iter_articles(batch_size=3, pending_for="v2"))) == 10
        assert store.analyzed_ids("v1", among=[arts[0].article_id, "nope"]) == {
            arts[0].article_id}


def test_bulk_analyses_equal_per_article_reads(tmp_path: Path) -> None:
    with Store(tmp_path / "a.duckdb") as store:
        arts = [article(n) for n in range(7)]
        store.write_batch(arts, [analysis(a) for a in arts[:5]])
        bulk = list(store.analyses(batch_size=2))
        assert [a.article_id for a in bulk] == [a.article_id for a in arts]
        assert bulk == [store.analysis(a.article_id) for a in arts]
        assert bulk[6].mentions == [] and bulk[6].analyzer_version == ""


def test_exact_duplicate_sources_come_back_with_the_article(tmp_path: Path) -> None:
    with Store(tmp_path / "a.duckdb") as store:
        first = article(1)
        copy = Article(article_id=first.article_id, source="mirror/doc1.txt", text=first.text)
        assert store.write_batch([first]) == 1
        assert store.write_batch([copy]) == 0
        (streamed,) = list(store.iter_articles())
        assert streamed.other_sources == ["mirror/doc1.txt"]
        assert store.articles_page(0, 5)[0].other_sources == ["mirror/doc1.txt"]
