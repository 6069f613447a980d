// The actor graph: Cytoscape.js with the fcose layout (both from npm). Nodes are actors sized
// by mentions, edges are claims styled by status and labelled by type.

import { getJSON } from "./api.js";
import { $, clear, el } from "./dom.js";
import { showClaim, showNode, showPanelMessage } from "./evidence.js";
import { filterParams } from "./state.js";

import { countsText, STATUS_LABEL, STATUS_STYLE } from "./vocab.js";

export { STATUS_STYLE };
const TYPE_COLOR = {
  PERSON: "#90caf9", ORG: "#ffe082", GPE: "#a5d6a7", NORP: "#ce93d8", LOC: "#bcaaa4",
  FAC: "#bcaaa4",
};

let cy = null;
let focusId = null;
// Filters can change faster than the server answers: only the newest graph request is drawn.
let graphTicket = 0;

function nodeSize(mentions) {
  return Math.round(26 + 8 * Math.sqrt(Math.max(0, mentions || 0)));
}

function toElements(data) {
  const nodes = data.nodes.map((n) => ({
    group: "nodes",
    data: { id: n.id, label: n.label, type: n.type || "", mentions: n.mentions, size: nodeSize(n.mentions),
      color: TYPE_COLOR[n.type] || "#e0e0e0" },
  }));
  const edges = data.edges.map((e) => ({
    group: "edges",
    data: { id: e.id, source: e.source, target: e.target, label: e.type || "claim", status: e.status,
      summary: e.summary, counts: countsText(e.counts), width: Math.min(9, 2 + 1.5 * (e.sources || 1)),
      color: (STATUS_STYLE[e.status] || STATUS_STYLE["single-source"]).color,
      lineStyle: (STATUS_STYLE[e.status] || STATUS_STYLE["single-source"]).style },
  }));
  return [...nodes, ...edges];
}

const STYLE = [
  { selector: "node", style: {
    "background-color": "data(color)", "border-color": "#455a64", "border-width": 1.5,
    width: "data(size)", height: "data(size)", label: "data(label)", "font-size": 15, "font-weight": 600,
    "text-valign": "bottom", "text-margin-y": 4, "text-outline-color": "#fff", "text-outline-width": 2,
    color: "#263238", "min-zoomed-font-size": 6,
  } },
  { selector: "edge", style: {
    width: "data(width)", "line-color": "data(color)", "line-style": "data(lineStyle)",
    "target-arrow-color": "data(color)", "target-arrow-shape": "triangle", "curve-style": "bezier",
    "control-point-step-size": 44, label: "data(label)", "font-size": 12, color: "#37474f",
    "text-background-color": "#fff", "text-background-opacity": 0.85, "text-background-padding": 2,
    "text-rotation": "autorotate", "arrow-scale": 1.1, "overlay-padding": 6,
  } },
  { selector: "edge[status = 'denied']", style: { "line-dash-pattern": [2, 5] } },
  { selector: "edge[status = 'contested']", style: { "line-dash-pattern": [12, 4, 2, 4] } },
  { selector: ":selected", style: { "overlay-color": "#1565c0", "overlay-opacity": 0.25 } },
  { selector: "node.focus", style: { "border-width": 4, "border-color": "#1565c0" } },
  { selector: ".faded", style: { opacity: 0.25 } },
];

function layoutOptions(randomize) {
  return { name: "fcose", animate: false, randomize, quality: "proof", nodeRepulsion: 6500,
    idealEdgeLength: (edge) => 110 + 14 * edge.parallelEdges().length, nodeSeparation: 80,
    gravity: 0.4, padding: 30, packComponents: true, tilingPaddingVertical: 20, tilingPaddingHorizontal: 20 };
}

export function initGraph() {
  if (window.cytoscapeFcose) window.cytoscape.use(window.cytoscapeFcose);
  cy = window.cytoscape({ container: $("#cy"), style: STYLE, minZoom: 0.15, maxZoom: 4 });
  window.newsweaveGraph = cy; // for the browser tests and for poking around in the console
  // Cytoscape caches where its container sits on the page and re-reads it only on a window
  // resize; the filter summary, notices and the timeline move the graph without one, and clicks
  // then landed ~26 px off their target. Re-measure when the pointer enters or presses, and
  // when the container itself changes size.
  const remeasure = () => cy.resize();
  $("#cy").addEventListener("pointerenter", remeasure, true);
  $("#cy").addEventListener("pointerdown", remeasure, true);
  if (window.ResizeObserver) new ResizeObserver(remeasure).observe($("#cy"));
  cy.on("tap", "edge", (evt) => {
    highlight(evt.target);
    showClaim(evt.target.id());
  });
  cy.on("tap", "node", (evt) => {
    highlight(evt.target);
    showNode(evt.target.id());
  });
  cy.on("dbltap", "node", (evt) => expand(evt.target.id()));
  cy.on("tap", (evt) => {
    if (evt.target === cy) cy.elements().removeClass("faded");
  });
  buildLegend();
  $("#graph-fit").addEventListener("click", () => cy.fit(undefined, 40));
  $("#graph-all").addEventListener("click", () => { focusId = null; reloadGraph(); });
  return cy;
}

function highlight(ele) {
  cy.elements().addClass("faded");
  const keep = ele.isNode() ? ele.closedNeighborhood() : ele.union(ele.connectedNodes());
  keep.removeClass("faded");
}

function buildLegend() {
  const items = Object.entries(STATUS_STYLE).map(([status, s]) =>
    el("li", {}, el("span", { class: `swatch line-${s.style}`, style: `border-top-color:${s.color}` }),
      STATUS_LABEL[status] || status));
  const types = Object.entries({ PERSON: "person", ORG: "organization", GPE: "country / place", NORP: "group" })
    .map(([t, label]) => el("li", {}, el("span", { class: "dot", style: `background:${TYPE_COLOR[t]}` }), label));
  clear($("#graph-legend")).append(
    el("span", { class: "legend-title" }, "Claims:"), el("ul", {}, items),
    el("span", { class: "legend-title" }, "Actors (size = mentions):"), el("ul", {}, types),
    el("span", { class: "legend-hint" }, "Click a claim (edge) or an actor for the evidence · double-click an actor to expand its neighbours · drag to move, scroll to zoom."));
}

export async function reloadGraph() {
  const ticket = ++graphTicket;
  window.newsweaveGraphSettled = false;
  const notice = $("#graph-notice");
  let data;
  try {
    data = await getJSON("/api/graph", filterParams(focusId ? { entity: focusId, depth: 1 } : {}));
  } catch (err) {
    if (ticket !== graphTicket) return;
    notice.textContent = `Could not load the graph: ${err.message}`;
    notice.hidden = false;
    return;
  }
  let message = "";
  if (!data.edges.length && !focusId) {
    message = "No claims between two actors match the filter; showing the most mentioned actors.";
    data = await getJSON("/api/graph", filterParams({ isolated: 25 }));
  } else if (data.truncated) {
    message = "Large graph: showing the best connected actors only. Filter, or focus on an actor.";
  } else if (focusId) {
    message = `Focused on one actor and its neighbours. “Show all” to go back.`;
  }
  if (ticket !== graphTicket) return;
  notice.textContent = message;
  notice.hidden = !message;
  cy.elements().remove();
  cy.add(toElements(data));
  if (focusId) cy.getElementById(focusId).addClass("focus");
  cy.layout(layoutOptions(true)).run();
  cy.fit(undefined, 40);
  window.newsweaveGraphSettled = true; // for the browser tests
  $("#graph-count").textContent = `${data.nodes.length} actors · ${data.edges.length} claims`;
}

export async function focus(nodeId) {
  focusId = nodeId;
  location.hash = "#graph";
  await reloadGraph();
  showNode(nodeId);
}

/** Add a node's neighbours (under the current filter) to what is shown. */
export async function expand(nodeId) {
  let data;
  try {
    data = await getJSON("/api/graph", filterParams({ entity: nodeId, depth: 1 }));
  } catch (err) {
    showPanelMessage("Actor", `Could not expand: ${err.message}`);
    return;
  }
  const fresh = toElements(data).filter((e) => cy.getElementById(e.data.id).empty());
  if (!fresh.length) return;
  cy.add(fresh);
  cy.layout({ ...layoutOptions(false), fit: false }).run();
  $("#graph-count").textContent = `${cy.nodes().length} actors · ${cy.edges().length} claims`;
}

export function selectEdge(claimId) {
  if (!cy) return;
  const edge = cy.getElementById(claimId);
  cy.elements().unselect();
  if (edge.nonempty()) {
    edge.select();
    highlight(edge);
  }
}

export function resizeGraph() {
  if (cy) {
    cy.resize();
    cy.fit(undefined, 40);
  }
}
