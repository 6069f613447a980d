"""Syndication and near-duplicate detection: MinHash LSH over word shingles, then containment.

A repost often wraps the original in a new intro, a blog footer or a comment section, so the
Jaccard similarity of the two pages can be low while nearly all of the smaller text sits inside
the larger. We therefore band every article's shingle MinHash by LSH Ensemble's rule (bands and
rows chosen for containment from the size ratio of the two sets; datasketch's optimisation),
take pairs that share a band as candidates, and confirm each candidate pair by the exact
containment of the smaller shingle set in the larger. Unlike datasketch's index, the size classes
are fixed, so whether two articles are candidates depends on those two alone: a later link of a
grown corpus keeps the pairs found before and only looks for pairs with its new articles (same
result as linking everything again). Cost grows with the number of articles times their
candidates, never with all pairs.
"""

from __future__ import annotations

import functools
import hashlib
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from newsweave.extract.lexicon import load_lines
from newsweave.link.disjoint import DisjointSets
from newsweave.link.outlets import source_label, source_labels
from newsweave.model import Article

__all__ = ["detect_syndication", "independent_sources", "source_label", "source_labels"]

SHINGLE_WORDS = 5
NUM_PERM = 128
CANDIDATE_CONTAINMENT = 0.5  # LSH Ensemble threshold (recall first; exact check follows)
SYNDICATION_CONTAINMENT = 0.8  # share of the smaller article's shingles found in the larger
NEAR_DUPLICATE_JACCARD = 0.9  # near-identical: the two shingle sets almost coincide
MIN_SHARED_SHINGLES = 25  # a few shared boilerplate sentences never make a repost

_WORD = re.compile(r"\w+", re.UNICODE)


def shingles(text: str, k: int = SHINGLE_WORDS) -> set[str]:
    """Word k-grams of the lower-cased text (the unit of overlap between two articles)."""
    words = _WORD.findall(text.lower())
    if len(words) < k:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i:i + k]) for i in range(len(words) - k + 1)}


@dataclass
class CopyPair:
    """Two articles where one (mostly) contains the other."""

    a: str
    b: str
    containment: float  # |A ∩ B| / min(|A|, |B|)
    jaccard: float


@dataclass
class SyndicationResult:
    syndication: dict[str, str] = field(default_factory=dict)  # copy -> original
    near_duplicates: dict[str, str] = field(default_factory=dict)  # copy -> kept
    pairs: list[CopyPair] = field(default_factory=list)


class SyndicationMemo:
    """What one link keeps for the next (see link.incremental): each article's MinHash
    sketch and the copy pairs already checked. Candidate pairs are a function of the two
    articles alone (fixed size partitions, see `_candidates`), so the pairs among articles
    linked before stay valid and only pairs with a new article are looked for: in `bands`,
    each band's keys of the articles seen, kept sorted (a new article's candidates are
    found by binary search, not by sorting every key again), and `marks`, what each
    article's text says of its outlet (see pick_original)."""

    def __init__(self) -> None:
        self.sketches: dict[str, tuple[int, Any]] = {}  # article -> (shingles, signature)
        self.pairs: dict[tuple[str, str], CopyPair] = {}
        self.done: set[str] = set()  # articles whose pairs with every other done one are known
        self.bands: _Bands | None = None
        self.marks: dict[str, tuple[str | None, bool, bool]] = {}
        # (the band keys, 16 bytes per article and band, are kept with a link state: a new
        # process that sorted them again from the sketches spent 0.23 s of CPU at 10,000
        # synthetic articles, where reading them back, packed, takes ~0.1 s)


class _Bands:
    """The band keys of the articles indexed so far, per band of the LSH Ensemble's rule
    ((rows, band) in order): sorted keys and the places of their articles in `ids`."""

    def __init__(self) -> None:
        import numpy as np

        self.ids: list[str] = []
        self.sizes = np.zeros(0, dtype=float)
        self.uppers = np.zeros(0, dtype=float)
        self.keys: list[tuple[Any, Any]] = []  # per band: (sorted keys, places)

    def add(self, ids: list[str], sizes: Any, sketches: Any, pairs: bool = True
            ) -> set[tuple[str, str]]:
        """Index these articles (not indexed before) and return their candidate pairs:
        with each other (`_candidates`) and with the articles indexed before (the same
        rule, on the runs of equal band keys a new article falls in); none when `pairs`
        is False (articles whose pairs are known)."""
        import numpy as np

        base = len(self.ids)
        found = {(base + i, base + j) for i, j in _candidates(sizes, sketches)} if pairs \
            else set()
        self.ids.extend(ids)
        self.sizes = np.concatenate([self.sizes, np.asarray(sizes, dtype=float)])
        self.uppers = np.concatenate([self.uppers, [_partition_upper(int(n)) for n in sizes]])
        ratios, params = _band_params()
        rule_b = np.array([b for b, _ in params])
        rule_r = np.array([r for _, r in params])
        last = len(params) - 1
        fresh = np.arange(base, base + len(ids))
        for band, (rows, j) in enumerate(_band_layout()):
            band_keys = _band_keys(sketches, rows, j)
            if band == len(self.keys):
                self.keys.append((np.zeros(0, dtype=np.uint64), np.zeros(0, dtype=np.int64)))
            kept, places = self.keys[band]
            lo = np.searchsorted(kept, band_keys, side="left")
            hi = np.searchsorted(kept, band_keys, side="right")
            hits = np.flatnonzero(hi > lo)
            if len(hits) and pairs:
                q = np.concatenate([np.full(hi[i] - lo[i], fresh[i]) for i in hits])
                x = np.concatenate([places[lo[i]:hi[i]] for i in hits])
                hit = np.zeros(len(q), dtype=bool)
                for a, b in ((q, x), (x, q)):  # each as the query of the other
                    rule = np.minimum(np.searchsorted(ratios, self.uppers[b] / self.sizes[a],
                                                      side="left"), last)
                    hit |= (rule_r[rule] == rows) & (j < rule_b[rule])
                found.update(zip(x[hit].tolist(), q[hit].tolist(), strict=True))
            # (no stable sort: the places of equal keys are only ever read as a run, and
            # an index made again sorts every article's keys, 0.9 s of 1.6 at 40,000)
            order = np.argsort(band_keys)
            if not len(kept):  # (the first articles indexed: nothing to insert among)
                self.keys[band] = (band_keys[order], fresh[order])
                continue
            at = np.searchsorted(kept, band_keys[order], side="right")
            self.keys[band] = (np.insert(kept, at, band_keys[order]),
                               np.insert(places, at, fresh[order]))
        return {(self.ids[a], self.ids[b]) for a, b in found}


_HASH_CACHE: dict[str, int] = {}
_MERSENNE = (1 << 61) - 1
_MAX32 = (1 << 32) - 1
_SHINGLE_BASE = 1_000_003


def _word_hash(word: str) -> int:
    found = _HASH_CACHE.get(word)
    if found is None:
        if len(_HASH_CACHE) > 2_000_000:  # a long watch over many languages: stay bounded
            _HASH_CACHE.clear()
        found = _HASH_CACHE[word] = int.from_bytes(
            hashlib.blake2b(word.encode("utf-8"), digest_size=8).digest(), "little")
    return found


def shingle_hashes(text: str, k: int = SHINGLE_WORDS) -> Any:
    """The distinct word k-grams of the text (as `shingles`), each as a 64-bit hash: a
    sorted numpy array, built from one hash per word (no k-gram strings)."""
    import numpy as np

    words = _WORD.findall(text.lower())
    if not words:
        return np.zeros(0, dtype=np.uint64)
    word_hashes = np.fromiter((_word_hash(w) for w in words), dtype=np.uint64,
                              count=len(words))
    k = min(k, len(words))
    m = len(words) - k + 1
    acc = np.zeros(m, dtype=np.uint64)
    base = np.uint64(_SHINGLE_BASE)
    for t in range(k):
        acc = acc * base + word_hashes[t:t + m]  # wraps modulo 2**64: a polynomial hash
    return np.unique(acc)


@functools.lru_cache(maxsize=1)
def _permutations() -> tuple[Any, Any]:
    import numpy as np

    gen = np.random.RandomState(1)
    a = gen.randint(1, _MERSENNE, size=NUM_PERM, dtype=np.uint64)
    b = gen.randint(0, _MERSENNE, size=NUM_PERM, dtype=np.uint64)
    return a, b


def signature(hashes: Any) -> Any:
    """The MinHash signature (NUM_PERM 32-bit values) of a set of shingle hashes."""
    import numpy as np

    a, b = _permutations()
    folded = (hashes ^ (hashes >> np.uint64(32))) & np.uint64(_MAX32)
    permuted = ((folded[:, None] * a[None, :] + b[None, :]) % np.uint64(_MERSENNE)
                ) & np.uint64(_MAX32)
    return permuted.min(axis=0)


@functools.lru_cache(maxsize=1)
def _band_params() -> tuple[Any, list[tuple[int, int]]]:
    """The LSH Ensemble's (bands, rows) per size ratio of indexed to query set, for
    CANDIDATE_CONTAINMENT (datasketch's optimisation, precomputed in link.minhash)."""
    import numpy as np

    from newsweave.link.minhash import ensemble_params

    ratios = np.exp(np.linspace(-5, 5, 10))
    return ratios, ensemble_params(CANDIDATE_CONTAINMENT, NUM_PERM, ratios)


def _partition_upper(size: int) -> float:
    """A fixed upper bound of a set's size class (classes sqrt(2) apart from
    MIN_SHARED_SHINGLES): unlike LSH Ensemble's partitions, they do not depend on the other
    articles, so whether two articles are candidates depends on those two only."""
    step = max(0, math.ceil(2 * math.log2(max(size, 1) / MIN_SHARED_SHINGLES)))
    return float(MIN_SHARED_SHINGLES * 2 ** (step / 2))


@functools.lru_cache(maxsize=1)
def _band_layout() -> tuple[tuple[int, int], ...]:
    """The bands the LSH Ensemble's rule can ask for, as (rows, band number), in order: for
    each number of rows, as many bands as the rule ever takes with it."""
    _ratios, params = _band_params()
    by_rows: dict[int, int] = {}
    for b, r in params:
        by_rows[r] = max(by_rows.get(r, 0), b)
    return tuple((rows, j) for rows, bands in sorted(by_rows.items()) for j in range(bands))


def _band_keys(sketches: Any, rows: int, j: int) -> Any:
    """One band's key per sketch (a polynomial hash of its rows)."""
    import numpy as np

    coeff = np.array([(_SHINGLE_BASE ** (t + 1)) & ((1 << 64) - 1) for t in range(rows)],
                     dtype=np.uint64)
    block = sketches[:, j * rows:(j + 1) * rows]
    return (block * coeff).sum(axis=1, dtype=np.uint64)


def _candidates(sizes: Any, sketches: Any,
                new: Any | None = None) -> set[tuple[int, int]]:
    """Index pairs (i < j) that LSH Ensemble's rule makes candidates for containment: the
    query's bands (rows r, first b bands; b and r chosen from the size ratio of the indexed
    set's class to the query) meet the indexed set's. With `new` (a bool mask), only pairs
    with at least one new article."""
    import numpy as np

    ratios, params = _band_params()
    uppers = np.array([_partition_upper(int(s)) for s in sizes])
    sizes_f = np.asarray(sizes, dtype=float)
    rule_b = np.array([b for b, _ in params])
    rule_r = np.array([r for _, r in params])
    out: set[tuple[int, int]] = set()
    if len(sizes) < 2:
        return out
    for rows, j in _band_layout():
        band_keys = _band_keys(sketches, rows, j)
        order = np.argsort(band_keys, kind="stable")
        ordered = band_keys[order]
        equal = ordered[1:] == ordered[:-1]
        if not equal.any():
            continue
        # runs of equal keys (start, end) in sorted order, found with array operations:
        # a growing corpus's link looks only at the runs holding a new article, and
        # most runs (reposts share every band) hold none
        starts = np.flatnonzero(np.concatenate(([True], ~equal)))
        ends = np.append(starts[1:], len(ordered))
        runs = ends - starts > 1
        if new is not None:
            fresh_in_run = np.add.reduceat(new[order].astype(np.int64), starts) > 0
            runs &= fresh_in_run
        for lo, hi in zip(starts[runs].tolist(), ends[runs].tolist(), strict=True):
            idx = order[lo:hi]
            # every ordered pair (query q, indexed x) of the run, by the ensemble's rule
            q, x = np.meshgrid(idx, idx, indexing="ij")
            rule = np.minimum(np.searchsorted(ratios, uppers[x] / sizes_f[q], side="left"),
                              len(params) - 1)
            hit = (rule_r[rule] == rows) & (j < rule_b[rule]) & (q != x)
            if new is not None:
                hit &= new[q] | new[x]
            for a, b in zip(q[hit].tolist(), x[hit].tolist(), strict=True):
                out.add((min(a, b), max(a, b)))
    return out


def candidate_pairs(texts: dict[str, str], memo: SyndicationMemo | None = None
                    ) -> list[CopyPair]:
    """Pairs whose smaller shingle set is mostly contained in the larger (LSH, then exact).
    With a memo, pairs among the articles it has seen are taken from it, and only new
    articles (and the candidates of their pairs) are shingled."""
    import numpy as np

    memo = memo if memo is not None else SyndicationMemo()
    if not memo.done <= texts.keys():  # an article is gone: start over
        memo.sketches.clear()
        memo.pairs.clear()
        memo.done.clear()
        memo.bands = None
    hashed: dict[str, Any] = {}

    def hashes(key: str) -> Any:
        if key not in hashed:
            hashed[key] = shingle_hashes(texts[key])
        return hashed[key]

    fresh = [k for k in texts if k not in memo.done]
    for key in fresh:
        if key not in memo.sketches:
            h = hashes(key)
            memo.sketches[key] = (len(h), signature(h) if len(h) >= MIN_SHARED_SHINGLES
                                  else None)
    if fresh:
        bands = memo.bands
        if bands is not None and len(bands.ids) != sum(
                memo.sketches[k][0] >= MIN_SHARED_SHINGLES for k in memo.done):
            # (a link stopped between indexing its new articles and marking them done:
            # the index is not that of the done articles, so it is made again)
            bands = None
        if bands is None:  # (a memo taken up from rows, reset, or stopped half way)
            bands = memo.bands = _Bands()
            _index(bands, [k for k in texts if k in memo.done], memo, pairs=False)
        for a, b in sorted(_index(bands, fresh, memo)):
            pair = (a, b) if a < b else (b, a)
            ha, hb = hashes(pair[0]), hashes(pair[1])
            shared = len(np.intersect1d(ha, hb, assume_unique=True))
            if shared < MIN_SHARED_SHINGLES:
                continue
            containment = shared / min(len(ha), len(hb))
            if containment >= SYNDICATION_CONTAINMENT:
                memo.pairs[pair] = CopyPair(pair[0], pair[1], containment,
                                            shared / (len(ha) + len(hb) - shared))
    memo.done.update(texts)
    return [memo.pairs[p] for p in sorted(memo.pairs)]


def _index(bands: _Bands, ids: list[str], memo: SyndicationMemo, pairs: bool = True
           ) -> set[tuple[str, str]]:
    """Index the articles of these that are large enough to be a repost (see _Bands.add)."""
    import numpy as np

    big = [k for k in ids if memo.sketches[k][0] >= MIN_SHARED_SHINGLES]
    if not big:
        return set()
    return bands.add(big, np.array([memo.sketches[k][0] for k in big]),
                     np.stack([memo.sketches[k][1] for k in big]), pairs)


def _blog_markers() -> tuple[str, ...]:
    return load_lines("link_blog_markers.txt")


def names_own_outlet(art: Article) -> bool:
    """The article names its outlet in its own text (an outlet's page, not a copy)."""
    if not art.outlet:
        return False
    return re.search(rf"\b{re.escape(art.outlet)}\b", art.text) is not None


def looks_like_repost(art: Article) -> bool:
    """Blog or repost chrome in the text ("Post a Comment", "originally published")."""
    low = art.text.lower()
    return any(marker in low for marker in _blog_markers())


def pick_original(group: Sequence[Article], order: dict[str, int],
                  marks: dict[str, tuple[str | None, bool, bool]] | None = None) -> Article:
    """The original of a group of copies: the earliest published date when every copy is
    dated; otherwise (or on a tie) one that names its own outlet and is not a blog, then the
    earliest known date, then ingest order. `marks` keeps what each article's text says
    (names its outlet, looks like a repost) for the next link of a growing corpus."""
    all_dated = all(a.published for a in group)
    marks = marks if marks is not None else {}

    def rank(art: Article) -> tuple[str, int, int, str, int]:
        day = (art.published or "")[:10]
        found = marks.get(art.article_id)
        if found is None or found[0] != art.outlet:  # (an analyst may rename an outlet)
            found = marks[art.article_id] = (art.outlet, names_own_outlet(art),
                                             looks_like_repost(art))
        return (day if all_dated else "", 0 if found[1] else 1, 1 if found[2] else 0,
                day or "~", order[art.article_id])

    return min(group, key=rank)


def detect_syndication(articles: Sequence[Article], memo: SyndicationMemo | None = None
                       ) -> SyndicationResult:
    """Map every repost to its original and every near-identical copy to the kept article
    (`memo`: what the previous link of a growing corpus found, see SyndicationMemo)."""
    order = {a.article_id: i for i, a in enumerate(articles)}
    by_id = {a.article_id: a for a in articles}
    pairs = candidate_pairs({a.article_id: a.text for a in articles if a.text}, memo)
    result = SyndicationResult(pairs=pairs)
    if not pairs:
        return result

    sets: DisjointSets[str] = DisjointSets()
    for p in pairs:
        sets.union(p.a, p.b)
    groups: dict[str, list[Article]] = {}
    for p in pairs:
        for k in (p.a, p.b):
            members = groups.setdefault(sets.find(k), [])
            if by_id[k] not in members:
                members.append(by_id[k])
    near: set[tuple[str, str]] = {(p.a, p.b) for p in pairs if p.jaccard >= NEAR_DUPLICATE_JACCARD}
    for members in groups.values():
        original = pick_original(members, order, memo.marks if memo is not None else None)
        for art in sorted(members, key=lambda a: order[a.article_id]):
            if art.article_id == original.article_id:
                continue
            result.syndication[art.article_id] = original.article_id
            pair = tuple(sorted((art.article_id, original.article_id)))
            if pair in near:
                result.near_duplicates[art.article_id] = original.article_id
    return result


def independent_sources(articles: Sequence[Article], syndication: dict[str, str]
                        ) -> dict[str, str]:
    """article_id -> the independent source it counts as (copies fold into their original)."""
    labels = source_labels(articles)
    return {a.article_id: labels[syndication.get(a.article_id, a.article_id)]
            if syndication.get(a.article_id, a.article_id) in labels else labels[a.article_id]
            for a in articles}
