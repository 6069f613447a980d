"""MinHash LSH for short word sets, as datasketch computes it, without importing datasketch.

Importing any part of datasketch imports its whole package, and with it scipy (its LSH
index integrates false-positive rates with `scipy.integrate`): 0.37 s of CPU in every run
that links, for a few dozen hash tables. This module computes the same signatures as
`datasketch.MinHash` (its default "affine32" scheme: SHA-1's first four bytes, the
MurmurHash3 finalizer, then `a * h + b` modulo 2**32 with datasketch's seeded permutations)
and pairs sets the way `datasketch.MinHashLSH` does (two sets are candidates when their
signatures agree on every row of at least one band). The bands and rows datasketch's
optimiser picks are kept precomputed in BAND_PARAMS; tests/test_link_minhash.py checks the
signatures, the candidates and the table against datasketch itself. Written here on purpose:
same results as the library, minus the scipy import.
"""

from __future__ import annotations

import functools
import hashlib
import io
import logging
import pickle
import zlib
from collections.abc import Hashable, Iterable
from typing import Any

log = logging.getLogger(__name__)

# datasketch's MinHashLSH optimiser (`datasketch.lsh._optimal_param` with equal false
# positive and false negative weights): (threshold, num_perm) -> (bands, rows).
BAND_PARAMS: dict[tuple[float, int], tuple[int, int]] = {
    (0.4, 64): (16, 4),
}

# datasketch's LSH Ensemble optimiser (`datasketch.lshensemble._optimal_param` with at most
# 8 rows per band and equal weights, as link.syndication asks it): (containment threshold,
# num_perm) -> (bands, rows) for each size ratio exp(x), x in linspace(-5, 5, 10).
ENSEMBLE_PARAMS: dict[tuple[float, int], list[tuple[int, int]]] = {
    (0.5, 128): [(1, 8), (1, 8), (1, 8), (1, 8), (25, 5), (42, 3), (64, 2), (41, 1),
                 (123, 1), (128, 1)],
}

_SEED = 1  # datasketch.MinHash's default seed


def band_params(threshold: float, num_perm: int) -> tuple[int, int]:
    """(bands, rows) for a Jaccard threshold: the precomputed table, or datasketch's
    optimiser for a pair it does not hold (imports scipy)."""
    found = BAND_PARAMS.get((threshold, num_perm))
    if found is not None:
        return found
    log.debug("LSH bands for threshold %s, %d permutations: computed by datasketch",
              threshold, num_perm)
    from datasketch.lsh import _optimal_param

    b, r = _optimal_param(threshold, num_perm, 0.5, 0.5)
    return int(b), int(r)


def ensemble_params(containment: float, num_perm: int, ratios: Any) -> list[tuple[int, int]]:
    """(bands, rows) per size ratio for a containment threshold (LSH Ensemble's rule, at
    most 8 rows, equal weights): the precomputed table when `ratios` are its ten, or
    datasketch's optimiser (imports scipy)."""
    import numpy as np

    found = ENSEMBLE_PARAMS.get((containment, num_perm))
    if found is not None and len(ratios) == len(found) and np.allclose(
            ratios, np.exp(np.linspace(-5, 5, len(found)))):
        return list(found)
    from datasketch.lshensemble import _optimal_param

    params = []
    for x in ratios:
        b, r = _optimal_param(containment, num_perm, 8, x, 0.5, 0.5)
        params.append((int(b), int(r)))
    return params


@functools.lru_cache(maxsize=4)
def _permutations(num_perm: int) -> tuple[Any, Any]:
    import numpy as np

    gen = np.random.RandomState(_SEED)
    a = gen.randint(0, 1 << 31, num_perm, dtype=np.uint32) * np.uint32(2) + np.uint32(1)
    b = gen.randint(0, 1 << 32, num_perm, dtype=np.uint32)
    return a, b


def _fmix32(hv: Any) -> Any:
    """MurmurHash3's 32-bit finalizer (a bijection that spreads the input bits)."""
    import numpy as np

    hv = hv ^ (hv >> np.uint32(16))
    hv = hv * np.uint32(0x85EBCA6B)
    hv = hv ^ (hv >> np.uint32(13))
    hv = hv * np.uint32(0xC2B2AE35)
    return hv ^ (hv >> np.uint32(16))


def signatures(sets: Iterable[Iterable[str]], num_perm: int) -> list[Any]:
    """The MinHash signature (num_perm uint32 values) of each set of words, equal to
    `datasketch.MinHash.bulk([[w.encode() for w in s] ...], num_perm=num_perm)`'s
    hash values."""
    import numpy as np

    a, b = _permutations(num_perm)
    empty = np.full(num_perm, np.iinfo(np.uint32).max, dtype=np.uint32)
    out = []
    with np.errstate(over="ignore"):
        for words in sets:
            hv = np.fromiter((int.from_bytes(hashlib.sha1(w.encode("utf-8")).digest()[:4],
                                             "little") for w in words), dtype=np.uint32)
            if not len(hv):
                out.append(empty.copy())
                continue
            phv = _fmix32(hv).reshape(-1, 1) * a + b
            out.append(phv.min(axis=0))
    return out


_NONE: Any = object()  # no key in a band's table

# band keys per kept chunk of a band table, on average (see BandIndex.__getstate__): a +1%
# link queries ~1% of the band keys, each reading one chunk, so with 16 a chunk ~15% of the
# chunks are read and the rest neither unpickled nor rebuilt
CHUNK_KEYS = 16


class _ChunkUnpickler(pickle.Unpickler):
    """A kept chunk is a dict of band keys and key places: it names no class at all."""

    def find_class(self, module: str, name: str) -> Any:
        raise pickle.UnpicklingError(f"a band index chunk names {module}.{name}")


class _Packed:
    """The band tables as a kept state left them: chunk `t * n + c` holds table t's band keys
    whose crc32 is c modulo n, as a pickled dict (band key -> a key's place in the index's
    key order, or a list of places), read into the tables on first use."""

    __slots__ = ("blob", "dirty", "keys", "loaded", "n", "offsets")

    def __init__(self, n: int, blob: bytes, offsets: Any, bands: int, keys: int) -> None:
        self.n, self.blob, self.offsets = n, blob, offsets
        self.loaded = bytearray(bands * n)  # 1: the chunk's band keys are in the tables
        self.dirty: set[int] = set()  # chunks a key was inserted into since
        self.keys = keys  # how many keys the chunks were cut for


class BandIndex:
    """Keys indexed by the bands of their signatures (datasketch.MinHashLSH without its
    storage layers): `query` gives every key that shares a whole band with a signature.

    Pickled (a kept link state, link.persist) as its keys in order and each band table cut
    in chunks by band key (CHUNK_KEYS each, about); one read back reads a chunk only when a
    query or an insert asks a band key of it, so a new process's link of a few new quotes
    unpickles a few chunks, not every band key of the corpus (`chunks_read` counts them)."""

    def __init__(self, threshold: float, num_perm: int) -> None:
        self.num_perm = num_perm
        self.bands, self.rows = band_params(threshold, num_perm)
        # band key -> its one key, or a list of its keys when several share it (most band
        # keys belong to one word set: a list for each was a tenth of a kept link state's
        # objects, each made again by every new process taking the state up)
        self._tables: list[dict[bytes, Any]] = [{} for _ in range(self.bands)]
        self._keys: set[Hashable] = set()
        self._order: list[Hashable] = []  # the keys in the order indexed (chunks name places)
        # each key's band keys, in band order, of the keys indexed since the index was read
        # back (all of them when it never was): see bands_of
        self._bands_of: dict[Hashable, tuple[bytes, ...]] = {}
        self._packed: _Packed | None = None  # the chunks read back, when it was
        self.chunks_read = 0

    def __contains__(self, key: Hashable) -> bool:
        return key in self._keys

    @property
    def bands_of(self) -> dict[Hashable, tuple[bytes, ...]]:
        """Each key's band keys, in band order (what link.persist's memo rows keep of the
        index): every chunk read, when the index was read back."""
        packed = self._packed
        if packed is not None and len(self._bands_of) < len(self._order):
            self._load_all()
            slots: dict[Hashable, list[bytes]] = {k: [] for k in self._order}
            for table in self._tables:
                for band, held in table.items():
                    for key in held if type(held) is list else (held,):
                        slots[key].append(band)
            self._bands_of = {k: tuple(v) for k, v in slots.items()}
        return self._bands_of

    def _band_keys(self, signature: Any) -> list[bytes]:
        r = self.rows
        return [signature[i * r:(i + 1) * r].tobytes() for i in range(self.bands)]

    def _chunk(self, t: int, band: bytes) -> int | None:
        """The chunk of table t holding `band` when the index was read back, read into the
        table first if it is not yet; None when the index was never read back."""
        packed = self._packed
        if packed is None:
            return None
        c = t * packed.n + zlib.crc32(band) % packed.n
        if not packed.loaded[c]:
            self._load(c)
        return c

    def _load(self, c: int) -> None:
        packed = self._packed
        assert packed is not None
        at, end = int(packed.offsets[c]), int(packed.offsets[c + 1])
        chunk = _ChunkUnpickler(io.BytesIO(memoryview(packed.blob)[at:end])).load()
        order, table = self._order, self._tables[c // packed.n]
        for band, held in chunk.items():
            table[band] = [order[i] for i in held] if type(held) is list else order[held]
        packed.loaded[c] = 1
        self.chunks_read += 1

    def _load_all(self) -> None:
        packed = self._packed
        if packed is not None:
            for c, done in enumerate(packed.loaded):
                if not done:
                    self._load(c)

    def insert(self, key: Hashable, signature: Any) -> None:
        self.insert_bands(key, self._band_keys(signature))

    def insert_bands(self, key: Hashable, bands: list[bytes]) -> None:
        """Index a key by its band keys (as `insert` computes them from a signature)."""
        if key in self._keys:
            raise ValueError("the key is already indexed")
        self._keys.add(key)
        self._order.append(key)
        self._bands_of[key] = tuple(bands)
        packed = self._packed
        for t, (table, band) in enumerate(zip(self._tables, bands, strict=True)):
            if packed is not None:
                packed.dirty.add(self._chunk(t, band))  # type: ignore[arg-type]
            held = table.get(band, _NONE)
            if held is _NONE:
                table[band] = key
            elif type(held) is list:
                held.append(key)
            else:
                table[band] = [held, key]

    def query(self, signature: Any) -> set[Hashable]:
        found: set[Hashable] = set()
        packed = self._packed
        for t, (table, band) in enumerate(zip(self._tables, self._band_keys(signature),
                                              strict=True)):
            if packed is not None:
                self._chunk(t, band)
            held = table.get(band, _NONE)
            if held is _NONE:
                continue
            if type(held) is list:
                found.update(held)
            else:
                found.add(held)
        return found

    def __getstate__(self) -> dict[str, Any]:
        """The keys in order and the band tables in chunks (see the class docstring): only
        the chunks a key was inserted into since the last packing are pickled again, the
        others keep their bytes; every chunk is read and cut again when the keys have
        doubled since they were cut (or the index was never packed). The index keeps the
        packing it gives, so the next one starts from it."""
        import numpy as np

        place = {k: i for i, k in enumerate(self._order)}
        packed = self._packed
        if packed is not None and len(self._order) > 2 * max(packed.keys, CHUNK_KEYS):
            self._load_all()
            packed = None
        n = packed.n if packed is not None else max(1, len(self._order) // CHUNK_KEYS)
        bodies: dict[int, dict[bytes, Any]] = {}
        for t, table in enumerate(self._tables):
            for band, held in table.items():
                c = t * n + zlib.crc32(band) % n
                if packed is None or c in packed.dirty:
                    bodies.setdefault(c, {})[band] = [place[k] for k in held] \
                        if type(held) is list else place[held]
        parts: list[bytes | memoryview] = []
        offsets = np.zeros(self.bands * n + 1, dtype=np.int64)
        size = 0
        for c in range(self.bands * n):
            if packed is None or c in packed.dirty:
                part: bytes | memoryview = pickle.dumps(bodies.get(c, {}), protocol=5)
            else:
                part = memoryview(packed.blob)[int(packed.offsets[c]):int(packed.offsets[c + 1])]
            parts.append(part)
            size += len(part)
            offsets[c + 1] = size
        cut_for = len(self._order) if packed is None else packed.keys
        now = _Packed(n, b"".join(parts), offsets, self.bands, cut_for)
        if packed is None:
            now.loaded[:] = b"\x01" * len(now.loaded)  # (every band key is in the tables)
        else:
            now.loaded[:] = packed.loaded
        self._packed = now
        return {"num_perm": self.num_perm, "bands": self.bands, "rows": self.rows,
                "order": self._order, "n": n, "blob": now.blob, "offsets": offsets,
                "cut_for": cut_for}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.num_perm, self.bands, self.rows = state["num_perm"], state["bands"], state["rows"]
        self._order = state["order"]
        self._keys = set(self._order)
        self._tables = [{} for _ in range(self.bands)]
        self._bands_of = {}
        self._packed = _Packed(state["n"], state["blob"], state["offsets"], self.bands,
                               state["cut_for"])
        self.chunks_read = 0
