"""The kept link state goes into the store and comes back a part at a time: the pickled
body is never held whole in memory, and a state of many parts links as a full relink."""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

import pytest

from newsweave.engine.synthetic import hashed_embed, synthetic_analyses
from newsweave.link import link_corpus
from newsweave.link.incremental import Linker
from newsweave.store import Store, duckdb_store
from newsweave.store.duckdb_store import (
    open_link_snapshot,
    read_link_snapshot_header,
    write_link_snapshot,
)


def _links(store: Store) -> dict[str, Any]:
    con = store.con
    return {
        "entities": sorted(e.to_dict()["entity_id"] for e in store.entities()),
        "mention_entities": sorted(con.execute("SELECT * FROM mention_entities").fetchall()),
        "article_links": sorted(con.execute("SELECT * FROM article_links").fetchall()),
        "claims": [c.to_dict() for c in store.claims()],
        "quote_variants": [v.to_dict() for v in store.quote_variants()],
    }


def test_each_part_is_stored_as_soon_as_it_fills(tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """A writer that writes five parts' worth: after each part's bytes the store holds one
    more part (nothing waits for the end), and reading it back fetches parts one by one."""
    monkeypatch.setattr(duckdb_store, "SNAPSHOT_PART", 1000)
    parts_seen: list[int] = []
    chunk = bytes(range(250)) * 4  # 1000 bytes

    def dump(out: Any) -> None:
        for _ in range(5):
            out.write(chunk)
            parts_seen.append(out.parts)
        out.write(b"tail")

    with Store(tmp_path / "s.duckdb") as store:
        write_link_snapshot(store, {"id": "abc"}, dump)
        assert parts_seen == [1, 2, 3, 4, 5]
        header = read_link_snapshot_header(store)
        assert header is not None and header["parts"] == 6
        packed = store.con.execute("SELECT max(octet_length(body)) FROM link_snapshot"
                                   ).fetchone()[0]
        assert packed < 1000  # each part packed
        stream = open_link_snapshot(store, header)
        assert stream is not None
        first = stream.read(10)
        assert first == chunk[:10] and stream.raw._next == 1  # type: ignore[attr-defined]
        assert first + stream.read() == chunk * 5 + b"tail"


def test_a_state_holding_large_arrays_is_kept_and_read_back(tmp_path: Path) -> None:
    """The pickler hands a large numpy array's bytes on as a PickleBuffer (no len()): the
    snapshot writer stores it as bytes, and the state reads back equal."""
    import pickle

    import numpy as np

    from newsweave.link.persist import _Counted

    big = np.arange(200_000, dtype=np.uint64)  # 1.6 MB: past the pickler's frame
    with Store(tmp_path / "s.duckdb") as store:
        sizes: list[int] = []

        def dump(out: Any) -> None:
            counted = _Counted(out)
            pickle.Pickler(counted, protocol=5).dump({"a": big, "b": "x"})
            sizes.append(counted.size)

        write_link_snapshot(store, {"id": "arr"}, dump)
        header = read_link_snapshot_header(store)
        assert header is not None
        stream = open_link_snapshot(store, header)
        assert stream is not None
        body = stream.read()
        assert len(body) == sizes[0]
        back = pickle.loads(body)
        assert back["b"] == "x" and np.array_equal(back["a"], big)


def test_a_failing_writer_stores_nothing_and_keeps_the_last_state(tmp_path: Path) -> None:
    def boom(out: Any) -> None:
        out.write(b"x" * 100)
        raise TypeError("cannot pickle a lock")

    with Store(tmp_path / "s.duckdb") as store:
        write_link_snapshot(store, {"id": "good"}, b"kept body")
        with pytest.raises(TypeError):
            write_link_snapshot(store, {"id": "bad"}, boom)
        header = read_link_snapshot_header(store)
        assert header is not None and header["id"] == "good"
        stream = open_link_snapshot(store, header)
        assert stream is not None and stream.read() == b"kept body"


def test_a_header_of_other_packing_or_missing_parts_is_not_opened(tmp_path: Path) -> None:
    with Store(tmp_path / "s.duckdb") as store:
        write_link_snapshot(store, {"id": "one"}, b"body")
        header = read_link_snapshot_header(store)
        assert header is not None
        assert open_link_snapshot(store, {**header, "packing": None}) is None
        assert open_link_snapshot(store, {**header, "parts": 2}) is None
        assert open_link_snapshot(store, {**header, "id": "two"}) is None


def test_a_state_of_many_parts_is_taken_up_and_links_as_a_full_relink(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The whole state in parts of 64 KB (dozens of them): a new process's Linker takes it
    up and links the articles stored since as one full link would."""
    monkeypatch.setattr(duckdb_store, "SNAPSHOT_PART", 64 << 10)
    articles, analyses = synthetic_analyses(120, random.Random(8))
    db = tmp_path / "grown.duckdb"
    with Store(db) as store:
        store.write_batch(articles[:100], analyses[:100])
        first = Linker(embed=hashed_embed)
        first.link(store)
        assert first.save_state(store, force=True)
        parts = store.con.execute("SELECT count(*) FROM link_snapshot").fetchone()[0]
        assert parts > 10
        store.write_batch(articles[100:], analyses[100:])
        taker = Linker(embed=hashed_embed)
        taker.link(store)
        assert taker.stats.snapshot and taker.stats.new_articles == 20
        grown = _links(store)
    with Store(tmp_path / "fresh.duckdb") as fresh:
        fresh.write_batch(articles, analyses)
        fresh.write_links(link_corpus(articles, analyses, embed=hashed_embed))
        assert grown == _links(fresh)
