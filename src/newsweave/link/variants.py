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
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

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
    """A quote's lower-cased words. Each word is the one string the interpreter shares for
    its value (sys.intern): the Linker keeps every quote's words (VariantMemo.units, the word
    sets of the MinHash index), and of those of 20,000 synthetic articles 715,000 of 720,000
    repeated a word another held; shared, a process holds (and a kept link state pickles)
    each word once."""
    out = []
    for word in _WORD.findall(text.lower().replace("’", "'")):
        word = word.strip("'")
        if word:
            out.append(sys.intern(word))
    return out


class VariantMemo:
    """What one link keeps for the next (see link.incremental): the MinHash LSH index of the
    distinct word sets met so far and the candidate pairs among them. Whether two word sets
    are candidates depends on those two alone (fixed bands), so only new sets are hashed,
    indexed and queried."""

    def __init__(self) -> None:
        self.lsh: Any = None
        self.pairs: set[tuple[frozenset[str], frozenset[str]]] = set()
        # quote text -> its statement units and their words
        self.units: dict[str, tuple[list[str], list[list[str]]]] = {}
        self.state: _Statements | None = None  # see group_quote_variants


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


@dataclass
class _Statements:
    """The statements of a growing corpus's quotes as the last link left them, changed only
    where new quotes reach (see group_quote_variants): the quotes (with their speakers),
    their units, the distinct (words, speaker) nodes each unit belongs to (judged by its
    first unit), which nodes are one statement, and each statement's variant record."""

    quote_ids: list[str] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    speakers: list[str | None] = field(default_factory=list)  # per quote
    owner: list[int] = field(default_factory=list)  # unit -> quote
    texts: list[str] = field(default_factory=list)  # per unit
    words: list[list[str]] = field(default_factory=list)  # per unit
    node_of: list[int] = field(default_factory=list)  # unit -> node
    nodes: dict[tuple[tuple[str, ...], str | None], int] = field(default_factory=dict)
    reps: list[int] = field(default_factory=list)  # node -> its first unit
    articles: list[set[str]] = field(default_factory=list)  # node -> its units' articles
    by_speaker: dict[str, list[int]] = field(default_factory=dict)  # speaker -> nodes
    by_words: dict[frozenset[str], list[int]] = field(default_factory=dict)  # LSH word sets
    partners: dict[frozenset[str], set[frozenset[str]]] = field(default_factory=dict)
    parent: list[int] = field(default_factory=list)  # node -> parent (union-find)
    units_of: dict[int, list[int]] = field(default_factory=dict)  # root -> its units
    variants: dict[int, QuoteVariant] = field(default_factory=dict)  # root -> its record
    ordered: list[QuoteVariant] = field(default_factory=list)

    def find(self, x: int) -> int:
        parent = self.parent
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return
        if len(self.units_of[ra]) < len(self.units_of[rb]):
            ra, rb = rb, ra
        self.parent[rb] = ra
        self.units_of[ra].extend(self.units_of.pop(rb))
        self.variants.pop(rb, None)


def group_quote_variants(
    quotes: Sequence[Quote],
    articles: dict[str, Article],
    speaker_of: Callable[[Quote], str | None],
    order: dict[str, int],
    embed: Callable[[list[str]], object] | None = None,
    memo: VariantMemo | None = None,
) -> list[QuoteVariant]:
    """Groups of quotes from at least two articles that report the same statement (`memo`:
    the word-set index and the statements of the previous link of a growing corpus, see
    VariantMemo).

    Units with the same words and speaker are one node, judged once by its first unit (a
    statement syndicated to hundreds of articles would otherwise make hundreds squared
    pairs); candidate pairs of nodes come from speaker blocks and the word sets' LSH; a
    pair only ever seen inside one article says nothing across articles; statements are
    the connected components of the accepted pairs. With a memo whose quotes are the first
    of these, with the same speakers, only pairs with a node that is new, or that had one
    article and gained another, are judged: every other pair was judged before and its
    verdict depends on the two nodes alone (the components only grow, save where a speaker
    block outgrew MAX_BLOCK: the statements holding its nodes are made again from their
    own nodes, see _split_again; before session 15 everything was grouped anew then, a
    third of a full grouping's time in a +1% link of 40,000 synthetic articles). When
    an earlier quote's speaker changed, the nodes are made anew and only what the change
    reaches is judged again (_respeak, in place; it too grouped everything anew before)."""
    quotes = [q for q in quotes if q.text and q.text.strip()]
    if len(quotes) < 2:
        return []
    speakers = [speaker_of(q) for q in quotes]
    state = memo.state if memo is not None else None
    n = len(state.quote_ids) if state is not None else 0
    if state is None or len(quotes) < n \
            or [q.quote_id for q in quotes[:n]] != state.quote_ids:
        state, n = _Statements(), 0
    if memo is not None:  # (changed in place: a link stopped half way leaves none kept)
        memo.state = None
    respoken: set[int] = set()
    if n and speakers[:n] != state.speakers:  # an earlier quote's speaker changed
        respoken = _respeak(state, [i for i, (now, was) in enumerate(
            zip(speakers[:n], state.speakers, strict=True)) if now != was], speakers, embed)
    dirty, touched, outgrown = _add_quotes(state, quotes[n:], speakers[n:], memo)
    pairs = _pairs_of(state, dirty, memo, first_link=n == 0)
    if outgrown:  # a speaker block passed MAX_BLOCK: its pairs go (see _split_again)
        touched |= _split_again(state, outgrown, embed)
    _judge(state, pairs, embed)
    _settle_variants(state, touched | respoken, articles, order)
    if memo is not None:
        memo.state = state
    return state.ordered


def _respeak(state: _Statements, moved: list[int], speakers: list[str | None],
             embed: Callable[[list[str]], object] | None) -> set[int]:
    """Take in, in place, a new speaker for each of the quotes `moved` (indexes of quotes
    the state holds): each of their units leaves its node (words, old speaker) for the node
    (words, new speaker), made when there is none. Only the statements that a changed node
    is in (a node that lost or gained a unit: its first unit, which it is judged by, and
    its articles may have changed) are made again from their nodes, with those of every
    speaker block that passed MAX_BLOCK (its pairs went); a block that came under it makes
    its nodes' pairs candidates again. Judged are the candidate pairs of the changed nodes
    and of those blocks' nodes, and the pairs within the statements made again: every
    other pair was judged as it is (rejected across statements, its verdict being its two
    nodes' alone), so the result is that of grouping every quote anew, at the cost of what
    the change reaches (the whole grouping was made anew here before session 19: 5-6 s of
    CPU in a +1% link of 40,000 synthetic articles, for 6 quotes of 120,000 respoken).
    Returns the nodes whose statement's record must be made."""
    from bisect import bisect_left

    owner, node_of, find = state.owner, state.node_of, state.find
    units: list[int] = []  # the moved quotes' units
    for qi in moved:
        u = bisect_left(owner, qi)
        while u < len(owner) and owner[u] == qi:
            units.append(u)
            u += 1
    names = {s for qi in moved for s in (state.speakers[qi], speakers[qi]) if s}
    before = {s: list(state.by_speaker.get(s, ())) for s in names}
    lost = {node_of[u] for u in units}
    keys = {x: (tuple(state.words[state.reps[x]]), state.speakers[owner[state.reps[x]]])
            for x in lost}
    roots = {find(x) for x in lost}  # the statements made again
    for qi in moved:
        state.speakers[qi] = speakers[qi]
    gained: set[int] = set()
    for u in units:
        unit_words = state.words[u]
        speaker = speakers[owner[u]]
        key = (tuple(unit_words), speaker)
        node = state.nodes.get(key) if unit_words else None
        if node is None:
            node = _new_node(state, u, unit_words, speaker)
        else:
            roots.add(find(node))
        node_of[u] = node
        gained.add(node)
    alive = {node_of[u] for root in roots for u in state.units_of[root]}
    emptied = lost - alive - gained
    for x in emptied:  # no unit has its words and old speaker now: the node goes
        old_words, speaker = keys[x]
        if state.nodes.get(keys[x]) == x:
            del state.nodes[keys[x]]
        if speaker:
            state.by_speaker[speaker].remove(x)
            if not state.by_speaker[speaker]:
                del state.by_speaker[speaker]
        if len(set(old_words)) >= 3:
            ws = frozenset(old_words)
            state.by_words[ws].remove(x)
            if not state.by_words[ws]:
                del state.by_words[ws]
        state.articles[x] = set()
    dirty = (lost - emptied) | gained
    for speaker, was in before.items():
        block = state.by_speaker.get(speaker, [])
        if len(was) <= MAX_BLOCK < len(block):  # its pairs went: what they joined is undone
            roots.update(find(x) for x in was if x not in emptied)
        elif len(block) <= MAX_BLOCK < len(was):  # its pairs came
            dirty.update(block)
    again_units = set(units)
    for root in roots:
        again_units.update(state.units_of.pop(root))
        state.variants.pop(root, None)
    for x in emptied:
        state.parent[x] = x
        state.units_of.pop(x, None)
    again = {node_of[u] for u in again_units}
    for x in again:
        state.parent[x] = x
        state.units_of[x] = []
    for u in sorted(again_units):
        state.units_of[node_of[u]].append(u)
    quotes = state.quotes
    for x in again:
        held = state.units_of[x]
        state.reps[x] = held[0]
        state.articles[x] = {quotes[owner[u]].article_id for u in held}
    pairs = set(_candidates(state, dirty))
    pairs.update((a, b) for a, b in _candidates(state, again) if a in again and b in again)
    _judge(state, sorted(pairs), embed)
    return dirty | again


def _new_node(state: _Statements, unit: int, unit_words: list[str], speaker: str | None
              ) -> int:
    """A statement node of its own for `unit` (what the speaker said in those words), entered
    in the blocks its pairs are looked for in."""
    node = len(state.reps)
    if unit_words:
        state.nodes[(tuple(unit_words), speaker)] = node
    state.reps.append(unit)
    state.articles.append(set())
    state.parent.append(node)
    state.units_of[node] = []
    if speaker:
        state.by_speaker.setdefault(speaker, []).append(node)
    if len(set(unit_words)) >= 3:
        state.by_words.setdefault(frozenset(unit_words), []).append(node)
    return node


def _add_quotes(state: _Statements, quotes: list[Quote], speakers: list[str | None],
                memo: VariantMemo | None) -> tuple[set[int], set[int], list[str]]:
    """Add quotes (after those the state holds) and their units; returns the nodes whose
    pairs must be judged (new, or gaining a second article), the nodes that gained a
    unit, and the speakers whose block outgrew MAX_BLOCK now (its pairs were judged)."""
    split = memo.units if memo is not None else {}
    dirty: set[int] = set()
    touched: set[int] = set()
    grown_blocks: set[str] = set()
    first_new = len(state.reps)  # nodes from here on are new
    for q, speaker in zip(quotes, speakers, strict=True):
        qi = len(state.quotes)
        state.quotes.append(q)
        state.quote_ids.append(q.quote_id)
        state.speakers.append(speaker)
        found = split.get(q.text)
        if found is None:  # a quote's units and words depend on its text alone
            units = statement_units(q.text)
            found = (units, [quote_words(t) for t in units])
            if memo is not None:
                split[q.text] = found
        for unit, unit_words in zip(*found, strict=True):
            ui = len(state.owner)
            state.owner.append(qi)
            state.texts.append(unit)
            state.words.append(unit_words)
            key = (tuple(unit_words), speaker)
            node = state.nodes.get(key) if unit_words else None
            if node is None:
                node = _new_node(state, ui, unit_words, speaker)
                dirty.add(node)
                if speaker:
                    grown_blocks.add(speaker)
            arts = state.articles[node]
            if q.article_id not in arts:
                if len(arts) == 1:  # its pairs within one article now say something
                    dirty.add(node)
                arts.add(q.article_id)
            state.node_of.append(node)
            state.units_of[state.find(node)].append(ui)
            touched.add(node)
    outgrown = []
    for speaker in sorted(grown_blocks):  # a block past MAX_BLOCK pairs through LSH only
        block = state.by_speaker[speaker]
        before = sum(1 for x in block if x < first_new)
        if len(block) > MAX_BLOCK >= before >= 2:
            outgrown.append(speaker)
    return dirty, touched, outgrown


def _split_again(state: _Statements, speakers: list[str],
                 embed: Callable[[list[str]], object] | None) -> set[int]:
    """Undo what the pairs within these speakers' blocks joined (the blocks outgrew
    MAX_BLOCK, so those pairs are no candidates now): the statements holding a node of
    theirs are made again from their nodes alone, by judging the candidate pairs among
    those nodes. A pair of one of them and a node of another statement was rejected (or
    its two nodes would be one statement) and its verdict depends on the two alone, so
    the other statements stay as they are and the result is that of grouping everything
    anew. Returns the nodes whose statement may have changed."""
    roots = {state.find(x) for speaker in speakers for x in state.by_speaker[speaker]}
    units = [u for root in roots for u in state.units_of.pop(root)]
    nodes = {state.node_of[u] for u in units}
    for root in roots:
        state.variants.pop(root, None)
    for x in nodes:
        state.parent[x] = x
        state.units_of[x] = []
    for u in sorted(units):
        state.units_of[state.node_of[u]].append(u)
    _judge(state, [(a, b) for a, b in _candidates(state, nodes)
                   if a in nodes and b in nodes], embed)
    return nodes


def _pairs_of(state: _Statements, dirty: set[int], memo: VariantMemo | None,
              first_link: bool) -> list[tuple[int, int]]:
    """The candidate pairs of nodes with at least one dirty node: same speaker (a block of
    at most MAX_BLOCK nodes), the same word set, or word sets the LSH pairs."""
    # (a new pair holds a word set indexed only now: a new node's, or, when fewer than
    # two nodes could be indexed before, one of two nodes at most, so with a new node)
    for a_set, b_set in _lsh_insert(state, memo, first_link):
        state.partners.setdefault(a_set, set()).add(b_set)
        state.partners.setdefault(b_set, set()).add(a_set)
    return _candidates(state, dirty)


def _candidates(state: _Statements, dirty: set[int]) -> list[tuple[int, int]]:
    """The candidate pairs of nodes with at least one dirty node (see _pairs_of), the word
    sets indexed."""
    out: set[tuple[int, int]] = set()
    for d in dirty:
        rep = state.reps[d]
        speaker = state.speakers[state.owner[rep]]
        others: list[int] = []
        if speaker:
            block = state.by_speaker[speaker]
            if len(block) <= MAX_BLOCK:
                others.extend(block)
        unit_words = state.words[rep]
        if len(set(unit_words)) >= 3:
            ws = frozenset(unit_words)
            others.extend(state.by_words[ws])
            for partner in state.partners.get(ws, ()):
                others.extend(state.by_words.get(partner, ()))
        arts = state.articles[d]
        for x in others:
            if x != d and len(arts | state.articles[x]) > 1:
                out.add((min(d, x), max(d, x)))
    return sorted(out)


def _lsh_insert(state: _Statements, memo: VariantMemo | None, first_link: bool
                ) -> set[tuple[frozenset[str], frozenset[str]]]:
    """Index the word sets not indexed yet; returns the candidate pairs of word sets found
    with them (on a state's first link, every pair the index ever found among its word
    sets)."""
    from newsweave.link.minhash import BandIndex, signatures

    memo = memo if memo is not None else VariantMemo()
    if memo.lsh is None:
        memo.lsh = BandIndex(LSH_THRESHOLD, NUM_PERM)
    lsh = memo.lsh
    if sum(len(nodes) for nodes in state.by_words.values()) < 2:
        return set()
    fresh = [ws for ws in state.by_words if ws not in lsh]
    hashes = signatures(fresh, NUM_PERM)  # datasketch's MinHash values (link.minhash)
    for ws, h in zip(fresh, hashes, strict=True):
        lsh.insert(ws, h)
    found: set[tuple[frozenset[str], frozenset[str]]] = set()
    for ws, h in zip(fresh, hashes, strict=True):
        for other in lsh.query(h):
            if other != ws:
                pair = (ws, other) if hash(ws) <= hash(other) else (other, ws)
                memo.pairs.add(pair)
                found.add(pair)
    if first_link:  # pairs an earlier state's links found
        found.update((a, b) for a, b in memo.pairs
                     if a in state.by_words and b in state.by_words)
    return found


def _judge(state: _Statements, candidates: list[tuple[int, int]],
           embed: Callable[[list[str]], object] | None) -> None:
    """Join the candidate pairs the words or the sentence vectors accept. Two passes give
    the same statements as judging every pair (they are the connected components of the
    accepted pairs): first the pairs the words settle, then, embedding only what is still
    needed, the pairs that depend on the cosine and are not yet joined."""
    import numpy as np

    find, union = state.find, state.union
    involved = {i for pair in candidates for i in pair}
    words = {i: state.words[state.reps[i]] for i in involved}
    speakers = {i: state.speakers[state.owner[state.reps[i]]] for i in involved}
    undecided: list[tuple[int, int]] = []
    for i, j in candidates:
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
    if not undecided:
        return
    if embed is None:
        from newsweave.nlp.models import embed as model_embed

        embed = model_embed
    needed = sorted({i for pair in undecided for i in pair})
    vectors = np.asarray(embed([state.texts[state.reps[i]][:1000] for i in needed]))
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


def _settle_variants(state: _Statements, touched: set[int], articles: dict[str, Article],
                     order: dict[str, int]) -> None:
    """Make the variant records of the statements that changed (gained units or joined
    another), and the list of all of them in order (one record per set of quotes)."""
    roots = {state.find(x) for x in touched}
    changed = bool(roots)
    for root in roots:
        members = {state.owner[u] for u in state.units_of[root]}
        quotes = state.quotes
        if len({quotes[i].article_id for i in members}) < 2:
            state.variants.pop(root, None)
            continue
        group = sorted({quotes[i].quote_id: quotes[i] for i in members}.values(),
                       key=lambda q: _first_key(q, articles, order))
        key = tuple(sorted(q.quote_id for q in group))
        first = group[0]
        state.variants[root] = QuoteVariant(
            group_id=stable_id("qv", *key),
            quote_ids=[q.quote_id for q in group],
            first_seen=_seen(first, articles),
            first_quote_id=first.quote_id,
        )
    if changed or len(state.ordered) != len(state.variants):
        unique = {v.group_id: v for v in state.variants.values()}
        state.ordered = sorted(unique.values(), key=lambda v: (v.first_seen or "~", v.group_id))


def _seen(q: Quote, articles: dict[str, Article]) -> str | None:
    art = articles.get(q.article_id)
    return (art.published if art and art.published else None) or q.date


def _first_key(q: Quote, articles: dict[str, Article], order: dict[str, int]
               ) -> tuple[str, int, int]:
    return (_seen(q, articles) or "~", order.get(q.article_id, 1 << 30), q.span[0])
