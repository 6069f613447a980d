"""Linking a growing store: read only what was stored since the last link, write only what
changed, and get the same links as linking everything again.

A `Linker` lives as long as the process that links the store again and again (`newsweave
watch`, a benchmark). It keeps the articles and analyses it read and a `LinkMemo` of the work
that depends on one article or one pair of articles alone (MinHash sketches and the copy pairs
found, each article's local mention clusters, sentence vectors) and of the records the last
link made (entities, claims, each article's scan for claim reports), each under a print of
what it was made from. The next link reads only the articles stored after the newest one it
saw, and rewrites only the link records (entities, mention -> entity, reposts, claims, quote
variants) whose content changed; of the mention -> entity rows it compares only the mentions
of the articles the entity lookups name as changed (LinkMemo.mentions_changed), when the
result the store holds is the one this memo's last link made (LinkMemo.result_generation).

What is redone on every link: the groupings the new articles can change across the corpus,
each from dirty sets. One new article can rename an entity (its most frequent name), move a
lone surname to another person, or outvote a claim's status, so a grouping must equal one
that sees everything; each keeps its state and changes only what the new articles reach:

- entities (link.entities._Grouping): the surname blocks that gained a full name, the people
  those names join, the partial names whose fits or whose article's people changed, the
  names NER misread that a new person's name unmasks, the other groups that gained or lost
  a member and the plural group words whose singular came or went are grouped again; every
  other group keeps its entity record (the same object), its '#n' id (recounted only for
  keys two groups share) and its part of the lookups (mention -> entity, names, described
  people). The articles whose mentions now stand for another entity, or one of another
  type, are named (EntityIndex.changed), so the other articles keep their story anchors;
- quote variants (link.variants._Statements): only pairs with a (words, speaker) node that
  is new, or that had one article and gained another, are judged; statements only grow, so
  the rest keep their verdicts (a changed speaker of an earlier quote, or a speaker block
  outgrowing MAX_BLOCK, has the statements it reaches made again from their nodes);
- syndication (link.syndication): a new article's copy candidates are found by binary
  search in each band's kept sorted keys;
- claims: an event key (actor, recipient, kind of action, venue) whose events and whose
  articles' story anchors read as at the last link keeps its claims' splits, and a popular
  key (one time segment in one place) that gained articles adds just them to the stories it
  had (claims.StoryState); report scans look again only at the articles about people whose
  claims changed, and at them only for those claims (the last scan less the claims that
  went, plus the hits of the new ones); a claim as built is copied only when the matching
  changes it, and one the matching left alone is neither asked its sides again for the
  report scans nor, when nothing but its articles' labels is in its finished print (no
  quote, report, attribution or denial) and none of them is dirty, printed again
  (claims.ClaimMemo.finish_of, report_reads).

Claims work from dirty sets (link.claims._Dirty): what changed since the last link is the
entities whose fields changed, the bare names that now stand for another entity (the last
link's answers asked again), and the articles whose mentions may stand for another entity or
whose outlet or source changed. An event none of whose reads is among them keeps its row in
the clustering (its keys, family, venue, day) unread; a claim whose events are the last
link's, none read again, keeps its cluster and its print as built; and the quote matchers
keep what they worked out of one quote alone (its participants, its kinds of action) while
its article, its speaker's reads and its article's events in claims are as they were.

Between processes: after each link the store keeps the sketches and copy pairs and the state
the link left it in (store.duckdb_store.write_link_memo). A new process's Linker takes them up
when the store is still in that state save for articles added since, so a new `newsweave run`
or a restarted `watch` links incrementally too (it reads the older articles once, and writes
only what changed). With nothing stored since the last link and no corrections then or now, a
link reads, links and writes nothing (0.02 s of CPU on 10,200 synthetic articles, against a
full link's 43 s).

`Linker(keep_memo=True)` keeps the whole memo too (the rest as tagged-JSON rows, see
link.persist; only rows that changed are written) and a new process takes it up, so it links
as the process that linked last would; a memo of another format, one the state does not
name, or one with a row that does not read back is not taken up. It is off by default: on
10,200 synthetic articles reading the memo back cost about what it saved a new process's +1%
link (29.6 s of CPU, as without it), while keeping it added ~6 s to a full link and ~3 s to a
same-process one. A cheaper format (columns rather than JSON per row) could change that.

A whole Linker's state kept in the store (`Linker.save_state`, link.persist) that later links
have moved past (a `watch` linked on after keeping it) is taken up with the link rows those
links rewrote read again and patched into the state's own link result: every link writes the
keys of the rows it rewrote to the store's link log (store.duckdb_store.link_log_since), so a
new process reads only them, not every entity, claim and mention -> entity row (at 20,000
synthetic articles reading them all was about a third of such a process's +1% link).

The state is thrown away (and everything read again) when the store changed in a way the new
articles do not explain: another process linked it (the link generation in `meta` differs),
an older article was re-analyzed or gained a source, or articles went away.
"""
from __future__ import annotations

import gc
import json
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import newsweave.link as link_stage
from newsweave.link import LinkMemo
from newsweave.link.persist import (
    MEMO_FORMAT,
    Codec,
    MemoFormatError,
    MemoRows,
    save_snapshot,
    take_up_snapshot,
)
from newsweave.model import Article, ArticleAnalysis, LinkResult, Mention

if TYPE_CHECKING:
    from newsweave.link.corrections import Corrections
    from newsweave.store import Store

log = logging.getLogger(__name__)


# what must be as the last link left it for its state to be reused (see link_snapshot)
SNAPSHOT_KEYS = ("generation", "articles", "sources", "analyses", "analyzed_at")
MEMO_ID_PART = "id"  # the link_memo row naming the memo (the link state names it too)


@dataclass
class LinkStats:
    """What the last `Linker.link` did (for logs, tests and benchmarks)."""

    incremental: bool = False  # reused the previous link's state
    new_articles: int = 0
    seconds: float = 0.0
    rewritten: dict[str, int] = field(default_factory=dict)  # table -> rows rewritten
    resumed: bool = False  # the state reused was the one an earlier process kept in the store
    memo_rows: int = -1  # memo rows taken up from the store (-1: none were)
    skipped: bool = False  # nothing new since the last link: nothing linked nor written
    snapshot: bool = False  # the state reused was a whole Linker's (Linker.save_state)


class Linker:
    """Links one store as it grows (see the module docstring)."""

    def __init__(self, embed: Callable[[list[str]], Any] | None = None,
                 keep_memo: bool = False) -> None:
        self._embed = embed
        # keep the whole memo in the store (link.persist) for the next process, and take up
        # the one kept; off by default: on 10,000 synthetic articles reading it back cost
        # about what it saves a new process's +1% link (see the module docstring)
        self.keep_memo = keep_memo
        self._reset()
        self.stats = LinkStats()

    def _reset(self) -> None:
        self.memo = LinkMemo()
        self.articles: dict[str, Article] = {}  # in ingest order
        self.analyses: dict[str, ArticleAnalysis] = {}
        self.seq = 0  # the newest article read
        self.snapshot: dict[str, Any] | None = None  # the store as the last link left it
        self.result: LinkResult | None = None  # what the store holds
        # the sketches and copy pairs the store keeps for the next process (see _keep)
        self._kept_sketches: set[str] = set()
        self._kept_pairs: set[tuple[str, str]] = set()
        self._rows = MemoRows()  # the rest of the memo as the store keeps it (link.persist)
        self._memo_unsure = True  # the store's memo rows may not be those _rows knows
        self._kept_rows: list[tuple[str, str, str]] = []  # read by _resume, loaded by link
        self._mentions: dict[str, Mention] = {}  # the analyses' mentions by id
        self._fixed = False  # the last link applied analysts' corrections
        # the link rows later links rewrote since the result the memo's last link made (a
        # state taken up links behind: link.persist.take_up_snapshot), by table; None when
        # self.result is that result itself
        self.logged: dict[str, set[str]] | None = None

    def _label(self) -> str:
        """Which sentence vectors the memo's claims were matched with."""
        if self._embed is None:
            return "model"
        fn = self._embed
        return f"{getattr(fn, '__module__', '')}.{getattr(fn, '__qualname__', '')}"

    def _memo_state(self, corrections: Corrections | None) -> dict[str, Any]:
        return {"format": MEMO_FORMAT, "embed": self._label(), "fixes": bool(corrections)}

    def _resume(self, store: Store) -> int | None:
        """Take up the state an earlier process kept in the store (its sketches and copy
        pairs, and the link records as its last link wrote them) when the store is still
        as that link left it, save for articles added since; returns the newest article
        that link saw, or None (then everything is linked in full)."""
        import numpy as np

        from newsweave.link.syndication import CopyPair
        from newsweave.store.duckdb_store import (
            link_snapshot,
            read_link_memo,
            read_link_memo_rows,
            read_link_state,
            stored_link_result,
        )

        state = read_link_state(store)
        if state is None or not isinstance(state.get("snapshot"), dict):
            return None
        seq, kept = int(state.get("seq") or 0), state["snapshot"]
        now = link_snapshot(store, seq)
        if any(now[k] != kept.get(k) for k in SNAPSHOT_KEYS):
            log.info("the link state kept in the store is out of date; linking in full")
            return None
        sketches, pairs = read_link_memo(store)
        memo = self.memo.syndication
        memo.sketches = {a: (n, None if sig is None else np.frombuffer(sig, dtype=np.uint64))
                         for a, (n, sig) in sketches.items()}
        memo.pairs = {(a, b): CopyPair(a, b, c, j) for a, b, c, j in pairs}
        memo.done = set(sketches)
        self._kept_sketches, self._kept_pairs = set(sketches), set(memo.pairs)
        kept_memo = state.get("memo")
        if (self.keep_memo and isinstance(kept_memo, dict) and kept_memo.get("id")
                and kept_memo.get("format") == MEMO_FORMAT
                and kept_memo.get("embed") == self._label()):
            rows = read_link_memo_rows(store)
            ids = [v for p, k, v in rows if p == MEMO_ID_PART]
            if ids == [json.dumps(kept_memo.get("id"))]:
                self._kept_rows = [r for r in rows if r[0] != MEMO_ID_PART]
            else:
                log.info("the link memo in the store is not the one its link state names; "
                         "not taken up")
        self.result = stored_link_result(store)
        return seq

    def _keep(self, store: Store, replace: bool, corrections: Corrections | None) -> None:
        """Keep what the next process needs to link incrementally (see _resume): the
        sketches and copy pairs this process added (all of them when `replace`), the rows
        of the rest of the memo that changed (link.persist) and the state they belong to."""
        import uuid

        from newsweave.store.duckdb_store import write_link_memo

        memo = self.memo.syndication
        if replace:
            self._kept_sketches, self._kept_pairs = set(), set()
            self._rows = MemoRows()
        kept_memo: dict[str, Any] = {**self._memo_state(corrections), "id": None}
        state: dict[str, Any] = {"seq": self.seq, "snapshot": self.snapshot, "memo": kept_memo}
        memo_rows: Any = None
        try:
            if self.keep_memo:
                upserts, deletes = self._rows.changes(self.memo,
                                                       Codec(self._mentions, self.result))
                kept_memo["id"] = uuid.uuid4().hex
                memo_rows = ([*upserts, (MEMO_ID_PART, "", json.dumps(kept_memo["id"]))],
                             deletes)
        except MemoFormatError as exc:  # kept in full again by the next link
            log.warning("the link memo is not kept in the store: %s", exc)
            self._rows = MemoRows()
        sketches = {a: (n, None if sig is None else sig.astype("<u8").tobytes())
                    for a, (n, sig) in memo.sketches.items() if a not in self._kept_sketches}
        pairs = [(p.a, p.b, p.containment, p.jaccard) for key, p in memo.pairs.items()
                 if key not in self._kept_pairs]
        try:
            write_link_memo(store, state, sketches, pairs, replace, memo_rows,
                            replace_memo=self._memo_unsure)
        except BaseException:
            # what the store holds of the memo is not known now: the next keep writes it all
            self._rows, self._memo_unsure = MemoRows(), True
            raise
        self._memo_unsure = memo_rows is None
        self._kept_sketches.update(sketches)
        self._kept_pairs.update(memo.pairs)

    def _take_up_rows(self) -> int:
        """Load the memo rows _resume read into the memo (now that the analyses, whose
        mentions the clusters name, are read); a memo that does not read back is dropped
        (the link then redoes what it held). Returns how many rows were taken up, or -1."""
        rows, self._kept_rows = self._kept_rows, []
        if not rows:
            return -1
        try:
            self._rows.load(self.memo, rows, Codec(self._mentions, self.result))
            self._memo_unsure = False
        except MemoFormatError as exc:
            log.warning("the link memo in the store does not read back (%s); not taken up",
                        exc)
            syndication, embedder = self.memo.syndication, self.memo.embedder
            self.memo = LinkMemo(syndication=syndication, embedder=embedder)
            self._rows = MemoRows()
            return -1
        return len(rows)

    def _up_to_date(self, store: Store) -> bool:
        """Whether the store is as the last link (this process's, or the one whose state
        the store keeps) left it, with no article stored since and no corrections then."""
        from newsweave.store.duckdb_store import link_snapshot, read_link_state

        if self.snapshot is not None and self.result is not None:
            seq, kept, fixed = self.seq, self.snapshot, self._fixed
        else:
            state = read_link_state(store)
            if state is None or not isinstance(state.get("snapshot"), dict) \
                    or not isinstance(state.get("memo"), dict):
                return False
            seq, kept = int(state.get("seq") or 0), state["snapshot"]
            fixed = state["memo"].get("fixes") is not False \
                or state["memo"].get("embed") != self._label()
        if fixed:
            return False
        now = link_snapshot(store, seq)
        return now["newest_seq"] == seq and all(now[k] == kept.get(k) for k in SNAPSHOT_KEYS)

    def _still_valid(self, store: Store) -> bool:
        from newsweave.store.duckdb_store import link_snapshot

        if self.snapshot is None or self.result is None:
            return False
        now = link_snapshot(store, self.seq)
        same = all(now[k] == self.snapshot[k] for k in SNAPSHOT_KEYS)
        if not same:
            log.info("the store changed since the last link (%s); reading it all again",
                     ", ".join(k for k in self.snapshot if now[k] != self.snapshot[k]
                               and k != "newest_seq"))
        return same

    def save_state(self, store: Store, force: bool = False) -> bool:
        """Keep this Linker's whole state in the store, so the next process links the
        articles stored after it as this one would (link.persist.save_snapshot; skipped
        while the kept state holds all but a few of the articles linked, unless `force`)."""
        return save_snapshot(self, store, force)

    def link(self, store: Store, corrections: Corrections | None = None) -> LinkResult | None:
        """Link the store (reading only new articles when the state is still valid) and
        write the result; returns it, or None when nothing was stored since the last link
        (kept in this process or in the store), with no corrections then or now: the links
        stored are the ones a link would make, and nothing is read, linked or written."""
        from newsweave.nlp.models import CachedEmbedder
        from newsweave.store.duckdb_store import (
            articles_after,
            link_snapshot,
            write_link_changes,
        )

        started = time.perf_counter()
        if not corrections and self._up_to_date(store):
            self.stats = LinkStats(True, 0, time.perf_counter() - started, {}, skipped=True)
            log.info("nothing stored since the last link: nothing to link")
            return self.result
        incremental = self._still_valid(store)
        resumed = from_snapshot = False
        counted_from = self.seq  # articles after this one are new to the links
        if not incremental:
            self._reset()
            through = take_up_snapshot(self, store)  # the whole state a Linker kept
            from_snapshot = through is not None
            if through is None:
                self._reset()
                through = self._resume(store)
            if through is not None:
                incremental = resumed = True
                counted_from = through
        newest = self.seq
        new_articles = 0
        # reading makes many long-lived records and no garbage cycles: a collection on the
        # way would only walk the records read so far again and again
        collecting = gc.isenabled()
        gc.disable()
        try:
            for seq, art in articles_after(store, self.seq):
                self.articles[art.article_id] = art
                newest = seq
                new_articles += seq > counted_from
            for analysis in store.analyses(after_seq=self.seq):
                if analysis.article_id in self.articles:  # stored since articles_after
                    self.analyses[analysis.article_id] = analysis
                    self._mentions.update((m.mention_id, m) for m in analysis.mentions)
        finally:
            if collecting:
                gc.enable()
        self.seq = newest
        memo_rows = self._take_up_rows()
        embedder = self.memo.embedder
        if embedder is None:
            embedder = CachedEmbedder(embed_fn=self._embed)
        if self._embed is None:  # the sentence model's vectors are cached in the store too
            embedder.store = _StoreVectors(store)
        store.release()  # readers may get in while the linker computes
        # the lookups' generation the stored result was made at: the mentions this link
        # names as changed are counted from it when the memo's last link made that result
        result_at, self.memo.result_generation = self.memo.result_generation, -1
        with link_stage.frozen_heap():  # the records read live on: see link.frozen_heap
            result = link_stage.link_corpus(list(self.articles.values()),
                                            list(self.analyses.values()), embed=embedder,
                                            corrections=corrections, memo=self.memo)
            embedder.flush()
            if incremental and self.result is not None:
                hint = self.memo.mentions_changed
                maybe = hint[1] if hint is not None and hint[0] == result_at >= 0 \
                    and not corrections and not self._fixed else None
                records = self.memo.records_changed if maybe is not None else None
                if maybe is not None and self.logged is not None:
                    maybe, records = _with_logged(maybe, records, self.logged, self.result,
                                                  result)
                rewritten = write_link_changes(store, self.result, result, maybe, records)
            else:
                store.write_links(result)
                rewritten = {"all": -1}
        self.result, self.logged = result, None
        if not corrections:
            self.memo.result_generation = self.memo.entities.generation
        self.snapshot = link_snapshot(store, self.seq)
        self._fixed = bool(corrections)
        self._keep(store, not incremental, corrections)
        self.stats = LinkStats(incremental, new_articles, time.perf_counter() - started,
                               rewritten, resumed=resumed, memo_rows=memo_rows,
                               snapshot=from_snapshot)
        log.info("linked %s: %d new article(s) in %.2fs; rows rewritten: %s",
                 "incrementally" + (" (state kept by an earlier process)" if resumed else "")
                 if incremental else "in full", new_articles, self.stats.seconds, rewritten)
        return result


# the key of each link record table write_link_changes compares record by record
_RECORD_KEYS = {"entities": "entity_id", "claims": "claim_id", "quote_variants": "group_id"}


def _with_logged(mentions: list[str], records: dict[str, tuple[list[Any], list[Any]]] | None,
                 logged: dict[str, set[str]], before: LinkResult, after: LinkResult
                 ) -> tuple[list[str], dict[str, tuple[list[Any], list[Any]]] | None]:
    """The link's hints (LinkMemo.mentions_changed, records_changed: what may differ from
    the result the memo's last link made) widened to what may differ from `before`, that
    result with the rows `logged` names as later links rewrote them (patched_link_result):
    the logged mentions join the changed ones, and each table's logged records are compared
    as `before` and `after` hold them (every other record is the memo's, in both)."""
    mentions = [*mentions, *logged.get("mention_entities", ())]
    if records is None:
        return mentions, None
    out: dict[str, tuple[list[Any], list[Any]]] = {}
    for table, (fresh, gone) in records.items():
        key, names = _RECORD_KEYS.get(table), logged.get(table) or set()
        if key is None or not names:
            out[table] = (fresh, gone)
            continue
        old_all: list[Any] = getattr(before, table)
        new_all: list[Any] = getattr(after, table)
        new_by = {getattr(x, key): x for x in fresh}
        new_by.update((k, x) for x in new_all if (k := getattr(x, key)) in names)
        old_by = {k: x for x in gone if (k := getattr(x, key)) not in names}
        old_by.update((k, x) for x in old_all if (k := getattr(x, key)) in names)
        out[table] = (list(new_by.values()), list(old_by.values()))
    return mentions, out


class _StoreVectors:
    """The store's sentence-vector cache, released after each lookup (the linker computes
    for a while after it)."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def embeddings(self, keys: Any) -> dict[str, Any]:
        try:
            return self.store.embeddings(keys)
        finally:
            self.store.release()

    def write_embeddings(self, vectors: dict[str, Any]) -> None:
        self.store.write_embeddings(vectors)
