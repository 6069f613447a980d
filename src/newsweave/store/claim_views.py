"""The claim views of the web app in SQL: the claims table, the actor graph, an actor's
panel, the source matrix and the facets, each filtered, ranked and paged in DuckDB, so a page
reads only its own claims and no reader holds every claim or event in memory.

Derived tables are computed once per version of the store (`NodeTables.load`, one
pass over the claims) and kept as Arrow tables, registered on each request's cursor:

- `entity_keys`: each corpus entity's folded name and aliases (what the search matches);
- `name_keys`: a folded name or alias -> the corpus entity it names (the last entity by name
  holding it, as the web app's graph always resolved clashes);
- `claim_nodes`: each claim's actor and recipient as graph nodes (its linked corpus entity,
  else the entity its name is, else "name:" + the folded name) with each party's country and
  sector (its entity's, else the reference's);
- `claim_dates`: every date a claim stands on (its events' and quotes' own dates, else their
  articles', its articles' publication dates, its first sighting) as first and last day.
- `claim_facts`: per claim, what the lists and the graph show beside its typed columns: its
  first and last day (over claim_dates), its sources' count per role, whether anyone denies
  it, its first sighting, whether it was stored without sources. Read from the record once
  here, so a page or a graph edge never parses a best-sourced claim's record (hundreds of
  kilobytes) again.
- `claim_edges`: the claims that join two distinct actors (graph edges), with everything the
  graph filters, ranks and draws them by (nodes, their countries and sectors, type, status,
  summary, how many sources, claim_facts' counts and flags), best sourced first: the graph's
  queries read this one table, not the claims joined to their nodes and facts per request.

Names are folded as the graph keys them (lower case, white space collapsed); DuckDB's `\\s`
is ASCII white space, so a name holding other Unicode spaces folds differently from Python's
`str.split` (rare in names; the node is then "name:..." with those spaces kept).
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from newsweave.model import ActorRef, Claim, ClaimDetail, Entity, Event, Quote
from newsweave.store import text_index
from newsweave.store.duckdb_store import _load
from newsweave.store.query import (
    BY_SOURCE_COUNT,
    Filters,
    _event_rows,
    _joined,
    _last_day,
    _norm,
    _outlet_articles,
    _quote_rows,
    _text_hits,
    _Where,
    claim_basics,
    folded_holds,
    in_list,
)

if TYPE_CHECKING:
    import pyarrow as pa

    from newsweave.store.duckdb_store import Store

log = logging.getLogger(__name__)

_IDS = "CAST(json_extract(c.record, '$.{}') AS VARCHAR[])"

ENTITY_KEYS_SQL = f"""
SELECT DISTINCT entity_id, name, k AS key FROM (
    SELECT entity_id, name, {_norm('x')} AS k FROM (
        SELECT entity_id, name, unnest(list_concat([name], aliases)) AS x
        FROM entities))
WHERE k IS NOT NULL AND k <> ''
"""
NAME_KEYS_SQL = """
SELECT key, arg_max(entity_id, name || chr(0) || entity_id) AS entity_id FROM entity_keys
GROUP BY key
"""


def _node(entity: str, name: str, ent_alias: str, key_alias: str) -> str:
    """SQL: the graph node of an actor reference given by its entity and name columns."""
    return (f"(CASE WHEN {entity} IS NOT NULL AND {entity} <> '' AND {ent_alias}.entity_id "
            f"IS NOT NULL THEN {ent_alias}.entity_id WHEN {key_alias}.entity_id IS NOT NULL "
            f"THEN {key_alias}.entity_id WHEN coalesce({_norm(name)}, '') <> '' THEN 'name:' "
            f"|| {_norm(name)} END)")


CLAIM_NODES_SQL = """
SELECT claim_id, actor_node, recipient_node,
    coalesce(nullif(ae.country, ''), actor_country) AS actor_country,
    coalesce(nullif(ae.sector, ''), actor_sector) AS actor_sector,
    coalesce(nullif(re.country, ''), recipient_country) AS recipient_country,
    coalesce(nullif(re.sector, ''), recipient_sector) AS recipient_sector
FROM (SELECT c.claim_id, c.actor_country, c.actor_sector, c.recipient_country,
             c.recipient_sector, {actor} AS actor_node, {recipient} AS recipient_node
      FROM claims c
      LEFT JOIN entities ea ON ea.entity_id = c.actor_entity
      LEFT JOIN name_keys ka ON ka.key = {actor_key}
      LEFT JOIN entities er ON er.entity_id = c.recipient_entity
      LEFT JOIN name_keys kr ON kr.key = {recipient_key}) n
LEFT JOIN entities ae ON ae.entity_id = n.actor_node
LEFT JOIN entities re ON re.entity_id = n.recipient_node
""".format(actor=_node("c.actor_entity", "c.actor", "ea", "ka"),
           recipient=_node("c.recipient_entity", "c.recipient", "er", "kr"),
           actor_key=_norm("c.actor"), recipient_key=_norm("c.recipient"))

SPEAKER_NODES_SQL = """
SELECT DISTINCT {node} AS node FROM (
    SELECT q.speaker, coalesce(m.entity_id, q.speaker_entity) AS entity FROM quotes q
    LEFT JOIN mention_entities m ON m.mention_id = q.speaker_mention
    WHERE q.speaker IS NOT NULL) s
LEFT JOIN entities se ON se.entity_id = s.entity
LEFT JOIN name_keys ks ON ks.key = {key}
""".format(node=_node("s.entity", "s.speaker", "se", "ks"), key=_norm("s.speaker"))


_EDGE = "n.actor_node IS NOT NULL AND n.recipient_node IS NOT NULL AND " \
    "n.actor_node <> n.recipient_node"

CLAIM_EDGES_SQL = f"""
SELECT c.claim_id, n.actor_node, n.recipient_node, n.actor_country, n.actor_sector,
    n.recipient_country, n.recipient_sector, c.type, c.status, c.summary,
    CAST({BY_SOURCE_COUNT} AS INTEGER) AS sources, x.role_counts, x.denied, x.first_seen_text,
    x.derived
FROM claims c JOIN claim_nodes n USING (claim_id) JOIN claim_facts x USING (claim_id)
WHERE {_EDGE}
ORDER BY sources DESC, c.claim_id
"""


def _dated(first: str, prec: str) -> str:
    return f"{first} AS lo, {_last_day(first, prec)} AS hi"


CLAIM_DATES_SQL = f"""
SELECT claim_id, lo, hi FROM (
    SELECT x.claim_id, {_dated('coalesce(e.date, a.published_date)',
                               '(CASE WHEN e.date IS NULL THEN a.published_precision '
                               'ELSE e.date_precision END)')}
    FROM (SELECT c.claim_id, unnest({_IDS.format('event_ids')}) AS id FROM claims c) x
    JOIN events e ON e.event_id = x.id LEFT JOIN articles a ON a.article_id = e.article_id
    WHERE e.event_id NOT IN (SELECT unnest(?::VARCHAR[]))
    UNION ALL
    SELECT x.claim_id, {_dated('coalesce(q.date, a.published_date)',
                               '(CASE WHEN q.date IS NULL THEN a.published_precision '
                               'ELSE q.date_precision END)')}
    FROM (SELECT c.claim_id, unnest({_IDS.format('quote_ids')}) AS id FROM claims c) x
    JOIN quotes q ON q.quote_id = x.id LEFT JOIN articles a ON a.article_id = q.article_id
    UNION ALL
    SELECT x.claim_id, {_dated('a.published_date', 'a.published_precision')}
    FROM (SELECT c.claim_id, unnest({_IDS.format('article_ids')}) AS id FROM claims c) x
    JOIN articles a ON a.article_id = x.id
    UNION ALL
    SELECT claim_id, {_dated('first_seen', 'first_seen_precision')} FROM claims)
WHERE lo IS NOT NULL
"""


def _claim_facts_sql() -> str:
    """SQL: claim_facts (see the module docstring), over claims and claim_dates."""
    from newsweave.vocab import ROLE_ORDER

    counts = ", ".join(f"coalesce(CAST(json_extract(x[1], '$.\"{role}\"') AS INTEGER), 0)"
                       for role in ROLE_ORDER)
    return (
        "SELECT f.claim_id, s.first_day, s.last_day, f.role_counts, f.denied, f.first_seen_text, "
        "f.derived FROM (SELECT claim_id, "
        f"[{counts}] AS role_counts, coalesce(json_array_length(x[2]), 0) > 0 AS denied, "
        "json_extract_string(x[3], '$') AS first_seen_text, "
        "coalesce(json_array_length(x[4]), 0) = 0 AS derived FROM (SELECT claim_id, "
        "json_extract(record, ['$.counts', '$.denied_by', '$.first_seen', '$.sources']) AS x "
        "FROM claims)) f LEFT JOIN (SELECT claim_id, min(lo) AS first_day, max(lo) AS "
        "last_day FROM claim_dates GROUP BY claim_id) s USING (claim_id) ORDER BY f.claim_id")


class _Keys:
    """A sorted Arrow string column as a Python sequence (for bisect)."""

    def __init__(self, column: Any) -> None:
        self.column = column

    def __len__(self) -> int:
        return len(self.column)

    def __getitem__(self, i: int) -> str:
        return self.column[i].as_py()  # type: ignore[no-any-return]


@dataclass
class NodeTables:
    """The derived tables of one version of the store (see the module docstring)."""

    entity_keys: pa.Table
    name_keys: pa.Table
    claim_nodes: pa.Table
    claim_dates: pa.Table
    speaker_nodes: pa.Table
    claim_facts: pa.Table
    claim_lean: pa.Table
    claim_edges: pa.Table
    # the claims in each list order (BY_SOURCES, BY_SUMMARY): row numbers of claim_nodes
    # (the claims by id), so a page of every claim or of one actor's is a slice of them
    orders: dict[str, pa.Array] = field(default_factory=dict)
    ranking: pa.Table | None = None  # RANKING_SQL: the graph's actors without a filter
    edge_ends: list[Any] = field(default_factory=list)  # see edges_between

    @classmethod
    def load(cls, store: Store) -> NodeTables:
        from newsweave.store.corrections import rejected_ids

        con = store.con
        all_keys = con.sql(ENTITY_KEYS_SQL).to_arrow_table()
        cursor = con.cursor()
        try:
            cursor.register("entity_keys", all_keys)
            keys = cursor.sql(NAME_KEYS_SQL).to_arrow_table()
            cursor.register("name_keys", keys)
            # by claim id, as claim_facts and claim_lean are (see rows)
            nodes = cursor.sql(CLAIM_NODES_SQL + " ORDER BY claim_id").to_arrow_table()
            speakers = cursor.sql(SPEAKER_NODES_SQL).to_arrow_table()
            dates = cursor.sql(CLAIM_DATES_SQL,
                               params=[sorted(rejected_ids(store))]).to_arrow_table()
            cursor.register("claim_dates", dates)
            facts = cursor.sql(_claim_facts_sql()).to_arrow_table()
            cursor.register("claim_nodes", nodes)
            lean = cursor.sql(_lean_sql(f"strlen(record) > {int(LEAN_CACHE_CHARS)}")
                              + " ORDER BY c0").to_arrow_table()
            cursor.register("claim_facts", facts)
            edges = cursor.sql(CLAIM_EDGES_SQL).to_arrow_table()
            orders = {order: _order_of(cursor, nodes, order) for order in LIST_ORDERS}
            cursor.register("claim_edges", edges)
            ranking = cursor.sql(RANKING_SQL).to_arrow_table()
        finally:
            cursor.close()
        return cls(all_keys.select(["entity_id", "key"]), keys, nodes, dates, speakers, facts,
                   lean, edges, orders, ranking)

    @contextlib.contextmanager
    def registered(self, store: Store) -> Iterator[Store]:
        """The store with these tables visible to its queries (its cursor only)."""
        names = ("entity_keys", "name_keys", "claim_nodes", "claim_dates", "speaker_nodes",
                 "claim_facts", "claim_lean", "claim_edges")
        for name in names:
            store.con.register(name, getattr(self, name))
        store.derived = self
        try:
            yield store
        finally:
            store.derived = None
            for name in names:
                with contextlib.suppress(Exception):
                    store.con.unregister(name)

    def rows(self, name: str, claim_ids: list[str]) -> list[dict[str, Any]]:
        """The rows of the claims `claim_ids` in the derived table `name` (claim_nodes,
        claim_facts or claim_lean: each one row per claim, sorted by claim id), found by
        binary search: a query over a registered Arrow table converts every row of it first
        (at 100k articles, ~390k claims: 25-75 ms a query, against well under 1 ms here)."""
        import bisect

        table = getattr(self, name)
        ids = table.column("c0" if name == "claim_lean" else "claim_id")
        keys = _Keys(ids)
        out = []
        for cid in sorted(set(claim_ids)):
            at = bisect.bisect_left(keys, cid)
            if at < len(keys) and keys[at] == cid:
                out.extend(table.slice(at, 1).to_pylist())
        return out

    @property
    def nbytes(self) -> int:
        return sum(t.nbytes for t in (self.entity_keys, self.name_keys, self.claim_nodes,
                                      self.claim_dates, self.speaker_nodes, self.claim_facts,
                                      self.claim_lean, self.claim_edges,
                                      *self.orders.values(),
                                      *([self.ranking] if self.ranking else [])))

    def edges_between(self, nodes: list[str], limit: int | None
                      ) -> tuple[int, list[tuple[Any, ...]]]:
        """graph_edges without a filter: how many edges join two of `nodes`, and the best
        sourced `limit` of them (claim_edges is kept in that order) by claim id, as the
        query's rows; read in Arrow (the query scanned every edge: ~150 ms at 100k
        articles)."""
        import pyarrow as pa
        import pyarrow.compute as pc

        edges = self.claim_edges
        wanted = pa.array(nodes, pa.string())
        if not self.edge_ends:  # the parties dictionary-encoded: a test per distinct node
            self.edge_ends = [edges.column(c).combine_chunks().dictionary_encode()
                              for c in ("actor_node", "recipient_node")]
        actor, recipient = (pc.take(pc.is_in(ends.dictionary, value_set=wanted), ends.indices)
                            for ends in self.edge_ends)
        hits = pc.indices_nonzero(pc.fill_null(pc.and_kleene(actor, recipient), False))
        top = edges.take(hits[:max(limit, 0)] if limit is not None else hits)
        columns = ("claim_id", "actor_node", "recipient_node", "type", "status", "summary",
                   "sources", "denied", "first_seen_text", "derived", "role_counts")
        rows = sorted(zip(*(top.column(c).to_pylist() for c in columns), strict=True),
                      key=lambda r: r[0])
        return len(hits), rows

    def ordered_page(self, order: str, parties: list[str], limit: int | None, offset: int
                     ) -> tuple[int, list[str]] | None:
        """claim_ids_page of a filter with no part but these parties' nodes, from the
        claims' orders: how many claims (of every party) there are, and one page of their
        ids; None for an order not kept."""
        import pyarrow.compute as pc

        perm = self.orders.get(order)
        if perm is None:
            return None
        if parties:
            perm = perm.filter(pc.take(_party_mask(self.claim_nodes, parties).combine_chunks(),
                                       perm))
        end = len(perm) if limit is None else min(len(perm), offset + max(limit, 0))
        rows = perm[offset:end] if offset < end else perm[:0]
        return len(perm), self.claim_nodes.column("claim_id").take(rows).to_pylist()


# ----------------------------------------------------------------------------- claims


@dataclass
class ClaimRow:
    """A claim with what the views show beside it: its graph nodes and first/last day."""

    claim: Claim
    actor_node: str | None
    recipient_node: str | None
    first_date: str | None
    last_date: str | None


def claim_where(store: Store, f: Filters, labels: dict[str, str], c: str = "c",
                n: str = "n") -> _Where:
    """The web app's claim filter: statuses, types, outlets (named by the claim or carried
    by its articles), the actor node, a substring of the summary, a party's country or
    sector, and a date of the claim's evidence within [since, until]. Over claims `c`
    joined to claim_nodes `n`, or over claim_edges (`c` and `n` both its alias: its
    outlet condition then asks the claims table for the matching ids)."""
    w = claim_basics(f, c)
    if f.outlets:
        ids = _outlet_articles(store, f.outlets, labels)
        outlets = (f"(list_has_any(c.outlets, ?::VARCHAR[]) OR list_has_any("
                   f"{_IDS.format('article_ids')}, ?::VARCHAR[]))")
        if c != "c":  # claim_edges: the typed outlet lists are the claims table's
            outlets = f"{c}.claim_id IN (SELECT c.claim_id FROM claims c WHERE {outlets})"
        w.add(outlets, sorted(f.outlets), ids)
    if f.entity:
        w.add(f"({n}.actor_node = ? OR {n}.recipient_node = ?)", f.entity, f.entity)
    if f.countries:
        w.add(f"({n}.actor_country IN (SELECT unnest(?::VARCHAR[])) OR {n}.recipient_country "
              "IN (SELECT unnest(?::VARCHAR[])))", sorted(f.countries), sorted(f.countries))
    if f.sectors:
        w.add(f"({n}.actor_sector IN (SELECT unnest(?::VARCHAR[])) OR {n}.recipient_sector "
              "IN (SELECT unnest(?::VARCHAR[])))", sorted(f.sectors), sorted(f.sectors))
    if f.since or f.until:
        cond = [f"d.claim_id = {c}.claim_id"]
        params: list[Any] = []
        if f.since:
            cond.append("d.lo >= ?::DATE")
            params.append(f.since)
        if f.until:
            cond.append("d.hi <= ?::DATE")
            params.append(f.until)
        w.add(f"EXISTS (SELECT 1 FROM claim_dates d WHERE {' AND '.join(cond)})", *params)
    return w


_FROM = "FROM claims c JOIN claim_nodes n USING (claim_id)"
# best sourced first (independent sources, else outlets), then summary, then id (the order
# the web app has always listed claims and an actor's claims in)
BY_SOURCES = f"{BY_SOURCE_COUNT} DESC, c.summary, c.claim_id"
BY_SUMMARY = "lower(c.summary), c.claim_id"
LIST_ORDERS = (BY_SOURCES, BY_SUMMARY)  # the orders NodeTables keeps (claims, matrix)


def _order_of(cursor: Any, nodes: pa.Table, order: str) -> pa.Array:
    """The row numbers of claim_nodes (every claim, by id) in this order of the claims."""
    import pyarrow.compute as pc

    ranked = cursor.sql(f"SELECT c.claim_id FROM claims c ORDER BY {order}").to_arrow_table()
    return pc.index_in(ranked.column("claim_id"), value_set=nodes.column("claim_id")
                       ).combine_chunks().cast("int32")


def _party_mask(nodes_table: pa.Table, parties: list[str]) -> pa.ChunkedArray:
    """Which rows of claim_nodes have each of `parties` as actor or recipient."""
    import pyarrow.compute as pc

    mask = None
    for node in parties:
        hit = pc.or_kleene(pc.equal(nodes_table.column("actor_node"), node),
                           pc.equal(nodes_table.column("recipient_node"), node))
        mask = hit if mask is None else pc.and_kleene(mask, hit)
    assert mask is not None
    return pc.fill_null(mask, False)


def claims_of_nodes(tables: NodeTables, parties: list[str]) -> list[str]:
    """The ids of the claims each of `parties` is a party of (actor or recipient), sorted:
    read from claim_nodes in Arrow (a few ms at ~390k claims, where joining the claims to
    their nodes in SQL to filter them cost ~300 ms)."""
    ids = tables.claim_nodes.column("claim_id").filter(_party_mask(tables.claim_nodes, parties))
    return sorted(ids.to_pylist())


def claim_ids_page(store: Store, f: Filters, labels: dict[str, str], order: str,
                   limit: int | None = None, offset: int = 0, node: str | None = None
                   ) -> tuple[int, list[str]]:
    """How many claims match (with `node`: only that actor's), and the ids of one page of
    them in `order` (over claims `c`). The claims are read alone, without their nodes
    (joining ~390k claims to claim_nodes was most of a page's time at 100k articles): an
    actor's claims are found in claim_nodes first (claims_of_nodes), and only a party's
    country or sector joins the nodes. The total is counted apart (a window count over
    every matching claim cost more than the page: 180 of 510 ms for the source matrix);
    a page shorter than `limit` is its own total."""
    from dataclasses import replace

    tables: NodeTables | None = store.derived
    parties = [x for x in (node, f.entity) if x]
    if tables is not None and replace(f, entity=None) == Filters():
        page = tables.ordered_page(order, parties, limit, offset)
        if page is not None:
            return page
    if f.countries or f.sectors or (parties and tables is None):
        w = claim_where(store, f, labels)
        if node:
            w.add("(n.actor_node = ? OR n.recipient_node = ?)", node, node)
        base = _FROM + w.sql
    else:
        w = claim_where(store, replace(f, entity=None), labels)
        if parties:
            assert tables is not None
            ids = claims_of_nodes(tables, parties)
            if not ids:
                return 0, []
            w.add(in_list("c.claim_id", len(ids)), ids)
        base = "FROM claims c" + w.sql
    ids = [r[0] for r in store.con.execute(
        f"SELECT c.claim_id {base} ORDER BY {order} LIMIT ? OFFSET ?",
        [*w.params, limit if limit is not None else 2**62, offset]).fetchall()]
    if ids and (limit is None or len(ids) < limit):
        return offset + len(ids), ids
    row = store.con.execute(f"SELECT count(*) {base}", w.params).fetchone()
    return (int(row[0]) if row else 0), ids


def claim_page(store: Store, f: Filters, labels: dict[str, str], limit: int | None = None,
               offset: int = 0, order: str = BY_SOURCES, node: str | None = None
               ) -> tuple[int, list[ClaimRow]]:
    """How many claims match, and one page of them whole (with `node`: only that actor's)."""
    total, ids = claim_ids_page(store, f, labels, order, limit, offset, node)
    found = claims_by_id(store, ids)
    return total, [found[cid] for cid in ids if cid in found]


@dataclass
class MatrixRow:
    """What the source matrix shows of a claim: its words, status and role counts, the role
    each outlet speaking in its own voice takes, and its articles (read in SQL: a hub
    claim's record is never parsed whole for a cell)."""

    claim_id: str
    summary: str
    status: str
    type: str | None
    counts: dict[str, int]
    outlet_roles: list[tuple[str, str]]  # (outlet, role) of its outlet sources, in order
    article_ids: list[str]
    derived: bool  # stored without sources: its record must be read whole


_OUTLET_SOURCES = ("list_filter(from_json(j[1], '[{\"kind\": \"VARCHAR\", \"name\": "
                   "\"VARCHAR\", \"role\": \"VARCHAR\"}]'), lambda s: s.kind = 'outlet')")


def matrix_page(store: Store, f: Filters, labels: dict[str, str], limit: int | None = None,
                offset: int = 0) -> tuple[int, list[MatrixRow]]:
    """How many claims match, and one page of them by summary as MatrixRows."""
    from newsweave.vocab import ROLE_ORDER

    total, page = claim_ids_page(store, f, labels, BY_SUMMARY, limit, offset)
    if not page:
        return total, []
    rows = _by_rowid(
        store, "claims", "claim_id", set(page),
        f"claim_id, summary, status, type, [struct_pack(name := s.name, role := s.role) FOR s "
        f"IN {_OUTLET_SOURCES}], CAST(j[2] AS VARCHAR[])",
        "json_extract(record, ['$.sources', '$.article_ids']) AS j")
    tables: NodeTables | None = store.derived
    if tables is not None:  # by id in the Arrow table (a query would scan all of it)
        facts = {r["claim_id"]: {"counts": r["role_counts"], "derived": r["derived"]}
                 for r in tables.rows("claim_facts", page)}
    else:
        facts = dict(store.con.execute(
            "SELECT claim_id, {'counts': role_counts, 'derived': derived} FROM claim_facts "
            f"WHERE {in_list('claim_id', len(page))}", [sorted(page)]).fetchall())
    found = {}
    for cid, summary, status, type_, outlets, articles in rows:
        fact = facts.get(cid) or {"counts": [0] * len(ROLE_ORDER), "derived": True}
        found[cid] = MatrixRow(cid, summary, status, type_,
                               dict(zip(ROLE_ORDER, fact["counts"], strict=True)),
                               [(o["name"], o["role"]) for o in outlets or []],
                               list(articles or []), bool(fact["derived"]))
    return total, [found[cid] for cid in page if cid in found]


LIST_NAMES = 10  # names per list (outlets, who says so / doubts / denies) a lean claim keeps


@dataclass
class LeanClaim:
    """What a list of claims shows of one claim (the claims table, an actor's panel): its
    words, parties, status and role counts, how many sources, articles, events and quotes
    stand behind it, and the first LIST_NAMES names of each list. A best-sourced claim
    carries thousands of sources, events and reports; those are read and parsed only for
    the one claim a reader opens (`claims_by_id`). `stored_without_sources` marks a claim
    whose sources, counts and status must be derived from its records (see
    `sources_from_records`): the list reads that one whole."""

    claim_id: str
    summary: str
    type: str | None
    status: str
    actor: dict[str, Any] | None
    recipient: dict[str, Any] | None
    first_seen: str | None
    counts: dict[str, int]  # role -> number of sources
    modalities: dict[str, int]
    notes: list[str]
    details: list[ClaimDetail]
    names: dict[str, list[str]]  # independent_sources, supported_by, ...: the first names
    totals: dict[str, int]  # how many of each list the claim has in all
    actor_node: str | None
    recipient_node: str | None
    first_date: str | None = None
    last_date: str | None = None
    stored_without_sources: bool = False

    @classmethod
    def of(cls, claim: Claim, row: ClaimRow) -> LeanClaim:
        """The lean form of a whole claim (the same fields the SQL reads)."""
        lists = {name: list(getattr(claim, name)) for name in _NAMED_LISTS}
        return cls(claim.claim_id, claim.summary, claim.type, claim.status,
                   _ref(claim.actor), _ref(claim.recipient), claim.first_seen,
                   dict(claim.counts), dict(claim.modalities), list(claim.notes),
                   list(claim.details), {k: v[:LIST_NAMES] for k, v in lists.items()},
                   {**{k: len(v) for k, v in lists.items()},
                    **{k: len(getattr(claim, k)) for k in _COUNTED_LISTS}},
                   row.actor_node, row.recipient_node, row.first_date, row.last_date)


# the name lists a lean claim keeps the head of, and the lists it only counts
_NAMED_LISTS = ("independent_sources", "outlets", "supported_by", "doubted_by", "denied_by")
_COUNTED_LISTS = ("event_ids", "quote_ids", "article_ids", "sources", "reports")


def _ref(ref: Any) -> dict[str, Any] | None:
    if ref is None:
        return None
    return {"name": ref.name, "entity_id": ref.entity_id, "country": ref.country,
            "sector": ref.sector, "rules": list(ref.rules)}


_LEAN_PARTS = ("first_seen", "actor", "recipient", "counts", "modalities", "notes", "details")


def _lean_sql(where: str, joined: bool = True) -> str:
    """SQL: the lean columns (c0, c1, ...) of the claims under the condition `where`. Each
    record is parsed twice in all (one json_extract and one json_array_length over lists of paths),
    not once per field: a best-sourced claim's record is hundreds of kilobytes."""
    paths = ", ".join(f"'$.{k}'" for k in (*_LEAN_PARTS, *_NAMED_LISTS))
    counted = ", ".join(f"'$.{k}'" for k in _COUNTED_LISTS)
    first = len(_LEAN_PARTS) + 1
    named = [f"CAST(j[{first + i}] AS VARCHAR[])" for i in range(len(_NAMED_LISTS))]
    columns = ["claim_id", "summary", "type", "status", "json_extract_string(j[1], '$')",
               *(f"j[{i + 1}]::VARCHAR" for i in range(1, len(_LEAN_PARTS))),
               *(f"{n}[1:{LIST_NAMES}]" for n in named),
               *(f"coalesce(len({n}), 0)" for n in named),
               *(f"coalesce(k[{i + 1}], 0)" for i in range(len(_COUNTED_LISTS))),
               "actor_node", "recipient_node"]
    select = ", ".join(f"{c} AS c{i}" for i, c in enumerate(columns))
    return (f"SELECT {select} FROM ("
            f"SELECT c.claim_id, c.summary, c.type, c.status, n.actor_node, n.recipient_node, "
            f"json_extract(c.record, [{paths}]) AS j, "
            f"json_array_length(c.record, [{counted}]) AS k "
            f"FROM (SELECT * FROM claims WHERE {where}) c "
            + ("JOIN claim_nodes n USING (claim_id))" if joined else
               "CROSS JOIN (SELECT NULL AS actor_node, NULL AS recipient_node) n)"))


# a claim whose record is longer than this has its lean columns read once per store
# version (claim_lean): a few hub claims carry thousands of sources, and every first page
# of a list shows them
LEAN_CACHE_CHARS = 8192


def _lean(row: tuple[Any, ...]) -> LeanClaim:
    cid, summary, type_, status, first_seen, actor, recipient, counts, modalities, notes, \
        details = row[:11]
    heads = row[11:11 + len(_NAMED_LISTS)]
    sizes = row[11 + len(_NAMED_LISTS):-2]
    totals = dict(zip((*_NAMED_LISTS, *_COUNTED_LISTS), (int(s) for s in sizes), strict=True))
    actor_ref = ActorRef.from_dict(_load(actor)) if actor and actor != "null" else None
    recipient_ref = (ActorRef.from_dict(_load(recipient))
                     if recipient and recipient != "null" else None)
    return LeanClaim(
        cid, summary, type_, status, _ref(actor_ref), _ref(recipient_ref), first_seen,
        _load(counts) if counts else {}, _load(modalities) if modalities else {},
        _load(notes) if notes else [],
        [ClaimDetail.from_dict(d) for d in (_load(details) if details else [])],
        {k: list(v or []) for k, v in zip(_NAMED_LISTS, heads, strict=True)}, totals,
        row[-2], row[-1],
        stored_without_sources=(totals["sources"] == 0
                                and totals["event_ids"] + totals["quote_ids"] > 0))


def claim_list(store: Store, f: Filters, labels: dict[str, str], limit: int | None = None,
               offset: int = 0, order: str = BY_SOURCES, node: str | None = None
               ) -> tuple[int, list[LeanClaim]]:
    """`claim_page` for lists: how many claims match and one page of them in lean form
    (the few fields a list shows, read from the record in SQL; no claim is parsed whole)."""
    # the page's ids and the total first, then the lean columns of only those (DuckDB
    # would compute the columns of every matching claim before its top-N)
    total, page = claim_ids_page(store, f, labels, order, limit, offset, node)
    return total, lean_claims(store, page)


def lean_claims(store: Store, claim_ids: list[str]) -> list[LeanClaim]:
    """These claims in lean form, in the order given (unknown ids are left out)."""
    if not claim_ids:
        return []
    tables: NodeTables | None = store.derived
    if tables is None:
        marks = ", ".join("?" * len(claim_ids))
        found = {r[0]: _lean(r) for r in store.con.execute(
            f"SELECT * FROM claim_lean WHERE c0 IN ({marks})", list(claim_ids)).fetchall()}
    else:
        found = {r["c0"]: _lean(tuple(r.values())) for r in tables.rows("claim_lean",
                                                                        claim_ids)}
    rest = [i for i in claim_ids if i not in found]
    # the ids as a literal IN list: DuckDB then reads only their rows (a semi-join on an
    # unnested list would read every claim's record first)
    if rest and tables is None:
        found.update((r[0], _lean(r)) for r in store.con.execute(
            _lean_sql(f"claim_id IN ({', '.join('?' * len(rest))})"), rest).fetchall())
    elif rest and tables is not None:  # their graph nodes by id (NodeTables.rows)
        nodes = {r["claim_id"]: (r["actor_node"], r["recipient_node"])
                 for r in tables.rows("claim_nodes", rest)}
        found.update((r[0], _lean((*r[:-2], *nodes[r[0]]))) for r in store.con.execute(
            _lean_sql(f"claim_id IN ({', '.join('?' * len(rest))})", joined=False),
            rest).fetchall() if r[0] in nodes)
    lean = [found[i] for i in claim_ids if i in found]
    spans = _spans(store, [c.claim_id for c in lean])
    for c in lean:
        c.first_date, c.last_date = spans.get(c.claim_id, (None, None))
    return lean


def _spans(store: Store, ids: list[str]) -> dict[str, tuple[str | None, str | None]]:
    """Each claim's first and last day (claim_facts: the first and the last of its
    claim_dates)."""
    if not ids:
        return {}
    tables: NodeTables | None = store.derived
    if tables is not None:
        return {r["claim_id"]: (r["first_day"].isoformat(),
                                r["last_day"].isoformat() if r["last_day"] else None)
                for r in tables.rows("claim_facts", ids) if r["first_day"] is not None}
    return {cid: (lo.isoformat() if lo else None, hi.isoformat() if hi else None)
            for cid, lo, hi in store.con.execute(
                f"SELECT claim_id, first_day, last_day FROM claim_facts WHERE "
                f"{in_list('claim_id', len(ids))} AND first_day IS NOT NULL", [ids]).fetchall()}


def claims_by_id(store: Store, claim_ids: Iterable[str]) -> dict[str, ClaimRow]:
    ids = sorted(set(claim_ids))
    if not ids:
        return {}
    rows = store.con.execute(
        f"SELECT c.record, n.actor_node, n.recipient_node {_FROM} WHERE "
        f"{in_list('c.claim_id', len(ids))}", [ids]).fetchall()
    return {r.claim.claim_id: r for r in _with_dates(store, rows)}


def _with_dates(store: Store, rows: list[tuple[Any, ...]], dates: bool = True
                ) -> list[ClaimRow]:
    claims = [(Claim.from_dict(_load(rec)), a, r) for rec, a, r in rows]
    spans = _spans(store, [c.claim_id for c, _, _ in claims] if dates else [])
    out = []
    for claim, actor, recipient in claims:
        lo, hi = spans.get(claim.claim_id, (None, None))
        out.append(ClaimRow(claim, actor, recipient, lo, hi))
    return out


def claims_of_article(store: Store, article_id: str) -> list[tuple[str, str, str]]:
    """(claim id, summary, status) of the claims an article carries, by claim id."""
    return [tuple(r) for r in store.con.execute(
        f"SELECT c.claim_id, c.summary, c.status FROM claims c WHERE list_contains("
        f"{_IDS.format('article_ids')}, ?) ORDER BY c.claim_id", [article_id]).fetchall()]


def claim_search(store: Store, needle: str, limit: int) -> tuple[int, list[LeanClaim]]:
    """Claims whose summary, actor or recipient name holds `needle` (any case), by id, in
    lean form."""
    test = (f"(strpos(lower(c.summary), ?) > 0 OR {folded_holds('c.actor', needle)} OR "
            f"{folded_holds('c.recipient', needle)})")
    hits = _text_hits(store, needle, text_index.CLAIMS, "claims", "claim_id",
                      "t.summary, t.actor, t.recipient", test, [needle] * 3, max(limit, 0))
    if hits is not None:  # the index named them
        return hits[0], lean_claims(store, hits[1])
    w = _Where()
    w.add(test, needle, needle, needle)
    # one scan of the claims alone (every claim has its one claim_nodes row: the join
    # would only cost): the total and the page's ids (the `limit` smallest) as aggregates
    # (a window count kept every match's row: 117 -> 73 ms at 100k articles for "alpha")
    row = store.con.execute(
        f"SELECT count(*), min(c.claim_id, ?) FROM claims c{w.sql}",
        [max(limit, 1), *w.params]).fetchone()
    total = int(row[0]) if row else 0
    ids = list(row[1] or []) if row and limit > 0 else []
    return total, lean_claims(store, ids)


# ----------------------------------------------------------------------------- graph

_EDGES = "FROM claim_edges e"


def _edge_where(store: Store, f: Filters, labels: dict[str, str]) -> _Where:
    """claim_where over claim_edges `e` (the filter's entity part left out: the graph
    draws an actor's neighbourhood, not only its own claims)."""
    from dataclasses import replace

    return claim_where(store, replace(f, entity=None), labels, "e", "e")


@dataclass
class Edge:
    """A claim as a graph edge: what the graph shows of it, read from typed columns (no
    whole record is parsed for an edge)."""

    claim_id: str
    source: str
    target: str
    type: str | None
    status: str
    summary: str
    sources: int  # independent sources, else outlets
    counts: dict[str, int]  # every role of the vocabulary
    denied: bool
    first_seen: str | None
    derived: bool  # stored without sources (an older store): its record must be read


def graph_edges(store: Store, f: Filters, labels: dict[str, str], nodes: Iterable[str],
                limit: int | None = None) -> tuple[int, list[Edge]]:
    """How many matching claims join two of `nodes`, and those claims as edges, by claim
    id (`limit`: only the best sourced ones)."""
    from newsweave.vocab import ROLE_ORDER

    w = _edge_where(store, f, labels)
    keep = sorted(set(nodes))
    tables: NodeTables | None = store.derived
    if tables is not None and not w.parts:  # no filter: the edge table, in Arrow
        total, rows = tables.edges_between(keep, limit)
        return total, [Edge(cid, src, dst, kind, status, summary, int(n or 0),
                            dict(zip(ROLE_ORDER, per_role, strict=True)), bool(denied),
                            first, bool(derived))
                       for cid, src, dst, kind, status, summary, n, denied, first, derived,
                       per_role in rows]
    w.add("e.actor_node IN (SELECT unnest(?::VARCHAR[])) AND e.recipient_node IN "
          "(SELECT unnest(?::VARCHAR[]))", keep, keep)
    # the best sourced first: a top-N over the one edge table (no window count: it would
    # carry every matching edge's columns); counted apart only when the page is full
    rows = store.con.execute(
        "SELECT e.claim_id, e.actor_node, e.recipient_node, e.type, e.status, e.summary, "
        f"e.sources, e.denied, e.first_seen_text, e.derived, e.role_counts {_EDGES}{w.sql} "
        "ORDER BY e.sources DESC, e.claim_id LIMIT ?",
        [*w.params, max(limit, 0) if limit is not None else 2**62]).fetchall()
    total = len(rows)
    if limit is not None and total >= limit:
        row = store.con.execute(f"SELECT count(*) {_EDGES}{w.sql}", w.params).fetchone()
        total = int(row[0]) if row else 0
    rows.sort(key=lambda r: r[0])
    return total, [Edge(cid, src, dst, kind, status, summary, int(n or 0),
                        dict(zip(ROLE_ORDER, per_role, strict=True)), bool(denied), first,
                        bool(derived))
                   for cid, src, dst, kind, status, summary, n, denied, first, derived, per_role
                   in rows]


def claims_ranked(store: Store, claim_ids: Iterable[str], batch: int = 100
                  ) -> Iterator[Claim]:
    """These claims, best sourced first (then by id), read `batch` at a time."""
    ids = sorted(set(claim_ids))
    order = f"{BY_SOURCE_COUNT} DESC, c.claim_id"
    offset = 0
    while True:
        rows = store.con.execute(
            f"SELECT c.record FROM claims c WHERE c.claim_id IN (SELECT unnest(?::VARCHAR[])) "
            f"ORDER BY {order} LIMIT ? OFFSET ?", [ids, batch, offset]).fetchall()
        yield from (Claim.from_dict(_load(r)) for (r,) in rows)
        if len(rows) < batch:
            return
        offset += batch


def _degrees_sql(w: _Where) -> str:
    """SQL: node -> edges under `w` (over claim_edges) it is a party of (one scan: both
    parties unnested)."""
    return (f"SELECT node, count(*) AS d FROM (SELECT unnest([e.actor_node, "
            f"e.recipient_node]) AS node {_EDGES}{w.sql}) GROUP BY node")


def _ranked_sql(w: _Where) -> str:
    """SQL: the CTEs `deg` and `ranked` (node, its degree d under `w`, its mentions m)."""
    return (f"WITH deg AS ({_degrees_sql(w)}), ranked AS (SELECT deg.node, deg.d, "
            "coalesce(e.mention_count, 0) AS m FROM deg LEFT JOIN entities e ON "
            "e.entity_id = deg.node) ")


# every actor joined to another by a claim, by degree, then mentions, then id (the graph's
# ranking without a filter: NodeTables.ranking)
RANKING_SQL = f"{_ranked_sql(_Where())}SELECT node, d FROM ranked ORDER BY d DESC, m DESC, node"


@dataclass
class Ranking:
    """The graph's actors by claims, then mentions, then id: the first `top` eligible ones
    with their degrees, how many are eligible and ranked in all, the focus's degree."""

    top: list[tuple[str, int]]
    eligible: int
    ranked: int
    focus_degree: int | None


def ranked_nodes(store: Store, f: Filters, labels: dict[str, str],
                 within: Iterable[str] | None, min_degree: int, focus: str | None,
                 limit: int) -> Ranking:
    """Every actor joined to another by a matching claim (only claims between `within` when
    given), ranked; eligible: degree >= min_degree, or the focus."""
    w = _edge_where(store, f, labels)
    tables: NodeTables | None = store.derived
    if tables is not None and tables.ranking is not None and within is None and not focus \
            and not w.parts:
        # no filter: every actor's degree, ranked once per store version (NodeTables);
        # the eligible (degree >= min_degree) are the ranking's head
        ranking = tables.ranking
        degrees = ranking.column("d").to_pylist()
        eligible = sum(1 for d in degrees if d >= min_degree)
        top = ranking.slice(0, min(max(limit, 0), eligible))
        return Ranking(list(zip(top.column("node").to_pylist(), top.column("d").to_pylist(),
                                strict=True)), eligible, ranking.num_rows, None)
    if within is not None:
        keep = sorted(set(within))
        w.add("e.actor_node IN (SELECT unnest(?::VARCHAR[])) AND e.recipient_node IN "
              "(SELECT unnest(?::VARCHAR[]))", keep, keep)
    ranked = _ranked_sql(w)
    # one pass: the eligible first, ranked, with the counts as window aggregates
    rows = store.con.execute(
        f"{ranked}SELECT node, d, elig, count(*) OVER (), count(*) FILTER (WHERE elig) OVER "
        "(), max(CASE WHEN node = ? THEN d END) OVER () FROM (SELECT *, (d >= ? OR node = ?) "
        "AS elig FROM ranked) ORDER BY elig DESC, d DESC, m DESC, node LIMIT ?",
        [*w.params, focus or "", min_degree, focus or "", max(limit, 1)]).fetchall()
    if not rows:
        return Ranking([], 0, 0, None)
    _, _, _, n_ranked, n_eligible, focus_degree = rows[0]
    return Ranking([(n, int(d)) for n, d, elig, *_ in rows if elig][:limit],
                   int(n_eligible or 0), int(n_ranked or 0),
                   int(focus_degree) if focus_degree is not None else None)


def isolated_entities(store: Store, f: Filters, labels: dict[str, str], limit: int
                      ) -> list[Entity]:
    """The most mentioned corpus entities no matching claim joins to another actor."""
    w = _edge_where(store, f, labels)
    rows = store.con.execute(
        f"WITH deg AS ({_degrees_sql(w)}) SELECT record FROM entities WHERE entity_id NOT IN "
        "(SELECT node FROM deg WHERE node IS NOT NULL) ORDER BY mention_count DESC, entity_id "
        "LIMIT ?", [*w.params, limit]).fetchall()
    return [Entity.from_dict(_load(r)) for (r,) in rows]


def party_names(store: Store, f: Filters, labels: dict[str, str], nodes: Iterable[str],
                edges_only: bool = False) -> dict[str, str]:
    """node -> the name it is written with in its first matching claim (by claim id; as
    actor before as recipient); `edges_only`: only claims joining two distinct actors."""
    from dataclasses import replace

    wanted = sorted(set(nodes))
    if not wanted:
        return {}
    w = claim_where(store, replace(f, entity=None), labels)
    if edges_only:
        w.add(_EDGE)
    rows = store.con.execute(
        f"SELECT node, arg_min(name, claim_id || chr(0) || pos) FROM ("
        f"SELECT n.actor_node AS node, c.actor AS name, c.claim_id, '0' AS pos {_FROM}{w.sql} "
        f"UNION ALL SELECT n.recipient_node, c.recipient, c.claim_id, '1' {_FROM}{w.sql}) "
        "WHERE node IN (SELECT unnest(?::VARCHAR[])) AND name IS NOT NULL GROUP BY node",
        [*w.params, *w.params, wanted]).fetchall()
    return {n: name for n, name in rows}


def graph_degrees(store: Store, f: Filters, labels: dict[str, str], nodes: Iterable[str]
                  ) -> dict[str, int]:
    """node -> how many matching claims (the filter's entity part left out) join it to
    another actor, for these nodes."""
    w = _edge_where(store, f, labels)
    rows = store.con.execute(
        f"SELECT node, d FROM ({_degrees_sql(w)}) WHERE node IN (SELECT unnest(?::VARCHAR[]))",
        [*w.params, sorted(set(nodes))]).fetchall()
    return {node: int(k) for node, k in rows}


def neighbours(store: Store, f: Filters, labels: dict[str, str], nodes: Iterable[str]
               ) -> set[str]:
    """The actors one matching claim away from any of `nodes`."""
    wanted = sorted(set(nodes))
    by_actor, by_recipient = _edge_where(store, f, labels), _edge_where(store, f, labels)
    by_actor.add("e.actor_node IN (SELECT unnest(?::VARCHAR[]))", wanted)
    by_recipient.add("e.recipient_node IN (SELECT unnest(?::VARCHAR[]))", wanted)
    rows = store.con.execute(
        f"SELECT e.recipient_node {_EDGES}{by_actor.sql} UNION SELECT e.actor_node "
        f"{_EDGES}{by_recipient.sql}", [*by_actor.params, *by_recipient.params]).fetchall()
    return {r[0] for r in rows}


def node_known(store: Store, node: str) -> bool:
    """Whether the records name this graph node: a corpus entity, a claim's party or a
    quote's speaker."""
    row = store.con.execute(
        "SELECT EXISTS (SELECT 1 FROM entities WHERE entity_id = $1) OR EXISTS (SELECT 1 FROM "
        "claim_nodes WHERE actor_node = $1 OR recipient_node = $1) OR EXISTS (SELECT 1 FROM "
        "speaker_nodes WHERE node = $1)", [node]).fetchone()
    return bool(row and row[0])


def node_degree(store: Store, nodes: Iterable[str]) -> dict[str, int]:
    """node -> how many claims it is a party of (actor or recipient, once per claim)."""
    ids = sorted(set(nodes))
    if not ids:
        return {}
    rows = store.con.execute(
        "SELECT node, count(*) FROM (SELECT claim_id, actor_node AS node FROM claim_nodes "
        "UNION SELECT claim_id, recipient_node FROM claim_nodes) WHERE node IN "
        "(SELECT unnest(?::VARCHAR[])) GROUP BY node", [ids]).fetchall()
    return {n: int(k) for n, k in rows}


# ----------------------------------------------------------------------------- lookups


def entities_by_id(store: Store, entity_ids: Iterable[str]) -> dict[str, Entity]:
    ids = sorted({i for i in entity_ids if i})
    if not ids:
        return {}
    return {e.entity_id: e for e in (Entity.from_dict(_load(r)) for (r,) in store.con.execute(
        f"SELECT record FROM entities WHERE {in_list('entity_id', len(ids))}", [ids]
    ).fetchall())}


@dataclass
class EntityCard:
    """What the graph shows of an actor (its node's label, kind, size and place), read from
    typed columns: a much-mentioned actor's record lists most of the corpus's articles, and
    parsing 80 of those was a quarter of a graph request at 100k articles."""

    entity_id: str
    name: str
    type: str | None
    mention_count: int
    articles: int  # how many articles mention it
    country: str | None
    sector: str | None

    @classmethod
    def of(cls, ent: Entity) -> EntityCard:
        return cls(ent.entity_id, ent.name, ent.type, ent.mention_count, len(ent.article_ids),
                   ent.country, ent.sector)


def entity_cards(store: Store, entity_ids: Iterable[str]) -> dict[str, EntityCard]:
    """The EntityCard of each of these corpus entities, by id (unknown ids left out)."""
    ids = sorted({i for i in entity_ids if i})
    if not ids:
        return {}
    rows = store.con.execute(
        "SELECT entity_id, name, type, coalesce(mention_count, 0), coalesce("
        "json_array_length(record, '$.article_ids'), 0), country, sector FROM entities "
        f"WHERE {in_list('entity_id', len(ids))}", [ids]).fetchall()
    return {r[0]: EntityCard(r[0], r[1], r[2], int(r[3]), int(r[4]), r[5], r[6]) for r in rows}


def entities_named(store: Store, keys: Iterable[str]) -> dict[str, str]:
    """folded name -> the corpus entity it names (name_keys)."""
    wanted = sorted({k for k in keys if k})
    if not wanted:
        return {}
    return dict(store.con.execute(
        "SELECT key, entity_id FROM name_keys WHERE key IN (SELECT unnest(?::VARCHAR[]))",
        [wanted]).fetchall())


def entity_search(store: Store, needle: str, limit: int = 100
                  ) -> tuple[int, list[tuple[Entity, int]]]:
    """Entities whose folded name or alias holds `needle`, most mentioned first (at most
    `limit`; the total counts all), each without its article ids and with how many there
    are (a much-mentioned actor's list holds most of the corpus)."""
    found = "SELECT DISTINCT entity_id FROM entity_keys WHERE strpos(key, ?) > 0"
    # the page's ids by the sort columns alone, then only their records (reading every
    # match's record to sort them cost 100 ms for one match at 100k articles)
    page = store.con.execute(
        f"SELECT e.entity_id, count(*) OVER () FROM entities e WHERE e.entity_id IN ({found}) "
        "ORDER BY e.mention_count DESC, e.name, e.entity_id LIMIT ?",
        [needle, max(limit, 1)]).fetchall()
    total = int(page[0][1]) if page else 0
    ids = [r[0] for r in page][:max(limit, 0)]
    rows = store.con.execute(
        "SELECT entity_id, json_merge_patch(record, '{\"article_ids\": []}'), coalesce("
        "json_array_length(record, '$.article_ids'), 0) FROM entities WHERE "
        f"{in_list('entity_id', len(ids))}", [ids]).fetchall() if ids else []
    at = {eid: (r, n) for eid, r, n in rows}
    return total, [(Entity.from_dict(_load(at[i][0])), int(at[i][1])) for i in ids if i in at]


def events_by_id(store: Store, event_ids: Iterable[str]) -> dict[str, Event]:
    """These events (actors linked; analysts' rejections left out)."""
    from newsweave.store.corrections import rejected_ids

    ids = sorted(set(event_ids) - rejected_ids(store))
    if not ids:
        return {}
    w = _Where()
    w.any_of("e.event_id", ids)
    return {e.event_id: e for e in _event_rows(store, _joined("events", w.sql), w.params,
                                               "article", None, 0)}


def _by_rowid(store: Store, table: str, key: str, ids: set[str], columns: str,
              computed: str = "") -> list[tuple[Any, ...]]:
    """`columns` of the rows of `table` whose `key` is one of `ids`: their row ids first,
    then those rows. A filter on the key alone scans one column; asked together with a
    record column, DuckDB reads the records of every row group it scans (at 100k articles,
    2,578 events cost 68 ms of CPU in one query, 33 ms in these two)."""
    if not ids:
        return []
    wanted = sorted(ids)
    rowids = [r[0] for r in store.con.execute(
        f"SELECT rowid FROM {table} WHERE {in_list(key, len(wanted))}", [wanted]).fetchall()]
    if not rowids:
        return []
    extra = f", {computed}" if computed else ""  # columns the select reads (`j` ...)
    return store.con.execute(f"SELECT {columns} FROM (SELECT *{extra} FROM {table} WHERE "
                             "rowid IN (SELECT unnest(?::BIGINT[])))", [rowids]).fetchall()


@dataclass
class EvidenceKey:
    """What orders and folds one event or quote of a claim's evidence (its article, date as
    written, sentence, start, modality or stance, the quote an event cites), read from typed
    columns: a hub claim's thousands of events are ranked and paged without parsing them."""

    id: str
    article_id: str
    date: str | None
    sentence: str
    start: int
    mood: str | None  # an event's modality, a quote's stance
    quote_id: str | None = None


def evidence_keys(store: Store, event_ids: Iterable[str], quote_ids: Iterable[str]
                  ) -> tuple[dict[str, EvidenceKey], dict[str, EvidenceKey]]:
    """The EvidenceKey of these events (analysts' rejections left out) and quotes, by id."""
    from newsweave.store.corrections import rejected_ids

    events: dict[str, EvidenceKey] = {}
    quotes: dict[str, EvidenceKey] = {}
    for eid, aid, day, sentence, start, mood, qid in _by_rowid(
            store, "events", "event_id", set(event_ids) - rejected_ids(store),
            "event_id, article_id, json_extract_string(record, '$.date'), "
            "coalesce(sentence, ''), span_start, modality, "
            "json_extract_string(record, '$.quote_id')"):
        events[eid] = EvidenceKey(eid, aid, day, sentence, int(start), mood, qid)
    for qid, aid, day, sentence, start, mood in _by_rowid(
            store, "quotes", "quote_id", set(quote_ids),
            "quote_id, article_id, json_extract_string(record, '$.date'), "
            "coalesce(nullif(json_extract_string(record, '$.sentence'), ''), text, ''), "
            "span_start, stance"):
        quotes[qid] = EvidenceKey(qid, aid, day, sentence, int(start), mood)
    return events, quotes


def quotes_by_id(store: Store, quote_ids: Iterable[str]) -> dict[str, Quote]:
    ids = sorted(set(quote_ids))
    if not ids:
        return {}
    w = _Where()
    w.any_of("q.quote_id", ids)
    return {q.quote_id: q for q in _quote_rows(store, _joined("quotes", w.sql), w.params,
                                               "article", None, 0)}


# ----------------------------------------------------------------------------- facets


def facet_values(store: Store) -> dict[str, Any]:
    """What the filter controls offer, aggregated in the store: parties' countries and
    sectors, claim and event types, statuses, modalities, the date range, counts."""
    from newsweave.store.corrections import rejected_ids

    rejected = sorted(rejected_ids(store))
    con = store.con

    def column(sql: str, params: list[Any] | None = None) -> list[Any]:
        return [r[0] for r in con.execute(sql, params or []).fetchall()]

    countries = column("SELECT DISTINCT x FROM (SELECT actor_country AS x FROM claim_nodes "
                       "UNION SELECT recipient_country FROM claim_nodes) WHERE x IS NOT NULL "
                       "AND x <> '' ORDER BY x")
    sectors = column("SELECT DISTINCT x FROM (SELECT actor_sector AS x FROM claim_nodes "
                     "UNION SELECT recipient_sector FROM claim_nodes) WHERE x IS NOT NULL "
                     "AND x <> '' ORDER BY x")
    live = "event_id NOT IN (SELECT unnest(?::VARCHAR[]))"
    types = column(f"SELECT DISTINCT t FROM (SELECT type AS t FROM claims UNION SELECT type "
                   f"FROM events WHERE {live}) WHERE t IS NOT NULL AND t <> '' ORDER BY t",
                   [rejected])
    statuses = set(column("SELECT DISTINCT status FROM claims"))
    modalities = column(f"SELECT DISTINCT modality FROM events WHERE {live} ORDER BY 1",
                        [rejected])
    day = "coalesce({0}.date, a.published_date)"
    prec = "(CASE WHEN {0}.date IS NULL THEN a.published_precision ELSE {0}.date_precision END)"
    spans = []
    for table, alias, where in (("events", "e", f" WHERE e.{live}"), ("quotes", "q", "")):
        first = day.format(alias)
        spans.append(con.execute(
            f"SELECT min({first}), max({_last_day(first, prec.format(alias))}) "
            f"{_joined(table, where)}", [rejected] if where else []).fetchone())
    spans.append(con.execute(
        "SELECT min(published_date), max("
        f"{_last_day('published_date', 'published_precision')}) FROM articles").fetchone())
    lows = [s[0] for s in spans if s and s[0] is not None]
    highs = [s[1] for s in spans if s and s[1] is not None]
    counts = {name: int(con.execute(f"SELECT count(*) FROM {name}").fetchone()[0])
              for name in ("articles", "entities", "quotes", "claims")}
    counts["events"] = int(con.execute(f"SELECT count(*) FROM events WHERE {live}",
                                       [rejected]).fetchone()[0])
    return {"countries": countries, "sectors": sectors, "types": types,
            "statuses": statuses, "modalities": modalities,
            "date_min": min(lows).isoformat() if lows else None,
            "date_max": max(highs).isoformat() if highs else None,
            "counts": counts}
