"""What the web app shows, computed from an in-memory snapshot of the store.

The app never keeps a DuckDB connection open: a `SnapshotSource` opens the file read-only,
reads the records the graph and claim views need (articles without their texts), closes it
again and reuses that snapshot until the file changes; article pages, texts, search and the
downloads ask the store's query layer (store/query.py) for just what they show. A
concurrent `newsweave run` is so only ever blocked for the moment of one read, and while it
writes the app keeps answering from the last snapshot.
"""

from __future__ import annotations

import atexit
import contextlib
import itertools
import threading
import time
from collections import Counter
from collections.abc import Iterator
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

__all__ = ["UNKNOWN_OUTLET", "Filters"]
# How long a request waits for a writer's current batch before answering from the last
# snapshot (or 503): short, so the page never hangs on a running `newsweave run`.
LOCK_WAIT_SECONDS = 2.0
READER_IDLE = 1.0  # seconds a request's read-only connection stays open for the next one
# How long a query waits for a writer's current batch (a writer yields between batches when
# asked): queries cannot answer from the last snapshot, so they wait longer than it does
READER_WAIT_SECONDS = 10.0


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
    """Everything the views need, read in one short read-only transaction."""

    path: str
    articles: dict[str, Article]
    entities: dict[str, Entity]
    quotes: dict[str, Quote]  # the quotes claims and events cite (the rest: store/query.py)
    events: dict[str, Event]
    claims: dict[str, Claim]
    loaded_at: str = ""
    quote_counts: dict[str, int] = field(default_factory=dict)  # article -> its quotes
    speakers: list[ActorRef] = field(default_factory=list)  # every distinct quote speaker
    quote_days: tuple[str | None, str | None] = (None, None)  # first and last quoted day
    name_index: dict[str, str] = field(default_factory=dict)
    per_article: dict[str, Counter[str]] = field(default_factory=dict)
    labels: dict[str, str] = field(default_factory=dict)  # article -> its source's label
    root: str | None = None  # the input root: sources are shown relative to it
    _node_ids: set[str] | None = field(default=None, repr=False)
    _facets: dict[str, Any] | None = field(default=None, repr=False)

    def __post_init__(self) -> None:
        arts = list(self.articles.values())
        self.labels = source_labels(arts)
        self.root = input_root(a.source for a in arts)
        if any(not c.sources for c in self.claims.values()):
            from newsweave.link.evidence import sources_from_records

            for claim in self.claims.values():
                if not claim.sources:
                    sources_from_records(claim, self.events, self.quotes, self.labels)
        for aid, n in self.quote_counts.items():
            self.per_article.setdefault(aid, Counter())["quotes"] += n
        for e in self.events.values():
            self.per_article.setdefault(e.article_id, Counter())["events"] += 1
        for ent in self.entities.values():
            for name in [*ent.aliases, ent.name]:  # the canonical name wins on clashes
                if _norm(name):
                    self.name_index[_norm(name)] = ent.entity_id

    def outlet(self, article_id: str) -> str:
        """The article's source label, as the claims, the brief and the exports say it."""
        return self.labels.get(article_id) or UNKNOWN_OUTLET

    def source_path(self, source: str) -> str:
        return relative_source(source, self.root)

    def published(self, article_id: str) -> str | None:
        art = self.articles.get(article_id)
        return art.published if art else None

    def node_id(self, ref: ActorRef | None) -> str | None:
        """The graph node of an actor: its corpus entity, else its normalized name."""
        if ref is None:
            return None
        if ref.entity_id and ref.entity_id in self.entities:
            return ref.entity_id
        key = _norm(ref.name)
        if not key:
            return None
        return self.name_index.get(key, f"name:{key}")

    def node_label(self, node_id: str, fallback: str | None = None) -> str:
        ent = self.entities.get(node_id)
        if ent is not None:
            return ent.name
        return fallback or node_id.removeprefix("name:")

    def event_when(self, ev: Event) -> tuple[str | None, str]:
        """The best date of an event and where it came from."""
        if date_bounds(ev.date):
            return ev.date, "event"
        return self.published(ev.article_id), "article"

    def quote_when(self, q: Quote) -> tuple[str | None, str]:
        if date_bounds(q.date):
            return q.date, "quote"
        return self.published(q.article_id), "article"

    def claim_dates(self, claim: Claim) -> list[tuple[str, str]]:
        dates = [self.event_when(self.events[i])[0] for i in claim.event_ids if i in self.events]
        dates += [self.quote_when(self.quotes[i])[0] for i in claim.quote_ids
                  if i in self.quotes]
        dates += [self.published(a) for a in claim.article_ids]
        dates.append(claim.first_seen)
        return [b for b in (date_bounds(d) for d in dates) if b is not None]

    def node_ids(self) -> set[str]:
        """Every graph node the records name: entities and unresolved actor names."""
        if self._node_ids is None:
            refs = [r for c in self.claims.values() for r in (c.actor, c.recipient)]
            refs += self.speakers
            found = {self.node_id(r) for r in refs}
            self._node_ids = {n for n in found if n} | set(self.entities)
        return self._node_ids

    def claim_outlets(self, claim: Claim) -> set[str]:
        return set(claim.outlets) | {self.outlet(a) for a in claim.article_ids
                                     if a in self.articles}


def _open_read_only(path: str | Path, wait: float = LOCK_WAIT_SECONDS) -> Store:
    from newsweave.store import Store

    return Store(path, read_only=True, lock_timeout=wait)


def load_snapshot(path: str | Path) -> Snapshot:
    """Read the store once, read-only, and close it again."""
    from newsweave.store import StoreError

    try:
        store = _open_read_only(path)
    except StoreError as exc:
        raise DataUnavailable(str(exc)) from None
    from newsweave.store import query

    try:
        claims = store.claims()
        events = store.events()
        cited = {i for c in claims for i in c.quote_ids}
        cited |= {e.quote_id for e in events if e.quote_id}
        return Snapshot(
            path=str(path),
            articles={a.article_id: a for a in query.article_meta(store)},  # no texts
            entities={e.entity_id: e for e in store.entities()},
            quotes={q.quote_id: q for q in query.quotes_by_id(store, cited)},
            events={e.event_id: e for e in events},
            claims={c.claim_id: c for c in claims},
            loaded_at=datetime.now(UTC).isoformat(timespec="seconds"),
            quote_counts=query.counts_by_article(store, "quotes"),
            speakers=query.speakers(store),
            quote_days=query.date_extent(store, "quotes"),
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
            except DataUnavailable as exc:
                if self._snapshot is None:
                    raise
                self.stale_reason = str(exc)
            return self._snapshot


# ----------------------------------------------------------------------------- filters


def _party_facts(snap: Snapshot, ref: ActorRef | None) -> tuple[str | None, str | None]:
    """(country, sector) of a claim's party: its corpus entity's, else the reference's."""
    if ref is None:
        return None, None
    ent = snap.entities.get(snap.node_id(ref) or "")
    if ent is not None:
        return ent.country or ref.country, ent.sector or ref.sector
    return ref.country, ref.sector


def claim_matches(snap: Snapshot, claim: Claim, f: Filters) -> bool:
    if f.statuses and claim.status not in f.statuses:
        return False
    if f.types and (claim.type or "") not in f.types:
        return False
    if f.outlets and not (snap.claim_outlets(claim) & f.outlets):
        return False
    if f.entity and f.entity not in (snap.node_id(claim.actor), snap.node_id(claim.recipient)):
        return False
    if f.q and f.q not in claim.summary.lower():
        return False
    if f.countries or f.sectors:
        parties = [_party_facts(snap, ref) for ref in (claim.actor, claim.recipient)]
        if f.countries and not any(c in f.countries for c, _ in parties):
            return False
        if f.sectors and not any(x in f.sectors for _, x in parties):
            return False
    if f.since or f.until:
        return any(overlaps(b, f.since, f.until) for b in snap.claim_dates(claim))
    return True


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


def article_summary(snap: Snapshot, art: Article, length: int) -> dict[str, Any]:
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


def event_view(snap: Snapshot, ev: Event) -> dict[str, Any]:
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


def quote_view(snap: Snapshot, q: Quote) -> dict[str, Any]:
    rec = quote_record(q)
    when, when_source = snap.quote_when(q)
    art = snap.articles.get(q.article_id)
    rec.update(_span_of(when))
    rec.update(when_source=when_source, outlet=snap.outlet(q.article_id),
               article_title=art.title if art else None, sentence=q.sentence,
               speaker_node=snap.node_id(q.speaker))
    return rec


def entity_view(snap: Snapshot, ent: Entity, degree: int = 0) -> dict[str, Any]:
    rec = entity_record(ent)
    rec["claims"] = degree
    return rec


def claim_view(snap: Snapshot, claim: Claim) -> dict[str, Any]:
    rec = claim_record(claim)
    dates = sorted(b[0] for b in snap.claim_dates(claim))
    rec.update(status_label=status_label(claim.status),
               counts={role: claim.counts.get(role, 0) for role in ROLE_ORDER},
               actor_node=snap.node_id(claim.actor),
               recipient_node=snap.node_id(claim.recipient),
               first_date=dates[0] if dates else None, last_date=dates[-1] if dates else None,
               all_outlets=sorted(snap.claim_outlets(claim)))
    return rec


def node_degrees(snap: Snapshot) -> Counter[str]:
    degree: Counter[str] = Counter()
    for claim in snap.claims.values():
        for node in {snap.node_id(claim.actor), snap.node_id(claim.recipient)}:
            if node:
                degree[node] += 1
    return degree


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


def _evidence_base(snap: Snapshot, article_id: str) -> dict[str, Any]:
    art = snap.articles.get(article_id)
    return {"article_id": article_id, "outlet": snap.outlet(article_id),
            "article_title": art.title if art else None,
            "published": art.published if art else None}


def event_evidence(snap: Snapshot, ev: Event, claim: Claim | None = None) -> dict[str, Any]:
    """One event as evidence: who says it (the attributed source, else the outlet itself)."""
    quote = snap.quotes.get(ev.quote_id) if ev.quote_id else None
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


def quote_evidence(snap: Snapshot, q: Quote, claim: Claim | None = None) -> dict[str, Any]:
    return {
        **_evidence_base(snap, q.article_id),
        "kind": "quote", "id": q.quote_id, "role": quote_role(q, claim),
        "date": snap.quote_when(q)[0], "speaker": _speaker(q.speaker),
        "modality": "denied" if q.stance == "deny" else "asserted", "modality_cue": q.cue,
        "stance": q.stance, "type": None, "sentence": q.sentence or q.text,
        "quote": q.text, "span": list(q.span), "highlight": list(q.span),
    }


_ROLE_RANK = {role: i for i, role in enumerate(ROLE_ORDER)}


def claim_evidence(snap: Snapshot, claim: Claim) -> list[dict[str, Any]]:
    """Every sentence behind a claim, supporting and denying, one item per sentence."""
    items: list[dict[str, Any]] = []
    covered: set[str] = set()
    for eid in claim.event_ids:
        ev = snap.events.get(eid)
        if ev is None:
            continue
        items.append(event_evidence(snap, ev, claim))
        if ev.quote_id:
            covered.add(ev.quote_id)
    for qid in claim.quote_ids:
        q = snap.quotes.get(qid)
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


def claim_detail(snap: Snapshot, claim: Claim) -> dict[str, Any]:
    evidence = claim_evidence(snap, claim)
    return {"claim": claim_view(snap, claim), "evidence": evidence,
            "sources": [src.to_dict() for src in claim.sources],
            "counts": {role: claim.counts.get(role, 0) for role in ROLE_ORDER},
            "item_counts": dict(Counter(i["role"] for i in evidence))}


NODE_PAGE = 20  # claims and quotes per page of an actor's panel


def node_detail(snap: Snapshot, node_id: str, f: Filters, store: Store,
                limit: int = NODE_PAGE, offset: int = 0, said_offset: int = 0
                ) -> dict[str, Any] | None:
    """An actor: a page of its claims (best sourced first, each with its evidence counts;
    the sentences load per claim) and a page of what it said, with the totals, so a big
    actor's panel stays small (the quotes are paged in the store)."""
    from newsweave.store import query

    ent = snap.entities.get(node_id)
    claims = [c for c in snap.claims.values()
              if node_id in (snap.node_id(c.actor), snap.node_id(c.recipient))
              and claim_matches(snap, c, f.for_claims())]
    said = query.quotes(store, Filters(entity=node_id, since=f.since, until=f.until,
                                       outlets=f.outlets),
                        limit=limit, offset=said_offset, order="date", labels=snap.labels)
    if ent is None and not claims and not said.total:
        return None
    names = [ref.name for c in claims for ref in (c.actor, c.recipient)
             if ref is not None and snap.node_id(ref) == node_id]
    label = snap.node_label(node_id, names[0] if names else None)
    claims.sort(key=lambda c: (-len(c.independent_sources or c.outlets), c.summary))
    page = claims[offset:offset + limit]
    return {
        "node": {"id": node_id, "label": label,
                 "entity": entity_record(ent) if ent else None},
        "claims": [{"claim": claim_view(snap, c),
                    "counts": dict(Counter(i["role"] for i in claim_evidence(snap, c)))}
                   for c in page],
        "claims_total": len(claims), "claims_offset": offset,
        "said": [quote_evidence(snap, q) for q in said.items],
        "said_total": said.total, "said_offset": said_offset,
    }


# ----------------------------------------------------------------------------- graph


@dataclass
class GraphView:
    """The claims and actors one graph view shows, ranked (rank 0 = most connected)."""

    nodes: list[str]
    edges: list[dict[str, Any]]
    claims: list[Claim]
    degree: Counter[str]
    labels: dict[str, str]
    truncated: bool = False
    hidden: int = 0  # actors left out (max_nodes, min_degree)


def _claim_edge(claim: Claim, src: str, dst: str) -> dict[str, Any]:
    return {"id": claim.claim_id, "source": src, "target": dst, "type": claim.type or "",
            "status": claim.status, "summary": claim.summary,
            "sources": len(claim.independent_sources or claim.outlets),
            "counts": {role: claim.counts.get(role, 0) for role in ROLE_ORDER},
            "denied": bool(claim.denied_by), "first_seen": claim.first_seen}


def graph_view(snap: Snapshot, f: Filters, depth: int = 1, max_nodes: int = 300,
               min_degree: int = 0) -> GraphView:
    """Actors joined by the claims that match the filter; with `f.entity`, only the actors
    within `depth` claims of it; the best connected `max_nodes` actors of degree >=
    `min_degree` (the focused actor always stays)."""
    claim_filter = replace(f, entity=None)
    edges: list[dict[str, Any]] = []
    claims: dict[str, Claim] = {}
    labels: dict[str, str] = {}
    for claim in snap.claims.values():
        src, dst = snap.node_id(claim.actor), snap.node_id(claim.recipient)
        if not src or not dst or src == dst or not claim_matches(snap, claim, claim_filter):
            continue
        labels.setdefault(src, snap.node_label(src, claim.actor.name if claim.actor else None))
        labels.setdefault(dst, snap.node_label(dst, claim.recipient.name
                                               if claim.recipient else None))
        edges.append(_claim_edge(claim, src, dst))
        claims[claim.claim_id] = claim
    if f.entity:
        keep = {f.entity}
        frontier = {f.entity}
        for _ in range(depth):
            nxt = set()
            for e in edges:
                if e["source"] in frontier:
                    nxt.add(e["target"])
                if e["target"] in frontier:
                    nxt.add(e["source"])
            frontier = nxt - keep
            keep |= nxt
        edges = [e for e in edges if e["source"] in keep and e["target"] in keep]
        labels.setdefault(f.entity, snap.node_label(f.entity))
    degree: Counter[str] = Counter()
    for e in edges:
        degree[e["source"]] += 1
        degree[e["target"]] += 1

    def weight(node: str) -> tuple[int, int, str]:
        ent = snap.entities.get(node)
        return -degree[node], -(ent.mention_count if ent else 0), node

    ranked = sorted(degree, key=weight)
    eligible = [n for n in ranked if degree[n] >= min_degree or n == f.entity]
    if f.entity and f.entity not in degree:
        eligible.insert(0, f.entity)
    nodes = eligible[:max_nodes]
    if f.entity and f.entity not in nodes:
        nodes = [f.entity, *nodes[:max_nodes - 1]]
    kept = set(nodes)
    edges = [e for e in edges if e["source"] in kept and e["target"] in kept]
    return GraphView(nodes, edges, [claims[e["id"]] for e in edges], degree, labels,
                     truncated=len(eligible) > max_nodes,
                     hidden=len(set(ranked) - kept))


def _node_payload(snap: Snapshot, view: GraphView, node: str, rank: int) -> dict[str, Any]:
    ent = snap.entities.get(node)
    return {"id": node, "label": view.labels.get(node) or snap.node_label(node),
            "type": ent.type if ent else None, "mentions": ent.mention_count if ent else 0,
            "articles": len(ent.article_ids) if ent else 0, "degree": view.degree[node],
            "country": ent.country if ent else None, "sector": ent.sector if ent else None,
            "rank": rank, "kind": "actor"}


def graph(snap: Snapshot, f: Filters, depth: int = 1, max_nodes: int = 300,
          isolated: int = 0, min_degree: int = 0, layer: str | None = None,
          speaker: str | None = None) -> dict[str, Any]:
    """Actors as nodes (ranked by claims, then mentions), claims as edges (styled by status).

    With `f.entity` set, only the entity and the actors within `depth` claims of it. With
    `layer="sources"`, claims become nodes too, and the people and outlets that assert, doubt
    or deny them are linked to them ("who says what"); `speaker` keeps the claims one source
    took part in."""
    view = graph_view(snap, f, depth=depth, max_nodes=max_nodes, min_degree=min_degree)
    nodes = list(view.nodes)
    if isolated and not f.entity:
        rest = sorted((e for e in snap.entities.values() if e.entity_id not in view.degree),
                      key=lambda e: (-e.mention_count, e.entity_id))
        nodes += [e.entity_id for e in rest[:isolated]]
    out_nodes = [_node_payload(snap, view, node, rank) for rank, node in enumerate(nodes)]
    out: dict[str, Any] = {"nodes": out_nodes, "edges": view.edges,
                           "truncated": view.truncated, "hidden": view.hidden}
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


def _source_node(snap: Snapshot, item: dict[str, Any]) -> tuple[str, str, str]:
    """(node id, label, kind) of who stands behind one piece of evidence: the named speaker,
    else the outlet itself."""
    sp = item.get("speaker") or {}
    name = sp.get("name")
    if name and name[:1].isupper():
        ref = ActorRef(name=name, entity_id=sp.get("entity_id"))
        node = snap.node_id(ref) or f"name:{_norm(name)}"
        return f"speaker:{node}", snap.node_label(node, name), "speaker"
    return f"outlet:{item['outlet']}", item["outlet"], "outlet"


def sources_layer(snap: Snapshot, view: GraphView, speaker: str | None = None
                  ) -> tuple[list[dict[str, Any]], list[dict[str, Any]], list[Claim]]:
    """Claims as nodes between their actors, and who asserts, doubts or denies each."""
    claims = sorted(view.claims, key=lambda c: (-len(c.independent_sources or c.outlets),
                                                c.claim_id))
    nodes: dict[str, dict[str, Any]] = {}
    edges: dict[str, dict[str, Any]] = {}
    kept: list[Claim] = []
    for claim in claims:
        items = claim_evidence(snap, claim)
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


def node_exists(snap: Snapshot, node_id: str) -> bool:
    return node_id in snap.node_ids()


def citations_markdown(snap: Snapshot, claim: Claim) -> str:
    """A claim's evidence as citations an analyst pastes into a report: outlet, date, role,
    speaker, the sentence, and a link to the sentence in the app."""
    from newsweave.export.brief_render import md

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


def graph_path(snap: Snapshot, f: Filters, start: str, goal: str) -> dict[str, Any] | None:
    """The shortest chain of claims between two actors under the filter (any direction), and
    every claim joining each consecutive pair on it; None when they are not connected."""
    import networkx as nx

    view = graph_view(snap, replace(f, entity=None), max_nodes=10**9)
    g = nx.Graph()
    g.add_edges_from((e["source"], e["target"]) for e in view.edges)
    if start not in g or goal not in g:
        return None
    try:
        path = nx.shortest_path(g, start, goal)
    except nx.NetworkXNoPath:
        return None
    pairs = {frozenset(p) for p in itertools.pairwise(path)}
    edges = [e for e in view.edges if frozenset((e["source"], e["target"])) in pairs]
    return {"path": path,
            "nodes": [_node_payload(snap, view, n, i) for i, n in enumerate(path)],
            "edges": edges}


# ----------------------------------------------------------------------------- matrix


def source_matrix(snap: Snapshot, f: Filters) -> dict[str, Any]:
    """Outlets x claims: the role each outlet takes in its own voice (supports, doubts,
    denies: one per outlet, as the claim judged it), or "reports" when it only carries
    what others say. Columns are source labels, so distinct unknown outlets stay apart."""
    rows = []
    outlets: Counter[str] = Counter()
    for claim in sorted(snap.claims.values(), key=lambda c: c.summary.lower()):
        if not claim_matches(snap, claim, f):
            continue
        cells: dict[str, str] = {}
        for src in claim.sources:
            if src.kind == "outlet":
                cells[src.name] = src.role
        for aid in claim.article_ids:
            if aid in snap.articles:
                cells.setdefault(_independent_label(snap, claim, aid), "reports")
        outlets.update(cells.keys())
        rows.append({"claim_id": claim.claim_id, "summary": claim.summary,
                     "status": claim.status, "type": claim.type,
                     "counts": {role: claim.counts.get(role, 0) for role in ROLE_ORDER},
                     "cells": cells})
    return {"outlets": [o for o, _ in sorted(outlets.items(), key=lambda kv: (-kv[1], kv[0]))],
            "claims": rows}


def _independent_label(snap: Snapshot, claim: Claim, article_id: str) -> str:
    """The source an article counts as in a claim: its original's for a repost."""
    art = snap.articles.get(article_id)
    original = art.syndicated_from if art is not None else None
    if original and original in snap.articles:
        return snap.outlet(original)
    return snap.outlet(article_id)


# ----------------------------------------------------------------------------- search


def search(snap: Snapshot, q: str, limit: int, store: Store) -> dict[str, Any]:
    """Case-insensitive substring search over articles (title and text, in the store),
    actors, quotes and claims."""
    from newsweave.store import query

    needle = q.strip().lower()
    found = query.search_articles(store, needle, limit)
    arts = [{"article_id": art.article_id, "title": art.title,
             "outlet": snap.outlet(art.article_id), "published": art.published,
             "snippet": snippet, "match": span} for art, snippet, span in found.items]
    ents = [e for e in snap.entities.values()
            if any(needle in _norm(n) for n in [e.name, *e.aliases])]
    ents.sort(key=lambda e: -e.mention_count)
    quotes = query.search_quotes(store, needle, limit)
    claims = [c for c in snap.claims.values() if needle in c.summary.lower()
              or needle in _norm(c.actor.name if c.actor else "")
              or needle in _norm(c.recipient.name if c.recipient else "")]
    return {
        "q": q,
        "articles": {"total": found.total, "items": arts},
        "entities": {"total": len(ents), "items": [entity_record(e) for e in ents[:limit]]},
        "quotes": {"total": quotes.total, "items": [quote_view(snap, x) for x in quotes.items]},
        "claims": {"total": len(claims), "items": [claim_view(snap, c) for c in claims[:limit]]},
    }


# ----------------------------------------------------------------------------- timeline

TIMELINE_MAX_ITEMS = 1500  # above this the timeline is a histogram; zoom in for the points
MAX_BINS = 200


def _name_of(ref: ActorRef | None) -> dict[str, Any] | None:
    return {"name": ref.name} if ref is not None else None


def _lean_event(snap: Snapshot, ev: Event) -> dict[str, Any]:
    art = snap.articles.get(ev.article_id)
    return {"event_id": ev.event_id, **_span_of(snap.event_when(ev)[0]),
            "when_source": snap.event_when(ev)[1], "type": ev.type, "modality": ev.modality,
            "modality_cue": ev.modality_cue, "actor": _name_of(ev.actor),
            "recipient": _name_of(ev.recipient), "attributed_to": _speaker(ev.attributed_to),
            "sentence": ev.sentence[:400], "article_id": ev.article_id,
            "article_title": art.title if art else None, "outlet": snap.outlet(ev.article_id),
            "span": list(ev.span), "date": ev.date,
            "sentence_span": list(ev.sentence_span) if ev.sentence_span else None}


def _lean_quote(snap: Snapshot, q: Quote) -> dict[str, Any]:
    art = snap.articles.get(q.article_id)
    return {"quote_id": q.quote_id, **_span_of(snap.quote_when(q)[0]),
            "when_source": snap.quote_when(q)[1], "speaker": _speaker(q.speaker),
            "text": q.text[:400], "stance": q.stance, "cue": q.cue, "sentence": q.sentence,
            "article_id": q.article_id, "article_title": art.title if art else None,
            "outlet": snap.outlet(q.article_id), "span": list(q.span), "date": q.date}


def timeline(snap: Snapshot, f: Filters, store: Store,
             max_items: int = TIMELINE_MAX_ITEMS) -> dict[str, Any]:
    """The dated events and quotes under the filter: the items themselves when there are at
    most `max_items`, else a histogram of them (by day, month or year, at most 200 bins), so
    a big store's timeline is one small response; zooming in asks again for the window.
    Counted and binned in the store (store/query.py): only the response's rows are read."""
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


def facets(snap: Snapshot) -> dict[str, Any]:
    """What the filter controls offer: outlets, types, statuses, the date range, counts
    (computed once per snapshot: they change only when the store does)."""
    if snap._facets is None:
        snap._facets = _facets(snap)
    return snap._facets


def _facets(snap: Snapshot) -> dict[str, Any]:
    days = [b for b in (date_bounds(snap.event_when(e)[0]) for e in snap.events.values()) if b]
    first, last = snap.quote_days
    if first and last:
        days.append((first, last))
    days += [b for b in (date_bounds(a.published) for a in snap.articles.values()) if b]
    types = Counter(c.type for c in snap.claims.values() if c.type)
    types.update(e.type for e in snap.events.values())
    parties = [_party_facts(snap, ref) for c in snap.claims.values()
               for ref in (c.actor, c.recipient)]
    return {
        "outlets": sorted({snap.outlet(a) for a in snap.articles}),
        "countries": sorted({c for c, _ in parties if c}),
        "sectors": sorted({x for _, x in parties if x}),
        "types": sorted(types),
        "statuses": [st for st in STATUS_ORDER
                     if any(c.status == st for c in snap.claims.values())],
        "modalities": sorted({e.modality for e in snap.events.values()}),
        "date_min": min((b[0] for b in days), default=None),
        "date_max": max((b[1] for b in days), default=None),
        "counts": {"articles": len(snap.articles), "entities": len(snap.entities),
                   "quotes": sum(snap.quote_counts.values()), "events": len(snap.events),
                   "claims": len(snap.claims)},
        "loaded_at": snap.loaded_at,
    }
