"""The token index behind text search: which records may hold a needle, without reading
every text.

A record's indexed text (lower-cased by DuckDB, as the searches compare it) is cut into
tokens: the maximal runs of letters and digits (RE2's \\p{L} and \\p{N}; every other
character separates). `search_tokens` holds every token ever indexed (the vocabulary);
`search_postings` says which article (by seq) holds which token in its title and text, as
a 32-bit hash of the token; `search_quote_postings` the same for quotes (text, speaker) by
quote id, `search_claim_postings` for claims (summary, actor, recipient) by claim id. The
writer keeps them in the same transaction as the rows they index (duckdb_store.Store.
write_batch, _write_analyses, write_links, write_link_changes); a token that no record
holds any more stays in the vocabulary, harmlessly (it leads to no posting).

A needle is cut the same way (by DuckDB, so both sides agree on every character) into
pieces. A text that holds the needle as a substring:
- a needle of one piece (no separator in it): has a token holding the piece;
- else: a token ending with the first piece (unless the needle starts with a separator),
  each inner piece as a whole token, a token starting with the last piece (unless the
  needle ends with a separator).
So the records with such tokens are a superset of the matches (a needle of separators alone
is not narrowed at all: the searches scan then). For a one-piece needle over exactly the
indexed text, and no other vocabulary token sharing a matched token's hash, the set is the
matches themselves (`Candidates.exact`); otherwise the searches check the needle on the
candidates only (store/query.py), so every search returns what the substring scan did.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from newsweave.store.duckdb_store import Store

SEPARATORS = r"[^\p{L}\p{N}]+"
TOKEN_HASH = "(hash({0}) >> 32)::UINTEGER"

# kinds of search_postings, keyed by article seq
ARTICLES = 0  # title and text
QUOTES = "quotes"  # search_quote_postings: each quote's text and speaker name, by quote id
CLAIMS = "claims"  # search_claim_postings: each claim's summary, actor, recipient, by claim id

SCHEMA = """
CREATE TABLE IF NOT EXISTS search_tokens (token VARCHAR PRIMARY KEY);
CREATE TABLE IF NOT EXISTS search_postings (kind UTINYINT, token UINTEGER, seq BIGINT);
CREATE TABLE IF NOT EXISTS search_quote_postings (token UINTEGER, quote_id VARCHAR);
CREATE TABLE IF NOT EXISTS search_claim_postings (token UINTEGER, claim_id VARCHAR);
"""
TABLES = ("search_tokens", "search_postings", "search_quote_postings",
          "search_claim_postings")

# what each kind indexes: (key, lower-cased text, FROM ... with `{where}` for the rows)
_ARTICLES = ("a.seq", "lower(concat_ws(' ', a.title, a.text))", "articles a WHERE {where}")
_QUOTES = ("q.quote_id", "lower(concat_ws(' ', q.text, q.speaker))", "quotes q WHERE {where}")
_CLAIMS = ("c.claim_id", "lower(concat_ws(' ', c.summary, c.actor, c.recipient))",
           "claims c WHERE {where}")
# where each kind's postings are: table, doc column
_POSTINGS: dict[int | str, tuple[str, str]] = {
    ARTICLES: ("search_postings", "seq"), QUOTES: ("search_quote_postings", "quote_id"),
    CLAIMS: ("search_claim_postings", "claim_id")}
BUILD_PAGE = 20_000  # articles indexed at a time when a whole store is indexed


def _tokens_sql(source: tuple[str, str, str], where: str) -> str:
    key, text, frm = source
    return (f"SELECT DISTINCT doc, t FROM (SELECT {key} AS doc, unnest(regexp_split_to_array("
            f"{text}, '{SEPARATORS}')) AS t FROM {frm.format(where=where)}) WHERE t <> ''")


def _values_tokens_sql(parts: int) -> str:
    """`_tokens_sql` over values given as lists (docs, then `parts` text lists): the texts
    the writer holds, so no stored text is read to index them (a filter by key would read
    every row's text)."""
    names = [f"p{i}" for i in range(parts)]
    columns = ", ".join(f"unnest(?::VARCHAR[]) AS {n}" for n in names)
    text = f"lower(concat_ws(' ', {', '.join(names)}))"
    return _tokens_sql(("v.doc", text, f"(SELECT unnest(?) AS doc, {columns}) v WHERE {{where}}"),
                       "true")


def _add(con: Any, tokens_sql: str, params: list[Any], postings: str, kind: int | None
         ) -> None:
    """Index the (doc, token) rows of `tokens_sql`: the vocabulary, then the postings."""
    con.execute(f"CREATE OR REPLACE TEMP TABLE _nw_tokens AS {tokens_sql}", params)
    try:
        con.execute("INSERT OR IGNORE INTO search_tokens SELECT DISTINCT t FROM _nw_tokens")
        head = f"{int(kind)}, " if kind is not None else ""
        con.execute(f"INSERT INTO {postings} SELECT {head}{TOKEN_HASH.format('t')}, doc FROM "
                    "_nw_tokens")
    finally:
        con.execute("DROP TABLE IF EXISTS _nw_tokens")


def _add_rows(con: Any, rows: Sequence[tuple[Any, ...]], postings: str, kind: int | None
              ) -> None:
    """Index these rows the writer holds: (doc, text, text, ...), each text as stored."""
    if rows:
        columns = len(rows[0])
        _add(con, _values_tokens_sql(columns - 1),
             [[r[i] for r in rows] for i in range(columns)], postings, kind)


def index_articles(con: Any, rows: list[tuple[int, str | None, str | None]]) -> None:
    """Index these new articles: (seq, title, text) as stored."""
    _add_rows(con, rows, "search_postings", ARTICLES)


def unindex_quotes(con: Any, article_ids: list[str]) -> None:
    """Drop the postings of these articles' quotes (before the quotes are deleted)."""
    if not article_ids:
        return
    # the ids first: new articles have none, and the postings are then not read at all
    quote_ids = [r[0] for r in con.execute(
        "SELECT quote_id FROM quotes WHERE article_id IN (SELECT unnest(?::VARCHAR[]))",
        [article_ids]).fetchall()]
    if quote_ids:
        con.execute("DELETE FROM search_quote_postings WHERE quote_id IN (SELECT unnest("
                    "?::VARCHAR[]))", [quote_ids])


def index_quotes(con: Any, rows: list[tuple[str, str | None, str | None]]) -> None:
    """Index these new quotes: (quote id, text, speaker name) as stored."""
    _add_rows(con, rows, "search_quote_postings", None)


def index_claims(con: Any, gone: list[str] | None,
                 rows: Sequence[tuple[str, str | None, str | None, str | None]] = ()) -> None:
    """Index these claims anew: (claim id, summary, actor, recipient) as stored; the claims
    in `gone` (rewritten or deleted) lose their postings first; `gone` None: every claim
    is indexed again from the store (after a full link)."""
    if gone is None:
        con.execute("DELETE FROM search_claim_postings")
        _add(con, _tokens_sql(_CLAIMS, "true"), [], "search_claim_postings", None)
        return
    if gone:
        con.execute("DELETE FROM search_claim_postings WHERE claim_id IN (SELECT unnest("
                    "?::VARCHAR[]))", [gone])
    _add_rows(con, rows, "search_claim_postings", None)


def build(con: Any) -> None:
    """Index a whole store from nothing (the upgrade from schema 2), a page of articles at
    a time."""
    con.execute(SCHEMA)
    for table in TABLES:
        con.execute(f"DELETE FROM {table}")
    row = con.execute("SELECT coalesce(min(seq), 0), coalesce(max(seq), 0) FROM articles"
                      ).fetchone()
    lo, hi = int(row[0]), int(row[1])
    for start in range(lo, hi + 1, BUILD_PAGE):
        bounds = [start, start + BUILD_PAGE]
        _add(con, _tokens_sql(_ARTICLES, "a.seq >= ? AND a.seq < ?"), bounds,
             "search_postings", ARTICLES)
    _add(con, _tokens_sql(_QUOTES, "true"), [], "search_quote_postings", None)
    index_claims(con, None)


@dataclass
class Candidates:
    """What the index narrows a needle to: the postings' query (its `?` bound to `params`)
    giving the docs that may hold the needle, and whether exactly those hold it."""

    sql: str
    params: list[Any]
    exact: bool


def _constraints(store: Store, needle: str) -> list[tuple[str, str]] | None:
    """The needle's pieces as vocabulary tests (see the module docstring); None when the
    needle is separators alone."""
    row = store.con.execute(f"SELECT regexp_split_to_array(?, '{SEPARATORS}')",
                            [needle]).fetchone()
    pieces: list[str] = list(row[0]) if row else []
    if len(pieces) == 1:
        return [("strpos(token, ?) > 0", pieces[0])] if pieces[0] else None
    tests = []
    if pieces and pieces[0]:
        tests.append(("ends_with(token, ?)", pieces[0]))
    tests += [("token = ?", p) for p in pieces[1:-1] if p]
    if len(pieces) > 1 and pieces[-1]:
        tests.append(("starts_with(token, ?)", pieces[-1]))
    return tests or None


def candidates(store: Store, needle: str, kind: int | str, exact_text: bool
               ) -> Candidates | None:
    """The docs (article seqs, quote ids or claim ids: `kind`) that may hold `needle`;
    None when the index cannot narrow it. `exact_text`: the search reads exactly the
    indexed text of a doc (so a one-piece needle's candidates are its matches)."""
    tests = _constraints(store, needle)
    if tests is None:
        return None
    hashes: list[list[int]] = []
    for test, piece in tests:
        found = [r[0] for r in store.con.execute(
            f"SELECT DISTINCT {TOKEN_HASH.format('token')} FROM search_tokens WHERE {test}",
            [piece]).fetchall()]
        hashes.append(found)
    exact = False
    if exact_text and tests[0][0].startswith("strpos"):  # a needle of one piece
        # no token outside the matched ones shares their hashes: the postings are exact
        row = store.con.execute(
            f"SELECT count(*) FROM search_tokens WHERE {TOKEN_HASH.format('token')} IN ("
            f"SELECT unnest(?::UINTEGER[])) AND NOT ({tests[0][0]})",
            [hashes[0], tests[0][1]]).fetchone()
        exact = bool(row) and int(row[0]) == 0
    table, doc = _POSTINGS[kind]
    kind_test = f"kind = {int(kind)} AND " if table == "search_postings" else ""
    parts, params = [], []
    for found in hashes:
        parts.append(f"SELECT {doc} FROM {table} WHERE {kind_test}token IN "
                     "(SELECT unnest(?::UINTEGER[]))")
        params.append(found)
    return Candidates(f"SELECT DISTINCT {doc} AS doc FROM ({' INTERSECT '.join(parts)})",
                      params, exact)
