"""A long read of the store (every article's analysis, as the linker does) goes in pages
that grow with what is left to read: a few scans of the record tables, not one per 256
articles, with the same records in the same order."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from newsweave.engine.synthetic import synthetic_analyses
from newsweave.store import Store, duckdb_store
from newsweave.store.duckdb_store import articles_after, read_page


def test_pages_grow_with_what_is_left_to_read(tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(duckdb_store, "READ_PAGES", 4)
    monkeypatch.setattr(duckdb_store, "MAX_READ_PAGE", 50)
    articles, analyses = synthetic_analyses(300, random.Random(3))
    with Store(tmp_path / "s.duckdb") as store:
        store.write_batch(articles, analyses)
        assert read_page(store, -1, 10) == 50  # 300 / 4 = 75, capped at 50
        last = store.con.execute("SELECT max(seq) FROM articles").fetchone()[0]
        assert read_page(store, last - 100, 10) == 25  # 100 left: 4 pages
        assert read_page(store, last - 20, 10) == 10  # never under what was asked
        assert read_page(store, last, 10) == 10


def test_a_long_read_gives_every_record_in_order_in_few_queries(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    articles, analyses = synthetic_analyses(240, random.Random(4))
    with Store(tmp_path / "s.duckdb") as store:
        for i in range(0, 240, 60):
            store.write_batch(articles[i:i + 60], analyses[i:i + 60])
        queries: list[str] = []
        con = store.con

        class Counting:
            def __getattr__(self, name: str) -> object:
                return getattr(con, name)

            def execute(self, sql: str, *args: object) -> object:
                queries.append(sql)
                return con.execute(sql, *args)

        counting = Counting()
        monkeypatch.setattr(Store, "con", property(lambda self: counting))
        read = list(store.analyses(batch_size=8))
        assert [a.article_id for a in read] == [a.article_id for a in analyses]
        assert [[m.mention_id for m in a.mentions] for a in read] == \
            [[m.mention_id for m in a.mentions] for a in analyses]
        mention_scans = [q for q in queries if "FROM mentions" in q]
        assert len(mention_scans) <= duckdb_store.READ_PAGES + 1  # was 240 / 8 = 30
        seqs = [seq for seq, _ in articles_after(store, 0, page=8)]
        assert seqs == sorted(seqs) and len(seqs) == 240
