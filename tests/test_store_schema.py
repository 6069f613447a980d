"""The store checks its schema on open: a drifted, foreign, truncated or SQLite file is one
line naming what is wrong (exit code 2 on the command line), never a traceback or a write."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from newsweave.store import Store, StoreError


@pytest.fixture(scope="module")
def good_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("good") / "good.duckdb"
    Store(db).close()
    return db


def drifted(good_db: Path, tmp_path: Path, sql: str) -> Path:
    db = tmp_path / "drifted.duckdb"
    shutil.copy(good_db, db)
    con = duckdb.connect(str(db))
    con.execute(sql)
    con.close()
    return db


@pytest.mark.parametrize("sql, says", [
    ("UPDATE meta SET value = 'abc' WHERE key = 'schema_version'",
     "schema version 'abc' is not a number"),
    ("DELETE FROM meta", "no schema version"),
    ("UPDATE meta SET value = '0' WHERE key = 'schema_version'", "older newsweave"),
    ("ALTER TABLE articles DROP COLUMN byline", "column articles.byline is missing"),
    ("ALTER TABLE events ADD COLUMN extra INTEGER", "table events has unknown column extra"),
    ("DROP TABLE claims", "table claims is missing"),
    ("ALTER TABLE quotes ALTER kind TYPE INTEGER USING 1",
     "column quotes.kind is INTEGER, expected VARCHAR"),
    ("DROP SEQUENCE article_seq", "sequence article_seq is missing"),
])
@pytest.mark.parametrize("read_only", [False, True])
def test_a_drifted_store_is_refused_naming_what_is_wrong(good_db: Path, tmp_path: Path, sql: str,
                                                         says: str, read_only: bool) -> None:
    db = drifted(good_db, tmp_path, sql)
    with pytest.raises(StoreError) as info:
        Store(db, read_only=read_only)
    message = str(info.value)
    assert says in message and str(db) in message and "\n" not in message


def test_a_store_made_before_the_embedding_cache_is_still_ours(good_db: Path, tmp_path: Path
                                                               ) -> None:
    db = drifted(good_db, tmp_path, "DROP TABLE embeddings")
    Store(db, read_only=True).close()
    with Store(db) as store:  # writing adds the cache table
        assert store.embeddings(["k"]) == {}
        store.write_embeddings({"k": [0.0] * 384})
        assert list(store.embeddings(["k"])) == ["k"]


def test_a_foreign_duckdb_file_is_never_written_to(tmp_path: Path) -> None:
    db = tmp_path / "other.duckdb"
    con = duckdb.connect(str(db))
    con.execute("CREATE TABLE sales (id INTEGER, amount DOUBLE)")
    con.close()
    with pytest.raises(StoreError, match=r"not a newsweave database .*sales"):
        Store(db)
    con = duckdb.connect(str(db), read_only=True)
    tables = [r[0] for r in con.execute("SELECT table_name FROM information_schema.tables")
              .fetchall()]
    con.close()
    assert tables == ["sales"]


def test_a_sqlite_file_is_refused_without_loading_any_extension(tmp_path: Path) -> None:
    db = tmp_path / "notes.db"
    con = sqlite3.connect(db)
    con.execute("CREATE TABLE t (x)")
    con.commit()
    con.close()
    before = db.read_bytes()
    with pytest.raises(StoreError, match="SQLite"):
        Store(db)
    assert db.read_bytes() == before


def test_duckdb_connections_never_install_or_load_extensions(tmp_path: Path) -> None:
    with Store(tmp_path / "a.duckdb") as store:
        settings = dict(store.con.execute(
            "SELECT name, value FROM duckdb_settings() WHERE name IN "
            "('autoinstall_known_extensions', 'autoload_known_extensions')").fetchall())
    assert settings == {"autoinstall_known_extensions": "false",
                        "autoload_known_extensions": "false"}


def test_a_truncated_file_reports_the_real_read_error(good_db: Path, tmp_path: Path) -> None:
    db = tmp_path / "cut.duckdb"
    data = good_db.read_bytes()
    db.write_bytes(data[:len(data) // 3])
    for read_only in (False, True):
        with pytest.raises(StoreError) as info:
            Store(db, read_only=read_only)
        message = str(info.value)
        assert "read" in message.lower() and "not a newsweave database" not in message
        assert "\n" not in message


@pytest.mark.parametrize("case", ["version", "column", "foreign", "sqlite", "truncated"])
def test_each_store_defect_is_one_line_and_exit_code_2(good_db: Path, tmp_path: Path, case: str
                                                       ) -> None:
    if case == "version":
        db = drifted(good_db, tmp_path, "UPDATE meta SET value = 'abc'")
    elif case == "column":
        db = drifted(good_db, tmp_path, "ALTER TABLE articles DROP COLUMN title")
    elif case == "foreign":
        db = tmp_path / "other.duckdb"
        con = duckdb.connect(str(db))
        con.execute("CREATE TABLE t (x INTEGER)")
        con.close()
    elif case == "sqlite":
        db = tmp_path / "lite.db"
        con2 = sqlite3.connect(db)
        con2.execute("CREATE TABLE t (x)")
        con2.commit()
        con2.close()
    else:
        db = tmp_path / "cut.duckdb"
        db.write_bytes(good_db.read_bytes()[:20_000])
    (tmp_path / "in").mkdir()
    for command in (["run", str(tmp_path / "in"), "-q"], ["summary"], ["errors"]):
        proc = subprocess.run([sys.executable, "-m", "newsweave.cli", *command, "--db", str(db)],
                              capture_output=True, text=True, timeout=120,
                              env={**os.environ, "NEWSWEAVE_LOCK_TIMEOUT": "2"})
        assert proc.returncode == 2, (command, proc.stdout, proc.stderr)
        lines = [line for line in proc.stderr.splitlines() if line.strip()]
        assert len(lines) == 1 and str(db) in lines[0], (command, proc.stderr)
        assert "Traceback" not in proc.stderr
