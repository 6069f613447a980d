"""The actor graph export is streamed from the store (export.graph._GraphPlan) yet writes
the very bytes networkx writes for the whole graph (graph_document): here on a made-up
store whose claims meet a node first as a recipient, name parties that are no corpus
entity, lack a party or a date, and carry text XML must escape; with batches of one and
two elements so every batch boundary is crossed."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from newsweave.export import graph
from newsweave.model import (
    ActorRef,
    Article,
    ArticleAnalysis,
    Claim,
    Entity,
    Event,
    LinkResult,
)
from newsweave.store import Store, query

TEXT = "Ruritania armed Borduria. Borduria thanked Syldavia. Vek <spoke> & left."


def _event(eid: str, art: str, date: str | None) -> Event:
    return Event(event_id=eid, article_id=art, span=(0, 9), sentence="Ruritania armed.",
                 type="AID", trigger="arm", actor=None, date=date)


def _claim(cid: str, actor: ActorRef | None, recipient: ActorRef | None,
           events: list[str], articles: list[str], type: str | None = "AID",
           **kw: Any) -> Claim:
    return Claim(claim_id=cid, summary=f'{cid} "summary" <&> ümlaut', type=type,
                 actor=actor, recipient=recipient, event_ids=events, article_ids=articles,
                 **kw)


def build(db: Path) -> None:
    arts = [Article(article_id=f"art_{i}", source=f"s{i}", text=TEXT, published=p)
            for i, p in enumerate(["2021-04-02", None, "2020-01"])]
    rur = ActorRef(name="Ruritania", entity_id="ent_rur")
    bor = ActorRef(name="Borduria", entity_id="ent_bor")
    syl = ActorRef(name="Syldavia", entity_id="ent_syl")
    ghost = ActorRef(name="Ghost Org", entity_id="ent_not_stored")
    vek = ActorRef(name="Anna Vek")  # no corpus entity: a node by name
    with Store(db) as store:
        store.write_batch(arts, [
            ArticleAnalysis(article_id="art_0", events=[_event("e0", "art_0", "2021-03")]),
            ArticleAnalysis(article_id="art_1", events=[_event("e1", "art_1", None)]),
            ArticleAnalysis(article_id="art_2", events=[_event("e2", "art_2", "2019")]),
        ])
        store.write_links(LinkResult(
            entities=[
                Entity(entity_id="ent_rur", name="Ruritania", type="GPE", country="RUR",
                       article_ids=["art_0", "art_2"], mention_count=4),
                Entity(entity_id="ent_bor", name="Borduria <rebels>", type="ORG",
                       sector="REB", description="armed & dangerous", article_ids=["art_0"],
                       mention_count=2),
                Entity(entity_id="ent_syl", name="Syldavia", type="GPE"),
            ],
            claims=[
                # Syldavia is first met as a recipient, then is an actor in a later claim
                _claim("c1", rur, syl, ["e0"], ["art_0"], first_seen="2021-04-02"),
                _claim("c2", bor, rur, ["e1"], ["art_1"]),  # its article has no date
                _claim("c3", syl, bor, ["e2"], ["art_2"], supported_by=["A", "B"]),
                _claim("c4", rur, syl, [], [], type=None),  # no date at all, no type
                _claim("c5", vek, ghost, ["e0", "e2"], ["art_0"], denied_by=["C"]),
                _claim("c6", None, rur, ["e0"], ["art_0"]),  # no actor: no edge
                _claim("c7", rur, bor, ["e0"], ["art_0"], status="corroborated"),
                _claim("c8", ghost, vek, ["e1"], ["art_1"]),
            ]))


def whole_graph(store: Store, fmt: str) -> bytes:
    """What the export wrote before it was streamed: networkx over every record."""
    claims = list(query.iter_claims(store))
    return graph.graph_document(list(query.iter_entities(store)), claims, fmt,
                                graph.claim_spans(claims, query.iter_events(store),
                                                  query.article_meta(store)))


@pytest.mark.parametrize("batch", [1, 2, 1000])
@pytest.mark.parametrize("fmt", ["gexf", "graphml"])
def test_the_streamed_graph_is_the_whole_graph_byte_for_byte(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fmt: str, batch: int) -> None:
    build(tmp_path / "s.duckdb")
    monkeypatch.setattr(graph, "NODE_BATCH", batch)
    monkeypatch.setattr(graph, "EDGE_BATCH", batch)
    with Store(tmp_path / "s.duckdb", read_only=True) as store:
        written = graph.write_graph(store, tmp_path, fmt).read_bytes()
        assert written == whole_graph(store, fmt)
    assert b"c6" not in written.replace(b"c6 ", b"")  # the claim without an actor
    assert not list(tmp_path.glob("*.tmp"))


@pytest.mark.parametrize("fmt", ["gexf", "graphml"])
def test_a_store_without_claims_writes_the_empty_graph(tmp_path: Path, fmt: str) -> None:
    with Store(tmp_path / "e.duckdb") as store:
        store.write_batch([Article(article_id="a", source="s", text="t")],
                          [ArticleAnalysis(article_id="a")])
    with Store(tmp_path / "e.duckdb", read_only=True) as store:
        written = graph.write_graph(store, tmp_path, fmt).read_bytes()
        assert written == whole_graph(store, fmt)


def test_the_edges_follow_networkx_order_not_the_claims_order(tmp_path: Path) -> None:
    """networkx writes a multigraph's edges by source node in the nodes' order: Syldavia,
    first met as c1's recipient, has its edges before Borduria's, though c2 < c3."""
    build(tmp_path / "s.duckdb")
    with Store(tmp_path / "s.duckdb", read_only=True) as store:
        plan = graph._GraphPlan(store)
        assert list(plan.nodes)[:3] == ["ent_rur", "ent_syl", "ent_bor"]
        assert list(plan._edge_order()) == ["c1", "c4", "c7", "c3", "c2", "c5", "c8"]
