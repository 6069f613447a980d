"""The store's write path: few rows as one VALUES statement, many as one Arrow table, the
same rows either way; the bulk path can be loaded ahead of the first write."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import duckdb

from newsweave.model import Article
from newsweave.store import Store
from newsweave.store.duckdb_store import _insert_rows

COLUMNS = "id VARCHAR PRIMARY KEY, day DATE, n INTEGER, names VARCHAR[], note VARCHAR"


def _rows(n: int, start: int = 0) -> list[list[object]]:
    """Rows with NULLs, dates, lists (empty ones too) and text with quotes and commas."""
    return [[f"r{i}", date(2016, 3, 1 + i % 28) if i % 3 else None, i if i % 4 else None,
             [f"name {k}" for k in range(i % 3)], f"it's, \"{i}\"" if i % 2 else None]
            for i in range(start, start + n)]


def test_a_few_rows_and_many_rows_are_stored_alike(tmp_path: Path) -> None:
    con = duckdb.connect(str(tmp_path / "rows.duckdb"))
    for table in ("few", "many"):
        con.execute(f"CREATE TABLE {table} ({COLUMNS})")
    for start in range(0, 60, 6):  # ten inserts of 6 rows: VALUES statements
        _insert_rows(con, "few", _rows(6, start))
    _insert_rows(con, "many", _rows(60))  # one insert of 60 rows: an Arrow table
    few = con.execute("SELECT * FROM few ORDER BY id").fetchall()
    assert few == con.execute("SELECT * FROM many ORDER BY id").fetchall()
    assert len(few) == 60
    assert ("r1", date(2016, 3, 2), 1, ["name 0"], "it's, \"1\"") in few
    assert ("r0", None, None, [], None) in few


def test_insert_or_ignore_keeps_the_first_row_of_a_key(tmp_path: Path) -> None:
    con = duckdb.connect(str(tmp_path / "rows.duckdb"))
    con.execute(f"CREATE TABLE t ({COLUMNS})")
    _insert_rows(con, "t", _rows(3))
    again = [["r1", None, 99, [], "later"], ["r9", None, 9, [], "new"]]
    _insert_rows(con, "t", again, verb="INSERT OR IGNORE")
    _insert_rows(con, "t", [[f"r{i}", None, -1, [], None] for i in range(40)],
                 verb="INSERT OR IGNORE")  # the Arrow path
    assert con.execute("SELECT n FROM t WHERE id = 'r1'").fetchone() == (1,)
    assert con.execute("SELECT n FROM t WHERE id = 'r9'").fetchone() == (9,)
    assert con.execute("SELECT count(*) FROM t").fetchone() == (40,)


def test_bulk_writes_are_prepared_even_with_a_result_left_unread(tmp_path: Path) -> None:
    """A run prepares the bulk path after reading the article count (a result DuckDB still
    holds): that must not fail, and the first large write goes through."""
    with Store(tmp_path / "a.duckdb", threads=False) as store:
        store.con.execute("SELECT 1 UNION ALL SELECT 2").fetchone()  # one row of two read
        store.prepare_bulk_writes()
        articles = [Article(article_id=f"art_{i}", source=f"{i}.txt", text=f"Text {i}.",
                            language="en") for i in range(40)]
        assert store.write_batch(articles) == 40
        assert store.article_count() == 40
