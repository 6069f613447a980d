// The app shell: filter controls, tabs/routing (#graph, #claims, #map, #sources, #articles,
// #article/<id>/<start>-<end>, #search/<text>) and wiring every view to the shared filter.

import { getJSON } from "./api.js";
import { loadVocab } from "./vocab.js";
import { showArticle } from "./article.js";
import { $, articleHref, clear, el, statusBadge, STATUS_LABEL, truncate } from "./dom.js";
import { quoteAsEvidence, setPanelActions, showClaim, showRecord } from "./evidence.js";
import { expand, focus, initGraph, reloadGraph, resizeGraph } from "./graph.js";
import { initMap, reloadMap, resizeMap } from "./map.js";
import { filter, isFiltered, onFilterChange, setFilter } from "./state.js";
import { initClaimsTable, reloadArticles, reloadClaims, reloadMatrix } from "./tables.js";
import { initTimeline, redrawTimeline, reloadTimeline, showWindow } from "./timeline.js";

const VIEWS = ["graph", "claims", "map", "sources", "articles", "article", "search"];
const loaders = { graph: reloadGraph, claims: reloadClaims, map: reloadMap, sources: reloadMatrix, articles: reloadArticles };
const dirty = new Set(Object.keys(loaders));
let current = null;

function fillSelect(select, values, labels = {}) {
  for (const v of values) select.append(el("option", { value: v }, labels[v] || v));
}

function reportError(err) {
  const bar = $("#status-bar");
  bar.textContent = err.status === 503 ? `Database unavailable: ${err.message}` : `Error: ${err.message}`;
  bar.hidden = false;
}

async function refreshView(name) {
  if (!loaders[name]) return;
  dirty.delete(name);
  try {
    await loaders[name]();
  } catch (err) {
    reportError(err);
  }
}

function describeFilter() {
  const parts = [];
  if (filter.since || filter.until) parts.push(`${filter.since || "…"} – ${filter.until || "…"}${filter.fromTimeline ? " (timeline)" : ""}`);
  if (filter.type) parts.push(`type ${filter.type}`);
  if (filter.status) parts.push(STATUS_LABEL[filter.status] || filter.status);
  if (filter.outlet) parts.push(filter.outlet);
  $("#filter-summary").textContent = parts.length ? `Filtered: ${parts.join(" · ")} (undated items hidden when a time range is set)` : "";
  $("#f-reset").disabled = !isFiltered();
}

function show(name) {
  for (const view of VIEWS) {
    $(`#view-${view}`).hidden = view !== name;
    const tab = document.querySelector(`#tabs [data-view="${view}"]`);
    if (tab) tab.classList.toggle("active", view === name);
  }
  current = name;
  if (name === "graph") resizeGraph();
  if (name === "map") resizeMap();
  if (dirty.has(name)) refreshView(name);
}

async function route() {
  const hash = decodeURIComponent(location.hash.slice(1));
  const [name, ...rest] = hash.split("/");
  if (name === "article" && rest[0]) {
    show("article");
    const span = /^(\d+)-(\d+)$/.exec(rest[1] || "");
    await showArticle(rest[0], span ? [Number(span[1]), Number(span[2])] : null);
    return;
  }
  if (name === "search" && rest.length) {
    show("search");
    await runSearch(rest.join("/"));
    return;
  }
  show(VIEWS.includes(name) && loaders[name] ? name : "graph");
}

// ----------------------------------------------------------------------------- search

function resultGroup(title, total, items, render) {
  return el("section", { class: "result-group" },
    el("h3", {}, `${title} (${total})`),
    items.length ? el("ul", {}, items.map((x) => el("li", {}, render(x)))) : el("p", { class: "muted" }, "none"));
}

async function runSearch(q) {
  $("#search").value = q;
  const view = clear($("#search-results"));
  view.append(el("p", { class: "muted" }, "Searching…"));
  let r;
  try {
    r = await getJSON("/api/search", { q, limit: 50 });
  } catch (err) {
    clear(view).append(el("p", { class: "error" }, err.message));
    return;
  }
  clear(view).append(
    el("h2", {}, `Results for “${q}”`),
    resultGroup("Actors", r.entities.total, r.entities.items, (e) => el("button", {
      type: "button", class: "link", onclick: () => focus(e.entity_id),
    }, `${e.name} (${e.type}, ${e.mention_count} mentions)`)),
    resultGroup("Claims", r.claims.total, r.claims.items, (c) => el("span", {}, statusBadge(c.status), " ",
      el("button", { type: "button", class: "link", onclick: () => showClaim(c.claim_id) }, c.summary))),
    resultGroup("Quotes", r.quotes.total, r.quotes.items, (x) => el("button", {
      type: "button", class: "link", onclick: () => showRecord("Quote", quoteAsEvidence(x)),
    }, `${x.speaker ? x.speaker.name : "unnamed"}: “${truncate(x.text, 140)}” (${x.outlet})`)),
    resultGroup("Articles", r.articles.total, r.articles.items, (a) => el("span", {},
      el("a", { href: articleHref(a.article_id) }, a.title || a.article_id),
      el("span", { class: "muted" }, ` · ${a.outlet} · ${a.published || "undated"}`),
      el("div", { class: "snippet" }, truncate(a.snippet, 220)))),
  );
}

// ----------------------------------------------------------------------------- start

async function start() {
  let facets;
  try {
    await loadVocab();
    facets = await getJSON("/api/facets");
  } catch (err) {
    reportError(err);
    return;
  }
  const c = facets.counts;
  $("#corpus-counts").textContent = `${c.articles} articles · ${c.entities} actors · ${c.claims} claims · ${c.events} events · ${c.quotes} quotes`;
  fillSelect($("#f-type"), facets.types);
  fillSelect($("#f-status"), facets.statuses, STATUS_LABEL);
  fillSelect($("#f-outlet"), facets.outlets);
  for (const id of ["#f-since", "#f-until"]) {
    if (facets.date_min) $(id).min = facets.date_min;
    if (facets.date_max) $(id).max = facets.date_max;
  }
  const controls = { "#f-type": "type", "#f-status": "status", "#f-outlet": "outlet" };
  for (const [id, key] of Object.entries(controls)) {
    $(id).addEventListener("change", () => setFilter({ [key]: $(id).value }));
  }
  for (const id of ["#f-since", "#f-until"]) {
    $(id).addEventListener("change", () => {
      setFilter({ since: $("#f-since").value, until: $("#f-until").value, fromTimeline: false });
      showWindow($("#f-since").value, $("#f-until").value);
    });
  }
  $("#f-reset").addEventListener("click", () => {
    for (const id of ["#f-since", "#f-until", "#f-type", "#f-status", "#f-outlet"]) $(id).value = "";
    setFilter({ since: "", until: "", type: "", status: "", outlet: "", fromTimeline: false });
    reloadTimeline().catch(reportError);
  });
  $("#search-form").addEventListener("submit", (evt) => {
    evt.preventDefault();
    const q = $("#search").value.trim();
    if (q.length >= 2) location.hash = `#search/${encodeURIComponent(q)}`;
  });
  for (const tab of document.querySelectorAll("#tabs [data-view]")) {
    tab.addEventListener("click", () => { location.hash = `#${tab.dataset.view}`; });
  }
  $("#article-back").addEventListener("click", () => history.back());
  $("#timeline-toggle").addEventListener("click", () => {
    document.body.classList.toggle("timeline-collapsed");
    redrawTimeline();
    resizeGraph();
  });

  initGraph();
  initClaimsTable();
  initTimeline();
  setPanelActions({ focus, expand: (id) => { location.hash = "#graph"; expand(id); } });
  try {
    await initMap();
  } catch (err) {
    reportError(err);
  }
  onFilterChange((source) => {
    describeFilter();
    for (const name of Object.keys(loaders)) dirty.add(name);
    if (current && loaders[current]) refreshView(current);
    if (source !== "timeline" && source !== "timeline-reset") reloadTimeline().catch(reportError);
  });
  describeFilter();
  window.addEventListener("hashchange", route);
  window.addEventListener("resize", () => { resizeGraph(); resizeMap(); });
  reloadTimeline().catch(reportError);
  await route();
  document.body.dataset.ready = "1";
}

start();
