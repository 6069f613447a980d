"""Quote variants: the same statement reported in different words by different articles.

Outlets retranslate, trim and paraphrase a quote ("better to fight X on A than on B" / "We'd
rather fight X on A than on B"), and often keep only a fragment ("objectively coincide").
Candidate pairs come from two blocks, never from all pairs: quotes of the same speaker entity,
and MinHash LSH over the quotes' word sets (for quotes whose speaker is unknown or resolved
differently). A candidate pair is accepted on sentence-embedding similarity, rapidfuzz token
overlap, or (for a fragment of the same speaker's quote) a near-exact partial match.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Sequence
from typing import Any

from newsweave.link.disjoint import DisjointSets
from newsweave.model import Article, Quote, QuoteVariant, stable_id

LSH_THRESHOLD = 0.4  # Jaccard of word sets that makes two quotes a candidate pair
NUM_PERM = 64
SAME_SPEAKER_COSINE = 0.72
SAME_SPEAKER_FUZZ = 60.0  # token_set_ratio alongside a looser cosine
LOOSE_COSINE = 0.6
UNKNOWN_SPEAKER_COSINE = 0.85
UNKNOWN_SPEAKER_FUZZ = 80.0
FRAGMENT_PARTIAL = 90.0  # partial_ratio of a fragment inside the longer quote
UNKNOWN_FRAGMENT_WORDS = 5  # without a shared speaker, a fragment needs this many words
CONFLICT_COSINE = 0.9  # different known speakers: near-identical words only
CONFLICT_WORDS = 8
MAX_BLOCK = 400  # a speaker with more distinct statements is paired through LSH only

_WORD = re.compile(r"[\w']+")


def quote_words(text: str) -> list[str]:
    return [w.strip("'") for w in _WORD.findall(text.lower().replace("’", "'")) if w.strip("'")]


class VariantMemo:
    """What one link keeps for the next (see link.incremental): the MinHash LSH index of the
    distinct word sets met so far and the candidate pairs among them. Whether two word sets
    are candidates depends on those two alone (fixed bands), so only new sets are hashed,
    indexed and queried."""

    def __init__(self) -> None:
        self.lsh: Any = None
        self.pairs: set[tuple[frozenset[str], frozenset[str]]] = set()
        # quote text -> its statement units and their words (this link's quotes only)
        self.units: dict[str, tuple[list[str], list[list[str]]]] = {}


def _lsh_pairs(words: list[list[str]], memo: VariantMemo | None = None
               ) -> set[tuple[int, int]]:
    from newsweave.link.minhash import BandIndex, signatures

    memo = memo if memo is not None else VariantMemo()
    if memo.lsh is None:
        memo.lsh = BandIndex(LSH_THRESHOLD, NUM_PERM)
    lsh = memo.lsh
    sets: dict[frozenset[str], list[int]] = defaultdict(list)
    for i, w in enumerate(words):
        if len(set(w)) >= 3:
            sets[frozenset(w)].append(i)
    if sum(len(idx) for idx in sets.values()) < 2:
        return set()
    fresh = [ws for ws in sets if ws not in lsh]
    hashes = signatures(fresh, NUM_PERM)  # datasketch's MinHash values (link.minhash)
    for ws, h in zip(fresh, hashes, strict=True):
        lsh.insert(ws, h)
    for ws, h in zip(fresh, hashes, strict=True):
        for other in lsh.query(h):
            if other != ws:
                memo.pairs.add((ws, other) if hash(ws) <= hash(other) else (other, ws))
    pairs: set[tuple[int, int]] = set()
    for idx in sets.values():  # the same word set: always a candidate pair
        pairs.update((a, b) for x, a in enumerate(idx) for b in idx[x + 1:])
    for a_set, b_set in memo.pairs:
        if a_set in sets and b_set in sets:
            for i in sets[a_set]:
                for j in sets[b_set]:
                    pairs.add((min(i, j), max(i, j)))
    return pairs


def _speaker_pairs(speakers: list[str | None]) -> set[tuple[int, int]]:
    blocks: dict[str, list[int]] = defaultdict(list)
    for i, s in enumerate(speakers):
        if s:
            blocks[s].append(i)
    pairs: set[tuple[int, int]] = set()
    for members in blocks.values():
        if len(members) > MAX_BLOCK:
            continue
        for x, i in enumerate(members):
            for j in members[x + 1:]:
                pairs.add((i, j))
    return pairs


def _verdict_from_words(wa: list[str], wb: list[str], same_speaker: bool) -> bool | None:
    """The verdict when the words alone settle it (identical, or a fragment of the other);
    None when it depends on the embedding cosine. Settling pairs here saves embedding them."""
    from rapidfuzz import fuzz

    if not wa or not wb:
        return False
    if wa == wb:
        return True
    short, long = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    if len(short) >= (2 if same_speaker else UNKNOWN_FRAGMENT_WORDS) and \
            fuzz.partial_ratio(" ".join(short), " ".join(long)) >= FRAGMENT_PARTIAL:
        return True
    return None


def _verdict_with_cosine(wa: list[str], wb: list[str], cosine: float,
                         same_speaker: bool) -> bool:
    """The verdict for a pair the words did not settle."""
    from rapidfuzz import fuzz

    if cosine >= (SAME_SPEAKER_COSINE if same_speaker else UNKNOWN_SPEAKER_COSINE):
        return True
    if cosine < LOOSE_COSINE:
        return False
    token_set = fuzz.token_set_ratio(" ".join(wa), " ".join(wb))
    return token_set >= (SAME_SPEAKER_FUZZ if same_speaker else UNKNOWN_SPEAKER_FUZZ)


_SENTENCE_SPLIT = re.compile(r"(?<=[.!?…])[\"”’']?\s+(?=[\"“‘']?[A-Z0-9])")


def statement_units(text: str) -> list[str]:
    """The sentences of a quote: a long quote can carry several statements, and each is
    matched on its own (so one long quote does not bridge two different statements)."""
    parts = [p.strip() for p in _SENTENCE_SPLIT.split(text.strip()) if p.strip()]
    units = [p for p in parts if len(quote_words(p)) >= 2]
    return units if len(units) > 1 else [text.strip()]


def group_quote_variants(
    quotes: Sequence[Quote],
    articles: dict[str, Article],
    speaker_of: Callable[[Quote], str | None],
    order: dict[str, int],
    embed: Callable[[list[str]], object] | None = None,
    memo: VariantMemo | None = None,
) -> list[QuoteVariant]:
    """Groups of quotes from at least two articles that report the same statement (`memo`:
    the word-set index of the previous link of a growing corpus, see VariantMemo)."""
    import numpy as np

    quotes = [q for q in quotes if q.text and q.text.strip()]
    if len(quotes) < 2:
        return []
    quote_speakers = [speaker_of(q) for q in quotes]
    owner: list[int] = []  # unit -> quote index
    texts: list[str] = []
    words: list[list[str]] = []
    split = memo.units if memo is not None else {}
    kept: dict[str, tuple[list[str], list[list[str]]]] = {}
    for qi, q in enumerate(quotes):
        found = kept.get(q.text) or split.get(q.text)
        if found is None:  # a quote's units and words depend on its text alone
            units = statement_units(q.text)
            found = (units, [quote_words(t) for t in units])
        kept[q.text] = found
        for unit, unit_words in zip(*found, strict=True):
            owner.append(qi)
            texts.append(unit)
            words.append(unit_words)
    if memo is not None:
        memo.units = kept
    speakers = [quote_speakers[qi] for qi in owner]
    statements: DisjointSets[int] = DisjointSets()
    find, union = statements.find, statements.union

    # Units with the same words and speaker are one statement, and every pair verdict
    # depends on words and speakers only: each distinct (words, speaker) is judged once, by
    # its first unit. A statement syndicated to hundreds of articles would otherwise make
    # hundreds squared pairs.
    first_of: dict[tuple[tuple[str, ...], str | None], int] = {}
    reps: list[int] = []
    articles_of: dict[int, set[str]] = {}
    for i, unit_words in enumerate(words):
        rep = first_of.setdefault((tuple(unit_words), speakers[i]), i) if unit_words else i
        if rep == i:
            reps.append(i)
            articles_of[i] = set()
        else:
            union(i, rep)
        articles_of[rep].add(quotes[owner[i]].article_id)
    rep_speakers = [speakers[i] for i in reps]
    candidates = {(reps[a], reps[b]) for a, b in
                  _speaker_pairs(rep_speakers) | _lsh_pairs([words[i] for i in reps], memo)}
    # a pair only ever seen inside one article says nothing across articles
    candidates = {(i, j) for i, j in candidates
                  if len(articles_of[i] | articles_of[j]) > 1}
    if not candidates and all(len(arts) < 2 for arts in articles_of.values()):
        return []

    # Two passes give the same groups as judging every pair (groups are the connected
    # components of the accepted pairs): first the pairs the words settle, then, embedding
    # only what is still needed, the pairs that depend on the cosine and are not yet joined.
    undecided: list[tuple[int, int]] = []
    for i, j in sorted(candidates):
        if find(i) == find(j):  # already in one group: the pair cannot change it
            continue
        si, sj = speakers[i], speakers[j]
        if si and sj and si != sj:
            # different speakers: only a near-identical long statement (a misattribution,
            # which provenance should show) joins
            if min(len(words[i]), len(words[j])) >= CONFLICT_WORDS:
                undecided.append((i, j))
            continue
        verdict = _verdict_from_words(words[i], words[j], bool(si and sj))
        if verdict:
            union(i, j)
        elif verdict is None:
            undecided.append((i, j))
    undecided = [(i, j) for i, j in undecided if find(i) != find(j)]
    if undecided:
        if embed is None:
            from newsweave.nlp.models import embed as model_embed

            embed = model_embed
        needed = sorted({i for pair in undecided for i in pair})
        vectors = np.asarray(embed([texts[i][:1000] for i in needed]))
        row = {i: r for r, i in enumerate(needed)}
        for i, j in undecided:
            if find(i) == find(j):
                continue
            si, sj = speakers[i], speakers[j]
            cosine = float(vectors[row[i]] @ vectors[row[j]])
            if si and sj and si != sj:
                if cosine >= CONFLICT_COSINE:
                    union(i, j)
            elif _verdict_with_cosine(words[i], words[j], cosine, bool(si and sj)):
                union(i, j)

    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(len(texts)):
        groups[find(i)].append(owner[i])
    by_members: dict[tuple[str, ...], QuoteVariant] = {}
    for members in groups.values():
        if len({quotes[i].article_id for i in members}) < 2:
            continue
        group = sorted({quotes[i].quote_id: quotes[i] for i in members}.values(),
                       key=lambda q: _first_key(q, articles, order))
        key = tuple(sorted(q.quote_id for q in group))
        if key in by_members:
            continue
        first = group[0]
        by_members[key] = QuoteVariant(
            group_id=stable_id("qv", *key),
            quote_ids=[q.quote_id for q in group],
            first_seen=_seen(first, articles),
            first_quote_id=first.quote_id,
        )
    out = list(by_members.values())
    out.sort(key=lambda v: (v.first_seen or "~", v.group_id))
    return out


def _seen(q: Quote, articles: dict[str, Article]) -> str | None:
    art = articles.get(q.article_id)
    return (art.published if art and art.published else None) or q.date


def _first_key(q: Quote, articles: dict[str, Article], order: dict[str, int]
               ) -> tuple[str, int, int]:
    return (_seen(q, articles) or "~", order.get(q.article_id, 1 << 30), q.span[0])
