"""RSS and Atom feeds for `newsweave watch`: a feed names articles, it is not one.

A watched URL whose answer is a feed (RSS 0.9x/1.0/2.0 or Atom, parsed by feedparser) stands
for its entries: each entry's link is fetched and ingested like any URL. Entries are keyed by
the feed and the entry's id (or link), and the store keeps which entries were ingested, so a
poll fetches only entries it has not seen; an entry is marked seen only after its article's
batch was committed, so a watch killed mid-poll fetches it again (and the content id makes
that a no-op) instead of losing it.
"""

from __future__ import annotations

import calendar
import io
import logging
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from newsweave.model import IngestError, stable_id

if TYPE_CHECKING:
    from newsweave.store import Store

log = logging.getLogger(__name__)

# the document's first element (after an XML declaration, comments, processing instructions
# and a doctype) is the feed's root
_FEED_ROOT = re.compile(rb"\s*(?:<\?.*?\?>\s*|<!--.*?-->\s*|<!DOCTYPE[^>]*>\s*)*"
                        rb"<(?:rss|feed|rdf:RDF)\b", re.I | re.S)
_SNIFF_BYTES = 2048
FEED_SUFFIXES = (".rss", ".atom", ".xml")  # a local file with one of these may be a feed


@dataclass(frozen=True)
class FeedEntry:
    """One article a feed names."""

    feed: str  # the feed's URL (or path)
    key: str  # stable id of (feed, entry id or link)
    link: str | None
    title: str | None = None
    published: str | None = None  # ISO date, from the entry's published/updated time


def looks_like_feed(data: bytes, content_type: str | None = None) -> bool:
    """Whether a fetched answer is a feed: an RSS/Atom media type, or a document whose root
    element (within its first bytes, after any XML declaration and comments) is one."""
    kind = (content_type or "").lower()
    if any(t in kind for t in ("rss+xml", "atom+xml", "rdf+xml")):
        return True
    head = data[:_SNIFF_BYTES].lstrip(b"\xef\xbb\xbf \t\r\n")
    return bool(_FEED_ROOT.match(head))


def feed_entries(source: str, data: bytes) -> list[FeedEntry] | IngestError:
    """The entries of a feed document, in feed order; an IngestError (naming the feed) when
    it is no feed at all. A feed with small defects (feedparser's "bozo" flag) still gives
    the entries it could read."""
    import feedparser

    parsed = feedparser.parse(io.BytesIO(data))  # a stream: feedparser never fetches
    if not parsed.entries and parsed.get("bozo") and not parsed.get("version"):
        reason = parsed.get("bozo_exception")
        return IngestError(source=source, reason=f"not a readable feed ({reason})"[:300])
    out: list[FeedEntry] = []
    seen: set[str] = set()
    for entry in parsed.entries:
        link = entry.get("link") or None
        ident = entry.get("id") or link
        if not ident:
            continue
        key = stable_id("feed", source, ident)
        if key in seen:
            continue
        seen.add(key)
        stamp = entry.get("published_parsed") or entry.get("updated_parsed")
        published = None
        if stamp:
            published = _iso_day(calendar.timegm(stamp))
        out.append(FeedEntry(feed=source, key=key, link=link, title=entry.get("title"),
                             published=published))
    return out


def _iso_day(epoch: int) -> str:
    from datetime import UTC, datetime

    return datetime.fromtimestamp(epoch, UTC).date().isoformat()


def _read_feed(path: str) -> tuple[bytes | None, IngestError | None]:
    """The bytes of a watched URL or local feed file, or the one-line error."""
    from newsweave.ingest.hygiene import printable_name
    from newsweave.ingest.sources import fetch_url, is_url

    if is_url(path):
        raw = fetch_url(path)
        if isinstance(raw, IngestError):
            return None, raw
        return raw.data, None
    try:
        with open(path, "rb") as fh:
            return fh.read(), None
    except OSError as exc:
        return None, IngestError(source=printable_name(path),
                                 reason=f"cannot read ({exc.strerror or exc})")


def expand_feeds(store: Store, paths: Sequence[str],
                 on_error: Callable[[IngestError], Any]) -> tuple[list[str], list[FeedEntry]]:
    """The inputs one watch poll ingests: each URL (or local .rss/.atom/.xml file) that is a
    feed is replaced by the links of the entries the store has not had yet; other paths stay.
    A URL that cannot be fetched (no network, HTTP error) is one error line, recorded in the
    store, and the poll goes on with the rest. Returns (inputs, the unseen entries)."""
    from newsweave.ingest.sources import is_url
    from newsweave.store.duckdb_store import feed_entries_seen

    inputs: list[str] = []
    pending: list[FeedEntry] = []
    for path in paths:
        maybe_feed = is_url(path) or (Path(path).suffix.lower() in FEED_SUFFIXES
                                      and Path(path).is_file())
        if not maybe_feed:
            inputs.append(path)
            continue
        data, error = _read_feed(path)
        if error is not None:
            on_error(error)
            store.record_error(error)
            continue
        if data is None or not looks_like_feed(data):
            inputs.append(path)  # a page, not a feed: ingested as it is
            continue
        entries = feed_entries(path, data)
        if isinstance(entries, IngestError):
            on_error(entries)
            store.record_error(entries)
            continue
        seen = feed_entries_seen(store, [e.key for e in entries])
        unseen = [e for e in entries if e.key not in seen and e.link]
        log.info("feed %s: %d entries, %d new", path, len(entries), len(unseen))
        pending.extend(unseen)
        inputs.extend(dict.fromkeys(e.link for e in unseen if e.link))
    return inputs, pending


def mark_entries_seen(store: Store, entries: Sequence[FeedEntry], report: Any) -> None:
    """After a poll's ingest: the entries whose link was read are not fetched again (a
    failed one is tried again next poll)."""
    from newsweave.ingest.hygiene import printable_name
    from newsweave.store.duckdb_store import mark_feed_entries

    failed = {err.source for err in report.errors}
    done = [e for e in entries if e.link and printable_name(e.link) not in failed]
    mark_feed_entries(store, [(e.key, e.feed, e.link) for e in done if e.link])
