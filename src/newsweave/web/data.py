"""What the web app shows: a small in-memory snapshot of the store plus per-request reads.

A `SnapshotSource` opens the file read-only, reads what every page needs and is small
(article metadata without texts, per-article counts, the facets, and compact Arrow tables of
each claim's graph nodes and dates: store/claim_views.py), closes it again and reuses that
snapshot until the file changes. Everything else (claims, events, quotes, entities, texts) is
filtered, ranked and paged in the store per request (a `View`: store/query.py and
store/claim_views.py), so no claim, event or quote record is held between requests. A
concurrent `newsweave run` is only ever blocked for the moment of one read.
"""

from __future__ import annotations

import atexit
import concurrent.futures
import contextlib
import functools
import itertools
import threading
import time
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from newsweave.export.records import (
    article_record,
    claim_record,
    detail_record,
    entity_record,
    event_record,
    quote_record,
)
from newsweave.link.details import details_line
from newsweave.link.outlets import UNKNOWN_OUTLET, input_root, relative_source, source_labels
from newsweave.model import ActorRef, Article, Claim, Entity, Event, Mention, Quote
from newsweave.store.query import Filters
from newsweave.timespan import date_bounds, within
from newsweave.vocab import (
    ROLE_ORDER,
    STATUS_ORDER,
    modality_role,
    stance_role,
    status_label,
)

if TYPE_CHECKING:
    from newsweave.store import Store
    from newsweave.store.claim_views import ClaimRow, Edge, EntityCard, LeanClaim, NodeTables

__all__ = ["UNKNOWN_OUTLET", "Filters"]
# How long a request waits for a writer's current batch before answering from the last
# snapshot (or 503): short, so the page never hangs on a running `newsweave run`.
LOCK_WAIT_SECONDS = 2.0
READER_IDLE = 1.0  # seconds a request's read-only connection stays open for the next one
# How long a query waits for a writer's current batch (a writer yields between batches when
# asked): queries cannot answer from the last snapshot, so they wait longer than it does
READER_WAIT_SECONDS = 10.0
# DuckDB's memory for the app's reads (its default is 80% of the machine): the snapshot's
# derived tables are built under it (at 100k articles the peak fell from 868 to 540 MB, the
# same tables), and a page's queries need far less
READER_MEMORY_LIMIT = "400MB"


class DataUnavailable(RuntimeError):
    """The database cannot be read right now (locked by a writer, missing, corrupt)."""


# ----------------------------------------------------------------------------- dates

def overlaps(bounds: tuple[str, str] | None, since: str | None, until: str | None) -> bool:
    """Whether a dated item lies in [since, until]: `newsweave.timespan.within`."""
    return within(bounds, since, until)


# ----------------------------------------------------------------------------- snapshot


def _norm(name: str | None) -> str:
    return " ".join((name or "").lower().split())


@dataclass
class Snapshot:
    """What stays in memory between requests, read in one short read-only transaction:
    article metadata (no texts: labels, titles, dates), per-article counts, the facets, and
    the claim graph's derived tables (store/claim_views.py, as compact Arrow tables). Claims,
    events, quotes and entities stay in the store: each request reads its own page of them
    (a `View`)."""

    path: str
    articles: dict[str, Article]
    loaded_at: str = ""
    quote_counts: dict[str, int] = field(default_factory=dict)  # article -> its quotes
    event_counts: dict[str, int] = field(default_factory=dict)  # article -> its events
    per_article: dict[str, Counter[str]] = field(default_factory=dict)
    labels: dict[str, str] = field(default_factory=dict)  # article -> its source's label
    root: str | None = None  # the input root: sources are shown relative to it
    tables: NodeTables | None = None
    facet_values: dict[str, Any] = field(default_factory=dict)
    # the timeline without a filter, by max_items: asked by every page load, the same until
    # the store changes (then a new snapshot is read)
    timelines: dict[int, dict[str, Any]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        arts = list(self.articles.values())
        self.labels = source_labels(arts)
        self.root = input_root(a.source for a in arts)
        for aid, n in self.quote_counts.items():
            self.per_article.setdefault(aid, Counter())["quotes"] += n
        for aid, n in self.event_counts.items():
            self.per_article.setdefault(aid, Counter())["events"] += n

    def outlet(self, article_id: str) -> str:
        """The article's source label, as the claims, the brief and the exports say it."""
        return self.labels.get(article_id) or UNKNOWN_OUTLET

    @functools.cached_property
    def outlets(self) -> list[str]:
        """Every article's source label, sorted, once per snapshot (the facets)."""
        return sorted({self.outlet(a) for a in self.articles})

    def source_path(self, source: str) -> str:
        return relative_source(source, self.root)

    def published(self, article_id: str) -> str | None:
        art = self.articles.get(article_id)
        return art.published if art else None


class View:
    """One request's view: the snapshot's small parts plus the store (opened on first use,
    with the snapshot's derived tables registered on its cursor) for claims, events,
    quotes and entities, read by id and kept for the request."""

    def __init__(self, snap: Snapshot, source: SnapshotSource | None = None,
                 store: Store | None = None) -> None:
        self.snap = snap
        self.articles = snap.articles
        self.labels = snap.labels
        self.root = snap.root
        self.per_article = snap.per_article
        self.loaded_at = snap.loaded_at
        self._source = source
        self._store = store
        self._contexts: list[contextlib.AbstractContextManager[Any]] = []
        self._entities: dict[str, Entity | None] = {}
        self._cards: dict[str, EntityCard | None] = {}
        self._keys: dict[str, str | None] = {}
        self._events: dict[str, Event | None] = {}
        self._quotes: dict[str, Quote | None] = {}
        if store is not None and snap.tables is not None:
            self._enter(snap.tables.registered(store))

    def _enter(self, context: contextlib.AbstractContextManager[Any]) -> Any:
        value = context.__enter__()
        self._contexts.append(context)
        return value

    @property
    def store(self) -> Store:
        if self._store is None:
            if self._source is None:
                raise DataUnavailable("no store to read")
            store = self._enter(self._source.reader())
            assert self.snap.tables is not None
            self._enter(self.snap.tables.registered(store))
            self._store = store
        return self._store

    def close(self) -> None:
        while self._contexts:
            self._contexts.pop().__exit__(None, None, None)

    # the snapshot's parts
    def outlet(self, article_id: str) -> str:
        return self.snap.outlet(article_id)

    def source_path(self, source: str) -> str:
        return self.snap.source_path(source)

    def published(self, article_id: str) -> str | None:
        return self.snap.published(article_id)

    # records read by id, kept for the request
    def prime_entities(self, entity_ids: Iterable[str | None]) -> None:
        from newsweave.store.claim_views import entities_by_id

        missing = {i for i in entity_ids if i and i not in self._entities}
        if missing:
            found = entities_by_id(self.store, missing)
            for i in missing:
                self._entities[i] = found.get(i)

    def entity(self, entity_id: str | None) -> Entity | None:
        if not entity_id:
            return None
        self.prime_entities([entity_id])
        return self._entities.get(entity_id)

    def prime_cards(self, entity_ids: Iterable[str | None]) -> None:
        """Read at once what the graph shows of these entities (`card`)."""
        from newsweave.store.claim_views import EntityCard, entity_cards

        missing = {i for i in entity_ids if i and i not in self._cards}
        known = {i for i in missing if self._entities.get(i) is not None}
        for i in known:
            ent = self._entities[i]
            assert ent is not None
            self._cards[i] = EntityCard.of(ent)
        if missing - known:
            found = entity_cards(self.store, missing - known)
            for i in missing - known:
                self._cards[i] = found.get(i)

    def card(self, entity_id: str | None) -> EntityCard | None:
        """What the graph shows of a corpus entity (its record is not parsed)."""
        if not entity_id:
            return None
        if entity_id not in self._cards:
            self.prime_cards([entity_id])
        return self._cards.get(entity_id)

    def prime_refs(self, refs: Iterable[ActorRef | None]) -> None:
        """Look up at once what `node_id` needs for these references."""
        from newsweave.store.claim_views import entities_named

        wanted = [r for r in refs if r is not None]
        self.prime_entities(r.entity_id for r in wanted)
        keys = {_norm(r.name) for r in wanted} - set(self._keys)
        keys.discard("")
        if keys:
            found = entities_named(self.store, keys)
            for k in keys:
                self._keys[k] = found.get(k)

    def node_id(self, ref: ActorRef | None) -> str | None:
        """The graph node of an actor: its corpus entity, else the entity its name is, else
        its folded name (store/claim_views.py resolves the claims' the same way)."""
        if ref is None:
            return None
        if ref.entity_id and self.entity(ref.entity_id) is not None:
            return ref.entity_id
        key = _norm(ref.name)
        if not key:
            return None
        if key not in self._keys:
            self.prime_refs([ActorRef(name=ref.name)])
        return self._keys.get(key) or f"name:{key}"

    def node_label(self, node_id: str, fallback: str | None = None) -> str:
        card = self.card(node_id)
        if card is not None:
            return card.name
        return fallback or node_id.removeprefix("name:")

    def prime_evidence(self, claims: Iterable[Claim]) -> None:
        """Read the events and quotes of these claims (and the quotes their events cite)."""
        from newsweave.store.claim_views import events_by_id, quotes_by_id

        claims = list(claims)
        want = {i for c in claims for i in c.event_ids} - set(self._events)
        if want:
            found = events_by_id(self.store, want)
            for i in want:
                self._events[i] = found.get(i)
        quotes = {i for c in claims for i in c.quote_ids}
        quotes |= {e.quote_id for c in claims for i in c.event_ids
                   if (e := self._events.get(i)) is not None and e.quote_id}
        quotes -= set(self._quotes)
        if quotes:
            got = quotes_by_id(self.store, quotes)
            for i in quotes:
                self._quotes[i] = got.get(i)

    def event(self, event_id: str) -> Event | None:
        if event_id not in self._events:
            from newsweave.store.claim_views import events_by_id

            self._events[event_id] = events_by_id(self.store, [event_id]).get(event_id)
        return self._events[event_id]

    def quote(self, quote_id: str) -> Quote | None:
        if quote_id not in self._quotes:
            from newsweave.store.claim_views import quotes_by_id

            self._quotes[quote_id] = quotes_by_id(self.store, [quote_id]).get(quote_id)
        return self._quotes[quote_id]

    def with_sources(self, claim: Claim) -> Claim:
        """The claim, its sources derived from its records when it was stored without them
        (an older store)."""
        if not claim.sources:
            from newsweave.link.evidence import sources_from_records

            self.prime_evidence([claim])
            events = {i: e for i in claim.event_ids if (e := self._events.get(i)) is not None}
            quotes = {i: q for i, q in self._quotes.items() if q is not None}
            sources_from_records(claim, events, quotes, self.labels)
        return claim

    def event_when(self, ev: Event) -> tuple[str | None, str]:
        """The best date of an event and where it came from."""
        if date_bounds(ev.date):
            return ev.date, "event"
        return self.published(ev.article_id), "article"

    def quote_when(self, q: Quote) -> tuple[str | None, str]:
        if date_bounds(q.date):
            return q.date, "quote"
        return self.published(q.article_id), "article"

    def claim_outlets(self, claim: Claim) -> set[str]:
        return set(claim.outlets) | {self.outlet(a) for a in claim.article_ids
                                     if a in self.articles}


def _open_read_only(path: str | Path, wait: float = LOCK_WAIT_SECONDS) -> Store:
    from newsweave.store import Store

    store = Store(path, read_only=True, lock_timeout=wait)
    store.con.execute(f"SET memory_limit = '{READER_MEMORY_LIMIT}'")
    return store


def load_snapshot(path: str | Path) -> Snapshot:
    """Read the store once, read-only, and close it again."""
    from newsweave.store import StoreError

    try:
        store = _open_read_only(path)
    except StoreError as exc:
        raise DataUnavailable(str(exc)) from None
    from newsweave.store import query
    from newsweave.store.claim_views import NodeTables, facet_values

    try:
        tables = NodeTables.load(store)
        with tables.registered(store):
            facts = facet_values(store)
        return Snapshot(
            path=str(path),
            articles={a.article_id: a for a in query.article_meta(store)},  # no texts
            loaded_at=datetime.now(UTC).isoformat(timespec="seconds"),
            quote_counts=query.counts_by_article(store, "quotes"),
            event_counts=query.counts_by_article(store, "events", live=True),
            tables=tables,
            facet_values=facts,
        )
    except Exception as exc:  # a half-written or foreign file: report, do not crash the app
        raise DataUnavailable(f"{path}: cannot read the database ({exc})") from None
    finally:
        store.close()


@contextlib.contextmanager
def reader_store(path: str | Path, wait: float = LOCK_WAIT_SECONDS) -> Iterator[Store]:
    """The store opened read-only, waiting up to `wait` seconds for a writer (not closed on
    exit: the caller owns it); DataUnavailable when it cannot be read now."""
    from newsweave.store import StoreError

    try:
        yield _open_read_only(path, wait)
    except StoreError as exc:
        raise DataUnavailable(str(exc)) from None


@contextlib.contextmanager
def reader(path: str | Path) -> Iterator[Store]:
    """The store, read-only, for one short read, closed right after."""
    with reader_store(path) as store:
        try:
            yield store
        finally:
            store.close()


def load_mentions(path: str | Path, article_id: str) -> list[Mention]:
    """One article's entity mentions (kept out of the snapshot: there are many)."""
    with reader(path) as store:
        return store.mentions(article_id)


class SnapshotSource:
    """Hands out the current snapshot, re-reading the file only after it changed."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self._lock = threading.Lock()
        self._snapshot: Snapshot | None = None
        self._key: tuple[Any, ...] | None = None
        self.stale_reason: str | None = None
        self._reader_lock = threading.Lock()
        self._store: Store | None = None
        self._store_key: tuple[Any, ...] | None = None
        self._users = 0
        self._idle: threading.Timer | None = None
        from newsweave.store.duckdb_store import release_for_writers

        release_for_writers(self.path, self.close_reader)

    @contextlib.contextmanager
    def reader(self) -> Iterator[Store]:
        """The store, read-only, for one request's queries. The file stays open while
        requests come (opening costs more than most queries) and is closed READER_IDLE
        seconds after the last one, or at once when a writer asked for it (the `.wanted`
        marker), so a writer waits at most for the requests in flight."""
        with self._reader_lock:
            if self._idle is not None:
                self._idle.cancel()
                self._idle = None
            if self._store is not None and self._users == 0 and \
                    self._file_key() != self._store_key:
                self._close_reader()  # the file changed since: read it anew
            if self._store is None:
                with reader_store(self.path, READER_WAIT_SECONDS) as opened:
                    self._store = opened
                self._store_key = self._file_key()
                atexit.register(self._close_if_idle)  # closed before DuckDB unloads
            self._users += 1
            view = self._store.cursor_view()
        try:
            yield view
        finally:
            view.close()
            with self._reader_lock:
                self._users -= 1
                if self._users == 0:
                    if Path(str(self.path) + ".wanted").exists():
                        self._close_reader()
                    else:
                        self._idle = threading.Timer(READER_IDLE, self._close_if_idle)
                        self._idle.daemon = True
                        self._idle.start()

    def close_reader(self, wait: float = LOCK_WAIT_SECONDS) -> None:
        """Close the read-only connection (waiting up to `wait` seconds for the requests in
        flight), e.g. before this process opens the file for writing: DuckDB opens a file
        either read-only or for writing within one process."""
        deadline = time.monotonic() + wait
        while True:
            with self._reader_lock:
                if self._users == 0 or time.monotonic() >= deadline:
                    if self._idle is not None:
                        self._idle.cancel()
                        self._idle = None
                    self._close_reader()
                    return
            time.sleep(0.01)

    def _close_if_idle(self) -> None:
        with self._reader_lock:
            if self._users == 0:
                self._close_reader()
        atexit.unregister(self._close_if_idle)

    def _close_reader(self) -> None:
        if self._store is not None:
            store, self._store = self._store, None
            store.close()

    def _file_key(self) -> tuple[Any, ...]:
        key: list[Any] = []
        for p in (self.path, self.path.with_name(self.path.name + ".wal")):
            try:
                st = p.stat()
                key.append((st.st_mtime_ns, st.st_size))
            except FileNotFoundError:
                key.append(None)
        return tuple(key)

    @contextlib.contextmanager
    def view(self) -> Iterator[View]:
        """The current snapshot with the store behind it, for one request (the store is
        opened only if the request reads from it)."""
        view = View(self.get(), self)
        try:
            yield view
        finally:
            view.close()

    def get(self) -> Snapshot:
        """The snapshot; a stale one while a writer holds the file, else DataUnavailable."""
        with self._lock:
            key = self._file_key()
            if key[0] is None:
                raise DataUnavailable(f"{self.path}: no such database (run `newsweave run` "
                                      "first)")
            if self._snapshot is not None and key == self._key:
                return self._snapshot
            try:
                self._snapshot = load_snapshot(self.path)
                self._key = key
                self.stale_reason = None
                _settle(self._snapshot)
            except DataUnavailable as exc:
                if self._snapshot is None:
                    raise
                self.stale_reason = str(exc)
            return self._snapshot


def _settle(snapshot: Snapshot) -> None:
    """Keep the snapshot (and whatever else the process holds by now) out of the garbage
    collector's full passes: a request that makes a few thousand objects (a graph of 3,000
    edges) set one off, and at 100k articles each pass walked every article's metadata
    (graph edges: 69 -> 39 ms of CPU). The objects of the snapshot it replaces are let
    back in first, so what of them is garbage is collected once; and at exit (frozen
    objects are never finalized, and DuckDB's bindings then report them as leaked)."""
    import gc

    gc.unfreeze()
    gc.collect()
    gc.freeze()
    if not _UNFREEZE_AT_EXIT:
        _UNFREEZE_AT_EXIT.append(gc.unfreeze)
        atexit.register(gc.unfreeze)


_UNFREEZE_AT_EXIT: list[Any] = []


# ----------------------------------------------------------------------------- records


def _day(value: str | None) -> str | None:
    b = date_bounds(value)
    return b[0] if b else None


@lru_cache(maxsize=512)
def country_numeric(alpha3: str | None) -> str | None:
    """ISO 3166 numeric code (the ids of the world-atlas outlines) of an alpha-3 code."""
    if not alpha3:
        return None
    import pycountry

    country = pycountry.countries.get(alpha_3=alpha3.upper())
    return country.numeric if country is not None else None


def article_summary(snap: Snapshot | View, art: Article, length: int) -> dict[str, Any]:
    """An article as a list shows it: no text, its length in characters."""
    rec = article_record(art, snap.root)
    rec.pop("text")
    rec["outlet"] = snap.outlet(art.article_id)
    rec["length"] = length
    counts = snap.per_article.get(art.article_id, Counter())
    rec["quotes"] = counts["quotes"]
    rec["events"] = counts["events"]
    return rec


def _span_of(when: str | None) -> dict[str, Any]:
    """A date with its precision: a month or a year is a span (first and last day)."""
    b = date_bounds(when)
    if b is None:
        return {"when": None, "when_until": None, "when_precision": None}
    precision = "day" if b[0] == b[1] else "month" if b[0][:7] == b[1][:7] else "year"
    return {"when": b[0], "when_until": b[1], "when_precision": precision}


def event_view(snap: View, ev: Event) -> dict[str, Any]:
    rec = event_record(ev)
    when, when_source = snap.event_when(ev)
    art = snap.articles.get(ev.article_id)
    rec.update(_span_of(when))
    rec.update(when_source=when_source, outlet=snap.outlet(ev.article_id),
               article_title=art.title if art else None,
               sentence_span=list(ev.sentence_span) if ev.sentence_span else None,
               actor_node=snap.node_id(ev.actor), recipient_node=snap.node_id(ev.recipient))
    if rec["location"] is not None and ev.location is not None:
        rec["location"]["country_numeric"] = country_numeric(ev.location.country)
        rec["location"]["kind"] = ev.location.kind
    return rec


def event_views(snap: View, events: list[Event]) -> list[dict[str, Any]]:
    snap.prime_refs(r for e in events for r in (e.actor, e.recipient))
    return [event_view(snap, e) for e in events]


def quote_view(snap: View, q: Quote) -> dict[str, Any]:
    rec = quote_record(q)
    when, when_source = snap.quote_when(q)
    art = snap.articles.get(q.article_id)
    rec.update(_span_of(when))
    rec.update(when_source=when_source, outlet=snap.outlet(q.article_id),
               article_title=art.title if art else None, sentence=q.sentence,
               speaker_node=snap.node_id(q.speaker))
    return rec


def quote_views(snap: View, quotes: list[Quote]) -> list[dict[str, Any]]:
    snap.prime_refs(q.speaker for q in quotes)
    return [quote_view(snap, q) for q in quotes]


def entity_view(snap: View, ent: Entity, degree: int = 0) -> dict[str, Any]:
    rec = entity_record(ent)
    rec["claims"] = degree
    return rec


def claim_view(snap: View, row: ClaimRow, without: dict[str, Any] | None = None
               ) -> dict[str, Any]:
    """The claim's record with what the views show beside it; `without`: fields to leave
    out (each name -> its empty value; their lengths are in `totals`)."""
    claim = snap.with_sources(row.claim)
    if without:
        rec = claim_record(replace(claim, **without))
        for name in without:
            del rec[name]
        rec["totals"] = {name: len(getattr(claim, name)) for name in without}
    else:
        rec = claim_record(claim)
    rec.update(status_label=status_label(claim.status),
               counts={role: claim.counts.get(role, 0) for role in ROLE_ORDER},
               actor_node=row.actor_node, recipient_node=row.recipient_node,
               first_date=row.first_date, last_date=row.last_date,
               all_outlets=sorted(snap.claim_outlets(claim)))
    return rec


def lean_claim_views(snap: View, claims: list[LeanClaim]) -> list[dict[str, Any]]:
    """List records of claims (the claims table, an actor's panel): the fields the lists
    show, the first few names of each list with each list's total (`totals`), and no
    evidence ids, sources or reports; the whole claim is at /api/claims/{id}. A claim
    stored without sources has them derived from its records first, as the full view does."""
    from newsweave.store.claim_views import LeanClaim, claims_by_id

    derived = claims_by_id(snap.store, [c.claim_id for c in claims if c.stored_without_sources])
    out = []
    for lean in claims:
        if lean.claim_id in derived:
            row = derived[lean.claim_id]
            lean = LeanClaim.of(snap.with_sources(row.claim), row)
        # details_line reads only the claim's details
        shell = Claim(lean.claim_id, lean.summary, lean.type, None, None, details=lean.details)
        out.append({
            "claim_id": lean.claim_id, "summary": lean.summary, "type": lean.type,
            "actor": lean.actor, "recipient": lean.recipient, "status": lean.status,
            "status_label": status_label(lean.status), "first_seen": lean.first_seen,
            "first_date": lean.first_date, "last_date": lean.last_date,
            "actor_node": lean.actor_node, "recipient_node": lean.recipient_node,
            "counts": {role: lean.counts.get(role, 0) for role in ROLE_ORDER},
            "modalities": lean.modalities, "notes": lean.notes,
            "details_text": details_line(shell) or None,
            "disputed_details": [cd.key for cd in lean.details if cd.disputed],
            **lean.names, "totals": lean.totals, "lean": True,
        })
    return out


def claims_page(snap: View, f: Filters, limit: int, offset: int) -> dict[str, Any]:
    """A page of the claims under the filter, best sourced first (filtered, ranked and
    paged in the store), as lean list records (`lean_claim_views`)."""
    from newsweave.store.claim_views import claim_list

    total, page = claim_list(snap.store, f, snap.labels, limit=limit, offset=offset)
    return {"total": total, "limit": limit, "offset": offset,
            "items": lean_claim_views(snap, page)}


def claim_row(snap: View, claim_id: str) -> ClaimRow | None:
    from newsweave.store.claim_views import claims_by_id

    return claims_by_id(snap.store, [claim_id]).get(claim_id)


def entities_page(snap: View, q: str | None, type: str | None, limit: int, offset: int
                  ) -> dict[str, Any]:
    """Corpus entities, most mentioned first, each with how many claims it is a party of."""
    from newsweave.store import query
    from newsweave.store.claim_views import node_degree

    found = query.entities(snap.store, q=(q or "").strip().lower() or None, type=type,
                           limit=limit, offset=offset)
    degree = node_degree(snap.store, [e.entity_id for e in found.items])
    return {"total": found.total, "limit": limit, "offset": offset,
            "items": [entity_view(snap, e, degree.get(e.entity_id, 0)) for e in found.items]}


# ----------------------------------------------------------------------------- evidence


def _speaker(ref: ActorRef | None) -> dict[str, Any] | None:
    if ref is None:
        return None
    return {"name": ref.name, "entity_id": ref.entity_id, "description": ref.description}


def event_role(ev: Event, claim: Claim | None = None) -> str:
    """The event's role: as the claim judged it, else by its modality (newsweave.vocab)."""
    if claim is not None and ev.event_id in claim.evidence_roles:
        return claim.evidence_roles[ev.event_id]
    return modality_role(ev.modality)


def quote_role(q: Quote, claim: Claim | None = None) -> str:
    if claim is not None and q.quote_id in claim.evidence_roles:
        return claim.evidence_roles[q.quote_id]
    return stance_role(q.stance)


def _evidence_base(snap: View, article_id: str) -> dict[str, Any]:
    art = snap.articles.get(article_id)
    return {"article_id": article_id, "outlet": snap.outlet(article_id),
            "article_title": art.title if art else None,
            "published": art.published if art else None}


def event_evidence(snap: View, ev: Event, claim: Claim | None = None) -> dict[str, Any]:
    """One event as evidence: who says it (the attributed source, else the outlet itself)."""
    quote = snap.quote(ev.quote_id) if ev.quote_id else None
    speaker = ev.attributed_to or (quote.speaker if quote else None)
    highlight = ev.sentence_span or ev.span
    return {
        **_evidence_base(snap, ev.article_id),
        "kind": "event", "id": ev.event_id, "role": event_role(ev, claim),
        "date": snap.event_when(ev)[0], "speaker": _speaker(speaker),
        "modality": ev.modality, "modality_cue": ev.modality_cue, "stance": None,
        "type": ev.type, "sentence": ev.sentence, "span": list(ev.span),
        "highlight": list(highlight), "details": [detail_record(d) for d in ev.details],
    }


def quote_evidence(snap: View, q: Quote, claim: Claim | None = None) -> dict[str, Any]:
    return {
        **_evidence_base(snap, q.article_id),
        "kind": "quote", "id": q.quote_id, "role": quote_role(q, claim),
        "date": snap.quote_when(q)[0], "speaker": _speaker(q.speaker),
        "modality": "denied" if q.stance == "deny" else "asserted", "modality_cue": q.cue,
        "stance": q.stance, "type": None, "sentence": q.sentence or q.text,
        "quote": q.text, "span": list(q.span), "highlight": list(q.span),
    }


_ROLE_RANK = {role: i for i, role in enumerate(ROLE_ORDER)}


def claim_evidence(snap: View, claim: Claim) -> list[dict[str, Any]]:
    """Every sentence behind a claim, supporting and denying, one item per sentence."""
    snap.prime_evidence([claim])
    items: list[dict[str, Any]] = []
    covered: set[str] = set()
    for eid in claim.event_ids:
        ev = snap.event(eid)
        if ev is None:
            continue
        items.append(event_evidence(snap, ev, claim))
        if ev.quote_id:
            covered.add(ev.quote_id)
    for qid in claim.quote_ids:
        q = snap.quote(qid)
        if q is not None and qid not in covered:
            items.append(quote_evidence(snap, q, claim))
    for rep in claim.reports:  # sentences that report the claim in other words
        items.append({
            **_evidence_base(snap, rep.article_id),
            "kind": "report", "id": rep.report_id,
            "role": claim.evidence_roles.get(rep.report_id, "supports"),
            "date": snap.published(rep.article_id), "speaker": None, "modality": None,
            "modality_cue": None, "stance": None, "type": claim.type,
            "sentence": rep.sentence, "span": list(rep.span), "highlight": list(rep.span),
            "score": rep.score,
        })
    source_of = {i: src for src in claim.sources for i in src.evidence_ids}
    for item in items:  # who the item speaks for, and the one role that source takes
        src = source_of.get(item["id"])
        item["source"] = src.name if src else item["outlet"]
        item["source_kind"] = src.kind if src else "outlet"
        item["source_role"] = src.role if src else item["role"]
        item["source_reason"] = src.reason if src else None
    seen: set[tuple[str, str, str]] = set()
    unique = []
    for item in items:  # one line per (article, sentence, role)
        key = (item["article_id"], _norm(item["sentence"]), item["role"])
        if key not in seen:
            seen.add(key)
            unique.append(item)
    unique.sort(key=lambda i: (_ROLE_RANK.get(i["source_role"], 9), i["date"] or "9999",
                               i["outlet"], i["span"][0]))
    return unique


def claim_detail(snap: View, row: ClaimRow) -> dict[str, Any]:
    """A claim with every piece of its evidence and all its sources (the whole record:
    `claim_detail_page` is what the panel reads)."""
    claim = snap.with_sources(row.claim)
    evidence = claim_evidence(snap, claim)
    return {"claim": claim_view(snap, row), "evidence": evidence,
            "sources": [src.to_dict() for src in claim.sources],
            "counts": {role: claim.counts.get(role, 0) for role in ROLE_ORDER},
            "item_counts": dict(Counter(i["role"] for i in evidence))}


EVIDENCE_PAGE = 10  # sentences of each role the claim panel shows first
PANEL_SOURCES = 30  # sources of each role the claim panel names first


@dataclass
class _Item:
    """One piece of a claim's evidence before it is built: what orders and folds it."""

    kind: str  # event | quote | report
    id: str
    article_id: str
    role: str
    source_role: str
    date: str | None
    outlet: str
    start: int
    sentence: str


def _evidence_order(snap: View, claim: Claim) -> list[_Item]:
    """The claim's evidence as `claim_evidence` orders and folds it (the same items in the
    same order), from typed columns only: the events and quotes themselves are read only
    for the page shown."""
    from newsweave.store.claim_views import evidence_keys

    events, quotes = evidence_keys(snap.store, claim.event_ids, claim.quote_ids)
    source_of = {i: src for src in claim.sources for i in src.evidence_ids}
    items: list[_Item] = []

    def add(kind: str, key_id: str, article_id: str, role: str, day: str | None,
            start: int, sentence: str) -> None:
        src = source_of.get(key_id)
        items.append(_Item(kind, key_id, article_id, role, src.role if src else role, day,
                           snap.outlet(article_id), start, sentence))

    covered: set[str] = set()
    for eid in claim.event_ids:
        ev = events.get(eid)
        if ev is None:
            continue
        role = claim.evidence_roles.get(eid) or modality_role(ev.mood)
        when = ev.date if date_bounds(ev.date) else snap.published(ev.article_id)
        add("event", eid, ev.article_id, role, when, ev.start, ev.sentence)
        if ev.quote_id:
            covered.add(ev.quote_id)
    for qid in claim.quote_ids:
        q = quotes.get(qid)
        if q is not None and qid not in covered:
            role = claim.evidence_roles.get(qid) or stance_role(q.mood)
            when = q.date if date_bounds(q.date) else snap.published(q.article_id)
            add("quote", qid, q.article_id, role, when, q.start, q.sentence)
    for rep in claim.reports:
        add("report", rep.report_id, rep.article_id,
            claim.evidence_roles.get(rep.report_id, "supports"), snap.published(rep.article_id),
            rep.span[0], rep.sentence)
    seen: set[tuple[str, str, str]] = set()
    unique = []
    for item in items:  # one line per (article, sentence, role)
        key = (item.article_id, _norm(item.sentence), item.role)
        if key not in seen:
            seen.add(key)
            unique.append(item)
    unique.sort(key=lambda i: (_ROLE_RANK.get(i.source_role, 9), i.date or "9999", i.outlet,
                               i.start))
    return unique


def _built(snap: View, claim: Claim, items: list[_Item]) -> list[dict[str, Any]]:
    """These evidence items as `claim_evidence` builds them, their records read now."""
    events = {i.id for i in items if i.kind == "event"}
    quotes = {i.id for i in items if i.kind == "quote"}
    # the claim cut down to these items: prime_evidence reads only their records
    snap.prime_evidence([Claim(claim.claim_id, claim.summary, claim.type, None, None,
                               event_ids=sorted(events), quote_ids=sorted(quotes))])
    reports = {r.report_id: r for r in claim.reports}
    source_of = {i: src for src in claim.sources for i in src.evidence_ids}
    out = []
    for item in items:
        if item.kind == "event":
            ev = snap.event(item.id)
            assert ev is not None
            built = event_evidence(snap, ev, claim)
        elif item.kind == "quote":
            q = snap.quote(item.id)
            assert q is not None
            built = quote_evidence(snap, q, claim)
        else:
            rep = reports[item.id]
            built = {
                **_evidence_base(snap, rep.article_id),
                "kind": "report", "id": rep.report_id, "role": item.role,
                "date": snap.published(rep.article_id), "speaker": None, "modality": None,
                "modality_cue": None, "stance": None, "type": claim.type,
                "sentence": rep.sentence, "span": list(rep.span),
                "highlight": list(rep.span), "score": rep.score,
            }
        src = source_of.get(item.id)
        built["source"] = src.name if src else built["outlet"]
        built["source_kind"] = src.kind if src else "outlet"
        built["source_role"] = src.role if src else built["role"]
        built["source_reason"] = src.reason if src else None
        out.append(built)
    return out


def claim_detail_page(snap: View, row: ClaimRow, role: str | None = None,
                      limit: int = EVIDENCE_PAGE, offset: int = 0) -> dict[str, Any]:
    """What the claim panel shows: the claim without its id lists and with the first
    PANEL_SOURCES names of each name list (sources: of each role), and a page of its
    evidence: the first `limit`
    sentences of each role (grouped by the role their source takes, in `claim_evidence`'s
    order), or with `role`, `limit` of that role from `offset`. `evidence_pages` says how
    many each role has; the whole claim is at /api/claims/{id}, every sentence in pages.
    A hub claim has thousands of sentences: only the page's events and quotes are read."""
    claim = snap.with_sources(row.claim)
    order = _evidence_order(snap, claim)
    groups: dict[str, list[_Item]] = {}
    for item in order:
        groups.setdefault(item.source_role, []).append(item)
    pages: dict[str, dict[str, int]] = {}
    shown: list[_Item] = []
    for name, group in groups.items():
        if role is not None and name != role:
            continue
        start = offset if role is not None else 0
        shown.extend(group[start:start + limit])
        pages[name] = {"total": len(group), "offset": start, "limit": limit}
    named: Counter[str] = Counter()
    sources = []
    for src in claim.sources:
        named[src.role] += 1
        if named[src.role] <= PANEL_SOURCES:
            sources.append(src.to_dict())
    # the id lists would be most of a hub claim's response; its name lists are cut to
    # their first PANEL_SOURCES names (their lengths in `totals` too)
    lean = claim_view(snap, row, without={
        "event_ids": [], "quote_ids": [], "article_ids": [], "sources": [],
        "evidence_roles": {}, "reports": []})
    for name in ("outlets", "independent_sources", "supported_by", "denied_by",
                 "doubted_by", "all_outlets"):
        lean["totals"][name] = len(lean[name])
        lean[name] = lean[name][:PANEL_SOURCES]
    return {"claim": lean, "evidence": _built(snap, claim, shown), "sources": sources,
            "sources_total": len(claim.sources),
            "counts": {r: claim.counts.get(r, 0) for r in ROLE_ORDER},
            "item_counts": dict(Counter(i.role for i in order)),
            "evidence_pages": pages, "evidence_total": len(order)}


NODE_PAGE = 20  # claims and quotes per page of an actor's panel


def node_detail(snap: View, node_id: str, f: Filters, limit: int = NODE_PAGE,
                offset: int = 0, said_offset: int = 0) -> dict[str, Any] | None:
    """An actor: a page of its claims (best sourced first, lean list records with their
    sources' role counts; the sentences load per claim) and a page of what it said, with
    the totals, so a big actor's panel stays small (claims and quotes are filtered and
    paged in the store)."""
    from newsweave.store import query
    from newsweave.store.claim_views import claim_list, party_names

    store = snap.store
    ent = snap.entity(node_id)
    total, page = claim_list(store, f.for_claims(), snap.labels, limit=limit, offset=offset,
                             node=node_id)
    said = query.quotes(store, Filters(entity=node_id, since=f.since, until=f.until,
                                       outlets=f.outlets),
                        limit=limit, offset=said_offset, order="date", labels=snap.labels)
    if ent is None and not total and not said.total:
        return None
    names = party_names(store, f.for_claims(), snap.labels, [node_id]) if ent is None else {}
    label = snap.node_label(node_id, names.get(node_id))
    return {
        "node": {"id": node_id, "label": label,
                 "entity": entity_record(ent) if ent else None},
        "claims": [{"claim": c} for c in lean_claim_views(snap, page)],
        "claims_total": total, "claims_offset": offset,
        "said": [quote_evidence(snap, q) for q in said.items],
        "said_total": said.total, "said_offset": said_offset,
    }


# ----------------------------------------------------------------------------- graph


@dataclass
class GraphView:
    """The claims and actors one graph view shows, ranked (rank 0 = most connected)."""

    nodes: list[str]
    edges: list[dict[str, Any]]
    claim_ids: list[str]  # the edges' claims (read whole only when a view needs them)
    degree: dict[str, int]  # the shown actors' claims in the view
    labels: dict[str, str]
    truncated: bool = False
    hidden: int = 0  # actors left out (max_nodes, min_degree)
    edges_total: int = 0  # claims between the shown actors (edges: the best sourced)


def _claim_edge(claim: Claim, src: str, dst: str) -> dict[str, Any]:
    return {"id": claim.claim_id, "source": src, "target": dst, "type": claim.type or "",
            "status": claim.status, "summary": claim.summary,
            "sources": len(claim.independent_sources or claim.outlets),
            "counts": {role: claim.counts.get(role, 0) for role in ROLE_ORDER},
            "denied": bool(claim.denied_by), "first_seen": claim.first_seen}


def _edges(snap: View, edges: list[Edge]) -> list[dict[str, Any]]:
    """The graph's edge records, from the edges' typed columns (a claim stored without
    sources is read whole and its sources derived, as everywhere else)."""
    from newsweave.store.claim_views import claims_by_id

    derived = claims_by_id(snap.store, [e.claim_id for e in edges if e.derived])
    out = []
    for e in edges:
        if e.derived:
            out.append(_claim_edge(snap.with_sources(derived[e.claim_id].claim), e.source,
                                   e.target))
            continue
        out.append({"id": e.claim_id, "source": e.source, "target": e.target,
                    "type": e.type or "", "status": e.status, "summary": e.summary,
                    "sources": e.sources,
                    "counts": e.counts, "denied": e.denied, "first_seen": e.first_seen})
    return out


def _within_depth(snap: View, f: Filters, depth: int) -> set[str]:
    """The focused actor and the actors within `depth` matching claims of it."""
    from newsweave.store.claim_views import neighbours

    assert f.entity is not None
    keep = {f.entity}
    frontier = {f.entity}
    for _ in range(depth):
        if not frontier:
            break
        nxt = neighbours(snap.store, f, snap.labels, frontier)
        frontier = nxt - keep
        keep |= nxt
    return keep


MAX_EDGES = 3000  # claims drawn between the shown actors (the best sourced ones)


def graph_view(snap: View, f: Filters, depth: int = 1, max_nodes: int = 300,
               min_degree: int = 0, max_edges: int | None = MAX_EDGES) -> GraphView:
    """Actors joined by the claims that match the filter; with `f.entity`, only the actors
    within `depth` claims of it; the best connected `max_nodes` actors of degree >=
    `min_degree` (the focused actor always stays). Ranked and cut in the store: only the
    shown actors' claims are read."""
    from newsweave.store.claim_views import graph_edges, party_names, ranked_nodes

    store = snap.store
    within = _within_depth(snap, f, depth) if f.entity else None
    ranking = ranked_nodes(store, f, snap.labels, within, min_degree, f.entity, max_nodes)
    eligible_total = ranking.eligible
    nodes = [n for n, _ in ranking.top]
    degree = dict(ranking.top)
    if f.entity and ranking.focus_degree is None:
        eligible_total += 1
        nodes = [f.entity, *nodes[:max_nodes - 1]]
    elif f.entity and f.entity not in nodes:
        nodes = [f.entity, *nodes[:max_nodes - 1]]
        degree[f.entity] = ranking.focus_degree or 0
    nodes = nodes[:max_nodes]
    kept = set(nodes)
    n_edges, found = graph_edges(store, f, snap.labels, kept, max_edges) if kept else (0, [])
    edges = _edges(snap, found)
    snap.prime_cards(nodes)
    unnamed = [n for n in nodes if snap.card(n) is None]
    labels = {n: snap.node_label(n) for n in nodes if snap.card(n) is not None}
    firsts = party_names(store, f, snap.labels, unnamed, edges_only=True) if unnamed else {}
    for n in unnamed:
        if n in firsts:
            labels[n] = snap.node_label(n, firsts[n])
    if f.entity:
        labels.setdefault(f.entity, snap.node_label(f.entity))
    in_ranked = len([n for n in nodes if n in degree and (n != f.entity or
                                                           ranking.focus_degree is not None)])
    return GraphView(nodes, edges, [e.claim_id for e in found], degree, labels,
                     truncated=eligible_total > max_nodes,
                     hidden=ranking.ranked - in_ranked, edges_total=n_edges)


def _node_payload(snap: View, view: GraphView, node: str, rank: int) -> dict[str, Any]:
    ent = snap.card(node)
    return {"id": node, "label": view.labels.get(node) or snap.node_label(node),
            "type": ent.type if ent else None, "mentions": ent.mention_count if ent else 0,
            "articles": ent.articles if ent else 0, "degree": view.degree.get(node, 0),
            "country": ent.country if ent else None, "sector": ent.sector if ent else None,
            "rank": rank, "kind": "actor"}


def graph(snap: View, f: Filters, depth: int = 1, max_nodes: int = 300,
          isolated: int = 0, min_degree: int = 0, layer: str | None = None,
          speaker: str | None = None, max_edges: int = MAX_EDGES) -> dict[str, Any]:
    """Actors as nodes (ranked by claims, then mentions), claims as edges (styled by status).

    At most `max_edges` claims are drawn, the best sourced; `edges_total` says how many
    join the shown actors. With `f.entity` set, only the entity and the actors within
    `depth` claims of it. With
    `layer="sources"`, claims become nodes too, and the people and outlets that assert, doubt
    or deny them are linked to them ("who says what"); `speaker` keeps the claims one source
    took part in."""
    from newsweave.store.claim_views import isolated_entities

    view = graph_view(snap, f, depth=depth, max_nodes=max_nodes, min_degree=min_degree,
                      max_edges=max_edges)
    nodes = list(view.nodes)
    if isolated and not f.entity:
        rest = isolated_entities(snap.store, f, snap.labels, isolated)
        for ent in rest:
            snap._entities[ent.entity_id] = ent
        nodes += [e.entity_id for e in rest]
    out_nodes = [_node_payload(snap, view, node, rank) for rank, node in enumerate(nodes)]
    out: dict[str, Any] = {"nodes": out_nodes, "edges": view.edges,
                           "truncated": view.truncated, "hidden": view.hidden,
                           "edges_total": view.edges_total}
    if layer == "sources":
        extra_nodes, extra_edges, kept = sources_layer(snap, view, speaker)
        if speaker:
            claim_ids = {c.claim_id for c in kept}
            actors = {n for c in kept for n in (snap.node_id(c.actor), snap.node_id(c.recipient))}
            out["nodes"] = [n for n in out_nodes if n["id"] in actors]
            out["edges"] = [e for e in view.edges if e["id"] in claim_ids]
        out["nodes"] = out["nodes"] + extra_nodes
        out["layer_edges"] = extra_edges
    return out


MAX_LAYER_CLAIMS = 60
LAYER_BATCH = 100  # claims whose evidence is read at a time for the sources layer


def _source_node(snap: View, item: dict[str, Any]) -> tuple[str, str, str]:
    """(node id, label, kind) of who stands behind one piece of evidence: the named speaker,
    else the outlet itself."""
    sp = item.get("speaker") or {}
    name = sp.get("name")
    if name and name[:1].isupper():
        ref = ActorRef(name=name, entity_id=sp.get("entity_id"))
        node = snap.node_id(ref) or f"name:{_norm(name)}"
        return f"speaker:{node}", snap.node_label(node, name), "speaker"
    return f"outlet:{item['outlet']}", item["outlet"], "outlet"


def sources_layer(snap: View, view: GraphView, speaker: str | None = None
                  ) -> tuple[list[dict[str, Any]], list[dict[str, Any]], list[Claim]]:
    """Claims as nodes between their actors, and who asserts, doubts or denies each."""
    from newsweave.store.claim_views import claims_ranked

    nodes: dict[str, dict[str, Any]] = {}
    edges: dict[str, dict[str, Any]] = {}
    kept: list[Claim] = []

    def primed(batch: list[Claim]) -> list[Claim]:
        snap.prime_evidence(batch)
        snap.prime_refs(r for c in batch for r in (c.actor, c.recipient))
        return batch

    def ranked() -> Iterator[Claim]:
        """The view's claims best sourced first, records and evidence read a batch at a
        time (the loop below stops after MAX_LAYER_CLAIMS)."""
        batch: list[Claim] = []
        for claim in claims_ranked(snap.store, view.claim_ids, LAYER_BATCH):
            batch.append(snap.with_sources(claim))
            if len(batch) == LAYER_BATCH:
                yield from primed(batch)
                batch = []
        yield from primed(batch)

    for claim in ranked():
        items = claim_evidence(snap, claim)
        snap.prime_refs(ActorRef(name=(it.get("speaker") or {}).get("name") or "",
                                 entity_id=(it.get("speaker") or {}).get("entity_id"))
                        for it in items)
        sources = [(*_source_node(snap, item), item["role"]) for item in items]
        if speaker and not any(node == f"speaker:{speaker}" for node, _, _, _ in sources):
            continue
        if len(kept) >= MAX_LAYER_CLAIMS:
            break
        kept.append(claim)
        cid = f"claim:{claim.claim_id}"
        nodes[cid] = {"id": cid, "label": claim.type or "claim", "kind": "claim",
                      "status": claim.status, "claim_id": claim.claim_id,
                      "summary": claim.summary}
        for end, role in ((snap.node_id(claim.actor), "actor"),
                          (snap.node_id(claim.recipient), "recipient")):
            if end:
                src, dst = (end, cid) if role == "actor" else (cid, end)
                edges[f"{role}:{claim.claim_id}"] = {
                    "id": f"{role}:{claim.claim_id}", "source": src, "target": dst,
                    "role": role, "claim_id": claim.claim_id}
        for node, label, kind, role in sources:
            nodes.setdefault(node, {"id": node, "label": label, "kind": kind})
            eid = f"{role}:{node}>{claim.claim_id}"
            edge = edges.setdefault(eid, {"id": eid, "source": node, "target": cid,
                                          "role": role, "claim_id": claim.claim_id,
                                          "count": 0})
            edge["count"] += 1
    return list(nodes.values()), list(edges.values()), kept


def node_exists(snap: View, node_id: str) -> bool:
    """Whether the records name this actor (an entity, a claim's party, a speaker)."""
    from newsweave.store.claim_views import node_known

    return node_known(snap.store, node_id)


def citations_markdown(snap: View, claim: Claim) -> str:
    """A claim's evidence as citations an analyst pastes into a report: outlet, date, role,
    speaker, the sentence, and a link to the sentence in the app."""
    from newsweave.export.brief_render import md

    claim = snap.with_sources(claim)
    lines = [f"## {md(claim.summary)}", "",
             f"Status: {claim.status} · independent sources: "
             f"{len(claim.independent_sources)}", ""]
    for item in claim_evidence(snap, claim):
        parts = [md(item["outlet"])]
        if item.get("published"):
            parts.append(str(item["published"])[:10])
        speaker = (item.get("speaker") or {}).get("name")
        who = f", {md(speaker)}" if speaker else ""
        start, end = item["highlight"]
        link = f"/#article/{item['article_id']}/{start}-{end}"
        lines.append(f"- {' · '.join(parts)} ({item['role']}{who}): "
                     f"“{md(item['sentence'])}” [open]({link})")
    return "\n".join(lines) + "\n"


MAX_PATH_DEPTH = 6  # claims a chain between two actors may take


def graph_path(snap: View, f: Filters, start: str, goal: str) -> dict[str, Any] | None:
    """The shortest chain of claims between two actors under the filter (any direction), and
    every claim joining each consecutive pair on it; None when they are not connected within
    MAX_PATH_DEPTH claims. The search widens from `start` a ring of neighbours at a time in
    the store, so only the actors around the two are read."""
    import networkx as nx

    from newsweave.store.claim_views import graph_degrees, graph_edges, neighbours

    free = replace(f, entity=None)
    seen = {start}
    frontier = {start}
    for _ in range(MAX_PATH_DEPTH):
        if goal in seen or not frontier:
            break
        nxt = neighbours(snap.store, free, snap.labels, frontier) - seen
        seen |= nxt
        frontier = nxt
    if goal not in seen:
        return None
    _, rows = graph_edges(snap.store, free, snap.labels, seen)
    g = nx.Graph()
    g.add_edges_from((r.source, r.target) for r in rows)
    if start not in g or goal not in g:
        return None
    try:
        path = nx.shortest_path(g, start, goal)
    except nx.NetworkXNoPath:
        return None
    pairs = {frozenset(p) for p in itertools.pairwise(path)}
    edges = _edges(snap, [r for r in rows if frozenset((r.source, r.target)) in pairs])
    snap.prime_entities(path)
    view = GraphView(path, edges, [], graph_degrees(snap.store, free, snap.labels, path), {})
    return {"path": path,
            "nodes": [_node_payload(snap, view, n, i) for i, n in enumerate(path)],
            "edges": edges}


def graph_document(snap: View, f: Filters, fmt: str, depth: int, max_nodes: int,
                   min_degree: int) -> bytes:
    """The current view's subgraph as GEXF or GraphML (export/graph.py), its claims' dates
    and entities read for those claims only."""
    from newsweave.export.graph import claim_spans
    from newsweave.export.graph import graph_document as document
    from newsweave.store.claim_views import claims_by_id, entities_by_id, events_by_id

    view = graph_view(snap, f, depth=depth, max_nodes=max_nodes, min_degree=min_degree,
                      max_edges=None)
    found = claims_by_id(snap.store, view.claim_ids)
    claims = [snap.with_sources(found[i].claim) for i in view.claim_ids]
    events = events_by_id(snap.store, [i for c in claims for i in c.event_ids])
    spans = claim_spans(claims, list(events.values()), list(snap.articles.values()))
    ents = entities_by_id(snap.store, [r.entity_id for c in claims
                                       for r in (c.actor, c.recipient)
                                       if r is not None and r.entity_id])
    return document(list(ents.values()), claims, fmt, spans)


# ----------------------------------------------------------------------------- matrix

MATRIX_PAGE = 500  # claims per page of the source matrix


def source_matrix(snap: View, f: Filters, limit: int = MATRIX_PAGE, offset: int = 0
                  ) -> dict[str, Any]:
    """Outlets x claims: the role each outlet takes in its own voice (supports, doubts,
    denies: one per outlet, as the claim judged it), or "reports" when it only carries
    what others say. Columns are source labels, so distinct unknown outlets stay apart.
    A page of the matching claims, by summary; the columns are the page's outlets."""
    from newsweave.store.claim_views import MatrixRow, claims_by_id, matrix_page

    total, page = matrix_page(snap.store, f, snap.labels, limit=limit, offset=offset)
    derived = claims_by_id(snap.store, [r.claim_id for r in page if r.derived])
    rows = []
    outlets: Counter[str] = Counter()
    for row in page:
        if row.claim_id in derived:  # stored without sources: derived from its records
            claim = snap.with_sources(derived[row.claim_id].claim)
            row = MatrixRow(claim.claim_id, claim.summary, claim.status, claim.type,
                            {role: claim.counts.get(role, 0) for role in ROLE_ORDER},
                            [(s.name, s.role) for s in claim.sources if s.kind == "outlet"],
                            list(claim.article_ids), True)
        cells: dict[str, str] = {}
        for name, role in row.outlet_roles:
            cells[name] = role
        for aid in row.article_ids:
            if aid in snap.articles:
                cells.setdefault(_independent_label(snap, aid), "reports")
        outlets.update(cells.keys())
        rows.append({"claim_id": row.claim_id, "summary": row.summary,
                     "status": row.status, "type": row.type, "counts": row.counts,
                     "cells": cells})
    return {"outlets": [o for o, _ in sorted(outlets.items(), key=lambda kv: (-kv[1], kv[0]))],
            "claims": rows, "total": total, "limit": limit, "offset": offset}


def _independent_label(snap: View, article_id: str) -> str:
    """The source an article counts as in a claim: its original's for a repost."""
    art = snap.articles.get(article_id)
    original = art.syndicated_from if art is not None else None
    if original and original in snap.articles:
        return snap.outlet(original)
    return snap.outlet(article_id)


# ----------------------------------------------------------------------------- search


@functools.cache
def _search_threads() -> concurrent.futures.ThreadPoolExecutor:
    """The threads that scan the articles' texts beside a search's other queries (made at
    the first search, not at import)."""
    return concurrent.futures.ThreadPoolExecutor(4, thread_name_prefix="search")


def search(snap: View, q: str, limit: int) -> dict[str, Any]:
    """Case-insensitive substring search over articles (title and text), actors, quotes
    and claims, each in the store."""
    from newsweave.store import query
    from newsweave.store.claim_views import claim_search, entity_search

    store = snap.store
    needle = q.strip().lower()
    # the articles' texts (half the search's CPU) are scanned meanwhile in a second thread,
    # on a cursor of their own: DuckDB runs a query without Python's lock, and scans one
    # row group on one thread (the articles of a 100k-article store are one or two)
    texts = store.cursor_view()
    try:
        pending = _search_threads().submit(query.search_articles, texts, needle, limit)
        try:
            n_entities, ents = entity_search(store, needle, limit)
            quotes = query.search_quotes(store, needle, limit)
            n_claims, claims = claim_search(store, needle, limit)
        finally:
            concurrent.futures.wait([pending])  # done with its cursor before it is closed
        found = pending.result()
    finally:
        texts.close()
    arts = [{"article_id": art.article_id, "title": art.title,
             "outlet": snap.outlet(art.article_id), "published": art.published,
             "snippet": snippet, "match": span} for art, snippet, span in found.items]
    return {
        "q": q,
        "articles": {"total": found.total, "items": arts},
        "entities": {"total": n_entities, "items": [_entity_found(e, n) for e, n in ents]},
        "quotes": {"total": quotes.total, "items": quote_views(snap, quotes.items)},
        "claims": {"total": n_claims, "items": lean_claim_views(snap, claims)},
    }


def _entity_found(ent: Entity, articles: int) -> dict[str, Any]:
    """A search hit: the entity's record without its article ids (how many: `articles`)."""
    rec = entity_record(ent)
    del rec["article_ids"]
    rec["articles"] = articles
    return rec


# ----------------------------------------------------------------------------- timeline

TIMELINE_MAX_ITEMS = 1500  # above this the timeline is a histogram; zoom in for the points
MAX_BINS = 200


def _name_of(ref: ActorRef | None) -> dict[str, Any] | None:
    return {"name": ref.name} if ref is not None else None


def _lean_event(snap: View, ev: Event) -> dict[str, Any]:
    art = snap.articles.get(ev.article_id)
    return {"event_id": ev.event_id, **_span_of(snap.event_when(ev)[0]),
            "when_source": snap.event_when(ev)[1], "type": ev.type, "modality": ev.modality,
            "modality_cue": ev.modality_cue, "actor": _name_of(ev.actor),
            "recipient": _name_of(ev.recipient), "attributed_to": _speaker(ev.attributed_to),
            "sentence": ev.sentence[:400], "article_id": ev.article_id,
            "article_title": art.title if art else None, "outlet": snap.outlet(ev.article_id),
            "span": list(ev.span), "date": ev.date,
            "sentence_span": list(ev.sentence_span) if ev.sentence_span else None}


def _lean_quote(snap: View, q: Quote) -> dict[str, Any]:
    art = snap.articles.get(q.article_id)
    return {"quote_id": q.quote_id, **_span_of(snap.quote_when(q)[0]),
            "when_source": snap.quote_when(q)[1], "speaker": _speaker(q.speaker),
            "text": q.text[:400], "stance": q.stance, "cue": q.cue, "sentence": q.sentence,
            "article_id": q.article_id, "article_title": art.title if art else None,
            "outlet": snap.outlet(q.article_id), "span": list(q.span), "date": q.date}


def timeline(snap: View, f: Filters, store: Store,
             max_items: int = TIMELINE_MAX_ITEMS) -> dict[str, Any]:
    """The dated events and quotes under the filter: the items themselves when there are at
    most `max_items`, else a histogram of them (by day, month or year, at most 200 bins), so
    a big store's timeline is one small response; zooming in asks again for the window.
    Counted and binned in the store (store/query.py): only the response's rows are read."""
    if f == Filters():
        kept = snap.snap.timelines.get(max_items)
        if kept is None:
            kept = snap.snap.timelines[max_items] = _timeline(snap, f, store, max_items)
        return kept
    return _timeline(snap, f, store, max_items)


def _timeline(snap: View, f: Filters, store: Store, max_items: int) -> dict[str, Any]:
    from newsweave.store import query

    n_events, ev_lo, ev_hi = query.dated_range(store, "events", f, snap.labels)
    n_quotes, q_lo, q_hi = query.dated_range(store, "quotes", f, snap.labels)
    total = n_events + n_quotes
    if total <= max_items:
        return {"kind": "items", "total": total,
                "events": [_lean_event(snap, e) for e in query.dated(store, "events", f,
                                                                     snap.labels)],
                "quotes": [_lean_quote(snap, q) for q in query.dated(store, "quotes", f,
                                                                     snap.labels)]}
    lows = [d for d in (ev_lo, q_lo) if d is not None]
    highs = [d for d in (ev_hi, q_hi) if d is not None]
    span_days = (max(highs) - min(lows)).days
    bucket = "day" if span_days <= MAX_BINS else "month" if span_days <= MAX_BINS * 30 \
        else "year"
    events = query.dated_counts(store, "events", bucket, f, snap.labels)
    quotes = query.dated_counts(store, "quotes", bucket, f, snap.labels)
    out = []
    for start in sorted(set(events) | set(quotes)):
        day = start.isoformat()
        bounds = date_bounds(day[:4] if bucket == "year" else day[:7]
                             if bucket == "month" else day) or (day, day)
        out.append({"start": day, "end": bounds[1], "events": events.get(start, 0),
                    "quotes": quotes.get(start, 0)})
    return {"kind": "histogram", "total": total, "bucket": bucket, "bins": out,
            "max_items": max_items}


# ----------------------------------------------------------------------------- facets


def facets(snap: Snapshot | View) -> dict[str, Any]:
    """What the filter controls offer: outlets, types, statuses, the date range, counts
    (aggregated in the store once per snapshot: they change only when the store does)."""
    snap = snap.snap if isinstance(snap, View) else snap
    values = snap.facet_values
    return {
        "outlets": snap.outlets,
        "countries": values["countries"],
        "sectors": values["sectors"],
        "types": values["types"],
        "statuses": [st for st in STATUS_ORDER if st in values["statuses"]],
        "modalities": values["modalities"],
        "date_min": values["date_min"],
        "date_max": values["date_max"],
        "counts": values["counts"],
        "loaded_at": snap.loaded_at,
    }
