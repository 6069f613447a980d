// The actor graph: Cytoscape.js with the fcose layout (both from npm). Actors are nodes, sized
// and labelled by rank (most connected first); claims are edges styled by status, and parallel
// claims between two actors are bundled into one edge with a count that expands on click.
//
// The layout is seeded (the same view gives the same picture on every load) and positions
// persist per view in localStorage: drag a node and it stays where you put it, pin it to keep
// it there when the layout is recomputed. "Who says what" turns claims into nodes linked to
// the people and outlets that assert, doubt or deny them.

import { getJSON, query } from "./api.js";
import { $, clear, downloadBlob, el } from "./dom.js";
import { showClaim, showNode, showPanelMessage } from "./evidence.js";
import { filterParams, setView, stateQuery, view } from "./state.js";

import { BRIEF_STATUS_ORDER, ROLE_COLOR, STATUS_LABEL, STATUS_STYLE } from "./vocab.js";

export { STATUS_STYLE };
// a bundle shows the status most of its claims have; a tie goes to the more disputed one
// (the vocabulary's "disputed first" order, as the brief lists them)
const STATUS_WEIGHT = new Proxy({}, { get: (_, status) => {
  const i = BRIEF_STATUS_ORDER.indexOf(status);
  return i < 0 ? 0 : BRIEF_STATUS_ORDER.length - i;
} });
const ROLE_LINE = { supports: "solid", doubts: "dashed", denies: "dotted" };
const ROLE_STYLE = new Proxy({}, { get: (_, role) => ({
  color: ROLE_COLOR[role] || "#90a4ae", style: ROLE_LINE[role] || "solid" }) });
const TYPE_COLOR = {
  PERSON: "#90caf9", ORG: "#ffe082", GPE: "#a5d6a7", NORP: "#ce93d8", LOC: "#bcaaa4",
  FAC: "#bcaaa4",
};
const KIND_COLOR = { speaker: "#bbdefb", outlet: "#e0e0e0" };
const LABELLED_RANKS = 15; // the top actors always carry their label; the rest on hover
const TOP_ACTORS = 80; // actors drawn by default (the rest on demand: focus, expand, filter)
const LAYOUT_PREFIX = "newsweave-layout:";

let cy = null;
let graphTicket = 0; // filters can change faster than the server answers: newest wins
let pathFrom = null;
const expandedPairs = new Set();

// ----------------------------------------------------------------------------- seeded layout

function hashString(text) {
  let h = 2166136261;
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return h >>> 0;
}

function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Run `fn` with Math.random seeded, so fcose's random start is the same for the same view. */
function withSeed(seed, fn) {
  const saved = Math.random;
  Math.random = mulberry32(seed);
  try {
    return fn();
  } finally {
    Math.random = saved;
  }
}

function layoutKey() {
  const params = new URLSearchParams(stateQuery());
  params.delete("claim");
  return LAYOUT_PREFIX + params.toString();
}

function savedPositions() {
  try {
    return JSON.parse(localStorage.getItem(layoutKey()) || "null") || {};
  } catch {
    return {};
  }
}

function savePositions() {
  const positions = {};
  cy.nodes().forEach((n) => {
    const p = n.position();
    positions[n.id()] = { x: Math.round(p.x), y: Math.round(p.y), pinned: n.locked() };
  });
  try {
    localStorage.setItem(layoutKey(), JSON.stringify(positions));
  } catch {
    // storage full or disabled: the layout is still seeded, only drags are not kept
  }
}

function runLayout(fit = true) {
  const saved = savedPositions();
  const nodes = cy.nodes();
  const allKnown = nodes.every((n) => saved[n.id()]);
  if (allKnown) {
    nodes.forEach((n) => {
      n.position({ x: saved[n.id()].x, y: saved[n.id()].y });
      if (saved[n.id()].pinned) n.lock();
    });
  } else {
    // pinned nodes stay where the analyst put them; the rest get the seeded layout
    const pinned = nodes.filter((n) => saved[n.id()] && saved[n.id()].pinned);
    const fixed = pinned.map((n) => ({ nodeId: n.id(), position: { x: saved[n.id()].x, y: saved[n.id()].y } }));
    const seed = hashString(nodes.map((n) => n.id()).sort().join("|"));
    nodes.unlock();
    withSeed(seed, () => cy.layout({ ...layoutOptions(true), ...(fixed.length ? { fixedNodeConstraint: fixed } : {}) }).run());
    pinned.forEach((n) => n.lock());
  }
  if (fit) cy.fit(undefined, 40);
  savePositions();
}

function layoutOptions(randomize) {
  return { name: "fcose", animate: false, randomize, quality: "proof", nodeRepulsion: 9000,
    idealEdgeLength: () => 140, nodeSeparation: 90,
    gravity: 0.35, padding: 30, packComponents: true, tilingPaddingVertical: 20, tilingPaddingHorizontal: 20 };
}

// ----------------------------------------------------------------------------- elements

function nodeSize(rank, kind) {
  if (kind === "claim") return 16;
  if (kind === "speaker" || kind === "outlet") return 26;
  return Math.round(Math.max(22, 58 - 3 * (rank ?? 20)));
}

function nodeElement(n) {
  const kind = n.kind || "actor";
  const color = kind === "claim" ? (STATUS_STYLE[n.status] || STATUS_STYLE["single-source"]).color
    : KIND_COLOR[kind] || TYPE_COLOR[n.type] || "#e0e0e0";
  return {
    group: "nodes",
    data: { id: n.id, label: n.label, type: n.type || "", kind, mentions: n.mentions, rank: n.rank ?? 99,
      size: nodeSize(n.rank, kind), color, claimId: n.claim_id || null, summary: n.summary || null,
      labelAlways: kind !== "actor" || (n.rank ?? 99) < LABELLED_RANKS },
    classes: `kind-${kind}`,
  };
}

function claimEdge(e) {
  const style = STATUS_STYLE[e.status] || STATUS_STYLE["single-source"];
  return {
    group: "edges",
    data: { id: e.id, source: e.source, target: e.target, label: e.type || "claim", status: e.status,
      summary: e.summary, width: Math.min(9, 2 + 1.5 * (e.sources || 1)), color: style.color, lineStyle: style.style },
  };
}

function pairKey(e) {
  return [e.source, e.target].sort().join("|");
}

/** Claims in a bundle that someone denies or contests: named on the bundle, so a majority
 * colour never hides a dispute. */
function disputedCount(members) {
  return members.filter((m) => m.status === "contested" || m.status === "denied").length;
}

/** Parallel claims between one pair of actors become one edge labelled with their count. */
function bundled(edges) {
  const byPair = new Map();
  for (const e of edges) {
    const key = pairKey(e);
    if (!byPair.has(key)) byPair.set(key, []);
    byPair.get(key).push(e);
  }
  const out = [];
  for (const [key, members] of byPair) {
    if (members.length === 1 || expandedPairs.has(key)) {
      out.push(...members.map(claimEdge));
      continue;
    }
    const counts = {};
    for (const m of members) counts[m.status] = (counts[m.status] || 0) + 1;
    const status = Object.keys(counts).sort((a, b) => counts[b] - counts[a] || (STATUS_WEIGHT[b] || 0) - (STATUS_WEIGHT[a] || 0))[0];
    const mix = Object.entries(counts).sort((a, b) => b[1] - a[1]).map(([k, n]) => `${n} ${STATUS_LABEL[k] || k}`).join(", ");
    const style = STATUS_STYLE[status] || STATUS_STYLE["single-source"];
    const sources = Math.max(...members.map((m) => m.sources || 1));
    out.push({ group: "edges", classes: "bundle", data: {
      id: `bundle:${key}`, source: members[0].source, target: members[0].target, bundle: true, pair: key,
      label: `${members.length} claims${disputedCount(members) ? `, ${disputedCount(members)} disputed` : ""}`, status, count: members.length, color: style.color, lineStyle: style.style,
      width: Math.min(12, 3 + members.length), members, summary: `${members.length} claims (${mix}); click to list them`,
      sources,
    } });
  }
  return out;
}

function layerEdge(e) {
  const style = ROLE_STYLE[e.role] || ROLE_STYLE.actor;
  return { group: "edges", classes: `layer role-${e.role}`, data: { id: e.id, source: e.source, target: e.target,
    label: ["actor", "recipient"].includes(e.role) ? "" : e.role, role: e.role, claimId: e.claim_id,
    color: style.color, lineStyle: style.style, width: e.role === "actor" || e.role === "recipient" ? 1.5 : 2.5 } };
}

function toElements(data) {
  const nodes = data.nodes.map(nodeElement);
  const edges = data.layer_edges ? data.layer_edges.map(layerEdge) : bundled(data.edges);
  return [...nodes, ...edges];
}

const STYLE = [
  { selector: "node", style: {
    "background-color": "data(color)", "border-color": "#455a64", "border-width": 1.5,
    width: "data(size)", height: "data(size)", label: "", "font-size": 14, "font-weight": 600,
    "text-valign": "bottom", "text-margin-y": 4, "text-outline-color": "#fff", "text-outline-width": 2.5,
    color: "#263238", "min-zoomed-font-size": 7, "text-wrap": "ellipsis", "text-max-width": 180,
  } },
  { selector: "node[?labelAlways], node.show-label, node:selected, node.focus, node.on-path", style: { label: "data(label)" } },
  { selector: "node.kind-claim", style: { shape: "diamond", "font-size": 10, "font-weight": 400, "border-width": 1 } },
  { selector: "node.kind-speaker", style: { shape: "round-rectangle", "font-size": 12 } },
  { selector: "node.kind-outlet", style: { shape: "rectangle", "font-size": 12, "font-style": "italic" } },
  { selector: "node:locked", style: { "border-style": "double", "border-width": 4 } },
  { selector: "edge", style: {
    width: "data(width)", "line-color": "data(color)", "line-style": "data(lineStyle)",
    "target-arrow-color": "data(color)", "target-arrow-shape": "triangle", "curve-style": "bezier",
    "control-point-step-size": 44, label: "data(label)", "font-size": 11, color: "#37474f",
    "text-background-color": "#fff", "text-background-opacity": 0.85, "text-background-padding": 2,
    "text-rotation": "autorotate", "arrow-scale": 1.1, "overlay-padding": 6, "min-zoomed-font-size": 8,
  } },
  { selector: "edge.bundle", style: { "target-arrow-shape": "none", "font-weight": 700 } },
  { selector: "edge[status = 'denied']", style: { "line-dash-pattern": [2, 5] } },
  { selector: "edge[status = 'contested']", style: { "line-dash-pattern": [12, 4, 2, 4] } },
  { selector: "edge.layer", style: { "font-size": 9, "arrow-scale": 0.8 } },
  { selector: ":selected", style: { "overlay-color": "#1565c0", "overlay-opacity": 0.25 } },
  { selector: "node.focus", style: { "border-width": 4, "border-color": "#1565c0" } },
  { selector: ".on-path", style: { "overlay-color": "#fbc02d", "overlay-opacity": 0.35 } },
  { selector: ".faded", style: { opacity: 0.2 } },
];

// ----------------------------------------------------------------------------- init

export function initGraph() {
  if (window.cytoscapeFcose) window.cytoscape.use(window.cytoscapeFcose);
  cy = window.cytoscape({ container: $("#cy"), style: STYLE, minZoom: 0.1, maxZoom: 4, wheelSensitivity: 0.3 });
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
    const edge = evt.target;
    if (edge.data("bundle")) {
      expandBundle(edge);
      return;
    }
    const claimId = edge.data("claimId") || edge.id();
    highlight(edge);
    openClaim(claimId);
  });
  cy.on("tap", "node", (evt) => {
    const node = evt.target;
    if (pathFrom && node.data("kind") === "actor") {
      showPath(pathFrom, node.id());
      return;
    }
    highlight(node);
    if (node.data("kind") === "claim") openClaim(node.data("claimId"));
    else if (node.data("kind") === "outlet") showPanelMessage("Outlet", `${node.data("label")}: its sentences are linked to the claims they assert, doubt or deny.`);
    else showNode(node.id().replace(/^speaker:/, ""));
  });
  cy.on("dbltap", "node[kind = 'actor']", (evt) => expand(evt.target.id()));
  cy.on("tap", (evt) => {
    if (evt.target === cy) cy.elements().removeClass("faded on-path");
  });
  cy.on("mouseover", "node", (evt) => evt.target.closedNeighborhood("node").addClass("show-label"));
  cy.on("mouseout", "node", () => cy.nodes().removeClass("show-label"));
  cy.on("dragfree", "node", () => savePositions());
  document.addEventListener("keydown", (evt) => {
    if (evt.key === "Escape" && pathFrom) cancelPath();
  });
  buildLegend();
  $("#graph-fit").addEventListener("click", () => cy.fit(undefined, 40));
  $("#graph-all").addEventListener("click", () => {
    setView({ focus: "", speaker: "", depth: 1 });
    reloadGraph();
  });
  $("#graph-min-degree").addEventListener("change", () => {
    setView({ minDegree: Math.max(0, Number($("#graph-min-degree").value) || 0) });
    reloadGraph();
  });
  $("#graph-depth").addEventListener("change", () => {
    setView({ depth: Number($("#graph-depth").value) || 1 });
    reloadGraph();
  });
  $("#graph-layer").addEventListener("change", () => {
    setView({ layer: $("#graph-layer").checked ? "sources" : "", speaker: "" });
    reloadGraph();
  });
  $("#graph-reset-layout").addEventListener("click", () => {
    localStorage.removeItem(layoutKey());
    cy.nodes().unlock();
    runLayout();
  });
  $("#export-png").addEventListener("click", () => downloadBlob(cy.png({ full: true, scale: 2, bg: "#ffffff", output: "blob" }), "newsweave-view.png"));
  $("#export-svg").addEventListener("click", () => downloadBlob(new Blob([graphSVG()], { type: "image/svg+xml" }), "newsweave-view.svg"));
  return cy;
}

function openClaim(claimId) {
  setView({ claim: claimId });
  showClaim(claimId);
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
    el("span", { class: "legend-title" }, "Actors (size = rank by claims):"), el("ul", {}, types),
    el("span", { class: "legend-hint" }, "Click a claim (edge) or an actor for the evidence · a thick edge with a count bundles several claims: click to list them · double-click an actor to expand its neighbours · drag to move (positions are kept), scroll to zoom · Esc ends a path search."));
}

// ----------------------------------------------------------------------------- loading

/** Switch to the graph tab without a history entry of its own when it already shows (the
 * graph is the default view), so back undoes the focus, not a tab switch. */
export function showGraphTab() {
  if (location.hash && !location.hash.startsWith("#graph")) location.hash = "#graph";
}

function graphParams() {
  const extra = { max_nodes: view.focus ? 300 : TOP_ACTORS };
  if (view.focus) Object.assign(extra, { entity: view.focus, depth: view.depth || 1 });
  if (view.minDegree) extra.min_degree = view.minDegree;
  if (view.layer) extra.layer = view.layer;
  if (view.speaker) extra.speaker = view.speaker;
  return filterParams(extra);
}

function updateControls() {
  $("#graph-min-degree").value = String(view.minDegree || 0);
  $("#graph-depth").value = String(view.depth || 1);
  $("#graph-depth-wrap").hidden = !view.focus;
  $("#graph-layer").checked = view.layer === "sources";
  const params = filterParams({ entity: view.focus || null, depth: view.focus ? view.depth : null, min_degree: view.minDegree || null });
  $("#export-gexf").href = `/api/graph/export.gexf${query(params)}`;
  $("#export-graphml").href = `/api/graph/export.graphml${query(params)}`;
}

export async function reloadGraph() {
  const ticket = ++graphTicket;
  window.newsweaveGraphSettled = false;
  updateControls();
  const notice = $("#graph-notice");
  let data;
  try {
    data = await getJSON("/api/graph", graphParams());
  } catch (err) {
    if (ticket !== graphTicket) return;
    notice.textContent = `Could not load the graph: ${err.message}`;
    notice.hidden = false;
    window.newsweaveGraphSettled = true;
    return;
  }
  let message = "";
  if (!data.edges.length && !data.layer_edges && !view.focus) {
    message = "No claims between two actors match the filter; showing the most mentioned actors.";
    data = await getJSON("/api/graph", filterParams({ isolated: 25 }));
  } else if (view.speaker) {
    message = "Showing what one source asserted, doubted or denied. “Show all” to go back.";
  } else if (data.truncated || data.hidden) {
    message = `Showing the ${data.nodes.length} best connected actors (${data.hidden} more): filter, raise “min. claims”, or focus on an actor.`;
  } else if (data.edges_total > data.edges.length) {
    message = `Drawing the ${data.edges.length} best sourced of ${data.edges_total} claims between these actors: filter or focus on an actor to see the rest.`;
  } else if (view.focus) {
    message = "Focused on one actor and its neighbours. “Show all” to go back.";
  }
  if (ticket !== graphTicket) return;
  notice.textContent = message;
  notice.hidden = !message;
  cy.elements().remove();
  cy.add(toElements(data));
  if (view.focus) cy.getElementById(view.focus).addClass("focus");
  runLayout();
  if (view.claim) selectEdge(view.claim);
  window.newsweaveGraphSettled = true; // for the browser tests
  const claims = data.layer_edges ? data.nodes.filter((n) => n.kind === "claim").length : data.edges.length;
  $("#graph-count").textContent = `${data.nodes.filter((n) => (n.kind || "actor") === "actor").length} actors · ${claims} claims`;
}

export async function focus(nodeId) {
  setView({ focus: nodeId, speaker: "", claim: "" });
  showGraphTab();
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
  const fresh = toElements(data).filter((e) => cy.getElementById(e.data.id).empty()
    && (e.group === "nodes" || cy.getElementById(`bundle:${e.data.pair || pairKey(e.data)}`).empty()));
  if (!fresh.length) return;
  cy.add(fresh);
  runLayout(false);
  $("#graph-count").textContent = `${cy.nodes().length} actors · ${cy.edges().length} claims`;
}

function expandBundle(edge) {
  const members = edge.data("members") || [];
  expandedPairs.add(edge.data("pair"));
  cy.remove(edge);
  const added = cy.add(members.map(claimEdge));
  highlight(added);
  showPanelMessage("Claims", `${members.length} claims between these two actors, now drawn one by one: click one for its evidence.`);
}

export function selectEdge(claimId) {
  if (!cy) return;
  let edge = cy.getElementById(claimId);
  if (edge.empty()) {
    const bundle = cy.edges(".bundle").filter((b) => (b.data("members") || []).some((m) => m.id === claimId));
    if (bundle.nonempty()) {
      expandBundle(bundle[0]);
      edge = cy.getElementById(claimId);
    }
  }
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

// ----------------------------------------------------------------------------- paths, pins

export function startPath(nodeId) {
  pathFrom = nodeId;
  showGraphTab();
  const notice = $("#graph-notice");
  notice.textContent = "Click a second actor to see the shortest chain of claims between them (Esc to cancel).";
  notice.hidden = false;
}

function cancelPath() {
  pathFrom = null;
  $("#graph-notice").hidden = true;
}

async function showPath(from, to) {
  pathFrom = null;
  let found;
  try {
    found = await getJSON("/api/graph/path", filterParams({ from, to }));
  } catch (err) {
    showPanelMessage("Path", err.status === 404 ? err.message : `Could not find a path: ${err.message}`);
    $("#graph-notice").hidden = true;
    return;
  }
  const fresh = [...found.nodes.map(nodeElement), ...found.edges.map(claimEdge)]
    .filter((e) => cy.getElementById(e.data.id).empty());
  if (fresh.length) {
    for (const e of found.edges) expandedPairs.add(pairKey(e));
    cy.add(fresh.filter((e) => e.group === "nodes"));
    cy.edges(".bundle").filter((b) => found.edges.some((e) => pairKey(e) === b.data("pair"))).remove();
    cy.add(fresh.filter((e) => e.group === "edges" && cy.getElementById(e.data.id).empty()));
    runLayout(false);
  }
  const on = cy.collection();
  for (const n of found.path) on.merge(cy.getElementById(n));
  for (const e of found.edges) on.merge(cy.getElementById(e.id));
  cy.elements().addClass("faded").removeClass("on-path");
  on.removeClass("faded").addClass("on-path");
  const names = found.nodes.map((n) => n.label).join(" → ");
  $("#graph-notice").textContent = `Shortest chain: ${names} (${found.edges.length} claims). Click the background to clear.`;
  $("#graph-notice").hidden = false;
}

export function togglePin(nodeId) {
  const node = cy && cy.getElementById(nodeId);
  if (!node || node.empty()) return false;
  if (node.locked()) node.unlock();
  else node.lock();
  savePositions();
  return node.locked();
}

export function isPinned(nodeId) {
  const node = cy && cy.getElementById(nodeId);
  return Boolean(node && node.nonempty() && node.locked());
}

// ----------------------------------------------------------------------------- SVG picture

function xmlEscape(text) {
  return String(text ?? "").replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" }[c]));
}

const DASH = { solid: "", dashed: "8 4", dotted: "2 4" };

/** The current picture as SVG (own small writer: nodes, straight edges, labels), for reports. */
export function graphSVG() {
  const box = cy.elements().boundingBox();
  const pad = 40;
  const parts = [];
  parts.push(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="${Math.floor(box.x1 - pad)} ${Math.floor(box.y1 - pad)} ${Math.ceil(box.w + 2 * pad)} ${Math.ceil(box.h + 2 * pad)}" font-family="Helvetica, Arial, sans-serif">`);
  parts.push(`<rect x="${box.x1 - pad}" y="${box.y1 - pad}" width="${box.w + 2 * pad}" height="${box.h + 2 * pad}" fill="#ffffff"/>`);
  cy.edges().forEach((e) => {
    const s = e.source().position();
    const t = e.target().position();
    const dash = DASH[e.data("lineStyle")] || "";
    parts.push(`<line x1="${s.x.toFixed(1)}" y1="${s.y.toFixed(1)}" x2="${t.x.toFixed(1)}" y2="${t.y.toFixed(1)}" stroke="${xmlEscape(e.data("color"))}" stroke-width="${Number(e.data("width")) || 2}"${dash ? ` stroke-dasharray="${dash}"` : ""}><title>${xmlEscape(e.data("summary") || e.data("label"))}</title></line>`);
    if (e.data("label")) {
      parts.push(`<text x="${((s.x + t.x) / 2).toFixed(1)}" y="${((s.y + t.y) / 2).toFixed(1)}" font-size="11" fill="#37474f" text-anchor="middle">${xmlEscape(e.data("label"))}</text>`);
    }
  });
  cy.nodes().forEach((n) => {
    const p = n.position();
    const r = (Number(n.data("size")) || 24) / 2;
    parts.push(`<circle cx="${p.x.toFixed(1)}" cy="${p.y.toFixed(1)}" r="${r}" fill="${xmlEscape(n.data("color"))}" stroke="#455a64" stroke-width="1.5"/>`);
    parts.push(`<text x="${p.x.toFixed(1)}" y="${(p.y + r + 14).toFixed(1)}" font-size="13" font-weight="600" fill="#263238" text-anchor="middle">${xmlEscape(n.data("label"))}</text>`);
  });
  parts.push("</svg>");
  return parts.join("\n");
}
