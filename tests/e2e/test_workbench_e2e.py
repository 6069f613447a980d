"""The workbench in headless Chromium on a 300-article store: a readable default graph, the
same layout on every load, views restored from their URL, subgraph export, the "who says what"
layer, and a screenshot of every tab (test-artifacts/)."""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlparse

import networkx as nx
import pytest

from conftest import LiveServer, screenshot

pytestmark = pytest.mark.e2e

TABS = ["graph", "claims", "map", "sources", "articles"]


@pytest.fixture(scope="module")
def big_app(tmp_path_factory: pytest.TempPathFactory) -> Any:
    """300 analysed articles (made-up states, people and statements; no spaCy), linked."""
    from newsweave.engine.synthetic import hashed_embed, synthetic_analyses
    from newsweave.link import link_corpus
    from newsweave.store import Store

    db = tmp_path_factory.mktemp("web-big") / "big.duckdb"
    articles, analyses = synthetic_analyses(300, random.Random(11))
    with Store(db) as store:
        store.write_batch(articles, analyses)
        store.write_links(link_corpus(store.articles(), store.analyses(), embed=hashed_embed))
    with LiveServer(db) as server:
        yield server


def settled(page: Any) -> None:
    page.wait_for_function("() => window.newsweaveGraph && window.newsweaveGraphSettled "
                           "&& window.newsweaveGraph.nodes().length")


POSITIONS = """() => Object.fromEntries(window.newsweaveGraph.nodes().map(
  (n) => [n.id(), [Math.round(n.position().x), Math.round(n.position().y)]]))"""

LABELS = """() => {
  const cy = window.newsweaveGraph;
  const shown = cy.nodes().filter((n) => n.style('label'));
  const boxes = shown.map((n) => n.boundingBox({ includeNodes: false, includeEdges: false,
                                                 includeLabels: true }));
  let overlaps = 0;
  for (let i = 0; i < boxes.length; i += 1) for (let j = i + 1; j < boxes.length; j += 1) {
    const a = boxes[i], b = boxes[j];
    if (a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2) overlaps += 1;
  }
  const fontPx = 14 * cy.zoom();
  const sizes = cy.nodes().map((n) => n.renderedWidth());
  return { labelled: shown.length, nodes: cy.nodes().length, overlaps, fontPx,
           maxNodePx: Math.max(...sizes) };
}"""


def test_the_default_graph_of_a_big_store_is_readable(big_app: Any, open_page: Any) -> None:
    page = open_page(big_app.url)
    settled(page)
    facts = page.evaluate(LABELS)
    assert facts["nodes"] >= 8
    assert facts["labelled"] >= min(15, facts["nodes"])  # the top actors always carry a label
    assert facts["fontPx"] >= 7  # labels render at a readable size at the fitted zoom
    assert facts["maxNodePx"] <= 200  # no actor fills the screen
    assert facts["overlaps"] <= 2, facts
    bundles = page.evaluate("() => window.newsweaveGraph.edges('.bundle').length")
    pairs = page.evaluate("() => new Set(window.newsweaveGraph.edges().map("
                          "(e) => [e.source().id(), e.target().id()].sort().join('|'))).size")
    assert bundles > 0 and page.evaluate("() => window.newsweaveGraph.edges().length") == pairs
    # 2,100 dated events and quotes: the timeline is a histogram, not 2,100 boxes
    page.wait_for_function("() => document.querySelectorAll('#timeline .tl-bar').length > 0")
    assert "by " in page.locator("#timeline-count").inner_text()
    screenshot(page, "workbench-big-graph.png")


def test_the_same_view_gets_the_same_layout_on_every_load(big_app: Any, open_page: Any
                                                          ) -> None:
    first = open_page(big_app.url)  # each page is a new browser context: nothing saved
    settled(first)
    second = open_page(big_app.url)
    settled(second)
    assert first.evaluate(POSITIONS) == second.evaluate(POSITIONS)


# (the 300 made-up articles hold contested and denied claims; since the synthetic corpus names
# most lone surnames in full, none is corroborated, so the status filter shows no such box)
def test_a_url_with_filters_restores_the_view_in_a_new_page(big_app: Any, open_page: Any
                                                            ) -> None:
    page = open_page(big_app.url)
    settled(page)
    page.click("#f-status summary")
    page.check("#f-status input[value=denied]")
    page.check("#f-status input[value=contested]")
    page.click("#f-status summary")
    page.wait_for_function("() => location.search.includes('status=contested')")
    settled(page)
    top = page.evaluate("() => window.newsweaveGraph.nodes().sort((a, b) => a.data('rank') -"
                        " b.data('rank'))[0].id()")
    page.evaluate("(id) => window.newsweaveGraph.getElementById(id).emit('tap')", top)
    page.locator("#panel button", has_text="Focus on this actor").click()
    page.wait_for_function("(id) => new URLSearchParams(location.search).get('focus') === id",
                           arg=top)
    settled(page)
    url = page.url
    edges = sorted(page.evaluate("() => window.newsweaveGraph.edges().map((e) => e.id())"))
    query = parse_qs(urlparse(url).query)
    assert sorted(query["status"]) == ["contested", "denied"] and query["focus"] == [top]

    fresh = open_page(url)
    settled(fresh)
    assert sorted(fresh.evaluate("() => window.newsweaveGraph.edges().map((e) => e.id())")) \
        == edges
    assert fresh.evaluate("(id) => window.newsweaveGraph.getElementById(id).hasClass('focus')",
                          top)
    assert "contested" in fresh.locator("#filter-summary").inner_text()
    assert fresh.locator("#f-status input[value=denied]").is_checked()
    # back goes to the unfocused view, forward returns to the focus
    page.go_back()
    page.wait_for_function("() => !new URLSearchParams(location.search).get('focus')")
    page.go_forward()
    page.wait_for_function("(id) => new URLSearchParams(location.search).get('focus') === id",
                           arg=top)


def test_the_current_view_exports_as_a_subgraph(big_app: Any, open_page: Any,
                                                tmp_path: Path) -> None:
    page = open_page(big_app.url)
    settled(page)
    page.click("#f-type summary")
    page.check("#f-type input[value=ASSAULT]")
    page.click("#f-type summary")
    page.wait_for_function("() => location.search.includes('type=ASSAULT')")
    settled(page)
    shown = set(page.evaluate("() => window.newsweaveGraph.nodes().map((n) => n.id())"))
    claims = page.evaluate("() => window.newsweaveGraph.edges().reduce("
                           "(n, e) => n + (e.data('count') || 1), 0)")
    page.click("details.menu summary")
    for fmt, read in (("gexf", nx.read_gexf), ("graphml", nx.read_graphml)):
        with page.expect_download() as info:
            page.click(f"#export-{fmt}")
        path = tmp_path / f"view.{fmt}"
        info.value.save_as(path)
        graph = read(path)
        assert set(graph.nodes) == shown
        assert graph.number_of_edges() == claims
        assert {d["event_type"] for _, _, d in graph.edges(data=True)} == {"ASSAULT"}
    with page.expect_download() as info:
        page.click("#export-svg")
    svg = tmp_path / "view.svg"
    info.value.save_as(svg)
    assert svg.read_text("utf-8").startswith("<svg") and "<circle" in svg.read_text("utf-8")


@pytest.fixture(scope="module")
def small_app(tmp_path_factory: pytest.TempPathFactory) -> Any:
    from test_web_fixtures import build_web_store

    db = tmp_path_factory.mktemp("web-small") / "web.duckdb"
    build_web_store(db)
    with LiveServer(db) as server:
        yield server


def test_who_says_what_finds_what_a_speaker_said_and_backed(small_app: Any, open_page: Any
                                                            ) -> None:
    page = open_page(small_app.url)
    settled(page)
    page.fill("#search", "Teasdale")
    page.press("#search", "Enter")
    page.wait_for_selector("#search-results .result-group li")
    page.locator("#search-results button", has_text="what they said and backed").first.click()
    page.wait_for_function("() => new URLSearchParams(location.search).get('speaker') === "
                           "'ent_teasdale'")
    page.wait_for_function("() => window.newsweaveGraph.getElementById("
                           "'speaker:ent_teasdale').nonempty()")
    settled(page)
    claims = page.evaluate("() => window.newsweaveGraph.nodes('.kind-claim').map("
                           "(n) => n.data('claimId'))")
    assert claims == ["clm_arms"]  # she denies that Freedonia arms the rebels
    role = page.evaluate("() => window.newsweaveGraph.edges().filter((e) => e.source().id() "
                         "=== 'speaker:ent_teasdale')[0].data('role')")
    assert role == "denies"
    screenshot(page, "workbench-who-says-what.png")


def test_tables_are_keyboard_reachable_and_csv_cells_are_escaped(big_app: Any,
                                                                 open_page: Any) -> None:
    page = open_page(f"{big_app.url}#claims")
    page.wait_for_selector("#claims-table tbody tr")
    page.locator("#claims-table tbody tr").first.focus()
    page.keyboard.press("Enter")
    page.wait_for_selector(".claim-detail li.evidence, .claim-detail p.muted")
    assert "claim=" in page.url
    escaped = page.evaluate("""async () => {
      const { csvCell } = await import('/static/js/tables.js');
      return ['=HYPERLINK("x")', '+cmd|x', '@SUM(1)', '-1', 'plain'].map(csvCell); }""")
    assert escaped == ['"\'=HYPERLINK(""x"")"', "'+cmd|x", "'@SUM(1)", "'-1", "plain"]


@pytest.mark.parametrize("store", ["big", "seeds"])
def test_a_screenshot_of_every_tab(store: str, big_app: Any, seeds_db: Path,
                                   open_page: Any) -> None:
    if store == "big":
        url, server = big_app.url, None
    else:
        server = LiveServer(seeds_db).__enter__()
        url = server.url
    try:
        for tab in TABS:
            page = open_page(f"{url}#{tab}")
            if tab == "graph":
                settled(page)
            else:
                page.wait_for_timeout(800)
            assert not page.locator("#status-bar").is_visible()
            screenshot(page, f"workbench-{store}-{tab}.png")
    finally:
        if server is not None:
            server.__exit__(None, None, None)


def test_a_bundle_names_its_disputed_claims(seeds_db: Path, open_page: Any) -> None:
    """On the seeds, Russia and the Taliban share several claims, some contested: the bundle
    says so even when most of its claims are corroborated."""
    with LiveServer(seeds_db) as server:
        page = open_page(server.url)
        settled(page)
        labels = page.evaluate("() => window.newsweaveGraph.edges('.bundle').map((e) => "
                               "[e.data('members').map((m) => m.status), e.data('label')])")
        assert labels
        for statuses, label in labels:
            disputed = sum(s in ("contested", "denied") for s in statuses)
            assert label.startswith(f"{len(statuses)} claims")
            assert (f"{disputed} disputed" in label) == (disputed > 0), (statuses, label)
        assert any("disputed" in label for _, label in labels)
