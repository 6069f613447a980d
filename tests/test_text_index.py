"""The token index of text search (store/text_index.py): every search that reads it answers
what the substring scan answered, for needles of every shape, on the seeds store and on a
made-up store; the writer keeps it right through new articles, new analyses and changed
claims; a store of the previous schema is refused by a reader and indexed by a writer."""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import duckdb
import pytest

from newsweave.model import (
    ActorRef,
    Article,
    ArticleAnalysis,
    Claim,
    LinkResult,
    Quote,
    stable_id,
)
from newsweave.store import Store, StoreError, query, text_index
from newsweave.store.claim_views import NodeTables, claim_search
from newsweave.store.duckdb_store import SCHEMA_VERSION, write_link_changes

# made-up words: plain, accented, other scripts' letters, digits, an apostrophe inside
WORDS = ["grain", "convoy", "Velmora", "Ostrevia", "café", "naïve", "Brüvik", "Ølmar",
         "İstel", "straße", "ΔELTA", "d’Arvel", "O'Brenn", "co-op", "3rd", "2024", "x86",
         "talks", "ceasefire", "minister", "said", "the", "of", "a", "Kovash", "Ren-Tal",
         "ŽUPAN", "señora", "fjørd", "Ætla", "über", "e-mail", "U.N.", "ﬁnal"]
GLUE = [" ", " ", " ", ", ", ". ", " — ", "  ", "\t", "\n", ": ", " (", ") ", " “", "” ",
        "-", "/", "’s "]


def made_up_text(rng: random.Random, words: int) -> str:
    parts = []
    for _ in range(words):
        word = rng.choice(WORDS)
        parts.append(word.upper() if rng.random() < 0.1 else word)
        parts.append(rng.choice(GLUE))
    return "".join(parts).strip()


FIXED_NEEDLES = ["grain", "GRAIN", "gra", "rai", "ain ", " convoy", "grain convoy",
                 "said.", ", ", ".", "’s", "'", "-", "co-op", "op ta", "u.n.", "e-mail",
                 "café", "CAFÉ", "naï", "ü", "ø", "istel", "i̇stel", "straße", "strasse",
                 "δelta", "Δ", "ž", "ﬁ", "fi", "2024", "86", "3rd x", "  ", "\t", "—",
                 "the minister", "minister said", "zzzq", "a", "e", "d’a", "o'b", "(t",
                 ") t", "x", " ", "“", "ren-tal ŽUP"]


def needles_from(texts: list[str], rng: random.Random, count: int) -> list[str]:
    """Needles cut from the texts: any fragment, whole words, word prefixes, two words, in
    their case and in upper case."""
    out = list(FIXED_NEEDLES)
    texts = [t for t in texts if t]
    for _ in range(count):
        text = rng.choice(texts)
        start = rng.randrange(len(text))
        piece = text[start:start + rng.randint(1, 24)]
        out += [piece, piece.upper()]
        words = text.split()
        if len(words) >= 2:
            i = rng.randrange(len(words) - 1)
            out += [words[i], words[i][:3], f"{words[i]} {words[i + 1]}",
                    words[i][1:] + " " + words[i + 1][:2]]
    return list(dict.fromkeys(n for n in out))


def _scan_only(monkeypatch: pytest.MonkeyPatch) -> Callable[[], Any]:
    real = text_index.candidates
    monkeypatch.setattr(text_index, "candidates", lambda *a, **k: None)
    return lambda: monkeypatch.setattr(text_index, "candidates", real)


def _answers(store: Store, needle: str) -> Iterator[tuple[str, Any]]:
    low = needle.strip().lower()
    if not low:
        return
    arts = query.search_articles(store, low, 7)
    yield "articles", (arts.total, [(a.article_id, s, m) for a, s, m in arts.items])
    quotes = query.search_quotes(store, low, 7)
    yield "quotes", (quotes.total, [q.quote_id for q in quotes.items])
    n, claims = claim_search(store, low, 7)
    yield "claims", (n, [c.claim_id for c in claims])
    page = query.articles(store, query.Filters.build(q=needle), limit=5, offset=1)
    yield "article list", (page.total, [a.article_id for a in page.items])
    listed = query.quotes(store, query.Filters.build(q=needle), limit=5, offset=1)
    yield "quote list", (listed.total, [q.quote_id for q in listed.items])


def assert_same_as_scan(store: Store, needles: list[str],
                        monkeypatch: pytest.MonkeyPatch) -> int:
    """Every needle's answers through the index equal the scan's; returns how many needles
    found something."""
    with NodeTables.load(store).registered(store):  # (the lean claims read them)
        indexed = {n: dict(_answers(store, n)) for n in needles}
        restore = _scan_only(monkeypatch)
        try:
            scanned = {n: dict(_answers(store, n)) for n in needles}
        finally:
            restore()
    for needle in needles:
        assert indexed[needle] == scanned[needle], needle
    return sum(any(v[0] for v in scanned[n].values()) for n in needles)


def build_made_up(path: Path, seed: int = 3, articles: int = 60) -> Store:
    rng = random.Random(seed)
    store = Store(path)
    arts, analyses = [], []
    for i in range(articles):
        text = made_up_text(rng, rng.randint(5, 60))
        art = Article(article_id=stable_id("art", f"{i}{text}"), source=f"s{i}.txt", text=text,
                      title=made_up_text(rng, 4) if i % 3 else None, language="en")
        arts.append(art)
        quotes = [Quote(quote_id=f"quo_{i}_{j}", article_id=art.article_id, kind="direct",
                        text=made_up_text(rng, rng.randint(1, 12)), span=(0, 1),
                        speaker=ActorRef(name=made_up_text(rng, 2)) if j % 2 else None)
                  for j in range(rng.randint(0, 3))]
        analyses.append(ArticleAnalysis(article_id=art.article_id, quotes=quotes))
    store.write_batch(arts[:40], analyses[:40])
    store.write_batch(arts[40:], analyses[40:])
    store.write_links(LinkResult(claims=made_up_claims(rng, 50)))
    return store


def made_up_claims(rng: random.Random, count: int, prefix: str = "clm") -> list[Claim]:
    return [Claim(claim_id=f"{prefix}_{i}", summary=made_up_text(rng, 3), type="AID",
                  actor=ActorRef(name=made_up_text(rng, 2)) if i % 4 else None,
                  recipient=ActorRef(name=made_up_text(rng, 1)) if i % 3 else None)
            for i in range(count)]


def _index_rows(store: Store) -> list[list[Any]]:
    return [sorted(store.con.execute(f"SELECT * FROM {table}").fetchall())
            for table in text_index.TABLES[1:]]


def _rebuilt(store: Store) -> list[list[Any]]:
    con = store.con
    con.execute("BEGIN")
    try:
        text_index.build(con)
        return _index_rows(store)
    finally:
        con.execute("ROLLBACK")


@pytest.mark.slow  # (builds and links stores: over 10 s; make test-fast leaves it out)
def test_the_index_answers_what_the_scan_answered_on_a_made_up_store(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    store = build_made_up(tmp_path / "made.duckdb")
    rng = random.Random(11)
    texts = [r[0] for r in store.con.execute(
        "SELECT text FROM articles UNION ALL SELECT text FROM quotes UNION ALL SELECT "
        "summary FROM claims").fetchall()]
    needles = needles_from(texts, rng, 60)
    assert len(needles) > 250
    assert assert_same_as_scan(store, needles, monkeypatch) > 150
    store.close()


@pytest.mark.slow  # (builds and links stores: over 10 s; make test-fast leaves it out)
def test_the_writer_keeps_the_index_right_through_analyses_and_claim_changes(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    store = build_made_up(tmp_path / "made.duckdb")
    assert _index_rows(store) == _rebuilt(store)
    rng = random.Random(5)
    # new analyses of stored articles: their quotes replaced (some dropped)
    ids = [r[0] for r in store.con.execute("SELECT article_id FROM articles ORDER BY seq "
                                           "LIMIT 10").fetchall()]
    store.write_batch(analyses=[ArticleAnalysis(article_id=a, quotes=[Quote(
        quote_id=f"quo_new_{a}", article_id=a, kind="indirect", text=made_up_text(rng, 6),
        span=(0, 1), speaker=None)] if i % 2 else []) for i, a in enumerate(ids)])
    # an incremental link: some claims changed, some went, some came
    after_claims = [c for c in store.claims() if not c.claim_id.endswith("7")]
    for c in after_claims[:5]:
        c.summary = made_up_text(rng, 3)
    after = LinkResult(claims=after_claims + made_up_claims(rng, 6, "clm_new"))
    before = LinkResult(claims=store.claims())
    write_link_changes(store, before, after)
    assert _index_rows(store) == _rebuilt(store)
    texts = [r[0] for r in store.con.execute(
        "SELECT text FROM quotes UNION ALL SELECT summary FROM claims").fetchall()]
    assert assert_same_as_scan(store, needles_from(texts, rng, 20), monkeypatch) > 30
    store.close()


@pytest.mark.slow  # (builds and links stores: over 10 s; make test-fast leaves it out)
def test_the_index_answers_what_the_scan_answered_on_the_seeds_store(
        seeds_store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    texts = [r[0] for r in seeds_store.con.execute(
        "SELECT text FROM articles UNION ALL SELECT text FROM quotes UNION ALL SELECT "
        "summary FROM claims").fetchall()]
    needles = needles_from(texts, random.Random(17), 60)
    assert assert_same_as_scan(seeds_store, needles, monkeypatch) > 150


def test_a_one_word_needle_is_answered_by_the_index_alone(tmp_path: Path) -> None:
    store = build_made_up(tmp_path / "made.duckdb")
    found = text_index.candidates(store, "convo", text_index.ARTICLES, True)
    assert found is not None and found.exact
    two = text_index.candidates(store, "grain convoy", text_index.ARTICLES, True)
    assert two is not None and not two.exact  # checked on its candidates
    assert text_index.candidates(store, " — ", text_index.ARTICLES, True) is None
    store.close()


def test_a_schema_2_store_is_refused_by_a_reader_and_indexed_by_a_writer(
        tmp_path: Path) -> None:
    db = tmp_path / "old.duckdb"
    build_made_up(db).close()
    with Store(db) as store:
        want = _index_rows(store)
    con = duckdb.connect(str(db))
    for table in text_index.TABLES:
        con.execute(f"DROP TABLE {table}")
    con.execute("ALTER TABLE entities DROP COLUMN aliases")  # schema 4's
    con.execute("UPDATE meta SET value = '2' WHERE key = 'schema_version'")
    con.close()
    with pytest.raises(StoreError) as info:
        Store(db, read_only=True)
    message = str(info.value)
    assert f"older newsweave (schema 2 < {SCHEMA_VERSION})" in message
    assert "\n" not in message
    with Store(db) as store:  # a writer indexes it
        assert _index_rows(store) == want
        assert store.con.execute("SELECT value FROM meta WHERE key = 'schema_version'"
                                 ).fetchone() == (str(SCHEMA_VERSION),)
