"""DuckDB store: the schema, batch writes (one transaction each) and typed reads.

Analysis records are immutable per article and kept as JSON next to a few key columns; the
link stage's output (entities, claims, syndication, mention -> entity) is replaced as a whole
each time the corpus is linked, so re-linking equals a full rerun.
"""

from __future__ import annotations

import contextlib
import functools
import io
import json
import logging
import os
import re
import time
import weakref
from collections.abc import Callable, Iterable, Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from newsweave.model import (
    SKIPPED_STAGE,
    ActorRef,
    Article,
    ArticleAnalysis,
    Claim,
    Entity,
    Event,
    IngestError,
    LinkResult,
    Location,
    Mention,
    Quote,
    QuoteVariant,
    SkippedInput,
)
from newsweave.store import text_index
from newsweave.timespan import date_bounds, precision

SCHEMA_VERSION = 5
# tables later releases added to schema 1: an older store lacks them until a writer opens it
# (which creates them); a reader finds them empty
ADDED_TABLES = ("embeddings", "claim_changes")
# schema 2 gave the records typed columns (ids, dates as DATE + precision, types, statuses,
# actors, spans): a writer rebuilds these tables of a schema 1 store from their JSON records
# (see migrate_v1), a reader refuses it with one line until then
TYPED_TABLES = ("articles", "quotes", "events", "entities", "claims")
# schema 3 added the token index of text search (store/text_index.py): a writer builds it
# for a schema 2 store (migrate_v2), a reader refuses such a store with one line until then
# schema 4 gave entities their aliases as a column (the name filters read it, not the JSON
# record: migrate_v3); these columns are what it added, last in their tables
ADDED_COLUMNS = {4: {"entities": ("aliases",)}}
# schema 5 added the link log (link_log: the keys of the link records each link rewrote, so a
# new process taking up a link state kept a few links back reads only those rows again; see
# link_log_since): tables a schema adds, by the version that added them
ADDED_IN = {5: ("link_log",)}

# Typed columns hold what is filtered, sorted and joined (store/query.py); `record` keeps the
# whole record as JSON (an article's record without its text, which is the `text` column).
# Dates are DATE + precision ("day", "month", "year": newsweave.timespan's rule).
SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR);
CREATE TABLE IF NOT EXISTS articles (
    article_id VARCHAR PRIMARY KEY, source VARCHAR, title VARCHAR, outlet VARCHAR, url VARCHAR,
    byline VARCHAR, published VARCHAR, published_source VARCHAR, language VARCHAR,
    format VARCHAR, text VARCHAR, record JSON, ingested_at TIMESTAMP, seq BIGINT,
    published_date DATE, published_precision VARCHAR);
CREATE TABLE IF NOT EXISTS article_sources (
    article_id VARCHAR, source VARCHAR, PRIMARY KEY (article_id, source));
CREATE TABLE IF NOT EXISTS analyses (
    article_id VARCHAR PRIMARY KEY, analyzer_version VARCHAR, skipped VARCHAR,
    analyzed_at TIMESTAMP);
CREATE TABLE IF NOT EXISTS mentions (
    mention_id VARCHAR PRIMARY KEY, article_id VARCHAR, label VARCHAR, canonical VARCHAR,
    record JSON);
CREATE TABLE IF NOT EXISTS quotes (
    quote_id VARCHAR PRIMARY KEY, article_id VARCHAR, kind VARCHAR, speaker VARCHAR,
    record JSON, speaker_mention VARCHAR, speaker_entity VARCHAR, speaker_description VARCHAR,
    stance VARCHAR, date DATE, date_precision VARCHAR, span_start INTEGER, span_end INTEGER,
    text VARCHAR);
CREATE TABLE IF NOT EXISTS events (
    event_id VARCHAR PRIMARY KEY, article_id VARCHAR, type VARCHAR, modality VARCHAR,
    record JSON, actor VARCHAR, actor_mention VARCHAR, actor_entity VARCHAR,
    actor_country VARCHAR, actor_sector VARCHAR, recipient VARCHAR, recipient_mention VARCHAR,
    recipient_entity VARCHAR, recipient_country VARCHAR, recipient_sector VARCHAR,
    attributed_to VARCHAR, date DATE, date_precision VARCHAR, span_start INTEGER,
    span_end INTEGER, sentence VARCHAR);
CREATE TABLE IF NOT EXISTS locations (
    article_id VARCHAR, idx INTEGER, record JSON, PRIMARY KEY (article_id, idx));
CREATE TABLE IF NOT EXISTS entities (
    entity_id VARCHAR PRIMARY KEY, name VARCHAR, type VARCHAR, record JSON, country VARCHAR,
    sector VARCHAR, mention_count INTEGER, name_keys VARCHAR[], aliases VARCHAR[]);
CREATE TABLE IF NOT EXISTS mention_entities (mention_id VARCHAR PRIMARY KEY, entity_id VARCHAR);
CREATE TABLE IF NOT EXISTS article_links (
    article_id VARCHAR PRIMARY KEY, syndicated_from VARCHAR, duplicate_of VARCHAR);
CREATE TABLE IF NOT EXISTS claims (
    claim_id VARCHAR PRIMARY KEY, status VARCHAR, type VARCHAR, record JSON, summary VARCHAR,
    actor VARCHAR, actor_entity VARCHAR, actor_country VARCHAR, actor_sector VARCHAR,
    recipient VARCHAR, recipient_entity VARCHAR, recipient_country VARCHAR,
    recipient_sector VARCHAR, independent_count INTEGER, outlet_count INTEGER,
    event_count INTEGER, first_seen DATE, first_seen_precision VARCHAR, outlets VARCHAR[]);
CREATE TABLE IF NOT EXISTS quote_variants (group_id VARCHAR PRIMARY KEY, record JSON);
CREATE TABLE IF NOT EXISTS embeddings (key VARCHAR PRIMARY KEY, vector FLOAT[384]);
CREATE TABLE IF NOT EXISTS errors (
    source VARCHAR, stage VARCHAR, reason VARCHAR, first_seen TIMESTAMP, last_seen TIMESTAMP,
    PRIMARY KEY (source, stage, reason));
CREATE TABLE IF NOT EXISTS claim_changes (
    seen_at TIMESTAMP, kind VARCHAR, claim_id VARCHAR, summary VARCHAR, before VARCHAR,
    after VARCHAR);
CREATE TABLE IF NOT EXISTS link_log (
    link_no BIGINT, generation VARCHAR, tbl VARCHAR, key VARCHAR);
CREATE SEQUENCE IF NOT EXISTS article_seq START 1;
"""

# schema 1's layout of the tables schema 2 typed (the rest is unchanged): what a store of
# the previous release holds, checked before it is upgraded
SCHEMA_V1_TYPED = """
CREATE TABLE IF NOT EXISTS articles (
    article_id VARCHAR PRIMARY KEY, source VARCHAR, title VARCHAR, outlet VARCHAR, url VARCHAR,
    byline VARCHAR, published VARCHAR, published_source VARCHAR, language VARCHAR,
    format VARCHAR, text VARCHAR, record JSON, ingested_at TIMESTAMP, seq BIGINT);
CREATE TABLE IF NOT EXISTS quotes (
    quote_id VARCHAR PRIMARY KEY, article_id VARCHAR, kind VARCHAR, speaker VARCHAR,
    record JSON);
CREATE TABLE IF NOT EXISTS events (
    event_id VARCHAR PRIMARY KEY, article_id VARCHAR, type VARCHAR, modality VARCHAR,
    record JSON);
CREATE TABLE IF NOT EXISTS entities (
    entity_id VARCHAR PRIMARY KEY, name VARCHAR, type VARCHAR, record JSON);
CREATE TABLE IF NOT EXISTS claims (
    claim_id VARCHAR PRIMARY KEY, status VARCHAR, type VARCHAR, record JSON);
"""


DEFAULT_LOCK_TIMEOUT = 15.0  # seconds to wait for another process's batch or request
MAX_HOLD = 10.0  # a writer closes the file between batches at least this often (seconds)
# after another process asked for the file, a writer closes it after every batch this long,
# so a reader clicking through the web app is not kept waiting a batch per request
POLITE_SECONDS = 60.0


# Holders of a read-only connection in this process (the web app's reader) that let go of it
# when this process opens the same file for writing: DuckDB opens one file one way per
# process. Kept as weak references, by the file's real path.
_READ_HOLDERS: dict[str, list[weakref.WeakMethod[Callable[[], None]]]] = {}


def release_for_writers(path: str | Path, release: Callable[[], None]) -> None:
    """Call `release` (a bound method) before this process opens `path` for writing."""
    _READ_HOLDERS.setdefault(os.path.realpath(path), []).append(weakref.WeakMethod(release))


def _release_readers(path: str) -> None:
    for ref in _READ_HOLDERS.get(os.path.realpath(path), []):
        release = ref()
        if release is not None:
            release()


class StoreError(RuntimeError):
    """The database file cannot be used (corrupt, locked, newer schema)."""


log = logging.getLogger(__name__)

# DuckDB may download and load extensions on its own (e.g. the SQLite scanner when a SQLite
# file is opened); we work offline and open only our own files.
OFFLINE_CONFIG = {"autoinstall_known_extensions": False, "autoload_known_extensions": False}
# DuckDB starts eight "async" threads (and more for queries) with every connection, even
# with threads=1; these settings start none (a connection then leaves the process one thread)
NO_THREADS_CONFIG = {"threads": 1, "async_threads": 0}
_EMPTY = "no tables"
_OLDER = "older schema "  # a store a writer can upgrade (MIGRATIONS), then its version


@functools.lru_cache(maxsize=2)
def expected_tables(version: int = SCHEMA_VERSION) -> dict[str, list[tuple[str, str]]]:
    """Each table of SCHEMA (of schema `version`: 1 or the current one) with its (column,
    type) list, as DuckDB reports them (read from an in-memory database made with the DDL,
    so the check cannot drift from it)."""
    import duckdb

    # a few DDL statements: no threads (see Store.use_threads)
    con = duckdb.connect(":memory:", config={**OFFLINE_CONFIG, **NO_THREADS_CONFIG})
    try:
        if version == 1:
            con.execute(SCHEMA_V1_TYPED)
        con.execute(SCHEMA)
        if version >= 3:
            con.execute(text_index.SCHEMA)
        later = {(table, column) for added, by_table in ADDED_COLUMNS.items() if added > version
                 for table, columns in by_table.items() for column in columns}
        later_tables = {table for added, names in ADDED_IN.items() if added > version
                        for table in names}
        tables: dict[str, list[tuple[str, str]]] = {}
        for table, column, dtype in con.execute(
                "SELECT table_name, column_name, data_type FROM information_schema.columns "
                "WHERE table_schema = 'main' ORDER BY table_name, ordinal_position").fetchall():
            if (table, column) not in later and table not in later_tables:
                tables.setdefault(table, []).append((column, dtype))
        return tables
    finally:
        con.close()


def _column_drift(table: str, want: list[tuple[str, str]], found: list[tuple[str, str]]
                  ) -> str:
    """The first difference between the expected and the found columns of a table."""
    have = dict(found)
    for column, dtype in want:
        if column not in have:
            return f"column {table}.{column} is missing"
        if have[column] != dtype:
            return f"column {table}.{column} is {have[column]}, expected {dtype}"
    extra = [c for c, _ in found if c not in dict(want)]
    if extra:
        return f"table {table} has unknown column {extra[0]}"
    return f"columns of table {table} are out of order"


_FOREIGN_HEADERS = ((b"SQLite format 3\x00", "a SQLite database file"),
                    (b"PAR1", "a Parquet file"))


def _foreign_format(path: str) -> str | None:
    """What a file that DuckDB would open through an extension is, from its first bytes."""
    try:
        with open(path, "rb") as fh:
            head = fh.read(16)
    except OSError:
        return None  # a new file, or DuckDB says why it cannot open it
    return next((name for magic, name in _FOREIGN_HEADERS if head.startswith(magic)), None)


def _plain_reason(message: str) -> str:
    """DuckDB's message as one line, without its error-class prefix."""
    line = next((part.strip() for part in message.splitlines() if part.strip()), message)
    return re.sub(r"^[A-Za-z ]*Error: ", "", line)[:300]


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def _dump(record: Any) -> str:
    """A record as JSON text (orjson writes our dataclasses directly, several times faster
    than json.dumps of to_dict; same JSON)."""
    import orjson

    try:
        return orjson.dumps(record).decode("utf-8")
    except orjson.JSONEncodeError:  # e.g. an integer beyond 64 bits in input metadata
        return json.dumps(record.to_dict(), ensure_ascii=False)


def _utf8(text: str) -> str:
    """`text` as DuckDB takes it: lone surrogates (never valid UTF-8) replaced."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return text.encode("utf-8", "replace").decode("utf-8")
    return text


def _load(text: str) -> Any:
    import orjson

    return orjson.loads(text)


def _day(value: str | None) -> tuple[date | None, str | None]:
    """An ISO date of any precision as (its first day, its precision), the typed columns'
    form of newsweave.timespan's spans; (None, None) when it is no date."""
    bounds = date_bounds(value)
    if bounds is None:
        return None, None
    try:
        return date.fromisoformat(bounds[0]), precision(bounds)
    except ValueError:  # e.g. year 0000
        return None, None


def _ref_columns(ref: ActorRef | None) -> list[Any]:
    """name, mention, entity, country, sector of an actor reference."""
    if ref is None:
        return [None] * 5
    return [ref.name, ref.mention_id, ref.entity_id, ref.country, ref.sector]


def article_row(art: Article, ingested_at: datetime, seq: int) -> list[Any]:
    """The articles row of an article (its record without the text: that is `text`)."""
    import dataclasses

    return [art.article_id, art.source, art.title, art.outlet, art.url, art.byline,
            art.published, art.published_source, art.language, art.format, art.text,
            _dump(dataclasses.replace(art, text="")), ingested_at, seq, *_day(art.published)]


def quote_row(q: Quote, article_id: str) -> list[Any]:
    speaker = q.speaker
    return [q.quote_id, article_id, q.kind, speaker.name if speaker else None, _dump(q),
            speaker.mention_id if speaker else None, speaker.entity_id if speaker else None,
            speaker.description if speaker else None, q.stance, *_day(q.date),
            q.span[0], q.span[1], q.text]


def event_row(e: Event, article_id: str) -> list[Any]:
    return [e.event_id, article_id, e.type, e.modality, _dump(e), *_ref_columns(e.actor),
            *_ref_columns(e.recipient), e.attributed_to.name if e.attributed_to else None,
            *_day(e.date), e.span[0], e.span[1], e.sentence]


def entity_row(ent: Entity) -> list[Any]:
    from newsweave.link.names import fold

    keys = sorted({fold(n) for n in [ent.name, *ent.aliases] if fold(n)})
    return [ent.entity_id, ent.name, ent.type, _dump(ent), ent.country, ent.sector,
            ent.mention_count, keys, list(ent.aliases)]


def claim_row(c: Claim) -> list[Any]:
    actor, recipient = _ref_columns(c.actor), _ref_columns(c.recipient)
    return [c.claim_id, c.status, c.type, _dump(c), c.summary, actor[0], *actor[2:],
            recipient[0], *recipient[2:], len(c.independent_sources), len(c.outlets),
            len(c.event_ids), *_day(c.first_seen), list(c.outlets)]


def article_from(record: str, text: str | None) -> Article:
    """An article from its stored record and text (the record holds no text)."""
    art = Article.from_dict(_load(record))
    art.text = text or ""
    return art


def _values_sql(rows: list[list[Any]]) -> tuple[str, list[Any]]:
    """`VALUES (?, ...), (?, ...)` for these rows and their parameters in order: one
    statement for all of them. DuckDB runs an `executemany` as one statement per row, each
    ~0.7 ms of CPU (16 rows of a batch: 11 ms, against 0.7 ms as one statement)."""
    marks = f"({','.join('?' * len(rows[0]))})"
    return "VALUES " + ",".join([marks] * len(rows)), [value for row in rows for value in row]


def _insert_rows(con: Any, table: str, rows: list[list[Any]], verb: str = "INSERT") -> None:
    """Insert rows (in column order) in one statement: a few as one VALUES list, many as
    one Arrow table, which DuckDB loads far faster than row-by-row executemany. `verb`:
    e.g. "INSERT OR IGNORE" (the rows must then be distinct in their key)."""
    if not rows:
        return
    if len(rows) < 32:
        values, params = _values_sql(rows)
        con.execute(f"{verb} INTO {table} {values}", params)
        return
    import pyarrow as pa

    columns = {f"c{i}": [row[i] for row in rows] for i in range(len(rows[0]))}
    con.register("_newsweave_rows", pa.table(columns))
    try:
        con.execute(f"{verb} INTO {table} SELECT * FROM _newsweave_rows")
    finally:
        con.unregister("_newsweave_rows")


MIGRATION_PAGE = 5000  # rows read and rewritten at a time


def _rebuild(con: Any, table: str, columns: str, row: Callable[[tuple[Any, ...]], list[Any]]
             ) -> None:
    """Copy `table`_v1 into the new `table` a page at a time (in rowid order, so records
    keep their order), each row made by `row` from the old `columns`."""
    last = -1
    while True:
        page = con.execute(f"SELECT rowid, {columns} FROM {table}_v1 WHERE rowid > ? "
                           f"ORDER BY rowid LIMIT ?", [last, MIGRATION_PAGE]).fetchall()
        if not page:
            return
        _insert_rows(con, table, [row(old[1:]) for old in page])
        last = page[-1][0]


def migrate_v1(con: Any) -> None:
    """Schema 1 -> 2: give articles, quotes, events, entities and claims their typed columns
    (rebuilt from the JSON records by the writer's own row functions; an article's text
    leaves its record)."""
    for table in TYPED_TABLES:
        con.execute(f"ALTER TABLE {table} RENAME TO {table}_v1")
    con.execute(SCHEMA)

    def article(old: tuple[Any, ...]) -> list[Any]:
        record, text, ingested_at, seq = old
        art = Article.from_dict(_load(record))
        art.text = text if text is not None else art.text
        return article_row(art, ingested_at, seq)

    _rebuild(con, "articles", "record, text, ingested_at, seq", article)
    _rebuild(con, "quotes", "article_id, record",
             lambda old: quote_row(Quote.from_dict(_load(old[1])), old[0]))
    _rebuild(con, "events", "article_id, record",
             lambda old: event_row(Event.from_dict(_load(old[1])), old[0]))
    _rebuild(con, "entities", "record", lambda old: entity_row(Entity.from_dict(_load(old[0]))))
    _rebuild(con, "claims", "record", lambda old: claim_row(Claim.from_dict(_load(old[0]))))
    for table in TYPED_TABLES:
        con.execute(f"DROP TABLE {table}_v1")
    con.execute("UPDATE meta SET value = '2' WHERE key = 'schema_version'")


def migrate_v2(con: Any) -> None:
    """Schema 2 -> 3: index the texts text search reads (store/text_index.py)."""
    text_index.build(con)
    con.execute("UPDATE meta SET value = '3' WHERE key = 'schema_version'")


def migrate_v3(con: Any) -> None:
    """Schema 3 -> 4: each entity's aliases as a column, from its record. The table is
    written anew (an UPDATE of every row took 150 s at 40,000 articles, this 2 s); a schema 1
    store's entities have it already (migrate_v1 rebuilt them with the current layout)."""
    has = con.execute("SELECT count(*) FROM information_schema.columns WHERE table_schema = "
                      "'main' AND table_name = 'entities' AND column_name = 'aliases'"
                      ).fetchone()[0]
    if not has:
        con.execute("ALTER TABLE entities RENAME TO entities_v3")
        con.execute(SCHEMA)  # entities as it is now; every other table exists
        con.execute("INSERT INTO entities SELECT *, CAST(json_extract(record, '$.aliases') AS "
                    "VARCHAR[]) FROM entities_v3 ORDER BY rowid")
        con.execute("DROP TABLE entities_v3")
    con.execute("UPDATE meta SET value = '4' WHERE key = 'schema_version'")


def migrate_v4(con: Any) -> None:
    """Schema 4 -> 5: the link log (empty: a link state kept before it is taken up with the
    whole stored link result read again, as before, until a link writes the log)."""
    con.execute(SCHEMA)  # link_log; every other table exists
    con.execute("UPDATE meta SET value = '5' WHERE key = 'schema_version'")


# schema version -> the function that upgrades a store of it to the next version
MIGRATIONS: dict[int, Callable[[Any], None]] = {1: migrate_v1, 2: migrate_v2, 3: migrate_v3,
                                                4: migrate_v4}


class Store:
    """A newsweave database. Use as a context manager; every write method is one transaction.

    Concurrency: DuckDB lets one process write a file, or several processes read it, never
    both at once. So the connection is opened lazily and can be closed between batches;
    opening retries on a conflicting lock for `lock_timeout` seconds (default:
    $NEWSWEAVE_LOCK_TIMEOUT or 15). A process that finds the file locked leaves a
    "<db>.wanted" marker; a writer between batches calls `yield_if_wanted()`, which closes
    the file when the marker is there (or it has held the file for MAX_HOLD seconds). A run
    and `serve` (one short-lived read-only Store per request) can then share one file: each
    waits at most for the other's current batch or request. Closing only on request saves
    the close/reopen (a checkpoint, ~70 ms) that closing after every batch cost.
    """

    # the web app's derived tables (store/claim_views.NodeTables) while they are registered
    # on this store's cursor: a few rows of them are then taken by id in Arrow, not scanned
    derived: Any = None

    def __init__(self, path: str | Path = "newsweave.duckdb", read_only: bool = False,
                 lock_timeout: float | None = None, threads: bool = True) -> None:
        self.path = str(path)
        self.read_only = read_only
        self.threads = threads  # see use_threads
        if lock_timeout is None:
            lock_timeout = float(os.environ.get("NEWSWEAVE_LOCK_TIMEOUT", DEFAULT_LOCK_TIMEOUT))
        self.lock_timeout = lock_timeout
        self._con: Any = None
        self._opened_at = 0.0
        self._polite_until = 0.0
        if read_only and not Path(self.path).exists():
            raise StoreError(f"{self.path}: no such database (run `newsweave run` first)")
        self._open()  # fail now, with a clear message, if the file is unusable
        self._check_schema()  # a new file gets the schema; a foreign or drifted one fails

    def _open(self) -> Any:
        """Connect, retrying while another process holds a conflicting lock."""
        import duckdb

        foreign = _foreign_format(self.path)
        if foreign is not None:
            raise StoreError(f"{self.path}: not a newsweave database ({foreign}); "
                             "use another --db")
        if not self.read_only:
            _release_readers(self.path)
        deadline = time.monotonic() + self.lock_timeout
        delay = 0.01
        while True:
            try:
                config: dict[str, Any] = {**OFFLINE_CONFIG,
                                          **({} if self.threads else NO_THREADS_CONFIG)}
                self._con = duckdb.connect(self.path, read_only=self.read_only, config=config)
                self._opened_at = time.monotonic()
                return self._con
            except duckdb.IOException as exc:
                reason = str(exc).splitlines()[0]
                if "lock" not in reason.lower():
                    raise StoreError(f"{self.path}: cannot open database "
                                     f"({_plain_reason(reason)})") from None
                self._ask_holder_to_yield()
                if delay == 0.01:
                    log.info("%s is locked by another process; waiting up to %gs", self.path,
                             self.lock_timeout)
                if time.monotonic() >= deadline:
                    holder = re.search(r"PID (\d+)", reason)
                    who = f"process {holder.group(1)}" if holder else "another process"
                    raise StoreError(
                        f"{self.path}: database is locked by {who} (waited "
                        f"{self.lock_timeout:g}s; stop it or use another --db)") from None
                time.sleep(delay)
                delay = min(delay * 2, 0.25)
            except duckdb.Error as exc:
                raise StoreError(f"{self.path}: not a usable newsweave database "
                                 f"({_plain_reason(str(exc))})") from None

    @property
    def con(self) -> Any:
        """The DuckDB connection, reopened on first use after `release()`."""
        return self._con if self._con is not None else self._open()

    def use_threads(self, threads: bool) -> None:
        """Whether the connection may start DuckDB's threads (`Store(threads=False)` opens it
        without them); a connection opened otherwise is closed, to be reopened so.

        A run that analyzes articles in its own process opens its store without threads:
        spaCy parsing is 12-15% slower in a process that has ever started a second thread
        (glibc then takes locks and atomic operations it skips in a single-threaded
        process; see engine.local.start_no_helper_threads), and DuckDB's were those
        threads. The run's small per-batch writes gain nothing from them; the link after
        the analysis, and every reader, has them."""
        if threads != self.threads:
            self.threads = threads
            self.release()

    def release(self) -> None:
        """Close the connection (committed data stays) so other processes can open the file."""
        if self._con is not None:
            con, self._con = self._con, None
            con.close()
            if not self.read_only:  # the file is free now: a waiting reader's request is met
                with contextlib.suppress(OSError):
                    self._wanted_marker.unlink()

    def cursor_view(self) -> Store:
        """This store over a cursor of its connection: what another thread reads through
        (a DuckDB connection serves one thread at a time); closing it closes the cursor."""
        import copy

        view = copy.copy(self)
        view._con = self.con.cursor()
        view.read_only = True
        return view

    @property
    def holds_file(self) -> bool:
        """Whether this store has the database file open (and, writing, locked)."""
        return self._con is not None

    @property
    def _wanted_marker(self) -> Path:
        return Path(self.path + ".wanted")

    def _ask_holder_to_yield(self) -> None:
        with contextlib.suppress(OSError):  # e.g. a read-only folder: the holder's MAX_HOLD
            self._wanted_marker.touch()

    def prepare_bulk_writes(self) -> None:
        """Load what the first large write needs (pyarrow, DuckDB's Arrow scan: ~0.3 s of
        CPU once), e.g. while a run waits for its workers, instead of inside that write."""
        import pyarrow as pa

        with self.con.cursor() as cursor:  # (the connection may hold an unfinished result)
            cursor.register("_newsweave_rows", pa.table({"c0": pa.array([], pa.string())}))
            cursor.execute("SELECT * FROM _newsweave_rows").fetchall()
            cursor.unregister("_newsweave_rows")

    def readers_waiting(self) -> bool:
        """Whether another process asked for the file (its marker is there, or it asked in
        the last POLITE_SECONDS): a writer holding finished batches back commits them now."""
        return time.monotonic() < self._polite_until or self._wanted_marker.exists()

    def yield_if_wanted(self) -> None:
        """Between batches: close the file if another process asked for it (in the last
        POLITE_SECONDS), or after holding it MAX_HOLD seconds (for tools that wait without
        leaving the marker)."""
        if self._con is None:
            return
        now = time.monotonic()
        if self._wanted_marker.exists():
            with contextlib.suppress(OSError):
                self._wanted_marker.unlink()
            self._polite_until = now + POLITE_SECONDS
        if now < self._polite_until or now - self._opened_at >= MAX_HOLD:
            self.release()

    def _check_schema(self) -> None:
        """Refuse a file that is not a newsweave database of this schema, naming what is
        wrong (one line); an empty file opened for writing gets the schema.

        A foreign DuckDB file is never written to; a store whose tables, columns or column
        types drifted from SCHEMA is refused rather than misread (tables added since, in
        ADDED_TABLES, are created when writing)."""
        import duckdb

        try:
            problem = self._schema_problem()
            if problem is not None and problem.startswith(_OLDER):
                version = int(problem.removeprefix(_OLDER))
                if self.read_only:
                    problem = (f"made by an older newsweave (schema {version} < "
                               f"{SCHEMA_VERSION}); open it once for writing (e.g. `newsweave "
                               "link --db ...`) to upgrade it in place")
                else:
                    self._migrate(version)
                    problem = self._schema_problem()
            if problem == _EMPTY and not self.read_only:
                self._create_schema()
                problem = self._schema_problem()
            elif problem is None and not self.read_only and \
                    set(ADDED_TABLES) - set(self._tables()):
                self._create_schema()  # tables added since the store was made
        except duckdb.Error as exc:
            self.release()
            raise StoreError(f"{self.path}: cannot read database "
                             f"({_plain_reason(str(exc))})") from None
        if problem is not None:
            self.release()
            raise StoreError(f"{self.path}: {problem}")

    def _tables(self) -> dict[str, list[tuple[str, str]]]:
        """Every table of the file's main schema: its (column, type) list in order."""
        tables: dict[str, list[tuple[str, str]]] = {}
        for table, column, dtype in self.con.execute(
                "SELECT table_name, column_name, data_type FROM information_schema.columns "
                "WHERE table_schema = 'main' AND table_catalog = current_database() "
                "ORDER BY table_name, ordinal_position").fetchall():
            tables.setdefault(table, []).append((column, dtype))
        return tables

    def _schema_problem(self) -> str | None:
        """What makes this file no newsweave store of SCHEMA_VERSION, or None; _EMPTY for a
        database without any table."""
        tables = self._tables()
        if not tables:
            return _EMPTY
        if "meta" not in tables:
            return ("not a newsweave database (a DuckDB file with other tables: "
                    f"{', '.join(sorted(tables)[:5])}); use another --db")
        row = self.con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        if row is None:
            return "not a newsweave database (no schema version)"
        version = str(row[0])
        if not version.strip().isdigit():
            return f"damaged newsweave database: schema version {version[:40]!r} is not a number"
        if int(version) > SCHEMA_VERSION:
            return (f"made by a newer newsweave (schema {int(version)} > {SCHEMA_VERSION}); "
                    "upgrade newsweave")
        if int(version) < SCHEMA_VERSION and int(version) not in MIGRATIONS:
            return (f"made by an older newsweave (schema {int(version)} < {SCHEMA_VERSION}); "
                    "rerun into a new --db")
        for table, columns in expected_tables(int(version)).items():
            found = tables.get(table)
            if found is None:
                if table in ADDED_TABLES:
                    continue
                return f"damaged newsweave database: table {table} is missing"
            if found != columns:
                return f"damaged newsweave database: {_column_drift(table, columns, found)}"
        sequences = {r[0] for r in self.con.execute(
            "SELECT sequence_name FROM duckdb_sequences() WHERE database_name = "
            "current_database()").fetchall()}
        if "article_seq" not in sequences:
            return "damaged newsweave database: sequence article_seq is missing"
        if int(version) < SCHEMA_VERSION:
            return _OLDER + version
        return None

    def _migrate(self, version: int) -> None:
        """Upgrade a store of schema `version` in place, in one transaction (each version's
        step in turn)."""
        started = time.monotonic()

        def steps(con: Any) -> None:
            for step in range(version, SCHEMA_VERSION):
                MIGRATIONS[step](con)

        self._transaction(steps)
        log.warning("%s: upgraded the store from schema %d to %d in %.1fs", self.path,
                    version, SCHEMA_VERSION, time.monotonic() - started)

    def _create_schema(self) -> None:
        self._transaction(lambda con: (
            con.execute(SCHEMA),
            con.execute(text_index.SCHEMA),
            con.execute("INSERT OR IGNORE INTO meta VALUES ('schema_version', ?)",
                        [str(SCHEMA_VERSION)]),
        ))

    def _transaction(self, body: Callable[[Any], object]) -> None:
        """Run `body(con)` in one transaction; DuckDB failures become one-line StoreErrors."""
        import duckdb

        con = self.con
        con.execute("BEGIN")
        try:
            body(con)
            con.execute("COMMIT")
        except BaseException as exc:
            with contextlib.suppress(duckdb.Error):
                con.execute("ROLLBACK")
            if isinstance(exc, duckdb.Error):
                raise StoreError(f"{self.path}: write failed "
                                 f"({str(exc).splitlines()[0]})") from exc
            raise

    def close(self) -> None:
        self.release()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ------------------------------------------------------------------ writes

    def known_article_ids(self, article_ids: Iterable[str]) -> set[str]:
        ids = list(article_ids)
        if not ids:
            return set()
        rows = self.con.execute(
            "SELECT article_id FROM articles WHERE article_id IN (SELECT unnest(?))", [ids]
        ).fetchall()
        return {r[0] for r in rows}

    def analyzed_ids(self, analyzer_version: str | None = None,
                     among: Iterable[str] | None = None) -> set[str]:
        """Ids analyzed (by this analyzer version); `among` limits the query to those ids."""
        sql, params = "SELECT article_id FROM analyses WHERE true", list[Any]()
        if analyzer_version is not None:
            sql += " AND analyzer_version = ?"
            params.append(analyzer_version)
        if among is not None:
            ids = list(among)
            if not ids:
                return set()
            sql += " AND article_id IN (SELECT unnest(?))"
            params.append(ids)
        return {r[0] for r in self.con.execute(sql, params).fetchall()}

    def write_batch(
        self,
        articles: Iterable[Article] = (),
        analyses: Iterable[ArticleAnalysis] = (),
        errors: Iterable[IngestError] = (),
    ) -> int:
        """Write one batch in one transaction; returns how many articles were new."""
        new = 0

        def body(con: Any) -> None:
            nonlocal new
            batch = list(articles)
            stored = {row[0] for row in con.execute(
                "SELECT article_id FROM articles WHERE article_id IN (SELECT unnest(?))",
                [[art.article_id for art in batch]]).fetchall()}
            first: dict[str, Article] = {}  # a repeat in the batch: its first copy is kept
            for art in batch:
                if art.article_id not in stored:
                    first.setdefault(art.article_id, art)
            fresh = list(first.values())
            # ingest order: the sequence's next numbers, given out in input order
            seqs = sorted(row[0] for row in con.execute(
                "SELECT nextval('article_seq') FROM range(?)", [len(fresh)]).fetchall())
            now = _now()
            _insert_rows(con, "articles", [article_row(art, now, seq)
                                           for art, seq in zip(fresh, seqs, strict=True)])
            text_index.index_articles(con, [(seq, art.title, art.text) for art, seq
                                            in zip(fresh, seqs, strict=True)])
            new += len(fresh)
            sources = list(dict.fromkeys((art.article_id, source) for art in batch
                                         for source in [art.source, *art.other_sources]))
            _insert_rows(con, "article_sources", [list(pair) for pair in sources],
                         verb="INSERT OR IGNORE")
            self._write_analyses(list(analyses))
            for err in errors:
                con.execute(
                    "INSERT INTO errors VALUES (?,?,?,?,?) ON CONFLICT (source, stage, reason) "
                    "DO UPDATE SET last_seen = excluded.last_seen",
                    [_utf8(err.source), err.stage, _utf8(err.reason), _now(), _now()],
                )

        self._transaction(body)
        return new

    def _write_analyses(self, analyses: list[ArticleAnalysis]) -> None:
        """Replace the records of these articles: one delete and one insert per table."""
        if not analyses:
            return
        con = self.con
        ids = [a.article_id for a in analyses]
        text_index.unindex_quotes(con, ids)
        for table in ("mentions", "quotes", "events", "locations", "analyses"):
            con.execute(f"DELETE FROM {table} WHERE article_id IN (SELECT unnest(?))", [ids])
        now = _now()
        _insert_rows(con, "analyses", [[a.article_id, a.analyzer_version, a.skipped, now]
                                       for a in analyses])
        _insert_rows(con, "mentions", [[m.mention_id, a.article_id, m.label, m.canonical,
                                        _dump(m)] for a in analyses for m in a.mentions])
        _insert_rows(con, "quotes", [quote_row(q, a.article_id)
                                     for a in analyses for q in a.quotes])
        text_index.index_quotes(con, [(q.quote_id, q.text, q.speaker.name if q.speaker else None)
                                      for a in analyses for q in a.quotes])
        _insert_rows(con, "events", [event_row(e, a.article_id)
                                     for a in analyses for e in a.events])
        _insert_rows(con, "locations", [[a.article_id, i, _dump(loc)] for a in analyses
                                        for i, loc in enumerate(a.locations)])

    def write_links(self, result: LinkResult) -> None:
        """Replace the corpus-wide link output in one transaction."""

        def body(con: Any) -> None:
            for table in ("entities", "mention_entities", "article_links", "claims",
                          "quote_variants"):
                con.execute(f"DELETE FROM {table}")
            _insert_rows(con, "entities", [entity_row(e) for e in result.entities])
            _insert_rows(con, "mention_entities", [[m, e] for m, e in
                                                   result.mention_entity.items()])
            linked = set(result.syndication) | set(result.near_duplicates)
            _insert_rows(con, "article_links", [
                [a, result.syndication.get(a), result.near_duplicates.get(a)]
                for a in sorted(linked)])
            _insert_rows(con, "claims", [claim_row(c) for c in result.claims])
            text_index.index_claims(con, None)
            _insert_rows(con, "quote_variants", [[v.group_id, _dump(v)]
                                                 for v in result.quote_variants])
            _mark_linked(con, None)

        self._transaction(body)

    def links_stale(self) -> bool:
        """Whether articles were stored after the last link (e.g. a run or watch killed
        between its ingest and its link)."""
        row = self.con.execute(
            "SELECT COALESCE(MAX(seq), 0), (SELECT value FROM meta WHERE key = "
            "'linked_through_seq') FROM articles").fetchone()
        newest, linked = (row[0], row[1]) if row else (0, None)
        return int(newest) > int(linked or 0)

    def record_changes(self, changes: Iterable[Any]) -> None:
        """Keep what a link changed in the claims (see link.changes), with the time."""
        rows = [[_now(), c.kind, c.claim_id, c.summary, c.before, c.after] for c in changes]
        if rows:
            self._transaction(lambda con: _insert_rows(con, "claim_changes", rows))

    def changes(self, limit: int = 1000) -> list[dict[str, Any]]:
        """The most recent claim changes first."""
        if "claim_changes" not in self._tables():
            return []  # a store made before watch existed, opened read-only
        rows = self.con.execute(
            "SELECT seen_at, kind, claim_id, summary, before, after FROM claim_changes "
            "ORDER BY seen_at DESC, kind, summary LIMIT ?", [limit]).fetchall()
        keys = ("seen_at", "kind", "claim_id", "summary", "before", "after")
        return [dict(zip(keys, row, strict=True)) for row in rows]

    def write_embeddings(self, vectors: dict[str, Any]) -> None:
        """Keep sentence vectors (key: model + text hash, see nlp.models.embedding_key) so
        later links do not embed the same texts again; known keys are left as they are."""
        if not vectors:
            return
        import numpy as np
        import pyarrow as pa

        keys = list(vectors)
        matrix = np.asarray([vectors[k] for k in keys], dtype=np.float32)
        flat = pa.array(matrix.reshape(-1), type=pa.float32())
        table = pa.table({"key": pa.array(keys, type=pa.string()),
                          "vector": pa.FixedSizeListArray.from_arrays(flat, matrix.shape[1])})

        def body(con: Any) -> None:
            con.register("_newsweave_vectors", table)
            try:
                con.execute("INSERT OR IGNORE INTO embeddings SELECT key, vector "
                            "FROM _newsweave_vectors")
            finally:
                con.unregister("_newsweave_vectors")

        self._transaction(body)

    def record_error(self, error: IngestError) -> None:
        self.write_batch(errors=[error])

    # ------------------------------------------------------------------ reads

    def _records(self, sql: str, params: list[Any] | None = None) -> Iterator[dict[str, Any]]:
        for (record,) in self.con.execute(sql, params or []).fetchall():
            yield _load(record)

    def articles(self, article_ids: Iterable[str] | None = None, corrected: bool = True
                 ) -> list[Article]:
        """Articles in ingest order, with link output (syndication, duplicates) applied, and
        the outlets analysts named (`newsweave correct outlet`) unless `corrected` is off."""
        from newsweave.store.corrections import outlet_fixes

        fixes = outlet_fixes(self) if corrected else {}
        sql = "SELECT a.record, a.text, l.syndicated_from, l.duplicate_of FROM articles a " \
              "LEFT JOIN article_links l USING (article_id)"
        params: list[Any] = []
        if article_ids is not None:
            sql += " WHERE a.article_id IN (SELECT unnest(?))"
            params.append(list(article_ids))
        sql += " ORDER BY a.seq"
        sources = self.article_sources()
        out = []
        for record, text, synd, dup in self.con.execute(sql, params).fetchall():
            art = article_from(record, text)
            art.syndicated_from = synd
            art.duplicate_of = dup
            art.other_sources = [s for s in sources.get(art.article_id, []) if s != art.source]
            art.outlet = fixes.get(art.article_id, art.outlet)
            out.append(art)
        return out

    def iter_articles(self, batch_size: int = 256, pending_for: str | None = None
                      ) -> Iterator[Article]:
        """Stream articles in ingest order, one page in memory at a time.

        With `pending_for` (an analyzer version) only articles without an analysis from that
        version. Pages are keyed on the ingest sequence, so writes between pages (analyses,
        new articles, a released connection) never skip or repeat an article.
        """
        sql = "SELECT a.seq, a.record, a.text FROM articles a"
        params: list[Any] = []
        if pending_for is not None:
            sql += (" LEFT JOIN analyses n ON n.article_id = a.article_id"
                    " WHERE (n.article_id IS NULL OR n.analyzer_version <> ?) AND")
            params.append(pending_for)
        else:
            sql += " WHERE"
        sql += " a.seq > ? ORDER BY a.seq LIMIT ?"
        last = -1
        while True:
            rows = self.con.execute(sql, [*params, last, batch_size]).fetchall()
            yield from self._with_sources([article_from(r, t) for _, r, t in rows])
            if len(rows) < batch_size:
                return
            last = rows[-1][0]

    def articles_page(self, start: int, size: int) -> list[Article]:
        """Articles `start` .. `start + size - 1` in ingest order (as ingested, every source)."""
        rows = self.con.execute("SELECT record, text FROM articles ORDER BY seq LIMIT ? "
                                "OFFSET ?", [size, start]).fetchall()
        return self._with_sources([article_from(r, t) for r, t in rows])

    def _with_sources(self, articles: list[Article]) -> list[Article]:
        """Set `other_sources` from the article_sources table (one query per page)."""
        if not articles:
            return articles
        sources: dict[str, list[str]] = {}
        for aid, src in self.con.execute(
            "SELECT article_id, source FROM article_sources WHERE article_id IN "
            "(SELECT unnest(?)) ORDER BY article_id, source", [[a.article_id for a in articles]]
        ).fetchall():
            sources.setdefault(aid, []).append(src)
        for art in articles:
            art.other_sources = [s for s in sources.get(art.article_id, []) if s != art.source]
        return articles

    def article_sources(self) -> dict[str, list[str]]:
        out: dict[str, list[str]] = {}
        for aid, src in self.con.execute(
            "SELECT article_id, source FROM article_sources ORDER BY article_id, source"
        ).fetchall():
            out.setdefault(aid, []).append(src)
        return out

    def article_count(self) -> int:
        row = self.con.execute("SELECT count(*) FROM articles").fetchone()
        return int(row[0]) if row else 0

    def _mention_entities(self) -> dict[str, str]:
        return dict(self.con.execute("SELECT mention_id, entity_id FROM mention_entities")
                    .fetchall())

    @staticmethod
    def _resolve(ref: ActorRef | None, mapping: dict[str, str]) -> None:
        if ref is not None and ref.mention_id and ref.mention_id in mapping:
            ref.entity_id = mapping[ref.mention_id]

    def mentions(self, article_id: str | None = None) -> list[Mention]:
        mapping = self._mention_entities()
        where, params = ("WHERE article_id = ?", [article_id]) if article_id else ("", [])
        out = []
        for rec in self._records(f"SELECT record FROM mentions {where} ORDER BY article_id",
                                 params):
            m = Mention.from_dict(rec)
            m.entity_id = mapping.get(m.mention_id, m.entity_id)
            out.append(m)
        return out

    def quotes(self, article_id: str | None = None) -> list[Quote]:
        mapping = self._mention_entities()
        where, params = ("WHERE article_id = ?", [article_id]) if article_id else ("", [])
        out = []
        for rec in self._records(f"SELECT record FROM quotes {where} ORDER BY article_id",
                                 params):
            q = Quote.from_dict(rec)
            self._resolve(q.speaker, mapping)
            out.append(q)
        out.sort(key=lambda q: (q.article_id, q.span[0]))
        return out

    def events(self, article_id: str | None = None, include_rejected: bool = False
               ) -> list[Event]:
        """The events as linked (actors resolved to entities); events an analyst rejected
        are left out unless asked for (`newsweave correct reject`)."""
        from newsweave.store.corrections import rejected_ids

        mapping = self._mention_entities()
        rejected = set() if include_rejected else rejected_ids(self)
        where, params = ("WHERE article_id = ?", [article_id]) if article_id else ("", [])
        out = []
        for rec in self._records(f"SELECT record FROM events {where} ORDER BY article_id",
                                 params):
            if rec.get("event_id") in rejected:
                continue
            e = Event.from_dict(rec)
            for ref in (e.actor, e.recipient, e.attributed_to):
                self._resolve(ref, mapping)
            out.append(e)
        out.sort(key=lambda e: (e.article_id, e.span[0]))
        return out

    def analyses(self, batch_size: int = 256, after_seq: int = -1
                 ) -> Iterator[ArticleAnalysis]:
        """Per-article analyses as stored (no link output applied), in ingest order (only
        of articles stored after `after_seq`, see link.incremental).

        Streams a page of articles at a time with one query per record table per page
        (pages of at least `batch_size` articles, larger for a long read: see read_page).
        """
        batch_size = read_page(self, after_seq, batch_size)
        last = after_seq
        while True:
            page = self.con.execute(
                "SELECT a.seq, a.article_id, n.analyzer_version, n.skipped FROM articles a "
                "LEFT JOIN analyses n USING (article_id) WHERE a.seq > ? ORDER BY a.seq LIMIT ?",
                [last, batch_size],
            ).fetchall()
            if not page:
                return
            ids = [row[1] for row in page]
            found: dict[str, dict[str, list[Any]]] = {aid: {} for aid in ids}
            for table, kind in (("mentions", Mention), ("quotes", Quote), ("events", Event),
                                ("locations", Location)):
                order = "article_id, idx" if table == "locations" else "article_id, rowid"
                for aid, record in self.con.execute(
                    f"SELECT article_id, record FROM {table} WHERE article_id IN "
                    f"(SELECT unnest(?)) ORDER BY {order}", [ids]
                ).fetchall():
                    found[aid].setdefault(table, []).append(kind.from_dict(_load(record)))
            for _seq, aid, version, skipped in page:
                recs = found[aid]
                yield ArticleAnalysis(
                    article_id=aid, mentions=recs.get("mentions", []),
                    quotes=recs.get("quotes", []), events=recs.get("events", []),
                    locations=recs.get("locations", []), analyzer_version=version or "",
                    skipped=skipped)
            if len(page) < batch_size:
                return
            last = page[-1][0]

    def analysis(self, article_id: str) -> ArticleAnalysis:
        row = self.con.execute(
            "SELECT analyzer_version, skipped FROM analyses WHERE article_id = ?", [article_id]
        ).fetchone()
        version, skipped = row if row else ("", None)
        p = [article_id]
        return ArticleAnalysis(
            article_id=article_id,
            mentions=[Mention.from_dict(r) for r in
                      self._records("SELECT record FROM mentions WHERE article_id = ?", p)],
            quotes=[Quote.from_dict(r) for r in
                    self._records("SELECT record FROM quotes WHERE article_id = ?", p)],
            events=[Event.from_dict(r) for r in
                    self._records("SELECT record FROM events WHERE article_id = ?", p)],
            locations=[Location.from_dict(r) for r in
                       self._records("SELECT record FROM locations WHERE article_id = ? "
                                     "ORDER BY idx", p)],
            analyzer_version=version,
            skipped=skipped,
        )

    def entities(self) -> list[Entity]:
        return [Entity.from_dict(r) for r in
                self._records("SELECT record FROM entities ORDER BY name")]

    def claims(self) -> list[Claim]:
        return [Claim.from_dict(r) for r in
                self._records("SELECT record FROM claims ORDER BY claim_id")]

    def quote_variants(self) -> list[QuoteVariant]:
        return [QuoteVariant.from_dict(r) for r in
                self._records("SELECT record FROM quote_variants ORDER BY group_id")]

    def embeddings(self, keys: Iterable[str]) -> dict[str, Any]:
        """Stored vectors (float32 numpy rows) of those keys that are known."""
        import duckdb
        import numpy as np

        keys = list(keys)
        if not keys:
            return {}
        try:
            found = self.con.execute(
                "SELECT key, vector FROM embeddings WHERE key IN (SELECT unnest(?::VARCHAR[]))",
                [keys]).fetchnumpy()
        except duckdb.CatalogException:  # a read-only file made before the cache existed
            return {}
        return {str(key): np.asarray(vector, dtype=np.float32)
                for key, vector in zip(found["key"], found["vector"], strict=True)}

    def errors(self) -> list[IngestError]:
        """Inputs and articles that failed (not the inputs a folder walk skipped)."""
        rows = self.con.execute(
            "SELECT source, reason, stage FROM errors WHERE stage <> ? "
            "ORDER BY first_seen, source", [SKIPPED_STAGE]
        ).fetchall()
        return [IngestError(source=s, reason=r, stage=st) for s, r, st in rows]

    def skipped(self) -> list[SkippedInput]:
        """Files and folders a folder walk did not read (no articles), with the reason; kept
        beside the errors (stage "skipped") so that a store of schema 2 holds them as is."""
        rows = self.con.execute(
            "SELECT source, reason FROM errors WHERE stage = ? ORDER BY first_seen, source",
            [SKIPPED_STAGE]).fetchall()
        return [SkippedInput(source=s, reason=r) for s, r in rows]

    def counts(self) -> dict[str, int]:
        out = {}
        for table in ("articles", "article_sources", "analyses", "mentions", "quotes", "events",
                      "entities", "claims"):
            row = self.con.execute(f"SELECT count(*) FROM {table}").fetchone()
            out[table] = int(row[0]) if row else 0
        row = self.con.execute("SELECT count(*) FILTER (WHERE stage <> ?), "
                               "count(*) FILTER (WHERE stage = ?) FROM errors",
                               [SKIPPED_STAGE, SKIPPED_STAGE]).fetchone()
        out["errors"], out["skipped"] = (int(row[0]), int(row[1])) if row else (0, 0)
        return out


# ---------------------------------------------------------------- incremental linking
# (link.incremental.Linker: read what was stored since the last link, write what changed)

LINK_TABLES = (("entities", "entity_id"), ("claims", "claim_id"), ("quote_variants", "group_id"))


def _mark_linked(con: Any, keys: dict[str, list[str]] | None = None) -> None:
    """The newest article a link saw (a later article means the links are stale), a new
    link generation (a Linker holding an older one reads the store again), and the link in
    the link log: the keys of the rows it rewrote, by table (`keys`), or None when it
    rewrote them all (see link_log_since)."""
    import uuid

    generation = uuid.uuid4().hex
    con.execute("INSERT OR REPLACE INTO meta SELECT 'linked_through_seq', "
                "CAST(COALESCE(MAX(seq), 0) AS VARCHAR) FROM articles")
    con.execute("INSERT OR REPLACE INTO meta VALUES ('link_generation', ?)", [generation])
    row = con.execute("SELECT max(link_no) FROM link_log").fetchone()
    link_no = int(row[0]) + 1 if row and row[0] is not None else 1
    if keys is None:  # every row rewritten: no earlier state is patched across this link
        con.execute("DELETE FROM link_log")
        rows = [[link_no, generation, LOG_ALL, ""]]
    else:
        # only the links since the kept snapshot's are ever asked for (link_log_since): the
        # older ones go, so the log holds a few links' keys however long a store lives
        kept = _meta_object_con(con, "link_snapshot")
        since = con.execute("SELECT min(link_no) FROM link_log WHERE generation = ?", [
            str((kept or {}).get("generation") or "")]).fetchone()
        con.execute("DELETE FROM link_log WHERE link_no < ?",
                    [int(since[0]) if since and since[0] is not None else link_no])
        rows = [[link_no, generation, LOG_MARK, ""]] + [
            [link_no, generation, table, key] for table, names in keys.items()
            for key in dict.fromkeys(names)]
    _insert_rows(con, "link_log", rows)


# link_log's `tbl` of the row every link writes (its number and generation), and of the row
# of a link that rewrote every link row (write_links)
LOG_MARK, LOG_ALL = "", "*"


def _meta_object_con(con: Any, key: str) -> dict[str, Any] | None:
    row = con.execute("SELECT value FROM meta WHERE key = ?", [key]).fetchone()
    try:
        value = json.loads(row[0]) if row is not None else None
    except ValueError:
        return None
    return value if isinstance(value, dict) else None


def link_log_since(store: Store, generation: str) -> dict[str, set[str]] | None:
    """The keys of the link rows (by table: entities, claims, quote_variants,
    mention_entities, article_links) the links after the one of `generation` rewrote, so
    the store's link records are those of that link but for these rows; None when the log
    does not reach back to it unbroken (a link since rewrote every row, the store was made
    or upgraded after it, or the log was pruned past it)."""
    if "link_log" not in store._tables():
        return None
    con = store.con
    row = con.execute("SELECT min(link_no) FROM link_log WHERE generation = ? AND tbl = ?",
                      [generation, LOG_MARK]).fetchone()
    if row is None or row[0] is None:
        row = con.execute("SELECT min(link_no) FROM link_log WHERE generation = ? AND tbl = ?",
                          [generation, LOG_ALL]).fetchone()
        if row is None or row[0] is None:
            return None
    start = int(row[0])
    marks = con.execute(
        "SELECT link_no, generation, tbl FROM link_log WHERE link_no > ? AND tbl IN (?, ?) "
        "ORDER BY link_no", [start, LOG_MARK, LOG_ALL]).fetchall()
    current = con.execute("SELECT value FROM meta WHERE key = 'link_generation'").fetchone()
    numbers = [int(n) for n, _, _ in marks]
    if any(t == LOG_ALL for _, _, t in marks) or numbers != list(
            range(start + 1, start + 1 + len(numbers))) or current is None or (
            (marks[-1][1] if marks else generation) != current[0]):
        return None
    keys: dict[str, set[str]] = {table: set() for table, _ in LINK_TABLES}
    keys.update(mention_entities=set(), article_links=set())
    for table, key in con.execute("SELECT tbl, key FROM link_log WHERE link_no > ? AND "
                                  "tbl NOT IN (?, ?)", [start, LOG_MARK, LOG_ALL]).fetchall():
        keys.setdefault(str(table), set()).add(str(key))
    return keys


def link_snapshot(store: Store, through_seq: int) -> dict[str, Any]:
    """What a Linker compares before reusing its state: the link generation, the newest
    article, and for the articles up to `through_seq` how many there are, their source
    rows and analyses, and the newest analysis time (a re-analysis changes it)."""
    row = store.con.execute(
        "SELECT (SELECT value FROM meta WHERE key = 'link_generation'), "
        "(SELECT COALESCE(MAX(seq), 0) FROM articles), "
        "(SELECT count(*) FROM articles WHERE seq <= $1), "
        "(SELECT count(*) FROM article_sources s JOIN articles a USING (article_id) "
        " WHERE a.seq <= $1), "
        "(SELECT count(*) FROM analyses n JOIN articles a USING (article_id) WHERE a.seq <= $1), "
        "(SELECT CAST(MAX(n.analyzed_at) AS VARCHAR) FROM analyses n JOIN articles a "
        " USING (article_id) WHERE a.seq <= $1)", [through_seq]).fetchone()
    keys = ("generation", "newest_seq", "articles", "sources", "analyses", "analyzed_at")
    return dict(zip(keys, row or (None,) * len(keys), strict=True))


# A long read goes a page of articles at a time, and each page's query of a record table
# (mentions, quotes, events, locations; article_sources) scans that whole table: article ids
# are hashes, so there is nothing to skip by. With pages of a fixed size a whole read grew
# with the square of the store (the linker read the analyses of 10,000 synthetic articles in
# 2.4 s of CPU, of 40,000 in 18.7 s). A page is therefore a share of what is left to read
# (at most READ_PAGES pages for one read) while pages stay under MAX_READ_PAGE articles, so a
# page's rows stay small beside the records a reader makes of them.
READ_PAGES = 16
MAX_READ_PAGE = 8192


def read_page(store: Store, after_seq: int, least: int) -> int:
    """Articles per page for reading every article stored after `after_seq`: at least
    `least`, more when the read is long (see READ_PAGES)."""
    row = store.con.execute("SELECT count(*) FROM articles WHERE seq > ?",
                            [after_seq]).fetchone()
    left = int(row[0]) if row else 0
    return max(least, min(MAX_READ_PAGE, -(-left // READ_PAGES)))


def articles_after(store: Store, seq: int, page: int = 256) -> Iterator[tuple[int, Article]]:
    """(seq, article) of the articles stored after `seq`, in ingest order, a page at a time
    (of at least `page` articles; see read_page)."""
    page = read_page(store, seq, page)
    last = seq
    while True:
        rows = store.con.execute("SELECT seq, record, text FROM articles WHERE seq > ? "
                                 "ORDER BY seq LIMIT ?", [last, page]).fetchall()
        arts = store._with_sources([article_from(r, t) for _, r, t in rows])
        yield from zip([int(s) for s, _, _ in rows], arts, strict=True)
        if len(rows) < page:
            return
        last = rows[-1][0]


def write_link_changes(store: Store, before: LinkResult, after: LinkResult,
                       mentions_changed: Iterable[str] | None = None,
                       records_changed: dict[str, tuple[list[Any], list[Any]]] | None = None
                       ) -> dict[str, int]:
    """Replace only the link records that differ between two link results (`before` is what
    the store holds): rows whose record changed or went are deleted, new and changed ones
    inserted, the rest stay as they are. Returns how many rows each table rewrote.
    `mentions_changed`: the only mentions whose entity may differ between the two (see
    LinkMemo.mentions_changed); the others' are not compared. `records_changed`: table ->
    (the records `after` lists that `before` does not, the records `before` lists that
    `after` does not), by identity, keys unique in each (LinkMemo.records_changed): only
    they are compared, not every record of the two results."""
    changed: dict[str, int] = {}
    logged: dict[str, list[str]] = {}  # the keys of the rows rewritten (the link log)

    def body(con: Any) -> None:
        olds: list[list[Any]] = [before.entities, before.claims, before.quote_variants]
        news: list[list[Any]] = [after.entities, after.claims, after.quote_variants]
        for (table, key), old_items, new_items in zip(LINK_TABLES, olds, news, strict=True):
            hint = (records_changed or {}).get(table)
            if hint is not None:  # (every record besides these is in both, the same object)
                new_items, old_items = hint[0], hint[1]
            old = {getattr(x, key): x for x in old_items}
            new = {getattr(x, key): x for x in new_items}
            # a record the link kept from the last one is the same object: passed by without
            # comparing its fields (a dataclass's != has no identity shortcut)
            gone = [k for k, x in old.items() if (y := new.get(k)) is not x and y != x]
            fresh = [x for k, x in new.items() if (y := old.get(k)) is not x and y != x]
            if gone:
                con.execute(f"DELETE FROM {table} WHERE {key} IN (SELECT unnest(?))", [gone])
            if table == "entities":
                rows = [entity_row(e) for e in fresh]
            elif table == "claims":
                rows = [claim_row(c) for c in fresh]
            else:
                rows = [[v.group_id, _dump(v)] for v in fresh]
            _insert_rows(con, table, rows)
            if table == "claims":
                text_index.index_claims(con, gone, [
                    (c.claim_id, c.summary, c.actor.name if c.actor else None,
                     c.recipient.name if c.recipient else None) for c in fresh])
            changed[table] = len(fresh) + len([k for k in gone if k not in new])
            logged[table] = [*gone, *(getattr(x, key) for x in fresh)]
        old_map, new_map = before.mention_entity, after.mention_entity
        if mentions_changed is None:
            gone = [m for m, e in old_map.items() if new_map.get(m) != e]
            rows = [[m, e] for m, e in new_map.items() if old_map.get(m) != e]
        else:  # (a +1% link's few mentions, not every mention of the corpus)
            maybe = list(dict.fromkeys(mentions_changed))
            gone = [m for m in maybe if (e := old_map.get(m)) is not None
                    and new_map.get(m) != e]
            rows = [[m, e] for m in maybe if (e := new_map.get(m)) is not None
                    and old_map.get(m) != e]
        if gone:
            con.execute("DELETE FROM mention_entities WHERE mention_id IN (SELECT unnest(?))",
                        [gone])
        _insert_rows(con, "mention_entities", rows)
        logged["mention_entities"] = [*gone, *(m for m, _ in rows)]
        # (the new mentions counted from the few that went, not by another pass over all)
        went = sum(m not in new_map for m in gone)
        changed["mention_entities"] = len(gone) + len(new_map) - (len(old_map) - went)

        def links(r: LinkResult) -> dict[str, tuple[str | None, str | None]]:
            return {a: (r.syndication.get(a), r.near_duplicates.get(a))
                    for a in set(r.syndication) | set(r.near_duplicates)}

        old_links, new_links = links(before), links(after)
        gone = [a for a, v in old_links.items() if new_links.get(a) != v]
        if gone:
            con.execute("DELETE FROM article_links WHERE article_id IN (SELECT unnest(?))",
                        [gone])
        written = [a for a, v in sorted(new_links.items()) if old_links.get(a) != v]
        _insert_rows(con, "article_links", [[a, *new_links[a]] for a in written])
        changed["article_links"] = len(gone) + sum(a not in old_links for a in new_links)
        logged["article_links"] = [*gone, *written]
        _mark_linked(con, logged)

    store._transaction(body)
    return changed


# feed entries `newsweave watch` has ingested (created by the first writer that needs it)
FEED_ENTRIES = ("CREATE TABLE IF NOT EXISTS feed_entries (entry_key VARCHAR PRIMARY KEY, "
                "feed VARCHAR, link VARCHAR, seen_at TIMESTAMP)")


def feed_entries_seen(store: Store, keys: list[str]) -> set[str]:
    """Which of these feed entries were ingested by an earlier poll."""
    if not keys:
        return set()
    if "feed_entries" not in store._tables():
        return set()
    rows = store.con.execute("SELECT entry_key FROM feed_entries WHERE entry_key IN "
                             "(SELECT unnest(?))", [keys]).fetchall()
    return {r[0] for r in rows}


def mark_feed_entries(store: Store, entries: list[tuple[str, str, str]]) -> None:
    """Remember feed entries (key, feed, link) whose article is stored."""
    if not entries:
        return

    def body(con: Any) -> None:
        con.execute(FEED_ENTRIES)
        con.executemany("INSERT OR IGNORE INTO feed_entries VALUES (?, ?, ?, ?)",
                        [[k, f, link, _now()] for k, f, link in entries])

    store._transaction(body)


# What a Linker keeps between processes (see link.incremental): each article's MinHash
# sketch and the copy pairs found, and in `meta` the state they belong to (the link
# generation, the newest article linked, the snapshot of the store it saw). Created by the
# first link that writes them; a store without them is linked in full once.
LINK_MEMO_TABLES = (
    "CREATE TABLE IF NOT EXISTS link_sketches (article_id VARCHAR PRIMARY KEY, "
    "shingles INTEGER, signature BLOB)",
    "CREATE TABLE IF NOT EXISTS link_pairs (a VARCHAR, b VARCHAR, containment DOUBLE, "
    "jaccard DOUBLE, PRIMARY KEY (a, b))",
    # the rest of the link memo (see link.persist): one tagged-JSON row per part and key
    "CREATE TABLE IF NOT EXISTS link_memo (part VARCHAR, key VARCHAR, value VARCHAR, "
    "PRIMARY KEY (part, key))",
)

MemoRowChanges = tuple[list[tuple[str, str, str]], list[tuple[str, str]]]


def write_link_memo(store: Store, state: dict[str, Any],
                    sketches: dict[str, tuple[int, bytes | None]],
                    pairs: list[tuple[str, str, float, float]], replace: bool,
                    memo_rows: MemoRowChanges | None = None,
                    replace_memo: bool = False) -> None:
    """Keep a Linker's state for the next process, in one transaction: the sketches and
    copy pairs given (after deleting all kept ones when `replace`), the memo rows written
    and deleted (all kept ones deleted first when `replace` or `replace_memo`; none kept when
    `memo_rows` is None) and the state (JSON)."""

    def body(con: Any) -> None:
        for sql in LINK_MEMO_TABLES:
            con.execute(sql)
        wiped = replace or replace_memo or memo_rows is None
        if wiped:
            con.execute("DELETE FROM link_memo")
        if memo_rows is not None:
            upserts, deletes = memo_rows
            gone = [f"{p}\0{k}" for p, k in deletes] + [f"{p}\0{k}" for p, k, _ in upserts]
            if gone and not wiped:
                con.execute("DELETE FROM link_memo WHERE part || chr(0) || key "
                            "IN (SELECT unnest(?))", [gone])
            _insert_rows(con, "link_memo", [list(r) for r in upserts])
        if replace:
            con.execute("DELETE FROM link_sketches")
            con.execute("DELETE FROM link_pairs")
        elif sketches or pairs:  # rows another process's link kept since (keys stay unique)
            con.execute("DELETE FROM link_sketches WHERE article_id IN (SELECT unnest(?))",
                        [list(sketches) or [""]])
            con.execute("DELETE FROM link_pairs WHERE a || chr(0) || b IN (SELECT unnest(?))",
                        [[f"{a}\0{b}" for a, b, _, _ in pairs] or [""]])
        _insert_rows(con, "link_sketches", [[a, n, sig] for a, (n, sig) in sketches.items()])
        _insert_rows(con, "link_pairs", [list(p) for p in pairs])
        con.execute("INSERT OR REPLACE INTO meta VALUES ('link_state', ?)",
                    [json.dumps(state, sort_keys=True)])

    store._transaction(body)


def read_link_state(store: Store) -> dict[str, Any] | None:
    """The state the last Linker kept (see write_link_memo), or None."""
    return _meta_object(store, "link_state", "link_sketches")


def _meta_object(store: Store, key: str, table: str) -> dict[str, Any] | None:
    """The JSON object kept under `key` in meta, when the table written with it is there (a
    store of an older schema has the one without the other), else None."""
    row = store.con.execute("SELECT value FROM meta WHERE key = ?", [key]).fetchone()
    if row is None or table not in store._tables():
        return None
    try:
        value = json.loads(row[0])
    except ValueError:
        return None
    return value if isinstance(value, dict) else None


def read_link_memo(store: Store) -> tuple[dict[str, tuple[int, bytes | None]],
                                          list[tuple[str, str, float, float]]]:
    """The kept sketches (article -> (shingle count, signature bytes)) and copy pairs."""
    sketches = {a: (int(n), sig) for a, n, sig in store.con.execute(
        "SELECT article_id, shingles, signature FROM link_sketches").fetchall()}
    pairs = [(a, b, float(c), float(j)) for a, b, c, j in store.con.execute(
        "SELECT a, b, containment, jaccard FROM link_pairs ORDER BY a, b").fetchall()]
    return sketches, pairs


def read_link_memo_rows(store: Store) -> list[tuple[str, str, str]]:
    """The kept memo rows (part, key, tagged JSON; see link.persist), or none."""
    if "link_memo" not in store._tables():
        return []
    return [(str(p), str(k), str(v)) for p, k, v in store.con.execute(
        "SELECT part, key, value FROM link_memo").fetchall()]


def stored_link_result(store: Store) -> LinkResult:
    """The link records the store holds, as one LinkResult (what a new Linker compares its
    first link with, to rewrite only what changed)."""
    synd: dict[str, str] = {}
    near: dict[str, str] = {}
    for a, copy_of, dup_of in store.con.execute(
            "SELECT article_id, syndicated_from, duplicate_of FROM article_links").fetchall():
        if copy_of:
            synd[a] = copy_of
        if dup_of:
            near[a] = dup_of
    mention_entity = dict(store.con.execute(
        "SELECT mention_id, entity_id FROM mention_entities").fetchall())
    return LinkResult(entities=store.entities(), mention_entity=mention_entity,
                      syndication=synd, near_duplicates=near, claims=store.claims(),
                      quote_variants=store.quote_variants())


def patched_link_result(store: Store, kept: LinkResult, keys: dict[str, set[str]]
                        ) -> LinkResult:
    """The link records the store holds, made from `kept` (those an earlier link wrote) and
    the rows `keys` names (link_log_since: what the links since rewrote) read again: the
    records of stored_link_result, reading only what changed since (at 50,000 synthetic
    articles reading them all cost a new process ~28 s of CPU). `kept` is not changed;
    records stay in its order, those it lacks follow."""

    def patched(records: list[Any], key: str, table: str, make: Callable[[Any], Any]
                ) -> list[Any]:
        names = keys.get(table) or set()
        if not names:
            return list(records)
        read = {getattr(x, key): x for x in (make(r) for r in store._records(
            f"SELECT record FROM {table} WHERE {key} IN (SELECT unnest(?)) ORDER BY {key}",
            [sorted(names)]))}
        out = [read.pop(k, None) if (k := getattr(x, key)) in names else x for x in records]
        return [x for x in out if x is not None] + list(read.values())

    def rows(sql: str, names: set[str]) -> list[tuple[Any, ...]]:
        return store.con.execute(sql, [sorted(names)]).fetchall() if names else []

    mention_entity = dict(kept.mention_entity)
    changed = keys.get("mention_entities") or set()
    for m in changed:
        mention_entity.pop(m, None)
    mention_entity.update(rows("SELECT mention_id, entity_id FROM mention_entities WHERE "
                               "mention_id IN (SELECT unnest(?))", changed))
    synd, near = dict(kept.syndication), dict(kept.near_duplicates)
    changed = keys.get("article_links") or set()
    for a in changed:
        synd.pop(a, None)
        near.pop(a, None)
    for a, copy_of, dup_of in rows("SELECT article_id, syndicated_from, duplicate_of FROM "
                                   "article_links WHERE article_id IN (SELECT unnest(?))",
                                   changed):
        if copy_of:
            synd[a] = copy_of
        if dup_of:
            near[a] = dup_of
    return LinkResult(
        entities=patched(kept.entities, "entity_id", "entities", Entity.from_dict),
        mention_entity=mention_entity, syndication=synd, near_duplicates=near,
        claims=patched(kept.claims, "claim_id", "claims", Claim.from_dict),
        quote_variants=patched(kept.quote_variants, "group_id", "quote_variants",
                               QuoteVariant.from_dict))


# A Linker's whole state as a new process takes it up (link.persist.LinkState): one pickled
# body in parts of SNAPSHOT_PART bytes, and in `meta` its header (id, format, code print, the
# newest article it holds, the store as it saw it, how many parts). Written in one
# transaction, the header last; read only when the header names the body's id and all its
# parts are there. The body is streamed both ways: the pickler hands each part to the store
# as it fills and the unpickler reads one part at a time, so the whole body is never held in
# memory (it was, three times over on the way in: 10k synthetic articles' state is ~180 MB).
# Each part is stored zstd-packed (level 1, through pyarrow; the unpacked length in 8 bytes
# before it): a pickled state packs ~3.1x, as zlib's level 1 did, but 3.5x faster (0.48 s
# for 184 MB, 10,000 synthetic articles' state, against 1.71 s) and unpacks twice as fast
# (0.28 s against 0.59 s); DuckDB needs about four times the bytes it is given while it
# writes BLOBs (+650 MB at the peak for 160 MB, in parts of 64 KB to 64 MB, in one
# transaction or one per part), so a faster but looser packing (LZ4: 87 MB) is not used.
LINK_SNAPSHOT_TABLE = ("CREATE TABLE IF NOT EXISTS link_snapshot (snapshot_id VARCHAR, "
                       "part INTEGER, body BLOB, PRIMARY KEY (snapshot_id, part))")
SNAPSHOT_PART = 16 << 20  # bytes of the body per part, before packing
SNAPSHOT_PACKING = "zstd-1"  # how each part is packed (named in the header)


def pack_part(part: bytes) -> bytes:
    """A part of a snapshot's body as stored (see SNAPSHOT_PACKING)."""
    import pyarrow as pa

    packed = pa.Codec("zstd", compression_level=1).compress(part, asbytes=True)
    return len(part).to_bytes(8, "little") + packed


def unpack_part(stored: bytes) -> bytes:
    """A part of a snapshot's body as written (ValueError: it does not unpack)."""
    import pyarrow as pa

    if len(stored) < 8:
        raise ValueError("a part of the link snapshot is cut short")
    size = int.from_bytes(stored[:8], "little")
    try:
        body = pa.Codec("zstd").decompress(memoryview(stored)[8:], decompressed_size=size,
                                           asbytes=True)
    except (OSError, pa.ArrowException) as exc:
        raise ValueError(f"a part of the link snapshot does not unpack: {exc}") from exc
    if len(body) != size:
        raise ValueError("a part of the link snapshot unpacks to another length")
    return bytes(body)


def _quiet(store: Store) -> None:
    """No DuckDB progress bar on the user's terminal (it draws one for a query of more than
    two seconds, such as writing a snapshot of 10,000 articles on a busy machine)."""
    store.con.execute("SET enable_progress_bar = false")


class _PartWriter:
    """A binary file for the pickler that stores each SNAPSHOT_PART bytes written as the next
    part of a snapshot as soon as they are there."""

    def __init__(self, con: Any, snapshot_id: str) -> None:
        self._con, self._id = con, snapshot_id
        self._buffer = bytearray()
        self.parts = 0

    def write(self, data: Any) -> int:
        # bytes, or a buffer the pickler hands on as it is (a numpy array's PickleBuffer,
        # which has no len())
        size = memoryview(data).nbytes
        self._buffer += data
        while len(self._buffer) >= SNAPSHOT_PART:
            self._put(bytes(memoryview(self._buffer)[:SNAPSHOT_PART]))
            del self._buffer[:SNAPSHOT_PART]
        return size

    def _put(self, part: bytes) -> None:
        self._con.execute("INSERT INTO link_snapshot VALUES (?, ?, ?)",
                          [self._id, self.parts, pack_part(part)])
        self.parts += 1

    def finish(self) -> int:
        """Store what is left (an empty body is one empty part); returns the parts."""
        if self._buffer or not self.parts:
            self._put(bytes(self._buffer))
            self._buffer = bytearray()
        return self.parts


def write_link_snapshot(store: Store, header: dict[str, Any],
                        body: bytes | Callable[[Any], object]) -> None:
    """Replace the kept snapshot with this one (header["id"] names the body). `body` is the
    bytes, or a function that writes them to the binary file it is given (a pickler's
    dump: each part is stored as it fills). A failure in it stores nothing."""
    _quiet(store)

    def write(con: Any) -> None:
        con.execute(LINK_SNAPSHOT_TABLE)
        con.execute("DELETE FROM link_snapshot")
        con.execute("DELETE FROM meta WHERE key = 'link_snapshot'")
        out = _PartWriter(con, str(header["id"]))
        if callable(body):
            body(out)
        else:
            out.write(body)
        parts = out.finish()
        con.execute("INSERT INTO meta VALUES ('link_snapshot', ?)",
                    [json.dumps({**header, "parts": parts, "packing": SNAPSHOT_PACKING},
                                sort_keys=True)])

    store._transaction(write)


def drop_link_snapshot(store: Store) -> None:
    """Forget the kept snapshot (one that no longer reads back)."""
    if "link_snapshot" not in store._tables():
        return
    store._transaction(lambda con: (con.execute("DELETE FROM link_snapshot"),
                                    con.execute("DELETE FROM meta WHERE key = 'link_snapshot'")))


def read_link_snapshot_header(store: Store) -> dict[str, Any] | None:
    """The kept snapshot's header (see write_link_snapshot), or None."""
    return _meta_object(store, "link_snapshot", "link_snapshot")


class _PartReader(io.RawIOBase):
    """A snapshot's body as a binary file, read from the store a part at a time.

    All parts come from one query (its rows fetched one by one, each unpacked as it is
    read): DuckDB reads a whole vector of BLOBs for a point query on (snapshot_id, part),
    so a query per part read every part again (45 parts of a state of 40,000 articles:
    15 s of CPU, growing with the square of the parts). The query's result holds the
    packed parts meanwhile (~250 MB at 40,000 articles)."""

    def __init__(self, store: Store, snapshot_id: str, parts: int) -> None:
        super().__init__()
        self._store, self._id, self._parts = store, snapshot_id, parts
        self._next = 0  # the next part to read
        self._part = memoryview(b"")
        self._at = 0
        self._rows: Any = None  # the cursor the parts are fetched from

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        while self._at >= len(self._part):
            if self._next >= self._parts:
                self._close_rows()
                return 0
            if self._rows is None:
                self._rows = self._store.con.cursor()
                self._rows.execute("SELECT part, body FROM link_snapshot "
                                   "WHERE snapshot_id = ? ORDER BY part", [self._id])
            row = self._rows.fetchone()
            if row is None or row[0] != self._next:  # replaced by another process meanwhile
                self._close_rows()
                raise OSError(f"part {self._next} of the link snapshot went away")
            self._part, self._at = memoryview(unpack_part(row[1])), 0
            self._next += 1
        n = min(len(buffer), len(self._part) - self._at)
        buffer[:n] = self._part[self._at:self._at + n]
        self._at += n
        return n

    def _close_rows(self) -> None:
        if self._rows is not None:
            self._rows.close()
            self._rows = None

    def close(self) -> None:
        self._close_rows()
        super().close()


def open_link_snapshot(store: Store, header: dict[str, Any]) -> io.BufferedReader | None:
    """The body of the snapshot a header names (see write_link_snapshot) as a binary file
    read a part at a time (see _PartReader), when all its parts are there, packed as this
    code packs them; else None."""
    snapshot_id, parts = str(header.get("id")), header.get("parts")
    if header.get("packing") != SNAPSHOT_PACKING or not isinstance(parts, int):
        return None
    _quiet(store)
    found = [int(p) for (p,) in store.con.execute(
        "SELECT part FROM link_snapshot WHERE snapshot_id = ? ORDER BY part",
        [snapshot_id]).fetchall()]
    if found != list(range(parts)):
        return None
    return io.BufferedReader(_PartReader(store, snapshot_id, parts), buffer_size=1 << 20)

