"""The link log (store.duckdb_store.link_log_since): a new process that takes up a link state
kept a few links back reads only the link rows the links since rewrote, patched into the
state's own result, and its links still equal a full relink, record by record."""

from __future__ import annotations

import itertools
import random
from pathlib import Path
from typing import Any

import duckdb
import pytest

from newsweave.engine.synthetic import hashed_embed, synthetic_analyses
from newsweave.link import link_corpus, persist
from newsweave.link.incremental import Linker
from newsweave.model import Article, ArticleAnalysis, LinkResult
from newsweave.store import Store
from newsweave.store.duckdb_store import (
    SCHEMA_VERSION,
    StoreError,
    link_log_since,
    read_link_snapshot_header,
    stored_link_result,
)


def corpus(n: int, seed: int) -> tuple[list[Article], list[ArticleAnalysis]]:
    return synthetic_analyses(n, random.Random(seed))


def keyed(result: LinkResult) -> dict[str, Any]:
    """A link result's tables keyed by id (the record order is not what is compared)."""
    return {"entities": {e.entity_id: e.to_dict() for e in result.entities},
            "claims": {c.claim_id: c.to_dict() for c in result.claims},
            "quote_variants": {v.group_id: v.to_dict() for v in result.quote_variants},
            "mention_entity": dict(result.mention_entity),
            "syndication": dict(result.syndication),
            "near_duplicates": dict(result.near_duplicates)}


def stored(store: Store) -> dict[str, Any]:
    return keyed(stored_link_result(store))


def full_relink(articles: list[Article], analyses: list[ArticleAnalysis]) -> dict[str, Any]:
    return keyed(link_corpus(articles, analyses, embed=hashed_embed))


def kept_generation(store: Store) -> str:
    header = read_link_snapshot_header(store)
    assert header is not None
    return str(header["generation"])


def test_the_log_names_the_rows_links_since_a_kept_state_rewrote(tmp_path: Path) -> None:
    articles, analyses = corpus(120, 3)
    with Store(tmp_path / "s.duckdb") as store:
        store.write_batch(articles[:100], analyses[:100])
        linker = Linker(embed=hashed_embed)
        linker.link(store)
        assert linker.save_state(store, force=True)
        kept = kept_generation(store)
        assert link_log_since(store, kept) == {  # nothing linked since
            t: set() for t in ("entities", "claims", "quote_variants", "mention_entities",
                               "article_links")}
        store.write_batch(articles[100:110], analyses[100:110])
        linker.link(store)
        store.write_batch(articles[110:], analyses[110:])
        linker.link(store)
        keys = link_log_since(store, kept)
        assert keys is not None
        rewritten = linker.stats.rewritten
        assert keys["mention_entities"] and keys["claims"]
        assert len(keys["entities"]) >= 1 and sum(rewritten.values()) > 0
        assert link_log_since(store, "no such generation") is None
        assert linker.result is not None
        store.write_links(linker.result)  # a link that rewrites every row: no patching across
        assert link_log_since(store, kept) is None


def test_the_log_keeps_only_the_links_since_the_kept_state(tmp_path: Path) -> None:
    articles, analyses = corpus(130, 4)
    with Store(tmp_path / "s.duckdb") as store:
        store.write_batch(articles[:100], analyses[:100])
        linker = Linker(embed=hashed_embed)
        linker.link(store)
        for hi in (105, 110, 115):
            store.write_batch(articles[hi - 5:hi], analyses[hi - 5:hi])
            linker.link(store)
        assert linker.save_state(store, force=True)
        kept = kept_generation(store)
        for hi in (120, 125):
            store.write_batch(articles[hi - 5:hi], analyses[hi - 5:hi])
            linker.link(store)
        links = store.con.execute("SELECT DISTINCT link_no FROM link_log ORDER BY 1"
                                  ).fetchall()
        # the kept state's link and the two since (the earlier ones went with the next link)
        assert len(links) == 3
        assert link_log_since(store, kept) is not None


@pytest.mark.slow  # (links stores again and again: over 10 s; make test-fast leaves it out)
@pytest.mark.parametrize("seed", [41, 42, 43])
def test_new_linkers_taking_up_a_state_kept_links_ago_equal_a_full_relink(
        tmp_path: Path, seed: int) -> None:
    """Random splits: a watching Linker links batch after batch and keeps its state now and
    then; between its links a new Linker (as a new process) takes up the kept state, which
    later links have moved past, and links the next batch. Its taken-up result is what the
    store holds, and after every link the store holds a full relink's records."""
    rng = random.Random(seed)
    articles, analyses = corpus(190, seed)
    cuts = sorted(rng.sample(range(101, len(articles)), 7))
    bounds = [100, *cuts, len(articles)]
    db = tmp_path / "grown.duckdb"
    watcher = Linker(embed=hashed_embed)
    patched = 0
    with Store(db) as store:
        store.write_batch(articles[:100], analyses[:100])
        watcher.link(store)
        assert watcher.save_state(store, force=True)
        for lo, hi in itertools.pairwise(bounds):
            store.write_batch(articles[lo:hi], analyses[lo:hi])
            if rng.random() < 0.5:
                watcher.link(store)
                assert watcher.stats.incremental
                if rng.random() < 0.4:
                    assert watcher.save_state(store, force=True)
            else:  # a new process: the kept state, maybe links behind, then this batch
                header = read_link_snapshot_header(store)
                assert header is not None
                behind = header["generation"] != store.con.execute(
                    "SELECT value FROM meta WHERE key = 'link_generation'").fetchone()[0]
                fresh = Linker(embed=hashed_embed)
                assert persist.take_up_snapshot(fresh, store) is not None
                assert fresh.result is not None
                assert keyed(fresh.result) == stored(store)
                patched += behind
                fresh = Linker(embed=hashed_embed)
                fresh.link(store)
                assert fresh.stats.snapshot and fresh.stats.new_articles >= hi - lo
                watcher = fresh  # it links on (the old one's state is out of date)
            assert stored(store) == full_relink(articles[:hi], analyses[:hi]), hi
    assert patched >= 1


def test_a_state_taken_up_links_behind_reads_only_the_logged_rows(tmp_path: Path,
                                                                   monkeypatch: Any) -> None:
    """Taking up a state two links behind reads the rows the log names, not the whole
    stored result; the link after it equals a full relink."""
    articles, analyses = corpus(140, 8)
    with Store(tmp_path / "s.duckdb") as store:
        store.write_batch(articles[:100], analyses[:100])
        linker = Linker(embed=hashed_embed)
        linker.link(store)
        assert linker.save_state(store, force=True)
        for hi in (115, 130):
            store.write_batch(articles[hi - 15:hi], analyses[hi - 15:hi])
            linker.link(store)
        store.write_batch(articles[130:], analyses[130:])

        def whole(_store: Store) -> LinkResult:
            raise AssertionError("read the whole stored link result")

        from newsweave.store import duckdb_store
        write = duckdb_store.write_link_changes
        hints: list[Any] = []

        def spying(store: Store, before: LinkResult, after: LinkResult, mentions: Any = None,
                   records: Any = None) -> dict[str, int]:
            hints.append((mentions, records))
            return write(store, before, after, mentions, records)

        monkeypatch.setattr(duckdb_store, "stored_link_result", whole)
        monkeypatch.setattr(duckdb_store, "write_link_changes", spying)
        fresh = Linker(embed=hashed_embed)
        fresh.link(store)
        monkeypatch.undo()
        # the rows compared are the link's own changes and the logged ones, not every row
        (mentions, records), = hints
        assert mentions is not None and records is not None
        assert len(set(mentions)) < len(stored_link_result(store).mention_entity)
        assert fresh.stats.snapshot and fresh.stats.new_articles == 40  # since the kept state
        assert stored(store) == full_relink(articles, analyses)


def test_a_schema_4_store_is_upgraded_and_its_kept_state_taken_up_in_full(
        tmp_path: Path) -> None:
    """A store of schema 4 (no link log) is refused by a reader with one line and upgraded
    by a writer; a state kept in it links behind is taken up by reading every stored link
    row (the log does not reach back to it), never patched from an empty log."""
    articles, analyses = corpus(130, 9)
    db = tmp_path / "old.duckdb"
    with Store(db) as store:
        store.write_batch(articles[:100], analyses[:100])
        linker = Linker(embed=hashed_embed)
        linker.link(store)
        assert linker.save_state(store, force=True)
        store.write_batch(articles[100:115], analyses[100:115])
        linker.link(store)
    con = duckdb.connect(str(db))
    con.execute("DROP TABLE link_log")  # as schema 4 made it
    con.execute("UPDATE meta SET value = '4' WHERE key = 'schema_version'")
    con.close()
    with pytest.raises(StoreError) as info:
        Store(db, read_only=True)
    message = str(info.value)
    assert f"older newsweave (schema 4 < {SCHEMA_VERSION})" in message
    assert "\n" not in message
    with Store(db) as store:  # a writer upgrades it
        assert store.con.execute("SELECT value FROM meta WHERE key = 'schema_version'"
                                 ).fetchone() == (str(SCHEMA_VERSION),)
        assert link_log_since(store, kept_generation(store)) is None
        store.write_batch(articles[115:], analyses[115:])
        fresh = Linker(embed=hashed_embed)
        fresh.link(store)
        assert fresh.stats.snapshot and fresh.stats.new_articles == 30  # since the kept state
        assert stored(store) == full_relink(articles, analyses)
