"""The workbench's API: ranked nodes, degree and actor filters, focus, paths, the "who says
what" layer, subgraph export and citations, on the small hand-made store."""

from __future__ import annotations

import io
from typing import Any

import networkx as nx
import pytest
from fastapi.testclient import TestClient

from newsweave.web import create_app
from newsweave.web.data import date_bounds, overlaps
from test_web_fixtures import DENY_SENTENCE, SUPPORT_SENTENCE, build_web_store


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> TestClient:
    db = tmp_path_factory.mktemp("workbench") / "web.duckdb"
    build_web_store(db)
    return TestClient(create_app(db), base_url="http://127.0.0.1")


def ok(response: Any) -> Any:
    assert response.status_code == 200, response.text
    return response.json()


def test_nodes_are_ranked_by_claims_then_mentions(client: TestClient) -> None:
    nodes = ok(client.get("/api/graph"))["nodes"]
    assert [n["rank"] for n in nodes] == list(range(len(nodes)))
    assert [n["id"] for n in nodes][:2] == ["ent_rebels", "ent_freedonia"]  # 3 and 2 claims
    assert {n["kind"] for n in nodes} == {"actor"}


def test_min_degree_drops_actors_in_fewer_claims(client: TestClient) -> None:
    graph = ok(client.get("/api/graph", params={"min_degree": 2}))
    assert {n["id"] for n in graph["nodes"]} == {"ent_rebels", "ent_freedonia"}
    assert graph["hidden"] == 1 and {e["id"] for e in graph["edges"]} == {"clm_arms", "clm_met"}


def test_actor_country_and_sector_filter_the_claims(client: TestClient) -> None:
    rebels = ok(client.get("/api/graph", params={"sector": "reb"}))
    assert {e["id"] for e in rebels["edges"]} == {"clm_arms", "clm_met", "clm_threat"}
    assert ok(client.get("/api/graph", params={"sector": "MIL"}))["edges"] == []
    assert ok(client.get("/api/claims", params={"sector": "REB"}))["total"] == 3


def test_a_year_only_date_is_a_span_not_a_day() -> None:
    year = date_bounds("2021")
    assert year == ("2021-01-01", "2021-12-31")
    assert not overlaps(year, "2021-03-01", "2021-03-31")  # not in a month filter
    assert overlaps(year, "2021-01-01", "2021-12-31")
    assert overlaps(date_bounds("2021-03-05"), "2021-03-01", "2021-03-31")


def test_unknown_actors_are_404_not_invented_nodes(client: TestClient) -> None:
    response = client.get("/api/graph", params={"entity": "ent_atlantis"})
    assert response.status_code == 404 and "ent_atlantis" in response.json()["detail"]
    assert client.get("/api/graph", params={"entity": "name:port marvel"}).status_code == 200


def test_shortest_path_between_two_actors(client: TestClient) -> None:
    found = ok(client.get("/api/graph/path", params={"from": "ent_freedonia",
                                                      "to": "name:port marvel"}))
    assert found["path"] == ["ent_freedonia", "ent_rebels", "name:port marvel"]
    assert {e["id"] for e in found["edges"]} == {"clm_arms", "clm_met", "clm_threat"}
    blocked = client.get("/api/graph/path", params={"from": "ent_freedonia",
                                                    "to": "name:port marvel",
                                                    "type": "AID"})
    assert blocked.status_code == 404


def test_who_says_what_layer_links_people_and_outlets_to_claims(client: TestClient) -> None:
    graph = ok(client.get("/api/graph", params={"layer": "sources"}))
    kinds = {n["id"]: n["kind"] for n in graph["nodes"]}
    assert kinds["claim:clm_arms"] == "claim"
    assert kinds["speaker:ent_firefly"] == "speaker"
    assert kinds["speaker:ent_teasdale"] == "speaker"
    roles = {(e["source"], e["target"]): e["role"] for e in graph["layer_edges"]}
    assert roles[("speaker:ent_firefly", "claim:clm_arms")] == "supports"
    assert roles[("speaker:ent_teasdale", "claim:clm_arms")] == "denies"
    assert roles[("ent_freedonia", "claim:clm_arms")] == "actor"
    assert roles[("claim:clm_arms", "ent_rebels")] == "recipient"
    # one speaker's claims: what Gloria Teasdale took part in
    hers = ok(client.get("/api/graph", params={"layer": "sources",
                                               "speaker": "ent_teasdale"}))
    claim_nodes = {n["id"] for n in hers["nodes"] if n["kind"] == "claim"}
    assert claim_nodes == {"claim:clm_arms"}
    assert {e["id"] for e in hers["edges"]} == {"clm_arms"}


@pytest.mark.parametrize("fmt, read", [("gexf", nx.read_gexf), ("graphml", nx.read_graphml)])
def test_the_filtered_view_exports_as_a_subgraph(client: TestClient, fmt: str, read: Any
                                                 ) -> None:
    view = ok(client.get("/api/graph", params={"status": ["contested", "single-source"]}))
    response = client.get(f"/api/graph/export.{fmt}",
                          params={"status": ["contested", "single-source"]})
    assert response.status_code == 200 and "attachment" in response.headers[
        "content-disposition"]
    graph = read(io.BytesIO(response.content))
    assert set(graph.nodes) == {n["id"] for n in view["nodes"]}
    assert graph.number_of_edges() == len(view["edges"]) == 2
    assert client.get("/api/graph/export.xml").status_code == 404


def test_claim_evidence_as_markdown_citations(client: TestClient) -> None:
    response = client.get("/api/claims/clm_arms/citations.md")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/markdown")
    text = response.text
    assert text.startswith("## Freedonia supplies rifles to the Sylvanian rebels")
    assert f"“{SUPPORT_SENTENCE}”" in text and f"“{DENY_SENTENCE}”" in text
    assert "(denies, Freedonia)" in text
    assert "](/#article/art_" in text
    assert client.get("/api/claims/clm_nope/citations.md").status_code == 404


def test_the_timeline_is_items_for_a_small_store_and_a_histogram_for_a_big_one(
        client: TestClient) -> None:
    items = ok(client.get("/api/timeline"))
    assert items["kind"] == "items" and items["total"] == len(items["events"]) + len(
        items["quotes"])
    supply = next(e for e in items["events"] if e["sentence"] == SUPPORT_SENTENCE)
    assert (supply["when"], supply["when_until"], supply["when_precision"]) == (
        "2021-03-01", "2021-03-31", "month")  # the text dates it to March only
    inferred = [e for e in items["events"] if e["when_source"] == "article"]
    assert inferred and all(e["when_precision"] == "day" for e in inferred)
    hist = ok(client.get("/api/timeline", params={"max_items": 2}))
    assert hist["kind"] == "histogram" and hist["bucket"] == "day"
    assert sum(b["events"] + b["quotes"] for b in hist["bins"]) == items["total"]
    window = ok(client.get("/api/timeline", params={"max_items": 2, "since": "2021-04-01"}))
    assert window["kind"] == "items"  # zoomed in: the window holds few enough
