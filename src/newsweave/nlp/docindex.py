"""Entities and sentences of a spaCy doc, indexed once per doc so lookups stay cheap.

`doc.ents` builds a Span for every entity of the whole doc on each access, and `span.ents`
(e.g. `tok.sent.ents`) goes through `doc.ents`; asked once per quote cue or per event, that
made analysis quadratic in article length (a 300 KB article with 5,000 reporting sentences
took minutes). The index holds the entities and sentences once, sorted, and answers "the
entities inside this span" and "the sentence of this token" by binary search.

The doc's entities must not change after the index is built (nothing in the analysis sets
`doc.ents`; the parse is done before extraction starts).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Generic, Protocol, TypeVar

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

_INDEX_KEY = "newsweave.docindex"


class DocIndex:
    """The doc's entities and sentences as sorted tuples, with lookups by token position."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.ents: tuple[Span, ...] = tuple(doc.ents)
        self._ent_starts = [ent.start for ent in self.ents]
        self._sents: tuple[Span, ...] | None = None
        self._sent_starts: list[int] = []
        self._token_starts: list[int] | None = None
        self._nouns: dict[str, list[int]] | None = None

    def ents_in(self, span: Span) -> list[Span]:
        """The entities that lie completely inside `span`, in order (what `span.ents` gives)."""
        out = []
        for i in range(bisect_left(self._ent_starts, span.start), len(self.ents)):
            ent = self.ents[i]
            if ent.end > span.end:  # entities do not overlap: none after this one fits
                break
            out.append(ent)
        return out

    def ents_between(self, start: int, end: int) -> list[Span]:
        """The entities completely inside tokens `start` .. `end - 1`."""
        lo = bisect_left(self._ent_starts, start)
        hi = bisect_right(self._ent_starts, end)
        return [ent for ent in self.ents[lo:hi] if ent.end <= end]

    @property
    def sents(self) -> tuple[Span, ...]:
        """The doc's sentences (built on first use: a doc without a parse has none)."""
        if self._sents is None:
            self._sents = tuple(self.doc.sents)
            self._sent_starts = [sent.start for sent in self._sents]
        return self._sents

    def first_token_from(self, char: int) -> int:
        """The index of the first token that starts at or after character `char`."""
        if self._token_starts is None:
            self._token_starts = [tok.idx for tok in self.doc]
        return bisect_left(self._token_starts, char)

    def sent_of(self, token_i: int) -> Span:
        """The sentence holding token `token_i` (what `doc[token_i].sent` gives)."""
        return self.sents[self.sent_number(token_i)]

    def sent_number(self, token_i: int) -> int:
        """The position in `sents` of the sentence holding token `token_i` (0 for a doc
        without sentences)."""
        self.sents  # noqa: B018 - builds the sentence starts
        return max(0, bisect_right(self._sent_starts, token_i) - 1)

    def nouns(self, lemma: str) -> list[int]:
        """The indexes of the tokens tagged NOUN whose lowercased lemma is `lemma`, in
        order (built once per doc: a backwards scan over the whole doc per definite noun
        made event extraction quadratic)."""
        if self._nouns is None:
            self._nouns = {}
            for tok in self.doc:
                if tok.pos_ == "NOUN":
                    self._nouns.setdefault(tok.lemma_.lower(), []).append(tok.i)
        return self._nouns.get(lemma, [])


def doc_index(doc: Doc) -> DocIndex:
    """The index of `doc`, built on first use and kept in `doc.user_data`."""
    index = doc.user_data.get(_INDEX_KEY)
    if not isinstance(index, DocIndex) or index.doc is not doc:
        index = doc.user_data[_INDEX_KEY] = DocIndex(doc)
    return index


class RangeIndex:
    """Character ranges [start, end) answering "is this offset inside any of them" by binary
    search (a scan over every quotation per token made quote-heavy texts quadratic)."""

    def __init__(self, ranges: Sequence[tuple[int, int]]) -> None:
        ordered = sorted(ranges)
        self._starts = [a for a, _ in ordered]
        self._reach: list[int] = []  # the furthest end among ranges[: i + 1]
        furthest = -1
        for _, b in ordered:
            furthest = max(furthest, b)
            self._reach.append(furthest)

    def covers(self, pos: int) -> bool:
        k = bisect_right(self._starts, pos)
        return k > 0 and self._reach[k - 1] > pos


_recent_ranges: list[tuple[Sequence[tuple[int, int]], int, RangeIndex]] = []


def inside_any(pos: int, ranges: Sequence[tuple[int, int]]) -> bool:
    """Whether `pos` lies in any of `ranges` (what `any(a <= pos < b for a, b in ranges)`
    says); the index of the last few range lists asked about is kept."""
    if len(ranges) < 8:
        return any(a <= pos < b for a, b in ranges)
    for known, size, index in _recent_ranges:
        if known is ranges and size == len(ranges):
            return index.covers(pos)
    index = RangeIndex(ranges)
    _recent_ranges.insert(0, (ranges, len(ranges), index))
    del _recent_ranges[4:]
    return index.covers(pos)


class Spanned(Protocol):
    @property
    def span(self) -> tuple[int, int] | None: ...


S = TypeVar("S", bound=Spanned)


class SpanTable(Generic[S]):
    """Records with character spans (quotes, locations) looked up by position: scanning the
    whole list per event made event extraction quadratic in article length. Answers keep the
    records' list order."""

    def __init__(self, items: Sequence[S]) -> None:
        self.items = items
        entries = sorted((span[0], i) for i, item in enumerate(items)
                         if (span := item.span) is not None)
        self._starts = [start for start, _ in entries]
        self._order = [i for _, i in entries]
        self._longest = max((span[1] - span[0] for item in items
                             if (span := item.span) is not None), default=0)

    def starting_in(self, start: int, end: int) -> list[S]:
        """The records whose span starts at `start` .. `end - 1`."""
        lo, hi = bisect_left(self._starts, start), bisect_left(self._starts, end)
        return [self.items[i] for i in sorted(self._order[lo:hi])]

    def containing(self, pos: int) -> list[S]:
        """The records whose span holds `pos` (start <= pos < end)."""
        lo = bisect_left(self._starts, pos - self._longest)
        hi = bisect_right(self._starts, pos)
        found = []
        for i in self._order[lo:hi]:
            span = self.items[i].span
            if span is not None and pos < span[1]:
                found.append(i)
        return [self.items[i] for i in sorted(found)]


_recent_tables: list[tuple[Sequence[Any], int, SpanTable[Any]]] = []


def span_table(items: Sequence[S]) -> SpanTable[S]:
    """The SpanTable of this list, built once while the list is in use (the last few lists
    asked about are kept; a list that grew is indexed again)."""
    for known, size, table in _recent_tables:
        if known is items and size == len(items):
            return table
    table = SpanTable(items)
    _recent_tables.insert(0, (items, len(items), table))
    del _recent_tables[4:]
    return table
