"""The quote variants' MinHash band index kept in chunks (link.minhash.BandIndex, link state
SNAPSHOT_FORMAT 6): read back, it reads a chunk only when a query or an insert asks one of
its band keys; what it answers equals the index it was kept from, and a new process's link
after taking the state up equals a full relink while reading fewer chunks than there are."""

from __future__ import annotations

import pickle
import random
from pathlib import Path

import pytest

from newsweave.engine.synthetic import hashed_embed
from newsweave.link import minhash
from newsweave.link.incremental import Linker
from newsweave.store import Store
from test_incremental_link import _full_relink, corpus, stored_links


def _word_sets(n: int, seed: int) -> list[frozenset[str]]:
    rng = random.Random(seed)
    vocab = [f"w{i}" for i in range(120)]
    return [frozenset(rng.sample(vocab, rng.randint(3, 9))) for _ in range(n)]


def _index(sets: list[frozenset[str]]) -> minhash.BandIndex:
    index = minhash.BandIndex(0.4, 64)
    for s, sig in zip(sets, minhash.signatures(sets, 64), strict=True):
        index.insert(s, sig)
    return index


def _brute(index: minhash.BandIndex, sig: object) -> set[object]:
    bands = index._band_keys(sig)
    return {k for k, of in index.bands_of.items()
            if any(a == b for a, b in zip(of, bands, strict=True))}


def test_a_read_back_index_reads_only_the_chunks_a_query_asks() -> None:
    """One query of a read-back index reads at most one chunk per band; a chunk holding no
    band key asked stays unread; the answers are the kept index's, for every signature."""
    sets = _word_sets(400, 1)
    kept = _index(sets)
    back = pickle.loads(pickle.dumps(kept))
    packed = back._packed
    assert packed is not None and packed.n == 400 // minhash.CHUNK_KEYS
    assert back.chunks_read == 0 and sets[0] in back and frozenset({"x"}) not in back
    sig = minhash.signatures([sets[0]], 64)[0]
    assert back.query(sig) == kept.query(sig)
    assert 0 < back.chunks_read <= back.bands
    asked = {t * packed.n + minhash.zlib.crc32(b) % packed.n
             for t, b in enumerate(back._band_keys(sig))}
    assert {c for c, done in enumerate(packed.loaded) if done} == asked
    for sig in minhash.signatures(sets, 64):
        assert back.query(sig) == kept.query(sig) == _brute(kept, sig)
    assert back.chunks_read <= back.bands * packed.n


def test_kept_again_an_index_writes_only_the_chunks_it_changed() -> None:
    """Keys inserted into a read-back index change their chunks alone: kept again, every
    other chunk keeps its bytes, and read back once more the index answers as one built
    from every key at once; its band keys per key are the built one's."""
    sets = _word_sets(300, 2)
    first = pickle.loads(pickle.dumps(_index(sets[:280])))
    was = first._packed
    assert was is not None
    for s, sig in zip(sets[280:], minhash.signatures(sets[280:], 64), strict=True):
        first.insert(s, sig)
    state = first.__getstate__()
    assert state["n"] == was.n and was.dirty
    for c in range(first.bands * was.n):
        old = was.blob[was.offsets[c]:was.offsets[c + 1]]
        new = state["blob"][state["offsets"][c]:state["offsets"][c + 1]]
        assert (old == new) or c in was.dirty, c
    again = pickle.loads(pickle.dumps(first))
    whole = _index(sets)
    for sig in minhash.signatures(sets, 64):
        assert again.query(sig) == whole.query(sig)
    assert again.bands_of == whole.bands_of
    assert list(again.bands_of) == sets


def test_an_index_grown_to_twice_its_keys_is_cut_in_chunks_again() -> None:
    sets = _word_sets(200, 3)
    back = pickle.loads(pickle.dumps(_index(sets[:64])))
    for s, sig in zip(sets[64:], minhash.signatures(sets[64:], 64), strict=True):
        back.insert(s, sig)
    again = pickle.loads(pickle.dumps(back))
    assert again._packed is not None and again._packed.n == 200 // minhash.CHUNK_KEYS
    for sig in minhash.signatures(sets, 64):
        assert again.query(sig) == _index(sets).query(sig)


def test_a_chunk_naming_a_class_is_refused() -> None:
    with pytest.raises(pickle.UnpicklingError):
        minhash._ChunkUnpickler(__import__("io").BytesIO(pickle.dumps(Path("x")))).load()


def test_a_new_process_reads_few_chunks_and_links_as_a_full_relink(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A store linked by a Linker that keeps its state, grown by a few articles and linked by
    a new Linker taking the state up: the band index reads some of its chunks, not all (a
    band key no new quote has is not read), and every stored record equals a full
    relink's."""
    monkeypatch.setattr(minhash, "CHUNK_KEYS", 2)  # many small chunks in a small corpus
    articles, analyses = corpus(80, 5)
    db = tmp_path / "grown.duckdb"
    with Store(db) as store:
        store.write_batch(articles[:77], analyses[:77])
        linker = Linker(embed=hashed_embed)
        linker.link(store)
        assert linker.save_state(store, force=True)
        store.write_batch(articles[77:], analyses[77:])
    with Store(db) as store:
        linker = Linker(embed=hashed_embed)
        linker.link(store)
        grown = stored_links(store)
    assert linker.stats.snapshot
    lsh = linker.memo.variants.lsh
    assert lsh._packed is not None
    assert 0 < lsh.chunks_read < len(lsh._packed.loaded)
    assert grown == _full_relink(tmp_path, "fresh", articles, analyses)
