"""The web app's claim views answered in SQL (store/claim_views.py): graph nodes of claim
parties, filters, paging and the graph's edge cap, on a small made-up store."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from newsweave.model import (
    ActorRef,
    Article,
    ArticleAnalysis,
    Claim,
    Entity,
    Event,
    LinkResult,
    Quote,
)
from newsweave.store import Store
from newsweave.store.claim_views import LIST_ORDERS, NodeTables, claim_page, graph_edges
from newsweave.store.query import Filters
from newsweave.web.app import create_app


def _article(n: int, outlet: str, published: str) -> Article:
    text = f"Story {n}: Ruritania and its neighbours argued again on day {n}."
    return Article(article_id=f"art_{n}", source=f"story{n}.txt", text=text, title=f"Story {n}",
                   outlet=outlet, published=published, published_source="metadata",
                   language="en", format="text")


def _event(n: int, day: str | None) -> Event:
    return Event(event_id=f"evt_{n}", article_id=f"art_{n}", span=(0, 5),
                 sentence=f"Story {n} sentence.", type="ACCUSE", trigger="argued",
                 actor=None, recipient=None, modality="asserted", date=day)


def _claim(cid: str, actor: ActorRef | None, recipient: ActorRef | None, n: int,
           sources: int, summary: str) -> Claim:
    outlets = [f"Outlet {i}" for i in range(sources)]
    return Claim(claim_id=cid, summary=summary, type="ACCUSE", actor=actor, recipient=recipient,
                 event_ids=[f"evt_{n}"], article_ids=[f"art_{n}"], outlets=outlets,
                 independent_sources=outlets, status="single-source",
                 supported_by=outlets, counts={"supports": sources},
                 first_seen="2020-01-01")


@pytest.fixture
def store_path(tmp_path: Path) -> Path:
    """Four claims: an actor linked to an entity, one named by an entity's alias (written
    with other case and spacing), one whose entity id is unknown (its name decides), and an
    unresolved name."""
    path = tmp_path / "views.duckdb"
    arts = [_article(1, "Daily Ledger", "2020-03-01"), _article(2, "Evening Wire", "2020-05"),
            _article(3, "Daily Ledger", "2021-01-02"), _article(4, "Harbor Times", "2021")]
    days = {1: "2020-03-01", 2: None, 3: "2021-01-02", 4: None}
    ents = [Entity(entity_id="ent_rur", name="Ruritania", type="GPE", aliases=["Ruritanian"],
                   country="RUR", mention_count=9),
            Entity(entity_id="ent_gra", name="Grand Fenwick", type="GPE", aliases=["Fenwick"],
                   country="GRF", sector="GOV", mention_count=4,
                   article_ids=["art_1", "art_4"])]
    rur = ActorRef(name="Ruritania", entity_id="ent_rur")
    claims = [
        _claim("clm_a", rur, ActorRef(name="  FENWICK "), 1, 3, "Ruritania accuses Fenwick"),
        _claim("clm_b", ActorRef(name="Ruritanian", entity_id="ent_gone"),
               ActorRef(name="Port  Marvel"), 2, 1, "Ruritanians accuse the port"),
        _claim("clm_c", ActorRef(name="port marvel"), rur, 3, 2, "The port accuses Ruritania"),
        _claim("clm_d", rur, ActorRef(name="Grand Fenwick", entity_id="ent_gra"), 4, 1,
               "Ruritania accuses Grand Fenwick again"),
    ]
    analyses = [ArticleAnalysis(article_id=a.article_id, events=[_event(i + 1, days[i + 1])],
                                analyzer_version="test") for i, a in enumerate(arts)]
    with Store(path) as store:
        store.write_batch(arts, analyses)
        store.write_links(LinkResult(entities=ents, claims=claims))
    return path


def test_claim_parties_become_graph_nodes_by_entity_then_name(store_path: Path) -> None:
    with Store(store_path, read_only=True) as store:
        nodes = {r["claim_id"]: (r["actor_node"], r["recipient_node"])
                 for r in NodeTables.load(store).claim_nodes.to_pylist()}
    assert nodes == {
        "clm_a": ("ent_rur", "ent_gra"),  # an alias, folded, names the entity
        "clm_b": ("ent_rur", "name:port marvel"),  # an unknown entity id: the name decides
        "clm_c": ("name:port marvel", "ent_rur"),
        "clm_d": ("ent_rur", "ent_gra"),
    }


def _page(store_path: Path, f: Filters, **kw: object) -> tuple[int, list[str]]:
    with Store(store_path, read_only=True) as store:
        tables = NodeTables.load(store)
        with tables.registered(store):
            total, rows = claim_page(store, f, {}, **kw)  # type: ignore[arg-type]
    return total, [r.claim.claim_id for r in rows]


def test_claims_filter_by_node_country_and_evidence_dates_in_sql(store_path: Path) -> None:
    assert _page(store_path, Filters(entity="name:port marvel")) == (2, ["clm_c", "clm_b"])
    # the party's entity gives the country when the reference has none
    assert _page(store_path, Filters(countries=frozenset({"GRF"}))) == (2, ["clm_a", "clm_d"])
    assert _page(store_path, Filters(sectors=frozenset({"GOV"})))[0] == 2
    # a date of the claim's evidence must lie in the range: the undated event of story 2
    # counts on its article's month, a month inside the range
    assert _page(store_path, Filters(since="2020-05-01", until="2020-05-31")) == (1, ["clm_b"])
    # the first sighting (2020-01-01) is a date of every claim
    assert _page(store_path, Filters(since="2020-01-01", until="2020-01-01"))[0] == 4
    # best sourced first, then summary; paged
    assert _page(store_path, Filters(), limit=2, offset=1) == (4, ["clm_c", "clm_d"])


def test_the_graph_draws_the_best_sourced_claims_and_counts_the_rest(store_path: Path) -> None:
    client = TestClient(create_app(store_path), base_url="http://127.0.0.1")
    whole = client.get("/api/graph").json()
    assert whole["edges_total"] == 4 and len(whole["edges"]) == 4
    capped = client.get("/api/graph", params={"max_edges": 1}).json()
    assert capped["edges_total"] == 4 and [e["id"] for e in capped["edges"]] == ["clm_a"]
    labels = {n["id"]: n["label"] for n in whole["nodes"]}
    assert labels["name:port marvel"] == "Port  Marvel"  # as written in its first claim
    assert {n["id"]: n["degree"] for n in whole["nodes"]}["ent_rur"] == 4


def test_graph_nodes_show_their_entity_without_reading_its_record(store_path: Path) -> None:
    client = TestClient(create_app(store_path), base_url="http://127.0.0.1")
    nodes = {n["id"]: n for n in client.get("/api/graph").json()["nodes"]}
    assert {k: nodes["ent_gra"][k] for k in ("label", "type", "mentions", "articles",
                                             "country", "sector")} == {
        "label": "Grand Fenwick", "type": "GPE", "mentions": 4, "articles": 2,
        "country": "GRF", "sector": "GOV"}
    assert nodes["name:port marvel"]["mentions"] == 0  # no corpus entity: no card


def test_the_edge_table_filters_as_the_claims_do(store_path: Path) -> None:
    """claim_edges holds the claims joining two distinct actors, best sourced first, and
    every filter picks the same of them as it picks from the claims."""
    with Store(store_path, read_only=True) as store:
        tables = NodeTables.load(store)
        edges = tables.claim_edges.to_pylist()
        assert [(e["claim_id"], e["sources"]) for e in edges] == [
            ("clm_a", 3), ("clm_c", 2), ("clm_b", 1), ("clm_d", 1)]
        assert edges[0]["role_counts"][0] == 3 and edges[0]["denied"] is False
        labels = {f"art_{n}": o for n, o in ((1, "Daily Ledger"), (2, "Evening Wire"),
                                            (3, "Daily Ledger"), (4, "Harbor Times"))}
        nodes = {"ent_rur", "ent_gra", "name:port marvel"}
        with tables.registered(store):
            for f in (Filters(), Filters(countries=frozenset({"GRF"})),
                      Filters(outlets=frozenset({"Daily Ledger"})), Filters(q="port"),
                      Filters(since="2020-05-01", until="2020-05-31"),
                      Filters(statuses=frozenset({"single-source"}), types=frozenset({"X"})),
                      Filters(sectors=frozenset({"GOV"}))):
                total, found = graph_edges(store, f, labels, nodes)
                claims = claim_page(store, f, labels)[1]
                assert total == len(found)
                assert [e.claim_id for e in found] == sorted(r.claim.claim_id for r in claims)
            total, found = graph_edges(store, Filters(), labels, nodes, limit=2)
            assert total == 4 and [e.claim_id for e in found] == ["clm_a", "clm_c"]
            assert graph_edges(store, Filters(), labels, {"ent_rur", "ent_gra"})[0] == 2


def test_the_matrix_is_paged_by_summary(store_path: Path) -> None:
    client = TestClient(create_app(store_path), base_url="http://127.0.0.1")
    page = client.get("/api/matrix", params={"limit": 2, "offset": 1}).json()
    assert page["total"] == 4
    assert [r["claim_id"] for r in page["claims"]] == ["clm_d", "clm_b"]


def test_search_finds_entities_by_alias_and_claims_by_folded_party_name(
        store_path: Path) -> None:
    client = TestClient(create_app(store_path), base_url="http://127.0.0.1")
    found = client.get("/api/search", params={"q": "fenwick"}).json()
    assert [e["entity_id"] for e in found["entities"]["items"]] == ["ent_gra"]
    assert found["claims"]["total"] == 2
    spaced = client.get("/api/search", params={"q": "port marvel"}).json()
    assert {c["claim_id"] for c in spaced["claims"]["items"]} == {"clm_b", "clm_c"}


def _well_sourced(path: Path) -> None:
    """A claim with 25 outlets saying so, each with its own source record, and a detail;
    beside the four claims stored without sources."""
    from newsweave.model import ClaimDetail, ClaimSource, DetailValue

    outlets = [f"Outlet {i:02d}" for i in range(25)]
    claim = Claim(
        claim_id="clm_big", summary="Ruritania shells the harbour", type="ASSAULT",
        actor=ActorRef(name="Ruritania", entity_id="ent_rur"), recipient=None,
        event_ids=["evt_1", "evt_3"], article_ids=["art_1", "art_3"], outlets=outlets,
        independent_sources=outlets, status="corroborated", supported_by=outlets,
        denied_by=["Grand Fenwick"], first_seen="2020-03-01",
        sources=[ClaimSource(name=o, kind="outlet", role="supports", evidence_ids=["evt_1"])
                 for o in outlets]
        + [ClaimSource(name="Grand Fenwick", kind="speaker", role="denies")],
        counts={"supports": 25, "denies": 1}, notes=["checked by hand"],
        details=[ClaimDetail(kind="count", key="shells", label="40 shells",
                             values=[DetailValue(text="40", value=40.0)])])
    with Store(path) as store:
        old = store.claims()
        store.write_links(LinkResult(entities=[
            Entity(entity_id="ent_rur", name="Ruritania", type="GPE", country="RUR"),
            Entity(entity_id="ent_gra", name="Grand Fenwick", type="GPE", country="GRF")],
            claims=[*old, claim]))


def test_list_records_are_lean_and_agree_with_the_whole_claim(store_path: Path) -> None:
    """/api/claims and an actor's panel carry the first names of each list with the lists'
    totals and no evidence ids or sources; the whole claim is at /api/claims/{id}."""
    _well_sourced(store_path)
    client = TestClient(create_app(store_path), base_url="http://127.0.0.1")
    items = client.get("/api/claims").json()["items"]
    assert items[0]["claim_id"] == "clm_big"  # best sourced first
    big = items[0]
    assert "event_ids" not in big and "sources" not in big and "reports" not in big
    assert big["supported_by"] == [f"Outlet {i:02d}" for i in range(10)]
    assert big["totals"] == {"independent_sources": 25, "outlets": 25, "supported_by": 25,
                             "doubted_by": 0, "denied_by": 1, "event_ids": 2,
                             "quote_ids": 0, "article_ids": 2, "sources": 26, "reports": 0}
    assert big["denied_by"] == ["Grand Fenwick"] and big["notes"] == ["checked by hand"]
    assert big["details_text"] == "40 shells" and big["disputed_details"] == []
    assert big["actor"]["name"] == "Ruritania" and big["recipient"] is None
    for lean in items:  # every field a list shows is the whole claim's
        whole = client.get(f"/api/claims/{lean['claim_id']}").json()
        assert len(whole["supported_by"]) == lean["totals"]["supported_by"]
        assert len(whole["event_ids"]) == lean["totals"]["event_ids"]
        for key in ("summary", "type", "status", "status_label", "actor", "recipient",
                    "counts", "first_seen", "first_date", "last_date", "actor_node",
                    "recipient_node", "details_text", "disputed_details", "notes"):
            assert lean[key] == whole[key], (lean["claim_id"], key)
        assert lean["supported_by"] == whole["supported_by"][:10]
    panel = client.get("/api/entities/ent_rur/evidence").json()
    assert panel["claims_total"] == 4  # clm_b's actor entity is gone: its name decides
    first = panel["claims"][0]["claim"]
    assert first == big  # the panel lists the same lean records


def test_a_claim_stored_without_sources_is_listed_with_derived_counts(
        store_path: Path) -> None:
    """The fixture's claims carry no sources: the list derives them from the claim's events
    as the whole view does, so both say the same status and counts."""
    client = TestClient(create_app(store_path), base_url="http://127.0.0.1")
    for lean in client.get("/api/claims").json()["items"]:
        whole = client.get(f"/api/claims/{lean['claim_id']}").json()
        assert (lean["status"], lean["counts"]) == (whole["status"], whole["counts"])
        assert lean["totals"]["sources"] == len(whole["sources"]) > 0


def _quote(n: int, speaker: ActorRef) -> Quote:
    return Quote(quote_id=f"qt_{n}", article_id="art_1", kind="direct", text=f"words {n}",
                 span=(0, 5), speaker=speaker)


def test_an_actor_filter_matches_names_with_odd_spacing_and_respects_links(
        tmp_path: Path) -> None:
    """A speaker named by an entity's name or alias (any case, runs of spaces or a tab) is
    that entity's, unless the speaker's mention is linked or its own entity is known; the
    names are matched first and only those quotes' links are looked up."""
    from newsweave.store import query

    quotes = [_quote(1, ActorRef(name="grand  fenwick")),  # two spaces: folded, matched
              _quote(2, ActorRef(name="Grand\tFenwick ")),  # a tab: folded, matched
              _quote(3, ActorRef(name=" FENWICK")),  # an alias
              _quote(4, ActorRef(name="Grand Fenwick", entity_id="ent_rur")),  # known entity
              _quote(5, ActorRef(name="Grand Fenwick", mention_id="m_5")),  # linked mention
              _quote(6, ActorRef(name="Grand Fenwickshire"))]  # another name
    ents = [Entity(entity_id="ent_rur", name="Ruritania", type="GPE"),
            Entity(entity_id="ent_gra", name="Grand Fenwick", type="GPE", aliases=["Fenwick"])]
    path = tmp_path / "speakers.duckdb"
    with Store(path) as store:
        store.write_batch([_article(1, "Daily Ledger", "2020-03-01")],
                          [ArticleAnalysis(article_id="art_1", quotes=quotes,
                                           analyzer_version="test")])
        store.write_links(LinkResult(entities=ents, mention_entity={"m_5": "ent_rur"}))
    with Store(path, read_only=True) as store:
        def ids(entity: str) -> list[str]:
            return [q.quote_id for q in query.quotes(store, Filters(entity=entity)).items]

        assert ids("ent_gra") == ["qt_1", "qt_2", "qt_3"]
        assert ids("ent_rur") == ["qt_4", "qt_5"]
        assert ids("name:grand fenwickshire") == ["qt_6"]
        assert ids("name:grand fenwick") == []  # an entity's name: its node is the entity


def test_hub_claims_list_the_same_from_the_cache(store_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """claim_lean (claims with long records, read once per store version) gives the same
    lean records as reading each record per request."""
    from newsweave.store import claim_views

    _well_sourced(store_path)
    with Store(store_path, read_only=True) as store:
        plain = NodeTables.load(store)
        monkeypatch.setattr(claim_views, "LEAN_CACHE_CHARS", 0)
        cached = NodeTables.load(store)
        assert plain.claim_lean.num_rows < cached.claim_lean.num_rows == 5
        pages = []
        for tables in (plain, cached):
            with tables.registered(store):
                pages.append(claim_views.claim_list(store, Filters(), {}, limit=10))
        assert pages[0] == pages[1] and pages[0][0] == 5


def test_the_claims_command_lists_a_page_of_lines_with_the_first_names(
        store_path: Path) -> None:
    """`newsweave claims` reads a page of one-line listings (no record parsed whole): a hub
    claim shows its first ten sources and how many more; --limit cuts the page."""
    from typer.testing import CliRunner

    from newsweave.cli import app
    from newsweave.store import query

    _well_sourced(store_path)
    with Store(store_path, read_only=True) as store:
        lines = query.claim_lines(store, limit=2)
        whole = query.claims(store, limit=2)
    assert lines.total == whole.total == 5
    assert [c.claim_id for c in lines.items] == [c.claim_id for c in whole.items]
    big = next(c for c in lines.items if c.claim_id == "clm_big")
    assert big.names["supported_by"] == [f"Outlet {i:02d}" for i in range(10)]
    assert big.sizes["supported_by"] == 25 and big.event_count == 2
    assert big.counts == next(c for c in whole.items if c.claim_id == "clm_big").counts
    runner = CliRunner()
    shown = runner.invoke(app, ["claims", "--db", str(store_path), "-f", "table", "--limit",
                                "2"], env={"COLUMNS": "250"})
    assert shown.exit_code == 0, shown.output
    assert "5 claims (first 2)" in shown.output and "+15 more" in shown.output


def test_the_snapshot_is_kept_out_of_the_collectors_passes(store_path: Path) -> None:
    """A request that makes thousands of objects must not set off a collector pass over
    every article the snapshot holds (a graph request at 100k articles spent a third of
    its CPU so)."""
    import gc

    from newsweave.web.data import SnapshotSource

    gc.unfreeze()
    try:
        snap = SnapshotSource(store_path).get()
        collected = {id(o) for generation in range(3) for o in gc.get_objects(generation)}
        assert gc.get_freeze_count() > 0
        assert id(snap.articles) not in collected
        assert id(next(iter(snap.articles.values()))) not in collected
    finally:
        gc.unfreeze()


@pytest.mark.parametrize("cache_chars", [8192, 0])
def test_lean_claims_taken_by_id_from_the_derived_tables_equal_the_queries(
        store_path: Path, monkeypatch: pytest.MonkeyPatch, cache_chars: int) -> None:
    """With the derived tables registered, a page's claims take their graph nodes, dates
    and cached lean columns by binary search in Arrow (NodeTables.rows): the same lean
    records, in the order asked, unknown ids left out, as the SQL over those tables."""
    from newsweave.store import claim_views

    _well_sourced(store_path)
    monkeypatch.setattr(claim_views, "LEAN_CACHE_CHARS", cache_chars)
    with Store(store_path, read_only=True) as store:
        tables = NodeTables.load(store)
        ids = sorted(r["claim_id"] for r in tables.claim_nodes.to_pylist())
        asked = [*reversed(ids), "clm_unknown", ids[0]][1:]
        with tables.registered(store):
            assert store.derived is tables
            by_id = claim_views.lean_claims(store, asked)
            spans = claim_views._spans(store, asked)
            store.derived = None  # the queries over the registered tables
            assert claim_views.lean_claims(store, asked) == by_id
            assert claim_views._spans(store, asked) == spans
        assert store.derived is None
        assert [c.claim_id for c in by_id] == [i for i in asked if i != "clm_unknown"]
        assert any(c.first_date for c in by_id)
        assert tables.rows("claim_nodes", ["clm_unknown", "clm_a"])[0]["claim_id"] == "clm_a"


def test_quote_search_pages_and_counts_as_a_filter_of_every_quote(tmp_path: Path) -> None:
    """search_quotes (the texts scanned alone, the order's columns read only for matches)
    gives the quotes whose text or folded speaker name holds the needle, in the listing's
    order (article, then position, then as stored), and how many there are."""
    from newsweave.store import query

    speakers = ["Grand  Fenwick", "Port Marvel", "the harbour master", "GRAND fenwick"]
    texts = ["Tolls rise at dawn", "No tolls were raised", "The harbour stays open",
             "Fenwick denies the tolls", "Ships wait outside"]
    path = tmp_path / "quotes.duckdb"
    arts, analyses = [], []
    for a in (3, 1, 2):  # stored out of article order
        quotes = [Quote(quote_id=f"qt_{a}_{i}", article_id=f"art_{a}", kind="direct",
                        text=texts[(a + i) % len(texts)], span=((7 * i) % 5, 9),
                        speaker=ActorRef(name=speakers[(a * i) % len(speakers)]))
                  for i in range(4)]
        arts.append(_article(a, "Daily Ledger", "2020-03-01"))
        analyses.append(ArticleAnalysis(article_id=f"art_{a}", quotes=quotes,
                                        analyzer_version="test"))
    with Store(path) as store:
        store.write_batch(arts, analyses)
    with Store(path, read_only=True) as store:
        every = query.quotes(store).items
        assert len(every) == 12
        for needle in ("tolls", "fenwick", "grand fenwick", "harbour", "t", "zzqx"):
            wanted = [q.quote_id for q in every if needle in q.text.lower() or (
                q.speaker is not None and needle in " ".join(q.speaker.name.lower().split()))]
            for limit in (1, 3, 50):
                found = query.search_quotes(store, needle, limit)
                assert found.total == len(wanted), needle
                assert [q.quote_id for q in found.items] == wanted[:limit], needle


def _kept_and_recomputed(db: Path) -> tuple[dict[Any, Any], dict[Any, Any]]:
    """The answers the snapshot's kept orders, ranking and edge table give (NodeTables'
    fast paths), and the same asked of the store in SQL (no derived tables to take them
    from): claim pages of every claim and of each actor in both list orders, the graph's
    ranking and its edges between the best ranked actors."""
    from newsweave.store.claim_views import claim_ids_page, ranked_nodes

    out: list[dict[Any, Any]] = [{}, {}]
    with Store(db, read_only=True) as store:
        tables = NodeTables.load(store)
        labels: dict[str, str] = {}
        with tables.registered(store):
            nodes = sorted({n for n in tables.claim_nodes.column("actor_node").to_pylist()
                            + tables.claim_nodes.column("recipient_node").to_pylist() if n})
            for fast in (True, False):
                store.derived = tables if fast else None
                got = out[0 if fast else 1]
                for order in LIST_ORDERS:
                    for limit, offset in ((None, 0), (3, 0), (5, 2), (2, 10_000)):
                        got[order, limit, offset] = claim_ids_page(
                            store, Filters(), labels, order, limit, offset)
                        for node in nodes[:6] + nodes[-3:]:
                            got[order, limit, offset, node] = claim_ids_page(
                                store, Filters(), labels, order, limit, offset, node=node)
                            got[order, limit, offset, "entity", node] = claim_ids_page(
                                store, Filters(entity=node), labels, order, limit, offset)
                for min_degree in (0, 1, 2, 5):
                    for limit in (0, 1, 4, 1000):
                        got["ranked", min_degree, limit] = ranked_nodes(
                            store, Filters(), labels, None, min_degree, None, limit)
                top = [n for n, _ in ranked_nodes(store, Filters(), labels, None, 0, None,
                                                  10).top]
                for limit in (None, 1, 3):
                    got["edges", "top", limit] = graph_edges(store, Filters(), labels, top,
                                                             limit)
                    got["edges", "all", limit] = graph_edges(store, Filters(), labels, nodes,
                                                             limit)
            store.derived = tables
    return out[0], out[1]


def test_the_kept_orders_and_ranking_equal_the_queries(store_path: Path) -> None:
    kept, recomputed = _kept_and_recomputed(store_path)
    assert kept == recomputed
    by_sources, by_summary = LIST_ORDERS
    assert kept[by_sources, None, 0] == (4, ["clm_a", "clm_c", "clm_d", "clm_b"])
    assert kept[by_summary, 3, 0] == (4, ["clm_a", "clm_d", "clm_b"])
    assert kept[by_sources, None, 0, "name:port marvel"] == (2, ["clm_c", "clm_b"])
    assert kept["ranked", 2, 4].top == [("ent_rur", 4), ("ent_gra", 2), ("name:port marvel", 2)]


def test_the_kept_orders_follow_an_incremental_link(tmp_path: Path) -> None:
    """After a link of a few more articles by the linker that linked the rest (as `watch`
    does), the snapshot's orders, ranking and edges, taken anew from the store, equal the
    queries again, and the new claims are in them."""
    import random

    from newsweave.engine.synthetic import hashed_embed, synthetic_analyses
    from newsweave.link.incremental import Linker

    db = tmp_path / "inc.duckdb"
    articles, analyses = synthetic_analyses(330, random.Random(5))
    linker = Linker(embed=hashed_embed)
    with Store(db) as store:
        store.write_batch(articles[:300], analyses[:300])
        linker.link(store)
    before, again = _kept_and_recomputed(db)
    assert before == again
    with Store(db) as store:
        store.write_batch(articles[300:], analyses[300:])
        linker.link(store)
        assert linker.stats.incremental
    after, recomputed = _kept_and_recomputed(db)
    assert after == recomputed
    every = (LIST_ORDERS[0], None, 0)
    assert after[every][0] > before[every][0]  # more claims than before


def test_the_kept_orders_follow_an_analysts_correction(tmp_path: Path) -> None:
    """A correction made in the web app relinks the store: the app's claim list, matrix
    and graph then answer from a snapshot whose kept orders equal the queries."""
    from newsweave import api
    from test_web_fixtures import build_web_store

    db = tmp_path / "c.duckdb"
    build_web_store(db)
    with Store(db) as store:
        api.link(store)
    client = TestClient(create_app(db), base_url="http://127.0.0.1")
    claims = client.get("/api/claims").json()["items"]
    first = client.get(f"/api/claims/{claims[0]['claim_id']}").json()
    relinker = client.app.state.relinker  # type: ignore[attr-defined]
    done = client.post("/api/corrections", json={"kind": "reject",
                                                 "target": first["event_ids"][0]})
    assert done.status_code == 200, done.text
    assert relinker.wait(120)
    kept, recomputed = _kept_and_recomputed(db)
    assert kept == recomputed
    listed = client.get("/api/claims", params={"limit": 50}).json()
    total, ids = kept[LIST_ORDERS[0], None, 0]  # every claim, best sourced first
    assert listed["total"] == total
    assert [c["claim_id"] for c in listed["items"]] == ids[:50]
    matrix = client.get("/api/matrix").json()
    assert (matrix["total"], [r["claim_id"] for r in matrix["claims"]]) == \
        kept[LIST_ORDERS[1], None, 0]


def test_the_timeline_without_a_filter_is_kept_per_store_version(store_path: Path) -> None:
    """The unfiltered timeline is computed once per snapshot and equals the computation;
    a store that changed is read anew (a new snapshot, a new timeline)."""
    from newsweave.web import data

    source = data.SnapshotSource(store_path)
    with source.view() as view:
        first = data.timeline(view, Filters(), view.store, max_items=1)
        assert first == data._timeline(view, Filters(), view.store, 1)
        assert data.timeline(view, Filters(), view.store, max_items=1) is first
        assert first["kind"] == "histogram" and first["total"] == 4
        assert data.timeline(view, Filters(), view.store)["kind"] == "items"
    source.close_reader()
    with Store(store_path) as store:
        store.write_batch([_article(5, "Harbor Times", "2022-02-02")],
                          [ArticleAnalysis(article_id="art_5", events=[_event(5, None)],
                                           analyzer_version="test")])
    with source.view() as view:
        assert data.timeline(view, Filters(), view.store, max_items=1)["total"] == 5


def test_a_page_of_articles_is_the_slice_of_every_article_in_order(store_path: Path) -> None:
    from newsweave.store import query

    with Store(store_path, read_only=True) as store:
        for order in ("ingest", "published"):
            every = [a.article_id for a in query.articles(store, order=order).items]
            assert len(every) == 4
            for limit, offset in ((1, 0), (2, 1), (3, 3), (2, 9)):
                page = query.articles(store, limit=limit, offset=offset, order=order)
                assert page.total == 4
                assert [a.article_id for a in page.items] == every[offset:offset + limit]
                assert set(page.text_length) == {a.article_id for a in page.items}
        assert [a.article_id for a in query.articles(store, order="published").items] == \
            ["art_1", "art_2", "art_4", "art_3"]  # "2021" sorts before "2021-01-02"
