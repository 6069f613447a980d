"""Syndication and near-duplicate detection: MinHash LSH over word shingles, then containment.

A repost often wraps the original in a new intro, a blog footer or a comment section, so the
Jaccard similarity of the two pages can be low while nearly all of the smaller text sits inside
the larger. We therefore index every article's shingle MinHash in datasketch's LSH Ensemble (an
index built for containment queries), take its answers as candidates, and confirm each candidate
pair by the exact containment of the smaller shingle set in the larger. Cost grows with the number
of articles times their candidates, never with all pairs.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from newsweave.extract.lexicon import load_lines
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


def candidate_pairs(sets: dict[str, set[str]]) -> list[CopyPair]:
    """Pairs whose smaller shingle set is mostly contained in the larger (LSH, then exact)."""
    from datasketch import MinHash, MinHashLSHEnsemble

    keys = [k for k, s in sets.items() if len(s) >= MIN_SHARED_SHINGLES]
    if len(keys) < 2:
        return []
    hashes = MinHash.bulk([[s.encode("utf-8") for s in sets[k]] for k in keys],
                          num_perm=NUM_PERM)
    index = MinHashLSHEnsemble(threshold=CANDIDATE_CONTAINMENT, num_perm=NUM_PERM,
                               num_part=min(16, len(keys)))
    index.index((k, h, len(sets[k])) for k, h in zip(keys, hashes, strict=True))
    seen: set[tuple[str, str]] = set()
    out: list[CopyPair] = []
    for key, mh in zip(keys, hashes, strict=True):
        for other in index.query(mh, len(sets[key])):
            if other == key:
                continue
            pair = (key, other) if key < other else (other, key)
            if pair in seen:
                continue
            seen.add(pair)
            a, b = sets[pair[0]], sets[pair[1]]
            shared = len(a & b)
            if shared < MIN_SHARED_SHINGLES:
                continue
            containment = shared / min(len(a), len(b))
            if containment >= SYNDICATION_CONTAINMENT:
                out.append(CopyPair(pair[0], pair[1], containment,
                                    shared / len(a | b)))
    return out


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


def pick_original(group: Sequence[Article], order: dict[str, int]) -> Article:
    """The original of a group of copies: the earliest published date when every copy is
    dated; otherwise (or on a tie) one that names its own outlet and is not a blog, then the
    earliest known date, then ingest order."""
    all_dated = all(a.published for a in group)

    def rank(art: Article) -> tuple[str, int, int, str, int]:
        day = (art.published or "")[:10]
        return (day if all_dated else "", 0 if names_own_outlet(art) else 1,
                1 if looks_like_repost(art) else 0, day or "~", order[art.article_id])

    return min(group, key=rank)


def detect_syndication(articles: Sequence[Article]) -> SyndicationResult:
    """Map every repost to its original and every near-identical copy to the kept article."""
    order = {a.article_id: i for i, a in enumerate(articles)}
    by_id = {a.article_id: a for a in articles}
    sets = {a.article_id: shingles(a.text) for a in articles if a.text}
    pairs = candidate_pairs(sets)
    result = SyndicationResult(pairs=pairs)
    if not pairs:
        return result

    parent = {k: k for k in by_id}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for p in pairs:
        ra, rb = find(p.a), find(p.b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    groups: dict[str, list[Article]] = {}
    for p in pairs:
        for k in (p.a, p.b):
            members = groups.setdefault(find(k), [])
            if by_id[k] not in members:
                members.append(by_id[k])
    near: set[tuple[str, str]] = {(p.a, p.b) for p in pairs if p.jaccard >= NEAR_DUPLICATE_JACCARD}
    for members in groups.values():
        original = pick_original(members, order)
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
