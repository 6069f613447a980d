"""The analyst app in headless Chromium: click a claim, read its evidence, open the article.

Screenshots land in test-artifacts/ (gitignored) for a person to look at.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from conftest import LiveServer, screenshot
from test_web_fixtures import (
    DENY_SENTENCE,
    SCRIPT_QUOTE,
    SCRIPT_SENTENCE,
    SCRIPT_TITLE,
    SUPPORT_SENTENCE,
    build_web_store,
)

pytestmark = pytest.mark.e2e

# A point on the edge where the edge itself is the element under the mouse: the edge is a
# quadratic Bezier through its rendered midpoint, so points along it are sampled until one is not
# covered by a node or a crossing edge (the layout is random, so the midpoint alone can be).
EDGE_POINT = """(claimId) => {
  const cy = window.newsweaveGraph;
  const edge = cy.getElementById(claimId);
  if (edge.empty()) return null;
  const a = edge.renderedSourceEndpoint(), b = edge.renderedTargetEndpoint();
  const m = edge.renderedMidpoint();
  const c = { x: 2 * m.x - (a.x + b.x) / 2, y: 2 * m.y - (a.y + b.y) / 2 };
  const pan = cy.pan(), zoom = cy.zoom();
  const box = document.getElementById("cy").getBoundingClientRect();
  for (const t of [0.5, 0.42, 0.58, 0.34, 0.66, 0.26, 0.74, 0.2, 0.8]) {
    const u = 1 - t;
    const x = u * u * a.x + 2 * u * t * c.x + t * t * b.x;
    const y = u * u * a.y + 2 * u * t * c.y + t * t * b.y;
    const mx = (x - pan.x) / zoom, my = (y - pan.y) / zoom;
    const hit = cy.renderer().findNearestElement(mx, my, true, false);
    if (hit && hit.id() === claimId) return [box.left + x, box.top + y];
  }
  return [box.left + m.x, box.top + m.y];
}"""


@pytest.fixture(scope="module")
def small_app(tmp_path_factory: pytest.TempPathFactory) -> Any:
    db = tmp_path_factory.mktemp("web-e2e") / "web.duckdb"
    ids = build_web_store(db)
    with LiveServer(db) as server:
        yield server, ids


BUNDLE_OF = """(claimId) => {
  const b = window.newsweaveGraph.edges('.bundle').filter(
    (e) => (e.data('members') || []).some((m) => m.id === claimId));
  return b.nonempty() ? b[0].id() : null;
}"""


def click_edge(page: Any, claim_id: str) -> None:
    """Click a claim's edge; when it is bundled with the pair's other claims, click the bundle
    first (it opens into one edge per claim), as an analyst would."""
    page.wait_for_function("() => window.newsweaveGraph && window.newsweaveGraphSettled"
                           " && window.newsweaveGraph.edges().length")
    bundle = page.evaluate(BUNDLE_OF, claim_id)
    if bundle is not None:
        point = page.evaluate(EDGE_POINT, bundle)
        page.mouse.click(point[0], point[1])
        page.wait_for_function("(id) => window.newsweaveGraph.getElementById(id).nonempty()",
                               arg=claim_id)
    point = page.evaluate(EDGE_POINT, claim_id)
    assert point is not None, f"edge {claim_id} is not in the graph"
    page.mouse.click(point[0], point[1])
    page.wait_for_selector(f".claim-detail[data-claim-id='{claim_id}'] li.evidence")


def panel_sentences(page: Any, role: str) -> list[str]:
    return [s.strip() for s in page.locator(
        f"#panel li.evidence.role-{role} .ev-sentence").all_inner_texts()]


def test_clicking_a_claim_shows_who_says_it_and_who_denies_it(small_app: Any,
                                                              open_page: Any) -> None:
    server, _ = small_app
    page = open_page(server.url)
    click_edge(page, "clm_arms")
    supports, denies = panel_sentences(page, "supports"), panel_sentences(page, "denies")
    assert SUPPORT_SENTENCE in supports
    assert DENY_SENTENCE in denies
    assert any("We have never armed anyone" in s for s in denies)
    who = page.locator("#panel .who-denies .who-names").inner_text()
    assert "Freedonia" in who and "Gloria Teasdale" in who
    deny_card = page.locator("#panel li.evidence.role-denies", has_text=DENY_SENTENCE)
    meta = deny_card.locator(".ev-meta").inner_text()
    assert "Evening Wire" in meta and "Freedonia" in meta
    assert "modality: denied" in deny_card.inner_text()
    assert page.locator("#panel .badge").first.inner_text() == "contested"
    shot = screenshot(page, "web-evidence-panel.png")
    assert shot.stat().st_size > 10_000

    # Follow the evidence link: the article opens with that sentence highlighted.
    deny_card.locator("a.ev-link").click()
    page.wait_for_selector("#article-focus")
    assert page.locator("#article-focus").inner_text() == DENY_SENTENCE
    assert page.locator("#article-title").inner_text() == "Freedonia denies arming rebels"
    assert page.locator("#article-text .hl-quote").count() >= 1
    screenshot(page, "web-article-highlight.png")


def test_clicking_an_actor_lists_its_claims_and_quotes(small_app: Any, open_page: Any) -> None:
    server, _ = small_app
    page = open_page(server.url)
    page.wait_for_function("() => window.newsweaveGraph && window.newsweaveGraph.nodes().length")
    point = page.evaluate("""() => {
      const n = window.newsweaveGraph.getElementById("ent_rebels").renderedPosition();
      const box = document.getElementById("cy").getBoundingClientRect();
      return [box.left + n.x, box.top + n.y]; }""")
    page.mouse.click(point[0], point[1])
    page.wait_for_selector("#panel .node-name")
    assert page.locator("#panel .node-name").inner_text() == "Sylvanian rebels"
    assert page.locator("#panel details.node-claim").count() == 3
    page.locator("#panel button", has_text="Focus on this actor").click()
    page.wait_for_function("() => window.newsweaveGraph.getElementById('ent_rebels')"
                           ".hasClass('focus')")


def test_article_with_script_shows_it_as_text(small_app: Any, open_page: Any) -> None:
    server, ids = small_app
    dialogs: list[str] = []
    page = open_page(server.url)
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.goto(f"{server.url}#article/{ids['harbor']}")
    page.wait_for_selector("#article-text")
    assert page.locator("#article-title").inner_text() == SCRIPT_TITLE
    assert page.locator("#article-text").inner_text().startswith(SCRIPT_SENTENCE)
    assert page.locator("#article-view script, #article-view img, #article-view b").count() == 0
    # The quote shows as text in the timeline and the evidence panel too.
    page.locator("#article-text .hl-quote").first.click()
    page.wait_for_selector("#panel li.evidence")
    assert SCRIPT_QUOTE in page.locator("#panel").inner_text()
    assert page.locator("#panel img, #timeline img").count() == 0
    screenshot(page, "web-script-article.png")
    assert dialogs == []


CLAIMS_SHOWN = ("() => window.newsweaveGraphSettled && window.newsweaveGraph.edges()"
                ".reduce((n, e) => n + (e.data('count') || 1), 0)")


def claims_shown_is(page: Any, n: int) -> None:
    """Wait until the graph draws n claims (a bundle counts its claims)."""
    page.wait_for_function(f"() => ({CLAIMS_SHOWN})() === {n}")


def test_filters_table_map_matrix_and_timeline(small_app: Any, open_page: Any) -> None:
    server, _ = small_app
    page = open_page(server.url)
    claims_shown_is(page, 3)

    page.click("#f-status summary")
    page.check("#f-status input[value=contested]")
    claims_shown_is(page, 1)
    page.click("#f-reset")
    claims_shown_is(page, 3)

    # Claims table: sortable and searchable.
    page.click("#tabs [data-view=claims]")
    page.wait_for_selector("#claims-table tbody tr")
    assert page.locator("#claims-table tbody tr").count() == 3
    page.fill("#claims-q", "port marvel")
    assert page.locator("#claims-table tbody tr").count() == 1
    page.fill("#claims-q", "")
    page.locator("#claims-table th", has_text="Claim").click()
    first = page.locator("#claims-table tbody tr td.col-summary").first.inner_text()
    assert first == "Freedonia supplies rifles to the Sylvanian rebels"
    page.locator("#claims-table tbody tr", has_text="threatened").click()
    page.wait_for_selector(".claim-detail[data-claim-id='clm_threat']")

    # Map: country outlines from the bundled basemap, a marker at the event location.
    page.click("#tabs [data-view=map]")
    page.wait_for_function("() => document.querySelector('#map-count').textContent"
                           ".includes('2 located events')")
    assert page.locator("#map path.leaflet-interactive").count() > 100
    screenshot(page, "web-map.png")

    # Source matrix: outlets x claims.
    page.click("#tabs [data-view=sources]")
    page.wait_for_selector("#matrix td.cell")
    assert page.locator("#matrix td.cell-mixed").count() == 0  # one role per source
    assert page.locator("#matrix td.cell-supports").count() >= 2
    assert page.locator("#matrix th.outlet-col").count() == 3

    # Timeline: zooming it is the time brush; the graph follows.
    page.click("#tabs [data-view=graph]")
    assert page.locator("#timeline .vis-item").count() > 0
    box = page.locator("#timeline .vis-center").bounding_box()
    page.mouse.move(box["x"] + box["width"] * 0.9, box["y"] + box["height"] / 2)
    for _ in range(6):
        page.mouse.wheel(0, -400)
        page.wait_for_timeout(100)
    page.wait_for_function("() => document.querySelector('#f-since').value !== ''")
    assert "timeline" in page.locator("#filter-summary").inner_text()
    page.wait_for_function(f"() => ({CLAIMS_SHOWN})() < 3")
    page.click("#timeline-reset")
    claims_shown_is(page, 3)


def test_search_and_api_docs_offline(small_app: Any, open_page: Any) -> None:
    server, _ = small_app
    page = open_page(server.url)
    page.fill("#search", "Teasdale")
    page.press("#search", "Enter")
    page.wait_for_selector("#search-results .result-group li")
    assert "Gloria Teasdale" in page.locator("#search-results").inner_text()
    page.goto(f"{server.url}docs")
    page.wait_for_selector(".swagger-ui .opblock", timeout=20000)
    assert page.locator(".opblock-summary-path", has_text="/api/claims/{claim_id}/evidence"
                        ).count() == 1


@pytest.mark.slow
def test_seed_corpus_who_says_russia_arms_the_taliban(seeds_db: Path, open_page: Any) -> None:
    """The README question in three clicks: type filter AID, click the Russia -> Taliban
    claim, read who says so and who denies it."""
    from fastapi.testclient import TestClient

    from newsweave.web import create_app

    api = TestClient(create_app(seeds_db), base_url="http://127.0.0.1")
    graph = api.get("/api/graph", params={"type": "AID"}).json()
    labels = {n["id"]: n["label"] for n in graph["nodes"]}
    edges = [e for e in graph["edges"] if "Russia" in labels[e["source"]]
             and "Taliban" in labels[e["target"]]]
    assert edges, "no Russia -> Taliban AID claim in the seed store"
    claim_id = edges[0]["id"]
    expected = api.get(f"/api/claims/{claim_id}/evidence").json()["evidence"]
    with LiveServer(seeds_db) as server:
        page = open_page(server.url)
        page.click("#f-type summary")
        page.check("#f-type input[value=AID]")  # click 1
        claims_shown_is(page, len(graph["edges"]))
        click_edge(page, claim_id)  # click 2
        shown = panel_sentences(page, "supports") + panel_sentences(page, "denies") + \
            panel_sentences(page, "doubts")
        assert sorted(shown) == sorted(i["sentence"].strip() for i in expected)
        assert page.locator("#panel .who-supports .who-names").inner_text()
        screenshot(page, "web-seeds-russia-taliban.png")


NODE_POINT = """(nodeId) => {
  const n = window.newsweaveGraph.getElementById(nodeId).renderedPosition();
  const box = document.getElementById("cy").getBoundingClientRect();
  return [box.left + n.x, box.top + n.y]; }"""


def test_corrections_made_in_the_browser_survive_a_rerun(seeds_db: Path, seeds_dir: Path,
                                                         open_page: Any, tmp_path: Path
                                                         ) -> None:
    """Reject a claim's evidence item and merge two actors in the panels, run `newsweave
    run` on the same input again: both corrections still hold in the graph, the claims
    export and the brief."""
    import shutil

    from fastapi.testclient import TestClient

    from newsweave import api as nw
    from newsweave.export.brief import build_brief
    from newsweave.export.records import claim_record
    from newsweave.store import Store
    from newsweave.web import create_app

    db = tmp_path / "corrected.duckdb"
    shutil.copy(seeds_db, db)
    client = TestClient(create_app(db), base_url="http://127.0.0.1")
    graph = client.get("/api/graph").json()
    labels = {n["id"]: n["label"] for n in graph["nodes"]}
    claim = next(e for e in graph["edges"] if labels[e["source"]] == "Russia"
                 and labels[e["target"]] == "Taliban" and e["type"] in ("AID", "SUPPORT"))
    evidence = client.get(f"/api/claims/{claim['id']}/evidence").json()["evidence"]
    item = next(i for i in evidence if i["kind"] == "quote")
    others = [n for n in graph["nodes"] if n["id"] not in (claim["source"], claim["target"])]
    by_type: dict[str, list[dict[str, Any]]] = {}
    for n in others:
        by_type.setdefault(n["type"] or "", []).append(n)
    pair = max(by_type.values(), key=len)  # two actors of one kind, say two states
    assert len(pair) >= 2
    merged, into = pair[-1], pair[0]

    with LiveServer(db) as server:
        page = open_page(server.url)
        click_edge(page, claim["id"])
        reject = f"#panel li.evidence[data-id='{item['id']}'] button.ev-reject"
        page.wait_for_selector(reject)
        page.click(reject)
        page.wait_for_function("() => document.querySelector('#status-bar').textContent"
                               ".includes('Correction #1 applied')", timeout=180000)
        page.wait_for_function("() => window.newsweaveGraph && window.newsweaveGraph"
                               f".getElementById('{merged['id']}').length")
        point = page.evaluate(NODE_POINT, merged["id"])
        page.mouse.click(point[0], point[1])
        page.wait_for_selector("#panel button.node-merge")
        page.once("dialog", lambda dialog: dialog.accept(into["label"]))
        page.click("#panel button.node-merge")
        page.wait_for_function("() => document.querySelector('#status-bar').textContent"
                               ".includes('Correction #2 applied')", timeout=180000)
        screenshot(page, "web-corrections.png")

    nw.run([str(seeds_dir)], db=db)  # the same input again: analyses kept, relinked

    with Store(db, read_only=True) as store:
        claims = [claim_record(c) for c in store.claims()]
        assert all(item["id"] not in c["evidence_roles"] for c in claims)
        assert merged["id"] not in {e.entity_id for e in store.entities()}
        assert all(merged["id"] not in ((c["actor"] or {}).get("entity_id"),
                                        (c["recipient"] or {}).get("entity_id"))
                   for c in claims)
        brief = build_brief(store)
        # the rejected item is gone from the claim it was rejected for (the same words may
        # still stand as evidence of another claim: a correction is about one claim)
        cited = [cite.evidence.sentence for s in brief.sections for i in s.items
                 if i.claim_id == claim["id"] for cite in (*i.cites, *i.more, *i.against)]
        assert item["sentence"].strip() not in cited
        assert any(i.claim_id == claim["id"] for s in brief.sections for i in s.items)
    client = TestClient(create_app(db), base_url="http://127.0.0.1")
    nodes = {n["id"] for n in client.get("/api/graph").json()["nodes"]}
    assert merged["id"] not in nodes and into["id"] in nodes
