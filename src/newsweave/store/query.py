"""One query layer over the typed store: the filters, pages and searches of every reader.

The CLI list commands, the Python API, the web API and the exports ask here; each filter is
defined once, as SQL over the typed columns (store/duckdb_store.py), with LIMIT/OFFSET, so a
page reads only its rows: no reader loads every article (or every text) to answer one.

Dates follow newsweave.timespan's rule: a record's date is a span (its first day and its
precision), inside a range only when all of it is; an undated record is outside any range.
An event or quote without a date of its own takes its article's publication date.

Text search is a case-insensitive substring match (`strpos(lower(...))`) over typed text
columns, narrowed first by the store's token index (store/text_index.py): the needle is
checked only on the records the index names (or on none, when the index says they all hold
it). DuckDB's fts extension does not ship with the duckdb wheel and newsweave never
downloads extensions (everything works offline). PyPI's duckdb-extension-fts packs it (1.5.5
when this was written), but only for duckdb 1.x; this store runs on duckdb 2.0; and fts
matches stemmed words, not the substrings every search here has always matched.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from newsweave.model import ActorRef, Article, Claim, Entity, Event, Quote
from newsweave.store import text_index
from newsweave.store.duckdb_store import _load, article_from
from newsweave.timespan import date_bounds
from newsweave.vocab import STATUS_ORDER

if TYPE_CHECKING:
    from newsweave.store.duckdb_store import Store

T = TypeVar("T")

PAGE_ROWS = 2000  # rows fetched at a time when a reader streams a whole table


def _last_day(first: str, prec: str) -> str:
    """SQL: the last day of a span given as its first day and its precision."""
    return (f"(CASE {prec} WHEN 'year' THEN make_date(year({first}), 12, 31) "
            f"WHEN 'month' THEN last_day({first}) ELSE {first} END)")


@dataclass(frozen=True)
class Filters:
    """What a reader asks for; every field empty means everything.

    since/until: ISO days (inclusive) a dated item must lie in; types: event/claim types;
    statuses: claim statuses; outlets: source labels (newsweave.link.outlets); entity: an
    actor's node id (entity id, or "name:..." for an unresolved name); q: a lower-case
    substring of the record's text; countries/sectors: of an actor or recipient; speaker: a
    substring of a quote's speaker name or description; kinds: quote kinds; modalities:
    event modalities; actor: an actor or recipient name (substring; for claims also a
    corpus entity's name or alias); article_id: one article's records; located: events with
    a place (coordinates or a country)."""

    since: str | None = None
    until: str | None = None
    types: frozenset[str] = frozenset()
    statuses: frozenset[str] = frozenset()
    outlets: frozenset[str] = frozenset()
    entity: str | None = None
    q: str | None = None
    countries: frozenset[str] = frozenset()
    sectors: frozenset[str] = frozenset()
    speaker: str | None = None
    kinds: frozenset[str] = frozenset()
    modalities: frozenset[str] = frozenset()
    actor: str | None = None
    article_id: str | None = None
    located: bool = False

    @classmethod
    def build(cls, since: str | None = None, until: str | None = None,
              types: Iterable[str] | None = None, statuses: Iterable[str] | None = None,
              outlets: Iterable[str] | None = None, entity: str | None = None,
              q: str | None = None, countries: Iterable[str] | None = None,
              sectors: Iterable[str] | None = None, **more: Any) -> Filters:
        """Filters from query values (a year or a month: its first or last day); raises
        ValueError naming the bad value."""
        lo = hi = None
        if since:
            b = date_bounds(since)
            if b is None:
                raise ValueError(f"since: {since!r} is not an ISO date (YYYY, YYYY-MM or "
                                 "YYYY-MM-DD)")
            lo = b[0]
        if until:
            b = date_bounds(until)
            if b is None:
                raise ValueError(f"until: {until!r} is not an ISO date (YYYY, YYYY-MM or "
                                 "YYYY-MM-DD)")
            hi = b[1]
        if lo and hi and lo > hi:
            raise ValueError(f"since ({since}) is after until ({until})")
        return cls(since=lo, until=hi, types=frozenset(t for t in types or () if t),
                   statuses=frozenset(s for s in statuses or () if s),
                   outlets=frozenset(o for o in outlets or () if o), entity=entity or None,
                   q=(q or "").strip().lower() or None,
                   countries=frozenset(c.upper() for c in countries or () if c),
                   sectors=frozenset(x.upper() for x in sectors or () if x), **more)

    def for_claims(self) -> Filters:
        """The filter without its entity and text parts (what an actor's own view applies)."""
        return replace(self, entity=None, q=None)


@dataclass
class Page(Generic[T]):
    """One page of records and how many match in all."""

    total: int
    items: list[T] = field(default_factory=list)
    text_length: dict[str, int] = field(default_factory=dict)  # articles: characters of text


SMALL_LIST = 1000  # values a list may hold to be probed row by row (see in_list)


def in_list(column: str, size: int) -> str:
    """SQL: `column` is one of a list of `size` strings bound to one `?`. A short list is
    probed per row (`list_contains`: at 100k articles, 200 of 1.2M mention ids cost 4 ms
    of CPU, against 33 ms for the semi-join, which hashes the list and scans with a
    filter); a long one is hashed (list_contains is linear in the list: 20,000 ids cost
    twice the semi-join)."""
    if size <= SMALL_LIST:
        return f"list_contains(?::VARCHAR[], {column})"
    return f"{column} IN (SELECT unnest(?::VARCHAR[]))"


class _Where:
    """SQL conditions and their parameters, joined with AND."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.params: list[Any] = []

    def add(self, sql: str, *params: Any) -> None:
        self.parts.append(sql)
        self.params.extend(params)

    def any_of(self, column: str, values: Iterable[str]) -> None:
        wanted = sorted(values)
        if wanted:
            self.add(in_list(column, len(wanted)), wanted)

    def any_of_ints(self, column: str, values: list[int]) -> None:
        """`column` is one of these integers (none: no row)."""
        self.add(f"{column} IN (SELECT unnest(?::BIGINT[]))" if values else "false",
                 *([values] if values else []))

    def contains(self, columns: Sequence[str], needle: str | None) -> None:
        """Any of `columns` holds `needle`, any case."""
        if needle:
            self.add("(" + " OR ".join(f"strpos(lower(coalesce({c}, '')), ?) > 0"
                                       for c in columns) + ")",
                     *[needle.lower()] * len(columns))

    def dated(self, first: str, prec: str, f: Filters) -> None:
        """The span (first day, precision) lies in [f.since, f.until] (timespan.within)."""
        if f.since is None and f.until is None:
            return
        self.add(f"{first} IS NOT NULL")
        if f.since is not None:
            self.add(f"{first} >= ?::DATE", f.since)
        if f.until is not None:
            self.add(f"{_last_day(first, prec)} <= ?::DATE", f.until)

    @property
    def sql(self) -> str:
        return (" WHERE " + " AND ".join(self.parts)) if self.parts else ""


# ----------------------------------------------------------------------------- articles


def article_meta(store: Store, head: int = 0) -> list[Article]:
    """Every article's metadata without its text (for source labels and the input root),
    with the link output (syndication, duplicates) and other sources applied; `head`: keep
    this many first characters of each text."""
    rows = store.con.execute(
        "SELECT a.record, l.syndicated_from, l.duplicate_of, substr(a.text, 1, ?) FROM "
        "articles a LEFT JOIN article_links l USING (article_id) ORDER BY a.seq",
        [head]).fetchall()
    sources = store.article_sources()
    out = []
    for record, synd, dup, text in rows:
        art = article_from(record, text)
        art.syndicated_from, art.duplicate_of = synd, dup
        art.other_sources = [s for s in sources.get(art.article_id, []) if s != art.source]
        out.append(art)
    return _corrected_outlets(store, out)


def _corrected_outlets(store: Store, articles: list[Article]) -> list[Article]:
    """The outlets analysts named (`newsweave correct outlet`) applied."""
    from newsweave.store.corrections import outlet_fixes

    fixes = outlet_fixes(store)
    for art in articles:
        art.outlet = fixes.get(art.article_id, art.outlet)
    return articles


def source_labels(store: Store) -> dict[str, str]:
    """article_id -> its source's label, as the claims and the web app name it."""
    from newsweave.link.outlets import source_labels as labels_of

    return labels_of(article_meta(store))


def input_root(store: Store) -> str | None:
    """The folder the inputs came from (export paths are relative to it)."""
    from newsweave.link.outlets import input_root as root_of

    return root_of(s for (s,) in store.con.execute("SELECT source FROM articles").fetchall())


def _outlet_articles(store: Store, outlets: frozenset[str],
                     labels: dict[str, str] | None) -> list[str]:
    labels = labels if labels is not None else source_labels(store)
    return sorted(a for a, label in labels.items() if label in outlets)


def _article_where(store: Store, f: Filters, labels: dict[str, str] | None) -> _Where:
    w = _Where()
    if f.outlets:
        w.any_of("a.article_id", _outlet_articles(store, f.outlets, labels))
    if f.article_id:
        w.add("a.article_id = ?", f.article_id)
    if f.q:
        found = _article_hits(store, f.q, None)
        if found is None:
            w.contains(("a.title", "a.text"), f.q)
        else:
            w.any_of_ints("a.seq", found[1])
    w.dated("a.published_date", "a.published_precision", f)
    return w


def articles(store: Store, f: Filters = Filters(), limit: int | None = None, offset: int = 0,
             with_text: bool = False, order: str = "ingest",
             labels: dict[str, str] | None = None) -> Page[Article]:
    """A page of articles under the filter (outlet, q over title and text, dates), in ingest
    order or `order="published"` (undated last, then by title); texts only `with_text`
    (else each article's `text` is empty and `text_length` says how long it is)."""
    w = _article_where(store, f, labels)
    # the filter is over the articles alone (article_links has one row an article at most:
    # it neither adds nor drops any), and the page's rows are found before their columns
    # are read (at 100k articles, the records and text lengths of every article were read
    # for a page of 50: 123 -> 10 ms)
    base = f"FROM articles a{w.sql}"
    total = _count(store, base, w.params)
    by = "a.seq" if order == "ingest" else \
        "coalesce(a.published, '9999'), lower(coalesce(a.title, '')), a.seq"
    text = "a.text" if with_text else "NULL"
    ids = [r[0] for r in store.con.execute(
        f"SELECT a.article_id {base} ORDER BY {by} LIMIT ? OFFSET ?",
        [*w.params, _limit(limit), offset]).fetchall()]
    found = store.con.execute(
        f"SELECT a.article_id, a.record, {text}, l.syndicated_from, l.duplicate_of, "
        "length(a.text) FROM articles a LEFT JOIN article_links l USING (article_id) WHERE "
        f"{in_list('a.article_id', len(ids))}", [ids]).fetchall() if ids else []
    at = {aid: i for i, aid in enumerate(ids)}
    rows = sorted(found, key=lambda r: at[r[0]])
    items = []
    lengths: dict[str, int] = {}
    for _, record, body, synd, dup, length in rows:
        art = article_from(record, body)
        art.syndicated_from, art.duplicate_of = synd, dup
        lengths[art.article_id] = length or 0
        items.append(art)
    store._with_sources(items)
    return Page(total, _corrected_outlets(store, items), lengths)


def iter_articles(store: Store) -> Iterator[Article]:
    """Every article with its text and link output, in ingest order, a page at a time."""
    last = -1
    while True:
        rows = store.con.execute(
            "SELECT a.seq, a.record, a.text, l.syndicated_from, l.duplicate_of FROM articles a "
            "LEFT JOIN article_links l USING (article_id) WHERE a.seq > ? ORDER BY a.seq "
            "LIMIT ?", [last, PAGE_ROWS]).fetchall()
        page = []
        for _seq, record, text, synd, dup in rows:
            art = article_from(record, text)
            art.syndicated_from, art.duplicate_of = synd, dup
            page.append(art)
        yield from _corrected_outlets(store, store._with_sources(page))
        if len(rows) < PAGE_ROWS:
            return
        last = rows[-1][0]


def article(store: Store, article_id: str) -> Article | None:
    """One article with its text, or None."""
    found = articles(store, Filters(article_id=article_id), limit=1, with_text=True)
    return found.items[0] if found.items else None


def article_titles(store: Store, article_ids: Iterable[str]) -> dict[str, tuple[str | None,
                                                                            str]]:
    """article_id -> (title, source) of those articles (no texts read)."""
    ids = sorted(set(article_ids))
    if not ids:
        return {}
    return {aid: (title, source) for aid, title, source in store.con.execute(
        "SELECT article_id, title, source FROM articles WHERE article_id IN "
        "(SELECT unnest(?::VARCHAR[]))", [ids]).fetchall()}


# candidates above this share of the records are checked by a scan of them all (the index
# then saves nothing: at 100k articles, 44k candidates took 1.07 s through the index against
# 0.56 s for the scan; 5k took 0.13 s against 0.8 s)
SCAN_SHARE = 0.25


def _narrowed(store: Store, needle: str, kind: int | str, exact_text: bool, table: str
              ) -> text_index.Candidates | list[Any] | None:
    """What the token index makes of `needle`: its Candidates when they are exactly the
    matches, else the candidate docs (article seqs, quote or claim ids: `kind`) to check;
    None when the index cannot narrow the needle or names more than SCAN_SHARE of `table`
    (the caller scans)."""
    cand = text_index.candidates(store, needle, kind, exact_text)
    if cand is None or cand.exact:
        return cand
    docs = [r[0] for r in store.con.execute(cand.sql, cand.params).fetchall()]
    size = store.con.execute(f"SELECT count(*) FROM {table}").fetchone()
    if docs and len(docs) > SCAN_SHARE * (int(size[0]) if size else 0):
        return None
    return docs


def _text_hits(store: Store, needle: str, kind: int | str, table: str, key: str,
               columns: str, test: str, test_params: list[Any], limit: int | None
               ) -> tuple[int, list[Any]] | None:
    """(how many, the first `limit` keys (None: all) in key order) of the records of `table`
    (one doc each: `key`) whose `test` holds, through the token index (see _narrowed); the
    candidates are read first with `columns` (all the test needs), so the test runs on them
    alone."""
    narrowed = _narrowed(store, needle, kind, True, table)
    if narrowed is None:
        return None
    first = f"min(k, {max(int(limit), 1)})" if limit is not None else "list(k ORDER BY k)"
    if isinstance(narrowed, text_index.Candidates):
        row = store.con.execute(f"SELECT count(*), {first} FROM (SELECT doc AS k FROM ("
                                f"{narrowed.sql}))", narrowed.params).fetchone()
    else:
        row = store.con.execute(
            f"WITH c AS MATERIALIZED (SELECT t.{key} AS k, {columns} FROM {table} t WHERE "
            f"t.{key} IN (SELECT unnest(?))) SELECT count(*), {first} FROM c WHERE {test}",
            [narrowed, *test_params]).fetchone()
    total = int(row[0]) if row else 0
    keys = list(row[1] or []) if row and total else []
    return total, keys[:limit] if limit is not None else keys


def _article_hits(store: Store, needle: str, limit: int | None
                  ) -> tuple[int, list[int]] | None:
    """`_text_hits` of the articles whose title or text holds `needle`, by seq."""
    low = needle.lower()
    return _text_hits(store, low, text_index.ARTICLES, "articles", "seq", "t.title, t.text",
                      "(strpos(lower(coalesce(title, '')), ?) > 0 OR "
                      "strpos(lower(coalesce(text, '')), ?) > 0)", [low, low], limit)


def search_articles(store: Store, needle: str, limit: int,
                    labels: dict[str, str] | None = None) -> Page[tuple[Article, str, list[int]]]:
    """Articles whose title or text holds `needle` (any case), each with a snippet around
    the first match in the text and the match's span within the snippet."""
    hits = _article_hits(store, needle, limit)
    if hits is not None:  # the index named them
        total = hits[0]
        found = [(r[0], total) for r in store.con.execute(
            "SELECT article_id FROM articles WHERE seq IN (SELECT unnest(?::BIGINT[])) "
            "ORDER BY seq", [hits[1]]).fetchall()] if hits[1] else []
    else:
        w = _Where()
        w.contains(("a.title", "a.text"), needle)
        # one scan of the texts: the page's articles with the total as a window count (the
        # lower-casing of every text is the cost), then the snippets of only those
        found = store.con.execute(
            f"SELECT a.article_id, count(*) OVER () FROM articles a{w.sql} ORDER BY a.seq "
            "LIMIT ?", [*w.params, limit]).fetchall()
        total = int(found[0][1]) if found else 0
        if not found and limit <= 0:
            total = _count(store, f"FROM articles a{w.sql}", w.params)
    width = 80
    rows = store.con.execute(
        f"SELECT a.article_id, a.record, strpos(lower(a.text), ?) AS at, "
        f"substr(a.text, greatest(strpos(lower(a.text), ?) - {width}, 1), "
        f"{len(needle) + 2 * width}), substr(a.text, 1, {2 * width}) FROM articles a "
        "WHERE a.article_id IN (SELECT unnest(?::VARCHAR[]))",
        [needle.lower(), needle.lower(), [r[0] for r in found]]).fetchall() if found else []
    order = {r[0]: i for i, r in enumerate(found)}
    rows.sort(key=lambda r: order[r[0]])
    items = []
    for _, record, at, around, head in rows:
        art = article_from(record, None)
        if at and at > 0:
            start = max(0, at - 1 - width)
            offset = at - 1 - start
            items.append((art, around, [offset, offset + len(needle)]))
        else:
            items.append((art, head, []))
    return Page(total, items)


# ----------------------------------------------------------------------------- records


def _norm(column: str) -> str:
    """SQL: a name folded as the graph keys it (lower case, white space collapsed)."""
    return f"lower(regexp_replace(trim({column}), '\\s+', ' ', 'g'))"


def folded_holds(column: str, needle: str) -> str:
    """SQL: the folded `column` holds `needle` (lower case, single spaces). A needle without
    white space is found in the plain lower-cased text exactly when it is in the folded
    one, so only a needle with spaces pays for the folding."""
    spaced = any(ch.isspace() for ch in needle)
    folded = _norm(column) if spaced else f"lower({column})"
    return f"strpos(coalesce({folded}, ''), ?) > 0"


def _entity_names(store: Store, entity_id: str | None = None, holding: str | None = None
                  ) -> set[str]:
    """The folded names and aliases of one corpus entity (or of those whose name or alias
    holds `holding`)."""
    where, params = "", []
    if entity_id:
        where, params = "WHERE entity_id = ?", [entity_id]
    elif holding:
        where = ("WHERE strpos(lower(name), ?) > 0 OR strpos(lower(CAST(aliases AS VARCHAR)), "
                 "?) > 0")
        params = [holding.split(" ")[0]] * 2
    return {n for (n,) in store.con.execute(
        f"SELECT DISTINCT {_norm('n')} FROM (SELECT unnest(list_concat([name], aliases)) AS n "
        f"FROM entities {where})",
        params).fetchall() if n}


def _entity_where(store: Store, w: _Where, entity: str | None, table: str, alias: str,
                  id_column: str, refs: Sequence[tuple[str, str, str]]) -> None:
    """An actor filter over actor references, each given as (mention, entity, name)
    columns, by the graph's node id: a reference is its linked corpus entity (the mention's
    link, else the entity it names), else the entity its name or alias is, else "name:"
    and its folded name. The matching records are looked up first, by one simple query per
    way a reference can match (each a few selective tests), then kept by id."""
    if not entity:
        return
    if entity.startswith("name:"):
        key = entity.removeprefix("name:")
        if key in _entity_names(store, holding=key):
            w.add("false")  # the name is an entity's: its node is the entity
            return
        names = [key]
    else:
        names = sorted(_entity_names(store, entity))
    branches: list[str] = []
    params: list[Any] = []
    head = f"SELECT {alias}.{id_column} FROM {table} {alias} WHERE"
    ids: set[str] = set()
    for mention, entity_col, name in refs:
        not_linked = f"({mention} IS NULL OR {mention} NOT IN (SELECT mention_id FROM " \
                     "mention_entities))"
        if not entity.startswith("name:"):
            branches.append(f"{head} {mention} IN (SELECT mention_id FROM mention_entities "
                            "WHERE entity_id = ?)")
            branches.append(f"{head} {entity_col} = ? AND {not_linked}")
            params.extend([entity, entity])
        ids |= _unlinked_named(store, table, alias, id_column, (mention, entity_col, name),
                               names)
    if branches:
        ids |= {r[0] for r in store.con.execute(" UNION ".join(branches), params).fetchall()}
    if not ids:
        w.add("false")
        return
    w.add(f"{alias}.{id_column} IN (SELECT unnest(?::VARCHAR[]))", sorted(ids))


# a name that needs the full fold: a run of white space, or white space other than a space
# (RE2's \s is [\t\n\f\r ]); plain `contains` tests first, the regexp only on what passes
_ODD_SPACE = ("(contains({0}, '  ') OR contains({0}, chr(9)) OR contains({0}, chr(10)) OR "
              "contains({0}, chr(12)) OR contains({0}, chr(13)))")


def _unlinked_named(store: Store, table: str, alias: str, id_column: str,
                    ref: tuple[str, str, str], names: list[str]) -> set[str]:
    """The records whose reference has no linked mention and no known entity, and whose
    folded name is one of `names`. The names are matched first (one cheap scan; few
    records pass), then only those records' mentions and entities are looked up: an
    anti-join against every mention link would hash all of them on each request."""
    mention, entity_col, name = ref
    folded = (f"(list_contains(?::VARCHAR[], lower(trim({name}))) OR ("
              f"{_ODD_SPACE.format(name)} AND regexp_matches({name}, '\\s\\s|[\\t\\n]') "
              f"AND list_contains(?::VARCHAR[], {_norm(name)})))")
    found = store.con.execute(
        f"SELECT {alias}.{id_column}, {mention}, {entity_col} FROM {table} {alias} "
        f"WHERE {folded}", [names, names]).fetchall()
    if not found:
        return set()
    mentions = sorted({m for _, m, _ in found if m is not None})
    entities = sorted({e for _, _, e in found if e is not None})
    linked = {r[0] for r in store.con.execute(
        "SELECT mention_id FROM mention_entities WHERE mention_id IN (SELECT unnest("
        "?::VARCHAR[]))", [mentions]).fetchall()} if mentions else set()
    known = {r[0] for r in store.con.execute(
        "SELECT entity_id FROM entities WHERE entity_id IN (SELECT unnest(?::VARCHAR[]))",
        [entities]).fetchall()} if entities else set()
    return {rid for rid, m, e in found if m not in linked and e not in known}


_ALIAS = {"events": "e", "quotes": "q"}  # how the queries below name each record table


def _day(alias: str) -> str:
    """The day a quote or event counts on: its own date, else its article's."""
    return f"coalesce({alias}.date, a.published_date)"


def _day_precision(alias: str) -> str:
    """How precise `_day(alias)` is (day, month or year), from the same source as the day."""
    return (f"(CASE WHEN {alias}.date IS NULL THEN a.published_precision "
            f"ELSE {alias}.date_precision END)")


def _joined(table: str, where_sql: str) -> str:
    """FROM a record table joined to its articles (for their dates), then `where_sql`."""
    return f"FROM {table} {_ALIAS[table]} LEFT JOIN articles a USING (article_id){where_sql}"


def _orders(alias: str, id_column: str) -> dict[str, str]:
    """The sort orders of a record table: by article and position, or by day."""
    return {"article": f"{alias}.article_id, {alias}.span_start, {alias}.rowid",
            "date": f"{_day(alias)} NULLS LAST, {alias}.article_id, {alias}.span_start, "
                    f"{alias}.{id_column}"}


def _quote_where(store: Store, f: Filters, labels: dict[str, str] | None) -> _Where:
    w = _Where()
    if f.outlets:
        w.any_of("q.article_id", _outlet_articles(store, f.outlets, labels))
    if f.article_id:
        w.add("q.article_id = ?", f.article_id)
    w.any_of("q.kind", f.kinds)
    found = _quote_text_hits(store, f.q) if f.q else None
    if found is None:
        w.contains(("q.text",), f.q)
    else:
        w.add(in_list("q.quote_id", len(found)) if found else "false",
              *([found] if found else []))
    w.contains(("q.speaker", "q.speaker_description"), f.speaker)
    _entity_where(store, w, f.entity, "quotes", "q", "quote_id",
                  [("q.speaker_mention", "q.speaker_entity", "q.speaker")])
    w.dated(_day("q"), _day_precision("q"), f)
    return w


QUOTE_ORDERS = _orders("q", "quote_id")


def _quote_text_hits(store: Store, needle: str) -> list[str] | None:
    """The ids of the quotes whose text holds `needle`, checked on the quotes the token
    index names (it indexes the speaker too); None when it cannot narrow the needle."""
    low = needle.lower()
    narrowed = _narrowed(store, low, text_index.QUOTES, False, "quotes")
    if not isinstance(narrowed, list):
        return None
    return [r[0] for r in store.con.execute(
        "WITH c AS MATERIALIZED (SELECT quote_id, text FROM quotes WHERE quote_id IN (SELECT "
        "unnest(?::VARCHAR[]))) SELECT quote_id FROM c WHERE strpos(lower(coalesce(text, '')), "
        "?) > 0 ORDER BY quote_id", [narrowed, low]).fetchall()] if narrowed else []


def quotes(store: Store, f: Filters = Filters(), limit: int | None = None, offset: int = 0,
           order: str = "article", labels: dict[str, str] | None = None) -> Page[Quote]:
    """A page of quotes (speakers linked to their corpus entities) under the filter."""
    w = _quote_where(store, f, labels)
    base = _joined("quotes", w.sql)
    total = _count(store, base, w.params)
    return Page(total, list(_quote_rows(store, base, w.params, order, limit, offset)))


def _quote_rows(store: Store, base: str, params: list[Any], order: str, limit: int | None,
                offset: int) -> Iterator[Quote]:
    for stored in _quote_json(store, base, params, order, limit, offset):
        yield Quote.from_dict(stored)


def _quote_json(store: Store, base: str, params: list[Any], order: str, limit: int | None,
                offset: int) -> Iterator[dict[str, Any]]:
    """The stored JSON of the quotes, their speakers linked to corpus entities."""
    rows = _ordered(store, "quotes", "q", "q.record, q.speaker_mention", base, params,
                    QUOTE_ORDERS[order], limit, offset)
    for chunk in _chunks(rows):
        linked = _linked(store, [m for _, m in chunk])
        for record, mention in chunk:
            stored = _load(record)
            entity = linked.get(mention) if mention else None
            speaker = stored.get("speaker")
            if isinstance(speaker, dict) and entity is not None:
                speaker["entity_id"] = entity
            yield stored


SORTED_CHUNK = 20_000  # records read at a time by row id when a whole table is streamed


def _ordered(store: Store, table: str, alias: str, columns: str, base: str,
             params: list[Any], order: str, limit: int | None, offset: int
             ) -> Iterator[tuple[Any, ...]]:
    """`SELECT columns {base} ORDER BY order LIMIT/OFFSET`, streamed. A page is one query;
    a whole table (no limit: the exports) is sorted by its keys and row ids alone, and its
    records read SORTED_CHUNK row ids at a time: sorting the records themselves held them
    all in DuckDB's memory (at 100k articles, the events' 320 MB)."""
    if limit is not None or offset:
        yield from _stream(store, f"SELECT {columns} {base} ORDER BY {order} LIMIT ? OFFSET ?",
                           [*params, _limit(limit), offset])
        return
    rowids = [r[0] for r in _stream(store, f"SELECT {alias}.rowid {base} ORDER BY {order}",
                                    params)]
    for start in range(0, len(rowids), SORTED_CHUNK):
        part = rowids[start:start + SORTED_CHUNK]
        found = {r[0]: r[1:] for r in store.con.execute(
            f"SELECT {alias}.rowid, {columns} FROM {table} {alias} WHERE {alias}.rowid IN "
            "(SELECT unnest(?::BIGINT[]))", [part]).fetchall()}
        for rowid in part:
            yield found[rowid]


def _chunks(rows: Iterator[tuple[Any, ...]], size: int = PAGE_ROWS
            ) -> Iterator[list[tuple[Any, ...]]]:
    chunk: list[tuple[Any, ...]] = []
    for row in rows:
        chunk.append(row)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _linked(store: Store, mention_ids: Iterable[str | None]) -> dict[str, str]:
    """mention id -> the corpus entity the link put it in, for these mentions (looked up
    for one page of records at a time: joining the whole mention table per page costs more
    than the page)."""
    ids = sorted({m for m in mention_ids if m})
    if not ids:
        return {}
    return dict(store.con.execute(
        f"SELECT mention_id, entity_id FROM mention_entities WHERE "
        f"{in_list('mention_id', len(ids))}", [ids]).fetchall())


def iter_quotes(store: Store, f: Filters = Filters()) -> Iterator[Quote]:
    """Every quote under the filter, streamed (the export's order: by article and span)."""
    w = _quote_where(store, f, None)
    yield from _quote_rows(store, _joined("quotes", w.sql), w.params, "article", None, 0)


def iter_quote_json(store: Store, f: Filters = Filters()) -> Iterator[dict[str, Any]]:
    """`iter_quotes` as stored JSON (speakers linked): the exports build their records
    from it (export/records.py)."""
    w = _quote_where(store, f, None)
    yield from _quote_json(store, _joined("quotes", w.sql), w.params, "article", None, 0)


def quotes_by_id(store: Store, quote_ids: Iterable[str]) -> list[Quote]:
    """These quotes (speakers linked), by article and position."""
    ids = sorted(set(quote_ids))
    if not ids:
        return []
    w = _Where()
    w.any_of("q.quote_id", ids)
    return list(_quote_rows(store, _joined("quotes", w.sql), w.params, "article", None, 0))


def search_quotes(store: Store, needle: str, limit: int) -> Page[Quote]:
    """Quotes whose text or speaker name holds `needle` (any case)."""
    low = needle.lower()
    test = f"(strpos(lower(coalesce(q.text, '')), ?) > 0 OR {folded_holds('q.speaker', low)})"
    narrowed = _narrowed(store, low, text_index.QUOTES, True, "quotes")
    if narrowed is not None:  # the quotes the index names (checked unless exact)
        if isinstance(narrowed, text_index.Candidates):
            # the ids first: a semi-join on the query itself scanned every quote even when
            # it named none (at 100k articles, 224 ms against 2 ms)
            ids = [r[0] for r in store.con.execute(narrowed.sql, narrowed.params).fetchall()]
            found = store.con.execute(
                f"SELECT q.quote_id, count(*) OVER () FROM quotes q WHERE q.quote_id IN "
                f"(SELECT unnest(?::VARCHAR[])) ORDER BY {QUOTE_ORDERS['article']} LIMIT ?",
                [ids, max(limit, 1)]).fetchall() if ids else []
        else:
            found = store.con.execute(
                "WITH q AS MATERIALIZED (SELECT q.quote_id, q.article_id, q.span_start, "
                "q.rowid AS r, q.text, q.speaker FROM quotes q WHERE q.quote_id IN (SELECT "
                "unnest(?::VARCHAR[]))) SELECT q.quote_id, count(*) OVER () FROM q WHERE "
                f"{test} ORDER BY q.article_id, q.span_start, q.r LIMIT ?",
                [narrowed, low, low, max(limit, 1)]).fetchall() if narrowed else []
        if not found or limit <= 0:
            return Page(int(found[0][1]) if found else 0)
        return _quote_page(store, found)
    w = _Where()
    w.add(test, low, low)
    # one scan of the texts: the page's ids with the total (a window count), then only
    # their records; the scan reads the searched columns alone (their row ids kept), and
    # the ids and the order's columns only of the quotes that match (read beside the texts,
    # every quote's cost a fifth of the search's CPU at 100k articles)
    found = store.con.execute(
        f"SELECT q.quote_id, count(*) OVER () FROM quotes q WHERE q.rowid IN (SELECT q.rowid "
        f"FROM quotes q{w.sql}) ORDER BY {QUOTE_ORDERS['article']} LIMIT ?",
        [*w.params, limit]).fetchall()
    if not found:
        return Page(_count(store, f"FROM quotes q{w.sql}", w.params) if limit <= 0 else 0)
    return _quote_page(store, found)


def _quote_page(store: Store, found: list[tuple[Any, ...]]) -> Page[Quote]:
    """The page of a quote search: its (quote id, total) rows' quotes."""
    page = _Where()
    page.any_of("q.quote_id", [r[0] for r in found])
    return Page(int(found[0][1]),
                list(_quote_rows(store, _joined("quotes", page.sql), page.params, "article",
                                 None, 0)))


def speakers(store: Store) -> list[ActorRef]:
    """Every distinct quote speaker (name, linked entity), for the actors a graph knows."""
    rows = store.con.execute(
        "SELECT DISTINCT q.speaker, coalesce(m.entity_id, q.speaker_entity) FROM quotes q "
        "LEFT JOIN mention_entities m ON m.mention_id = q.speaker_mention "
        "WHERE q.speaker IS NOT NULL").fetchall()
    return [ActorRef(name=name, entity_id=entity) for name, entity in rows]


def counts_by_article(store: Store, table: str, live: bool = False) -> dict[str, int]:
    """How many quotes (or events) each article has (`live`: events analysts rejected left
    out)."""
    if table not in ("quotes", "events"):
        raise ValueError(f"table: {table!r} is not quotes or events")
    where, params = "", []
    if live and table == "events":
        from newsweave.store.corrections import rejected_ids

        where, params = " WHERE event_id NOT IN (SELECT unnest(?::VARCHAR[]))", \
            [sorted(rejected_ids(store))]
    return {aid: int(n) for aid, n in store.con.execute(
        f"SELECT article_id, count(*) FROM {table}{where} GROUP BY article_id", params
    ).fetchall()}


def date_extent(store: Store, table: str) -> tuple[str | None, str | None]:
    """The first and last day the dated quotes (or events) cover, each dated by its own
    date, else its article's (a month or a year counts whole)."""
    alias = _ALIAS[table]
    first = _day(alias)
    row = store.con.execute(
        f"SELECT min({first}), max({_last_day(first, _day_precision(alias))}) "
        f"{_joined(table, '')}").fetchone()
    if not row:
        return None, None
    return (row[0].isoformat() if row[0] else None, row[1].isoformat() if row[1] else None)


_ATTRIBUTED = "json_extract_string(e.record, '$.attributed_to.{}')"


def _event_where(store: Store, f: Filters, labels: dict[str, str] | None) -> _Where:
    w = _Where()
    if f.outlets:
        w.any_of("e.article_id", _outlet_articles(store, f.outlets, labels))
    if f.article_id:
        w.add("e.article_id = ?", f.article_id)
    from newsweave.store.corrections import rejected_ids

    rejected = sorted(rejected_ids(store))  # analysts' rejections: listed nowhere
    if rejected:
        w.add("e.event_id NOT IN (SELECT unnest(?::VARCHAR[]))", rejected)
    w.any_of("e.type", f.types)
    w.any_of("e.modality", f.modalities)
    w.contains(("e.sentence",), f.q)
    if f.actor:
        needle = f.actor.lower()
        parts = []
        for ref in ("actor", "recipient"):  # its name and its description
            described = (f"coalesce(e.{ref}, '') || ' ' || coalesce(json_extract_string("
                         f"e.record, '$.{ref}.description'), '')")
            parts.append(f"(e.{ref} IS NOT NULL AND strpos(lower({described}), ?) > 0)")
        w.add("(" + " OR ".join(parts) + ")", needle, needle)
    if f.located:
        w.add("(json_extract_string(e.record, '$.location.lat') IS NOT NULL OR "
              "json_extract_string(e.record, '$.location.country') IS NOT NULL)")
    _entity_where(store, w, f.entity, "events", "e", "event_id", [
        ("e.actor_mention", "e.actor_entity", "e.actor"),
        ("e.recipient_mention", "e.recipient_entity", "e.recipient"),
        (_ATTRIBUTED.format("mention_id"), _ATTRIBUTED.format("entity_id"), "e.attributed_to")])
    w.dated(_day("e"), _day_precision("e"), f)
    return w


EVENT_ORDERS = _orders("e", "event_id")


def events(store: Store, f: Filters = Filters(), limit: int | None = None, offset: int = 0,
           order: str = "article", labels: dict[str, str] | None = None) -> Page[Event]:
    """A page of events (actors linked to their corpus entities) under the filter."""
    w = _event_where(store, f, labels)
    base = _joined("events", w.sql)
    total = _count(store, base, w.params)
    return Page(total, list(_event_rows(store, base, w.params, order, limit, offset)))


def _event_rows(store: Store, base: str, params: list[Any], order: str, limit: int | None,
                offset: int) -> Iterator[Event]:
    for stored in _event_json(store, base, params, order, limit, offset):
        yield Event.from_dict(stored)


def _event_json(store: Store, base: str, params: list[Any], order: str, limit: int | None,
                offset: int) -> Iterator[dict[str, Any]]:
    """The stored JSON of the events, their actor, recipient and source linked to corpus
    entities."""
    mentions = ("e.actor_mention", "e.recipient_mention", _ATTRIBUTED.format("mention_id"))
    rows = _ordered(store, "events", "e", f"e.record, {', '.join(mentions)}", base, params,
                    EVENT_ORDERS[order], limit, offset)
    for chunk in _chunks(rows):
        linked = _linked(store, [m for row in chunk for m in row[1:]])
        for record, *ids in chunk:
            stored = _load(record)
            for key, mention in zip(("actor", "recipient", "attributed_to"), ids,
                                    strict=True):
                entity = linked.get(mention) if mention else None
                ref = stored.get(key)
                if isinstance(ref, dict) and entity is not None:
                    ref["entity_id"] = entity
            yield stored


def iter_events(store: Store, f: Filters = Filters()) -> Iterator[Event]:
    """Every event under the filter, streamed (the export's order: by article and span)."""
    w = _event_where(store, f, None)
    yield from _event_rows(store, _joined("events", w.sql), w.params, "article", None, 0)


def iter_event_json(store: Store, f: Filters = Filters()) -> Iterator[dict[str, Any]]:
    """`iter_events` as stored JSON (parties linked): the exports build their records from
    it (export/records.py)."""
    w = _event_where(store, f, None)
    yield from _event_json(store, _joined("events", w.sql), w.params, "article", None, 0)


def _dated_base(store: Store, table: str, f: Filters, labels: dict[str, str] | None
                ) -> tuple[str, list[Any], str]:
    first = _day(_ALIAS[table])
    w = _event_where(store, f, labels) if table == "events" else _quote_where(store, f, labels)
    w.add(f"{first} IS NOT NULL")
    return _joined(table, w.sql), w.params, first


def dated_range(store: Store, table: str, f: Filters = Filters(),
                labels: dict[str, str] | None = None) -> tuple[int, date | None, date | None]:
    """How many dated events (or quotes) the filter keeps, and their first and last day."""
    base, params, first = _dated_base(store, table, f, labels)
    row = store.con.execute(f"SELECT count(*), min({first}), max({first}) {base}",
                            params).fetchone()
    return (int(row[0]), row[1], row[2]) if row else (0, None, None)


def dated_counts(store: Store, table: str, bucket: str, f: Filters = Filters(),
                 labels: dict[str, str] | None = None) -> dict[date, int]:
    """Dated events (or quotes) under the filter counted by the first day of their day,
    month or year (`bucket`)."""
    if bucket not in ("day", "month", "year"):
        raise ValueError(f"bucket: {bucket!r} is not day, month or year")
    base, params, first = _dated_base(store, table, f, labels)
    rows = store.con.execute(f"SELECT CAST(date_trunc('{bucket}', {first}) AS DATE), count(*) "
                             f"{base} GROUP BY 1", params).fetchall()
    return {day: int(n) for day, n in rows}


def dated(store: Store, table: str, f: Filters = Filters(),
          labels: dict[str, str] | None = None) -> list[Any]:
    """Every dated event (or quote) under the filter, by article and position."""
    base, params, _first = _dated_base(store, table, f, labels)
    rows = _event_rows if table == "events" else _quote_rows
    return list(rows(store, base, params, "article", None, 0))


def claim_basics(f: Filters, c: str = "c") -> _Where:
    """The claim filters every reader shares, over the claims (or claim_edges) as `c`:
    statuses, types, a substring of the summary (the web app adds its own:
    store/claim_views.claim_where)."""
    w = _Where()
    w.any_of(f"{c}.status", f.statuses)
    w.any_of(f"coalesce({c}.type, '')", f.types)
    w.contains((f"{c}.summary",), f.q)
    return w


# best sourced first: independent sources, else outlets (over claims `c`)
BY_SOURCE_COUNT = ("(CASE WHEN c.independent_count > 0 THEN c.independent_count ELSE "
                   "c.outlet_count END)")


def _claim_where(store: Store, f: Filters) -> _Where:
    w = claim_basics(f)
    if f.actor:
        from newsweave.link.names import fold

        wanted = fold(f.actor)
        w.add("(c.actor_entity IN (SELECT entity_id FROM entities WHERE list_contains("
              "name_keys, ?)) OR c.recipient_entity IN (SELECT entity_id FROM entities WHERE "
              "list_contains(name_keys, ?)) OR strpos(lower(strip_accents(coalesce(c.actor, "
              "''))), ?) > 0 OR strpos(lower(strip_accents(coalesce(c.recipient, ''))), ?) > 0)",
              wanted, wanted, wanted, wanted)
    return w


CLAIM_ORDERS = {
    # status (vocab order), most independent sources, most events, summary
    "status": "coalesce(nullif(list_position(?::VARCHAR[], c.status), 0), 99), "
              "c.independent_count DESC, "
              "c.event_count DESC, c.summary, c.claim_id",
    # best sourced first (independent sources, else outlets), then summary
    "sources": f"{BY_SOURCE_COUNT} DESC, c.summary, c.claim_id",
}


def claims(store: Store, f: Filters = Filters(), limit: int | None = None, offset: int = 0,
           order: str = "status") -> Page[Claim]:
    """A page of claims under the status, type, text and actor filters (the web app's
    outlet, entity, country and date filters: store/claim_views.py)."""
    w = _claim_where(store, f)
    base = f"FROM claims c{w.sql}"
    total = _count(store, base, w.params)
    params: list[Any] = [list(STATUS_ORDER)] if order == "status" else []
    rows = store.con.execute(f"SELECT c.record {base} ORDER BY {CLAIM_ORDERS[order]} "
                             "LIMIT ? OFFSET ?",
                             [*w.params, *params, _limit(limit), offset]).fetchall()
    return Page(total, [Claim.from_dict(_load(r)) for (r,) in rows])


LINE_NAMES = 10  # names of each list a claim line shows (the rest are counted)
_LINE_LISTS = ("independent_sources", "supported_by", "denied_by", "doubted_by")


@dataclass
class ClaimLine:
    """What a one-line listing of a claim shows (`newsweave claims`), read from the record
    in SQL without parsing it whole: a hub claim's record holds thousands of sources."""

    claim_id: str
    summary: str
    status: str
    counts: dict[str, int]
    first_seen: str | None
    event_count: int
    names: dict[str, list[str]]  # the first LINE_NAMES of each of _LINE_LISTS
    sizes: dict[str, int]  # each list's length


def claim_lines(store: Store, f: Filters = Filters(), limit: int | None = None,
                offset: int = 0, order: str = "status") -> Page[ClaimLine]:
    """`claims` as one-line listings: the same filter, order and page, only the fields a
    line shows (the page's ids first, then only their records' fields)."""
    w = _claim_where(store, f)
    base = f"FROM claims c{w.sql}"
    total = _count(store, base, w.params)
    params: list[Any] = [list(STATUS_ORDER)] if order == "status" else []
    ids = [r[0] for r in store.con.execute(
        f"SELECT c.claim_id {base} ORDER BY {CLAIM_ORDERS[order]} LIMIT ? OFFSET ?",
        [*w.params, *params, _limit(limit), offset]).fetchall()]
    if not ids:
        return Page(total, [])
    paths = ", ".join(f"'$.{k}'" for k in ("counts", "first_seen", *_LINE_LISTS))
    lists = [f"CAST(j[{i + 3}] AS VARCHAR[])" for i in range(len(_LINE_LISTS))]
    rows = store.con.execute(
        f"SELECT claim_id, summary, status, j[1]::VARCHAR, json_extract_string(j[2], '$'), "
        "coalesce(json_array_length(record, '$.event_ids'), 0), "
        f"{', '.join(f'{x}[1:{LINE_NAMES}]' for x in lists)}, "
        f"{', '.join(f'coalesce(len({x}), 0)' for x in lists)} FROM (SELECT claim_id, "
        f"summary, status, record, json_extract(record, [{paths}]) AS j FROM claims WHERE "
        f"claim_id IN ({', '.join('?' * len(ids))}))", ids).fetchall()
    found = {}
    n = len(_LINE_LISTS)
    for cid, summary, status, counts, first, events, *rest in rows:
        found[cid] = ClaimLine(
            cid, summary, status, _load(counts) if counts and counts != "null" else {},
            first, int(events), {k: list(v or []) for k, v in zip(_LINE_LISTS, rest[:n],
                                                                 strict=True)},
            dict(zip(_LINE_LISTS, (int(x) for x in rest[n:]), strict=True)))
    return Page(total, [found[i] for i in ids if i in found])


def entities(store: Store, q: str | None = None, type: str | None = None,
             limit: int | None = None, offset: int = 0) -> Page[Entity]:
    """A page of corpus entities, most mentioned first; q: a substring of a name or alias."""
    w = _Where()
    if type:
        w.add("e.type = ?", type)
    if q:
        w.add("(strpos(lower(e.name), ?) > 0 OR len(list_filter(e.aliases, lambda x: "
              "strpos(lower(x), ?) > 0)) > 0)", q.lower(), q.lower())
    base = f"FROM entities e{w.sql}"
    total = _count(store, base, w.params)
    rows = store.con.execute(f"SELECT e.record {base} ORDER BY e.mention_count DESC, e.name, "
                             "e.entity_id LIMIT ? OFFSET ?",
                             [*w.params, _limit(limit), offset]).fetchall()
    return Page(total, [Entity.from_dict(_load(r)) for (r,) in rows])


# ----------------------------------------------------------------------------- streams


def iter_claims(store: Store, fields: Sequence[str] | None = None) -> Iterator[Claim]:
    """Every claim, streamed, by claim id; `fields`: build only these (the rest keep
    their defaults: a claim's sources, details and reports are most of its building)."""
    for (record,) in _stream(store, "SELECT record FROM claims ORDER BY claim_id", []):
        yield _claim(record, fields)


def _claim(record: str, fields: Sequence[str] | None) -> Claim:
    stored = _load(record)
    if fields is not None:
        stored = {k: stored[k] for k in fields if k in stored}
    return Claim.from_dict(stored)


def iter_claim_json(store: Store) -> Iterator[dict[str, Any]]:
    """Every claim's stored JSON, streamed, by claim id (the exports build their records
    from it: export/records.py)."""
    for (record,) in _ordered(store, "claims", "c", "c.record", "FROM claims c", [],
                              "c.claim_id", None, 0):
        yield _load(record)


def iter_entities(store: Store) -> Iterator[Entity]:
    """Every corpus entity, streamed, by name."""
    for (record,) in _stream(store, "SELECT record FROM entities ORDER BY name, entity_id", []):
        yield Entity.from_dict(_load(record))


def iter_entity_json(store: Store) -> Iterator[dict[str, Any]]:
    """Every corpus entity's stored JSON, streamed, by name (for the exports)."""
    for (record,) in _ordered(store, "entities", "n", "n.record", "FROM entities n", [],
                              "n.name, n.entity_id", None, 0):
        yield _load(record)


def _stream(store: Store, sql: str, params: list[Any]) -> Iterator[tuple[Any, ...]]:
    """The rows of a query, PAGE_ROWS at a time, on a cursor of its own (so other queries
    may run between pages)."""
    cursor = store.con.cursor()
    try:
        cursor.execute(sql, params)
        while rows := cursor.fetchmany(PAGE_ROWS):
            yield from rows
    finally:
        cursor.close()


def _count(store: Store, base: str, params: list[Any]) -> int:
    row = store.con.execute(f"SELECT count(*) {base}", params).fetchone()
    return int(row[0]) if row else 0


def _limit(limit: int | None) -> int:
    return limit if limit is not None else 2**62


# ----------------------------------------------------------------------------- actor graph


def claim_days(store: Store) -> tuple[dict[str, str | None], dict[str, str | None]]:
    """What a claim's span is read from (export.graph.claim_spans): event id -> its date,
    else its article's publication date (the events every reader lists: analysts'
    rejections left out), and article id -> publication date. Two columns per record, not
    the records: the graph export streams its claims and keeps only these."""
    published: dict[str, str | None] = dict(store.con.execute(
        "SELECT article_id, json_extract_string(record, '$.published') FROM articles"
    ).fetchall())
    w = _event_where(store, Filters(), None)
    days: dict[str, str | None] = {}
    for event_id, article_id, day in _stream(
            store, "SELECT e.event_id, e.article_id, json_extract_string(e.record, '$.date') "
            f"{_joined('events', w.sql)}", w.params):
        days[event_id] = day or published.get(article_id)
    return days, published


GraphNodeRow = tuple[str, str, "str | None", "str | None", "str | None", "str | None", int, int]


def graph_nodes(store: Store, entity_ids: Sequence[str]) -> dict[str, GraphNodeRow]:
    """What an actor graph's node shows of each of these corpus entities (unknown ids left
    out): (id, name, type, country, sector, description, mention_count, article count),
    read from the stored record as Entity.from_dict reads it, without building the entity
    (a much-mentioned actor's record lists most articles)."""
    out: dict[str, GraphNodeRow] = {}
    for start in range(0, len(entity_ids), SORTED_CHUNK):
        part = sorted(set(entity_ids[start:start + SORTED_CHUNK]))
        for row in store.con.execute(
                "SELECT entity_id, json_extract_string(record, '$.name'), "
                "json_extract_string(record, '$.type'), "
                "json_extract_string(record, '$.country'), "
                "json_extract_string(record, '$.sector'), "
                "json_extract_string(record, '$.description'), "
                "coalesce(CAST(json_extract(record, '$.mention_count') AS BIGINT), 0), "
                "coalesce(json_array_length(record, '$.article_ids'), 0) FROM entities "
                f"WHERE {in_list('entity_id', len(part))}", [part]).fetchall():
            out[row[0]] = (row[0], row[1], row[2], row[3], row[4], row[5], int(row[6]),
                           int(row[7]))
    return out


def claims_in_order(store: Store, claim_ids: Sequence[str],
                    fields: Sequence[str] | None = None) -> Iterator[Claim]:
    """These claims in this order (unknown ids left out), read SORTED_CHUNK at a time: the
    graph export writes its edges grouped by actor, not in the table's order (`fields`: as
    in iter_claims)."""
    for start in range(0, len(claim_ids), SORTED_CHUNK):
        part = list(claim_ids[start:start + SORTED_CHUNK])
        found = {cid: record for cid, record in store.con.execute(
            f"SELECT claim_id, record FROM claims WHERE {in_list('claim_id', len(part))}",
            [sorted(set(part))]).fetchall()}
        for cid in part:
            if cid in found:
                yield _claim(found[cid], fields)
