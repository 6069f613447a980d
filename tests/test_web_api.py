"""The web app's JSON API, on a small hand-made store and on the seed corpus."""

from __future__ import annotations

import io
import json
import re
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from newsweave.web import create_app
from test_web_fixtures import (
    DENY_SENTENCE,
    SCRIPT_QUOTE,
    SCRIPT_SENTENCE,
    SCRIPT_TITLE,
    SUPPORT_SENTENCE,
    build_web_store,
)

STATIC = Path(__file__).resolve().parents[1] / "src" / "newsweave" / "web" / "static"


@pytest.fixture(scope="module")
def web_db(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str]]:
    db = tmp_path_factory.mktemp("web") / "web.duckdb"
    return db, build_web_store(db)


@pytest.fixture()
def client(web_db: tuple[Path, dict[str, str]]) -> TestClient:
    return TestClient(create_app(web_db[0]), base_url="http://127.0.0.1")


@pytest.fixture()
def ids(web_db: tuple[Path, dict[str, str]]) -> dict[str, str]:
    return web_db[1]


def ok(response: Any) -> Any:
    assert response.status_code == 200, response.text
    return response.json()


# ----------------------------------------------------------------------------- graph


def test_graph_has_actors_sized_by_mentions_and_claims_styled_by_status(client: TestClient
                                                                        ) -> None:
    graph = ok(client.get("/api/graph"))
    nodes = {n["id"]: n for n in graph["nodes"]}
    assert nodes["ent_freedonia"]["mentions"] == 6 and nodes["ent_freedonia"]["label"] == \
        "Freedonia"
    assert "name:port marvel" in nodes  # an actor the linker did not resolve still shows
    edges = {e["id"]: e for e in graph["edges"]}
    assert edges["clm_arms"] == {**edges["clm_arms"], "source": "ent_freedonia",
                                 "target": "ent_rebels", "type": "AID", "status": "contested",
                                 "denied": True, "sources": 2}
    assert {e["status"] for e in edges.values()} == {"contested", "single-source", "unconfirmed"}


def test_graph_filters_by_status_type_outlet_and_time(client: TestClient) -> None:
    def edge_ids(**params: Any) -> set[str]:
        return {e["id"] for e in ok(client.get("/api/graph", params=params))["edges"]}

    assert edge_ids(status="contested") == {"clm_arms"}
    assert edge_ids(status=["contested", "unconfirmed"]) == {"clm_arms", "clm_threat"}
    assert edge_ids(type="CONSULT") == {"clm_met"}
    assert edge_ids(outlet="Harbor Times") == {"clm_met"}
    assert edge_ids(since="2021-04-01") == {"clm_met"}
    assert edge_ids(until="2021-03") == {"clm_arms", "clm_threat"}
    assert edge_ids(since="2022") == set()


def test_graph_expands_from_an_entity_by_depth(client: TestClient) -> None:
    one = ok(client.get("/api/graph", params={"entity": "ent_freedonia", "depth": 1}))
    assert {n["id"] for n in one["nodes"]} == {"ent_freedonia", "ent_rebels"}
    two = ok(client.get("/api/graph", params={"entity": "ent_freedonia", "depth": 2}))
    assert {n["id"] for n in two["nodes"]} == {"ent_freedonia", "ent_rebels",
                                              "name:port marvel"}


# ----------------------------------------------------------------------------- evidence


def test_claim_evidence_lists_supporting_and_denying_sentences(client: TestClient,
                                                               ids: dict[str, str]) -> None:
    detail = ok(client.get("/api/claims/clm_arms/evidence"))
    by_role: dict[str, list[dict[str, Any]]] = {}
    for item in detail["evidence"]:
        by_role.setdefault(item["role"], []).append(item)
    supports = {i["sentence"]: i for i in by_role["supports"]}
    denies = {i["sentence"]: i for i in by_role["denies"]}
    assert SUPPORT_SENTENCE in supports and DENY_SENTENCE in denies
    assert any("We have never armed anyone" in s for s in denies)
    support, deny = supports[SUPPORT_SENTENCE], denies[DENY_SENTENCE]
    assert (support["outlet"], support["date"], support["speaker"]) == ("Daily Ledger",
                                                                        "2021-03", None)
    assert (deny["outlet"], deny["modality"], deny["speaker"]["name"]) == ("Evening Wire",
                                                                           "denied", "Freedonia")
    # The highlight span points at the sentence in the article text.
    article = ok(client.get(f"/api/articles/{deny['article_id']}"))["article"]
    start, end = deny["highlight"]
    assert article["text"][start:end] == DENY_SENTENCE
    # The quote behind an event is folded into that event, not listed twice.
    assert sum("Freedonia is arming the rebels" in s for s in supports) == 1
    assert detail["counts"] == {"supports": 3, "doubts": 0, "denies": 2}  # sources
    assert detail["claim"]["counts"] == detail["counts"]
    assert {s["name"]: s["role"] for s in detail["sources"]} == {
        "Rufus Firefly": "supports", "Daily Ledger": "supports", "Evening Wire": "supports",
        "Freedonia": "denies", "Gloria Teasdale": "denies"}


def test_claim_evidence_is_paged_by_role_and_the_pages_make_the_whole_list(
        client: TestClient) -> None:
    whole = ok(client.get("/api/claims/clm_arms/evidence", params={"all": "true"}))
    first = ok(client.get("/api/claims/clm_arms/evidence", params={"limit": 1}))
    by_role: dict[str, list[dict[str, Any]]] = {}
    for item in whole["evidence"]:
        by_role.setdefault(item["source_role"], []).append(item)
    assert by_role["supports"][1:] and by_role["denies"]  # more than a page of supports
    # the first page: the first sentence of each role, in the whole list's order
    assert first["evidence"] == [items[0] for items in by_role.values()]
    assert first["evidence_pages"]["supports"] == {"total": len(by_role["supports"]),
                                                   "offset": 0, "limit": 1}
    assert first["evidence_total"] == len(whole["evidence"])
    assert first["counts"] == whole["counts"] and first["item_counts"] == whole["item_counts"]
    # one role's pages, joined, are that role's sentences
    paged = []
    for offset in range(len(by_role["supports"])):
        page = ok(client.get("/api/claims/clm_arms/evidence",
                             params={"role": "supports", "limit": 1, "offset": offset}))
        assert list(page["evidence_pages"]) == ["supports"]
        paged += page["evidence"]
    assert paged == by_role["supports"]
    # the claim comes without its id lists (their lengths instead); the rest is the record's
    claim = first["claim"]
    assert "event_ids" not in claim and "sources" not in claim
    assert claim["totals"]["event_ids"] == len(whole["claim"]["event_ids"])
    assert {k: v for k, v in claim.items() if k != "totals"} == {
        k: v for k, v in whole["claim"].items() if k in claim}  # few names: none cut
    assert claim["totals"]["outlets"] == len(whole["claim"]["outlets"])
    assert first["sources"] == whole["sources"]  # few sources: every one named
    assert client.get("/api/claims/clm_arms/evidence",
                      params={"role": "maybe"}).status_code == 422


def test_search_names_actors_without_their_article_lists(client: TestClient) -> None:
    found = ok(client.get("/api/search", params={"q": "freedonia"}))["entities"]["items"]
    whole = {e["entity_id"]: e for e in ok(client.get("/api/entities",
                                                        params={"limit": 1000}))["items"]}
    assert found and all("article_ids" not in e for e in found)
    for e in found:  # the rest of the record, and how many articles instead of which
        rec = whole[e["entity_id"]]
        assert e["articles"] == len(rec["article_ids"]) > 0
        assert {k: v for k, v in e.items() if k != "articles"} == {
            k: v for k, v in rec.items() if k not in ("article_ids", "claims")}


def test_entity_evidence_lists_claims_and_what_the_actor_said(client: TestClient) -> None:
    detail = ok(client.get("/api/entities/ent_teasdale/evidence"))
    assert detail["node"]["label"] == "Gloria Teasdale"
    assert [i["quote"] for i in detail["said"]] == ["We have never armed anyone"]
    rebels = ok(client.get("/api/entities/ent_rebels/evidence"))
    assert {c["claim"]["claim_id"] for c in rebels["claims"]} == {"clm_arms", "clm_met",
                                                                  "clm_threat"}
    assert client.get("/api/entities/ent_nobody/evidence").status_code == 404


def test_source_matrix_marks_outlets_supporting_and_denying(client: TestClient) -> None:
    matrix = ok(client.get("/api/matrix"))
    rows = {r["claim_id"]: r["cells"] for r in matrix["claims"]}
    # each outlet's own voice, one role; the denial is Gloria Teasdale's, carried by the Wire
    assert rows["clm_arms"] == {"Daily Ledger": "supports", "Evening Wire": "supports"}
    assert set(matrix["outlets"]) == {"Daily Ledger", "Evening Wire", "Harbor Times"}


# ----------------------------------------------------------------------------- lists


def test_lists_are_paginated_with_bounds_and_totals(client: TestClient) -> None:
    page = ok(client.get("/api/articles", params={"limit": 2}))
    assert (page["total"], page["limit"], page["offset"], len(page["items"])) == (3, 2, 0, 2)
    rest = ok(client.get("/api/articles", params={"limit": 2, "offset": 2}))
    assert len(rest["items"]) == 1 and "text" not in rest["items"][0]
    for path in ("/api/articles", "/api/entities", "/api/quotes", "/api/events",
                 "/api/claims"):
        assert ok(client.get(path))["total"] > 0
        for bad in ({"limit": 0}, {"limit": 1001}, {"offset": -1}, {"limit": "ten"}):
            r = client.get(path, params=bad)
            assert r.status_code == 422, (path, bad)
            assert next(iter(bad)) in r.json()["detail"]


def test_list_filters(client: TestClient, ids: dict[str, str]) -> None:
    quotes = ok(client.get("/api/quotes", params={"entity": "ent_teasdale"}))["items"]
    assert [q["text"] for q in quotes] == ["We have never armed anyone"]
    assert quotes[0]["outlet"] == "Evening Wire" and quotes[0]["when"] == "2021-03-05"
    events = ok(client.get("/api/events", params={"modality": "denied"}))["items"]
    assert [e["sentence"] for e in events] == [DENY_SENTENCE]
    located = ok(client.get("/api/events", params={"located": True}))["items"]
    assert {e["location"]["name"] for e in located} == {"Port Marvel"}
    claims = ok(client.get("/api/claims", params={"q": "rifles"}))["items"]
    assert [c["claim_id"] for c in claims] == ["clm_arms"]
    ents = ok(client.get("/api/entities", params={"type": "PERSON"}))["items"]
    assert {e["name"] for e in ents} == {"Rufus Firefly", "Gloria Teasdale"}


def test_bad_parameters_get_a_clear_4xx(client: TestClient) -> None:
    cases = {
        "/api/claims?since=2021-02-30": "since",
        "/api/claims?since=March": "since",
        "/api/graph?since=2021-05&until=2021-01": "after until",
        "/api/graph?depth=9": "depth",
        "/api/search?q=a": "q",
        "/api/search": "q",
        "/api/events?located=maybe": "located",
    }
    for url, word in cases.items():
        r = client.get(url)
        assert r.status_code == 422, url
        assert word in r.json()["detail"], (url, r.json())
    assert client.get("/api/claims/clm_nope/evidence").status_code == 404
    assert "clm_nope" in client.get("/api/claims/clm_nope").json()["detail"]
    assert client.get("/api/articles/art_nope").status_code == 404


def test_search_finds_articles_actors_quotes_and_claims(client: TestClient) -> None:
    found = ok(client.get("/api/search", params={"q": "Teasdale"}))
    assert found["entities"]["items"][0]["name"] == "Gloria Teasdale"
    assert found["quotes"]["total"] == 1 and found["articles"]["total"] == 1
    rifles = ok(client.get("/api/search", params={"q": "RIFLES"}))
    assert rifles["claims"]["items"][0]["claim_id"] == "clm_arms"
    snippet = rifles["articles"]["items"][0]
    assert snippet["snippet"][snippet["match"][0]:snippet["match"][1]] == "rifles"


def test_article_view_carries_text_and_every_span(client: TestClient, ids: dict[str, str]
                                                  ) -> None:
    detail = ok(client.get(f"/api/articles/{ids['wire']}"))
    text = detail["article"]["text"]
    assert {m["entity_name"] for m in detail["mentions"]} >= {"Freedonia", "Gloria Teasdale"}
    for m in detail["mentions"]:
        assert text[m["span"][0]:m["span"][1]] == m["text"]
    for q in detail["quotes"]:
        assert text[q["span"][0]:q["span"][1]] == q["text"]
    assert {c["claim_id"] for c in detail["claims"]} == {"clm_arms", "clm_threat"}


# ----------------------------------------------------------------------------- safety


def test_script_in_an_article_stays_data(client: TestClient, ids: dict[str, str]) -> None:
    detail = ok(client.get(f"/api/articles/{ids['harbor']}"))
    assert detail["article"]["title"] == SCRIPT_TITLE
    assert detail["article"]["text"].startswith(SCRIPT_SENTENCE)
    assert [q["text"] for q in detail["quotes"]] == [SCRIPT_QUOTE]
    page = client.get("/")
    assert page.status_code == 200 and "<script>alert" not in page.text
    csp = page.headers["content-security-policy"]
    script_src = re.search(r"script-src ([^;]*)", csp)
    assert script_src and script_src.group(1).strip() == "'self'"
    assert page.headers["x-content-type-options"] == "nosniff"


def test_frontend_never_writes_html_from_strings() -> None:
    """The UI builds DOM with text nodes; no innerHTML/outerHTML/insertAdjacentHTML/write."""
    scripts = list((STATIC / "js").glob("*.js"))
    assert len(scripts) >= 8
    sink = re.compile(r"\.(innerHTML|outerHTML)\s*[+]?=|insertAdjacentHTML|document\.write|"
                      r"\beval\(|new Function\(")
    for path in scripts:
        for n, line in enumerate(path.read_text("utf-8").splitlines(), 1):
            assert not sink.search(line), f"{path.name}:{n}: {line.strip()}"


@pytest.mark.parametrize("url", [
    "/static/../app.py", "/static/%2e%2e/app.py", "/static/..%2fapp.py",
    "/static/%2e%2e/%2e%2e/cli.py", "/static/js/../../app.py", "/static//etc/passwd",
    "/api/export/..%2f..%2fapp.py", "/api/export/claims.py", "/api/export/claims.jsonl.bak",
    "/api/export/../app.py", "/api/export/%2e%2e%2fclaims.jsonl",
])
def test_no_path_traversal(client: TestClient, url: str) -> None:
    r = client.get(url)
    assert r.status_code in (404, 405), (url, r.status_code)
    assert "def create_app" not in r.text and "import typer" not in r.text
    assert "root:" not in r.text


def test_static_files_are_served_with_types(client: TestClient) -> None:
    js = client.get("/static/js/main.js")
    assert js.status_code == 200 and "javascript" in js.headers["content-type"]
    assert client.get("/static/app.css").status_code == 200


# ----------------------------------------------------------------------------- export, docs


def test_exports_stream_each_table(client: TestClient) -> None:
    lines = client.get("/api/export/claims.jsonl")
    assert lines.status_code == 200
    assert 'filename="claims.jsonl"' in lines.headers["content-disposition"]
    records = [json.loads(line) for line in lines.text.splitlines()]
    assert {r["claim_id"] for r in records} == {"clm_arms", "clm_met", "clm_threat"}
    csv_text = client.get("/api/export/quotes.csv").text
    assert csv_text.splitlines()[0].startswith("quote_id,article_id,kind,text,span")
    assert SCRIPT_QUOTE.replace('"', '""') in csv_text
    import pyarrow.parquet as pq

    table = pq.read_table(io.BytesIO(client.get("/api/export/events.parquet").content))
    assert table.num_rows == 6 and "modality" in table.column_names


def test_openapi_and_docs_work_offline(client: TestClient) -> None:
    spec = ok(client.get("/openapi.json"))
    for path in ("/api/articles", "/api/articles/{article_id}", "/api/entities", "/api/quotes",
                 "/api/events", "/api/claims", "/api/claims/{claim_id}/evidence", "/api/graph",
                 "/api/search", "/api/export/{filename}"):
        assert path in spec["paths"], path
    limit = next(p for p in spec["paths"]["/api/claims"]["get"]["parameters"]
                 if p["name"] == "limit")
    assert limit["schema"]["maximum"] == 1000
    docs = client.get("/docs")
    assert docs.status_code == 200
    assert "/static/vendor/swagger-ui-dist/swagger-ui-bundle.js" in docs.text
    assert not re.search(r"""(src|href)=["']https?://""", docs.text)
    assert client.get("/redoc").status_code == 404


def test_index_and_vendor_assets_are_local(client: TestClient) -> None:
    page = client.get("/").text
    refs = re.findall(r"""(?:src|href)="([^"]+)\"""", page)
    assert refs and all(r.startswith(("/static/", "#", "/docs", "data:")) for r in refs), refs
    for ref in refs:
        if ref.startswith("/static/"):
            assert client.get(ref).status_code == 200, ref
    basemap = client.get("/static/vendor/world-atlas/countries-50m.json").json()
    assert basemap["type"] == "Topology" and "countries" in basemap["objects"]


# ----------------------------------------------------------------------------- locking


LOCK_HOLDER = """
import sys, duckdb
con = duckdb.connect(sys.argv[1])
con.execute("CREATE TABLE IF NOT EXISTS web_lock_probe (x INTEGER)")
con.execute("INSERT INTO web_lock_probe VALUES (1)")
con.execute("CHECKPOINT")
print("locked", flush=True)
sys.stdin.read()
"""


@pytest.mark.slow
def test_a_writer_holding_the_lock_gives_503_or_the_last_snapshot(tmp_path: Path,
                                                                  monkeypatch: Any) -> None:
    from newsweave.web import data

    monkeypatch.setattr(data, "LOCK_WAIT_SECONDS", 0.2)
    monkeypatch.setattr(data, "READER_WAIT_SECONDS", 0.5)
    monkeypatch.setattr(data, "READER_IDLE", 0.05)
    db = tmp_path / "locked.duckdb"
    build_web_store(db)
    warm = TestClient(create_app(db), base_url="http://127.0.0.1")
    assert ok(warm.get("/api/claims"))["total"] == 3  # snapshot taken before the writer
    # the app keeps its read-only connection READER_IDLE seconds for the next request; this
    # writer is not newsweave (it does not ask through the `.wanted` marker), so it comes after
    time.sleep(0.5)
    holder = subprocess.Popen([sys.executable, "-c", LOCK_HOLDER, str(db)],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        cold = TestClient(create_app(db), base_url="http://127.0.0.1")
        started = time.monotonic()
        r = cold.get("/api/claims")
        assert r.status_code == 503
        assert "locked" in r.json()["detail"] and r.headers["retry-after"]
        assert time.monotonic() - started < 10
        # the file changed, but it cannot be re-read yet: the snapshot's facets are served
        stale = warm.get("/api/facets")
        assert stale.status_code == 200 and stale.headers["x-newsweave-stale"] == "1"
        assert ok(warm.get("/api/status"))["stale"]
        # pages read the store itself: a writer that never yields the file gives a 503
        assert warm.get("/api/claims").status_code == 503
    finally:
        holder.communicate("", timeout=20)
    fresh = warm.get("/api/claims")
    assert fresh.status_code == 200 and "x-newsweave-stale" not in fresh.headers


# ----------------------------------------------------------------------------- CLI


def test_serve_refuses_a_missing_database(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from newsweave.cli import app

    result = CliRunner().invoke(app, ["serve", "--db", str(tmp_path / "none.duckdb")])
    assert result.exit_code == 2
    assert "no such database" in result.output + (result.stderr or "")


@pytest.mark.slow
def test_serve_prints_the_url_and_answers(web_db: tuple[Path, dict[str, str]]) -> None:
    import socket
    import urllib.request

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc = subprocess.Popen([sys.executable, "-m", "newsweave.cli", "serve", "--db",
                             str(web_db[0]), "--port", str(port)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline()
        assert f"http://127.0.0.1:{port}/" in line
        deadline = time.monotonic() + 20
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/facets") as resp:
                    assert json.load(resp)["counts"]["claims"] == 3
                break
            except OSError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.2)
    finally:
        proc.terminate()
        proc.wait(timeout=10)


# ----------------------------------------------------------------------------- seeds


@pytest.mark.slow
def test_seed_store_serves_consistent_evidence(seeds_db: Path) -> None:
    """On the real pipeline output: every view answers and every evidence span is sound."""
    client = TestClient(create_app(seeds_db), base_url="http://127.0.0.1")
    facets = ok(client.get("/api/facets"))
    assert facets["counts"]["articles"] == 5 and facets["counts"]["entities"] > 0
    texts = {}
    for art in ok(client.get("/api/articles", params={"limit": 1000}))["items"]:
        detail = ok(client.get(f"/api/articles/{art['article_id']}"))
        texts[art["article_id"]] = detail["article"]["text"]
        assert detail["mentions"], art["article_id"]
    graph = ok(client.get("/api/graph"))
    node_ids = {n["id"] for n in graph["nodes"]}
    assert all(e["source"] in node_ids and e["target"] in node_ids for e in graph["edges"])
    for claim in ok(client.get("/api/claims", params={"limit": 1000}))["items"]:
        detail = ok(client.get(f"/api/claims/{claim['claim_id']}/evidence"))
        for item in detail["evidence"]:
            start, end = item["highlight"]
            assert 0 <= start < end <= len(texts[item["article_id"]]), item
    ok(client.get("/api/matrix"))
    ok(client.get("/api/search", params={"q": "Taliban"}))


def test_every_view_names_and_counts_sources_the_same_way(client: TestClient) -> None:
    claims = {c["claim_id"]: c for c in ok(client.get("/api/claims"))["items"]}
    matrix = ok(client.get("/api/matrix"))
    for row in matrix["claims"]:
        claim = claims[row["claim_id"]]
        detail = ok(client.get(f"/api/claims/{row['claim_id']}/evidence"))
        assert row["counts"] == claim["counts"] == detail["counts"]
        outlets_speaking = {s["name"] for s in detail["sources"] if s["kind"] == "outlet"}
        assert outlets_speaking <= set(row["cells"])
        assert set(row["cells"]) <= set(claim["independent_sources"]) | outlets_speaking
    edges = {e["id"]: e for e in ok(client.get("/api/graph"))["edges"]}
    for cid, edge in edges.items():
        assert edge["counts"] == claims[cid]["counts"]
    for art in ok(client.get("/api/articles"))["items"]:
        assert not art["source"].startswith("/") and art["outlet"]
    vocab = ok(client.get("/api/vocab"))
    assert vocab["statuses"][0]["id"] == "corroborated"
    assert {r["id"] for r in vocab["roles"]} == {"supports", "doubts", "denies"}


@pytest.mark.slow
def test_corrections_from_the_web_app_are_applied_audited_and_undone(tmp_path: Path) -> None:
    """POST /api/corrections relinks the store; every view shows the result; bad ones 4xx."""
    from newsweave.web.app import create_app
    from test_web_fixtures import build_web_store

    db = tmp_path / "c.duckdb"
    build_web_store(db)
    from newsweave import api
    from newsweave.store import Store

    with Store(db) as store:
        api.link(store)
    client = TestClient(create_app(db), base_url="http://127.0.0.1")
    def event_ids() -> list[list[str]]:  # every claim's, from its whole record
        return [ok(client.get(f"/api/claims/{c['claim_id']}"))["event_ids"]
                for c in ok(client.get("/api/claims"))["items"]]

    item = next(ids for ids in event_ids() if ids)[0]
    # a form post (what another site could send without a preflight) never applies
    assert client.post("/api/corrections", content="kind=reject",
                       headers={"content-type": "application/x-www-form-urlencoded"}
                       ).status_code in (415, 422)
    bad = client.post("/api/corrections", json={"kind": "reject", "target": "evt_nope"})
    assert bad.status_code == 400 and "no event, quote or report" in bad.json()["detail"]
    ents = ok(client.get("/api/entities"))["items"]
    same = client.post("/api/corrections", json={"kind": "merge", "target": ents[0]["entity_id"],
                                                  "value": ents[0]["entity_id"]})
    assert same.status_code == 400 and "into itself" in same.json()["detail"]
    split = client.post("/api/corrections", json={"kind": "split", "target": "ent_nope",
                                                   "value": ["Somebody"]})
    assert split.status_code == 400 and split.json()["detail"] == "split: no entity 'ent_nope'"
    relinker = client.app.state.relinker  # type: ignore[attr-defined]
    done = ok(client.post("/api/corrections", json={"kind": "reject", "target": item}))
    assert relinker.wait(120)
    assert ok(client.get("/api/corrections/status"))["done"] == done["ticket"]
    assert all(item not in ids for ids in event_ids())
    log = ok(client.get("/api/corrections"))["items"]
    assert [(c["kind"], c["target"]) for c in log] == [("reject", item)]
    ok(client.post(f"/api/corrections/{done['correction']['correction_id']}/undo",
                   headers={"content-type": "application/json"}))
    assert relinker.wait(120)
    assert any(item in ids for ids in event_ids())


def test_a_correction_request_returns_before_the_relink_and_the_page_can_poll(
        tmp_path: Path) -> None:
    """The relink runs in the background: POST answers while it is still running (here it
    is held until the test lets it go), the status says so, and once it finishes the view
    shows the correction. Corrections sent meanwhile are applied by one more relink."""
    import threading

    from newsweave import api
    from newsweave.store import Store
    from newsweave.web.app import create_app
    from newsweave.web.relink import _link_file
    from test_web_fixtures import build_web_store

    db = tmp_path / "c.duckdb"
    build_web_store(db)
    with Store(db) as store:
        api.link(store)  # entity ids as the link stage makes them
        target = store.entities()[0].entity_id
    app = create_app(db)
    gate, links = threading.Event(), []

    def held_link(path: Path) -> None:
        assert gate.wait(60)
        links.append(path)
        _link_file(path)

    app.state.relinker._link = held_link
    client = TestClient(app, base_url="http://127.0.0.1")
    first = ok(client.post("/api/corrections", json={
        "kind": "rename", "target": target, "value": "Rebel Front"}))
    assert first["ticket"] == 1 and first["relink"]["state"] == "relinking"
    second = ok(client.post("/api/corrections", json={
        "kind": "note", "target": target, "value": "two names for one group"}))
    status = ok(client.get("/api/corrections/status"))
    assert status["state"] == "relinking" and status["done"] == 0 and status["asked"] == 2
    assert [c["kind"] for c in ok(client.get("/api/corrections"))["items"]] == [
        "rename", "note"]  # stored at once
    gate.set()
    assert app.state.relinker.wait(120)
    status = ok(client.get("/api/corrections/status"))
    assert status["state"] == "done" and status["done"] >= second["ticket"]
    assert 1 <= len(links) <= 2  # the second correction did not start a relink of its own
    names = {e["entity_id"]: e["name"] for e in ok(client.get("/api/entities"))["items"]}
    assert names[target] == "Rebel Front"


def test_a_failed_background_relink_is_reported_to_the_page(tmp_path: Path) -> None:
    from newsweave.web.relink import Relinker

    def broken(path: Path) -> None:
        raise RuntimeError("disk full\nmore detail")

    relinker = Relinker(tmp_path / "x.duckdb", link=broken)
    assert relinker.request() == 1
    assert relinker.wait(30)
    status = relinker.status()
    assert status["state"] == "failed" and status["error"] == "relink failed: disk full"
    assert status["done"] == 1
