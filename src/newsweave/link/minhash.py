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
import logging
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


class BandIndex:
    """Keys indexed by the bands of their signatures (datasketch.MinHashLSH without its
    storage layers): `query` gives every key that shares a whole band with a signature."""

    def __init__(self, threshold: float, num_perm: int) -> None:
        self.num_perm = num_perm
        self.bands, self.rows = band_params(threshold, num_perm)
        # band key -> its one key, or a list of its keys when several share it (most band
        # keys belong to one word set: a list for each was a tenth of a kept link state's
        # objects, each made again by every new process taking the state up)
        self._tables: list[dict[bytes, Any]] = [{} for _ in range(self.bands)]
        self._keys: set[Hashable] = set()
        # each key's band keys, in band order (what link.persist keeps of the index)
        self.bands_of: dict[Hashable, tuple[bytes, ...]] = {}

    def __contains__(self, key: Hashable) -> bool:
        return key in self._keys

    def _band_keys(self, signature: Any) -> list[bytes]:
        r = self.rows
        return [signature[i * r:(i + 1) * r].tobytes() for i in range(self.bands)]

    def insert(self, key: Hashable, signature: Any) -> None:
        self.insert_bands(key, self._band_keys(signature))

    def insert_bands(self, key: Hashable, bands: list[bytes]) -> None:
        """Index a key by its band keys (as `insert` computes them from a signature)."""
        if key in self._keys:
            raise ValueError("the key is already indexed")
        self._keys.add(key)
        self.bands_of[key] = tuple(bands)
        for table, band in zip(self._tables, bands, strict=True):
            held = table.get(band, _NONE)
            if held is _NONE:
                table[band] = key
            elif type(held) is list:
                held.append(key)
            else:
                table[band] = [held, key]

    def query(self, signature: Any) -> set[Hashable]:
        found: set[Hashable] = set()
        for table, band in zip(self._tables, self._band_keys(signature), strict=True):
            held = table.get(band, _NONE)
            if held is _NONE:
                continue
            if type(held) is list:
                found.update(held)
            else:
                found.add(held)
        return found
