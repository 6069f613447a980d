// The claims table (sortable, searchable), the source matrix (outlets x claims) and the
// article list.

import { getAll, getJSON } from "./api.js";
import { $, articleHref, clear, el, statusBadge, truncate } from "./dom.js";
import { STATUS_ORDER } from "./vocab.js";
import { showClaim } from "./evidence.js";
import { selectEdge } from "./graph.js";
import { filterParams, setFilter } from "./state.js";

// ----------------------------------------------------------------------------- claims

const CLAIM_COLUMNS = [
  { key: "summary", label: "Claim", value: (c) => c.summary },
  { key: "type", label: "Type", value: (c) => c.type || "" },
  { key: "actors", label: "Actor → recipient", value: (c) => `${c.actor ? c.actor.name : "?"} → ${c.recipient ? c.recipient.name : "—"}` },
  { key: "status", label: "Status", value: (c) => c.status_label || c.status, render: (c) => statusBadge(c.status, c.counts),
    sortValue: (c) => STATUS_ORDER.indexOf(c.status), numeric: true },
  { key: "sources", label: "Indep. outlets", value: (c) => (c.independent_sources || []).length, numeric: true },
  { key: "supported", label: "Says so", value: (c) => (c.supported_by || []).join("; ") },
  { key: "doubted", label: "Doubts", value: (c) => (c.doubted_by || []).join("; ") },
  { key: "denied", label: "Denies", value: (c) => (c.denied_by || []).join("; ") },
  { key: "first", label: "First seen", value: (c) => c.first_seen || c.first_date || "" },
];

let claims = [];
let sortKey = "sources";
let sortDesc = true;

export function initClaimsTable() {
  $("#claims-q").addEventListener("input", renderClaims);
}

export async function reloadClaims() {
  claims = await getAll("/api/claims", filterParams());
  renderClaims();
}

function renderClaims() {
  const needle = $("#claims-q").value.trim().toLowerCase();
  const rows = claims.filter((c) => !needle || CLAIM_COLUMNS.some((col) => String(col.value(c)).toLowerCase().includes(needle)));
  const column = CLAIM_COLUMNS.find((c) => c.key === sortKey);
  rows.sort((a, b) => {
    const x = (column.sortValue || column.value)(a);
    const y = (column.sortValue || column.value)(b);
    const order = column.numeric ? x - y : String(x).localeCompare(String(y));
    return sortDesc ? -order : order;
  });
  const head = el("tr", {}, CLAIM_COLUMNS.map((col) => el("th", {
    class: `sortable${col.key === sortKey ? (sortDesc ? " desc" : " asc") : ""}`, scope: "col",
    onclick: () => {
      sortDesc = col.key === sortKey ? !sortDesc : Boolean(col.numeric);
      sortKey = col.key;
      renderClaims();
    },
  }, col.label)));
  const body = rows.map((c) => el("tr", {
    class: "clickable", dataset: { claimId: c.claim_id },
    onclick: () => { selectEdge(c.claim_id); showClaim(c.claim_id); },
  }, CLAIM_COLUMNS.map((col) => el("td", { class: `col-${col.key}` }, col.render ? col.render(c) : String(col.value(c))))));
  clear($("#claims-table")).append(el("thead", {}, head), el("tbody", {}, body));
  $("#claims-count").textContent = `${rows.length} of ${claims.length} claims`;
  if (!claims.length) $("#claims-table").append(el("caption", {}, "No claims match the filter."));
}

// ----------------------------------------------------------------------------- matrix

const CELL = {
  supports: ["✓", "says so"], denies: ["✗", "denies"], doubts: ["?", "doubts"],
  reports: ["•", "carries what others say"],
};

export async function reloadMatrix() {
  const data = await getJSON("/api/matrix", filterParams());
  const table = clear($("#matrix"));
  if (!data.claims.length) {
    table.append(el("caption", {}, "No claims match the filter."));
    return;
  }
  table.append(el("thead", {}, el("tr", {}, el("th", { scope: "col" }, "Claim"), el("th", { scope: "col" }, "Status"),
    data.outlets.map((o) => el("th", { scope: "col", class: "outlet-col", title: `Filter to ${o}`,
      onclick: () => { $("#f-outlet").value = o; setFilter({ outlet: o }); } }, el("span", {}, o))))));
  table.append(el("tbody", {}, data.claims.map((row) => el("tr", {},
    el("th", { scope: "row", class: "clickable", onclick: () => showClaim(row.claim_id) }, truncate(row.summary, 90)),
    el("td", {}, statusBadge(row.status, row.counts)),
    data.outlets.map((o) => {
      const cell = row.cells[o];
      if (!cell) return el("td", { class: "cell-empty" });
      const [mark, words] = CELL[cell] || ["•", cell];
      return el("td", { class: `cell cell-${cell}`, title: `${o} ${words}`, onclick: () => showClaim(row.claim_id) }, mark);
    })))));
  $("#matrix-count").textContent = `${data.claims.length} claims × ${data.outlets.length} outlets · ✓ says so · ? doubts · ✗ denies (in its own voice) · • carries what others say`;
}

// ----------------------------------------------------------------------------- articles

export async function reloadArticles() {
  const articles = await getAll("/api/articles", filterParams({ type: null, status: null }));
  const rows = articles.map((a) => el("tr", {},
    el("td", {}, a.published || "—"),
    el("td", {}, a.outlet || "—"),
    el("td", {}, el("a", { href: articleHref(a.article_id) }, a.title || a.source)),
    el("td", { class: "num" }, String(a.quotes)),
    el("td", { class: "num" }, String(a.events)),
    el("td", { class: "muted small" }, [a.syndicated_from ? "repost" : null, a.duplicate_of ? "near-duplicate" : null,
      a.language && a.language !== "en" ? `language ${a.language}` : null].filter(Boolean).join(", "))));
  clear($("#articles-table")).append(
    el("thead", {}, el("tr", {}, ["Published", "Outlet", "Title", "Quotes", "Events", "Notes"].map((h) => el("th", { scope: "col" }, h)))),
    el("tbody", {}, rows));
  $("#articles-count").textContent = `${articles.length} articles`;
}
