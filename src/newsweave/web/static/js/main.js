// The app shell: filter controls, tabs/routing (#graph, #claims, #map, #sources, #articles,
// #article/<id>/<start>-<end>, #search/<text>) and wiring every view to the shared state. The
// filter and the graph's focus/claim/layer live in the query string (see state.js), so a
// reload or a shared URL restores the same view.

import { getJSON } from "./api.js";
import { loadVocab } from "./vocab.js";
import { showArticle } from "./article.js";
import { $, articleHref, clear, el, statusBadge, STATUS_LABEL, truncate } from "./dom.js";
import { quoteAsEvidence, setPanelActions, showClaim, showRecord } from "./evidence.js";
import { expand, focus, initGraph, isPinned, reloadGraph, resizeGraph, selectEdge, showGraphTab, startPath, togglePin } from "./graph.js";
import { initMap, reloadMap, resizeMap } from "./map.js";
import { filter, isFiltered, notifyFromURL, onFilterChange, readURL, setFilter, setView, view } from "./state.js";
import { initClaimsTable, reloadArticles, reloadClaims, reloadMatrix } from "./tables.js";
import { initTimeline, redrawTimeline, reloadTimeline, showWindow } from "./timeline.js";

const VIEWS = ["graph", "claims", "map", "sources", "articles", "article", "search"];
const loaders = { graph: reloadGraph, claims: reloadClaims, map: reloadMap, sources: reloadMatrix, articles: reloadArticles };
const dirty = new Set(Object.keys(loaders));
let current = null;
// [filter key, element id, label, facet name]
const MULTI = [
  ["types", "#f-type", "Type", "types"],
  ["statuses", "#f-status", "Status", "statuses"],
  ["outlets", "#f-outlet", "Outlet", "outlets"],
  ["countries", "#f-country", "Actor country", "countries"],
  ["sectors", "#f-sector", "Sector", "sectors"],
];
const LABELS = { statuses: STATUS_LABEL };

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

// ----------------------------------------------------------------------------- controls

/** A multi-select as a disclosure of checkboxes: keyboard reachable, several values at once. */
function buildMulti(key, id, label, values, labels = {}) {
  const host = clear($(id));
  const summary = el("summary", { class: "multi-summary" });
  const list = el("div", { class: "multi-list", role: "group", "aria-label": label },
    values.map((v) => el("label", { class: "multi-option" },
      el("input", { type: "checkbox", value: v, dataset: { key },
        onchange: () => setFilter({ [key]: [...host.querySelectorAll("input:checked")].map((i) => i.value) }) }),
      ` ${labels[v] || v}`)));
  host.append(el("details", { class: "multi" }, summary, list));
  host.dataset.label = label;
  host.dataset.labels = JSON.stringify(labels);
}

function describeMulti(key, id) {
  const host = $(id);
  const labels = JSON.parse(host.dataset.labels || "{}");
  const chosen = filter[key];
  for (const box of host.querySelectorAll("input[type=checkbox]")) box.checked = chosen.includes(box.value);
  const text = chosen.length ? chosen.map((v) => labels[v] || v).join(", ") : "any";
  host.querySelector(".multi-summary").textContent = `${host.dataset.label}: ${truncate(text, 28)}`;
}

/** Controls show the state (after a change, a reload or back/forward). */
function syncControls() {
  for (const [key, id] of MULTI) describeMulti(key, id);
  $("#f-since").value = filter.since;
  $("#f-until").value = filter.until;
  $("#f-q").value = filter.q;
}

function describeFilter() {
  const parts = [];
  if (filter.since || filter.until) parts.push(`${filter.since || "…"} – ${filter.until || "…"}${filter.fromTimeline ? " (timeline)" : ""}`);
  for (const [key, , label] of MULTI) {
    if (filter[key].length) parts.push(`${label.toLowerCase()} ${filter[key].map((v) => (LABELS[key] || {})[v] || v).join("/")}`);
  }
  if (filter.q) parts.push(`“${filter.q}”`);
  $("#filter-summary").textContent = parts.length ? `Filtered: ${parts.join(" · ")} (a date of a month or a year counts only when the range holds all of it; undated items are hidden when a time range is set)` : "";
  $("#f-reset").disabled = !isFiltered();
  syncControls();
}

function show(name) {
  for (const v of VIEWS) {
    $(`#view-${v}`).hidden = v !== name;
    const tab = document.querySelector(`#tabs [data-view="${v}"]`);
    if (tab) {
      tab.classList.toggle("active", v === name);
      tab.setAttribute("aria-selected", String(v === name));
    }
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

function whoSays(nodeId) {
  setView({ layer: "sources", speaker: nodeId, focus: "" });
  showGraphTab();
  dirty.add("graph");
  refreshView("graph");
}

async function runSearch(q) {
  $("#search").value = q;
  const out = clear($("#search-results"));
  out.append(el("p", { class: "muted" }, "Searching…"));
  let r;
  try {
    r = await getJSON("/api/search", { q, limit: 50 });
  } catch (err) {
    clear(out).append(el("p", { class: "error" }, err.message));
    return;
  }
  clear(out).append(
    el("h2", {}, `Results for “${q}”`),
    resultGroup("Actors", r.entities.total, r.entities.items, (e) => el("span", {},
      el("button", { type: "button", class: "link", onclick: () => focus(e.entity_id) },
        `${e.name} (${e.type}, ${e.mention_count} mentions)`),
      " ", el("button", { type: "button", class: "link small", onclick: () => whoSays(e.entity_id) }, "what they said and backed ›"))),
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
  readURL();
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
  for (const [key, id, label, facet] of MULTI) buildMulti(key, id, label, facets[facet] || [], LABELS[key] || {});
  for (const id of ["#f-since", "#f-until"]) {
    if (facets.date_min) $(id).min = facets.date_min;
    if (facets.date_max) $(id).max = facets.date_max;
  }
  for (const id of ["#f-since", "#f-until"]) {
    $(id).addEventListener("change", () => {
      setFilter({ since: $("#f-since").value, until: $("#f-until").value, fromTimeline: false });
      showWindow($("#f-since").value, $("#f-until").value);
    });
  }
  $("#f-q").addEventListener("change", () => setFilter({ q: $("#f-q").value.trim() }));
  $("#f-reset").addEventListener("click", () => {
    setFilter({ since: "", until: "", types: [], statuses: [], outlets: [], countries: [], sectors: [], q: "", fromTimeline: false });
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
  setPanelActions({ focus, expand: (id) => { showGraphTab(); expand(id); }, whoSays, startPath, togglePin, isPinned,
    // after an analyst's correction (the server relinked): every view reloads
    reload: () => {
      for (const name of Object.keys(loaders)) dirty.add(name);
      if (current && loaders[current]) refreshView(current);
    } });
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
    if (view.claim && source !== "timeline") showClaim(view.claim, { keepURL: true });
  });
  describeFilter();
  window.addEventListener("hashchange", route);
  window.addEventListener("popstate", () => {
    if (readURL()) notifyFromURL();
  });
  window.addEventListener("resize", () => { resizeGraph(); resizeMap(); });
  reloadTimeline().catch(reportError);
  if (filter.since && filter.until) showWindow(filter.since, filter.until);
  await route();
  if (view.claim) {
    selectEdge(view.claim);
    showClaim(view.claim, { keepURL: true });
  }
  document.body.dataset.ready = "1";
}

start();
