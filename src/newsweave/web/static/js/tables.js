// The claims table (sortable, searchable), the source matrix (outlets x claims) and the
// article list.

import { getAll, getJSON } from "./api.js";
import { $, articleHref, clear, downloadBlob, el, statusBadge, truncate } from "./dom.js";
import { STATUS_ORDER } from "./vocab.js";
import { showClaim } from "./evidence.js";
import { selectEdge } from "./graph.js";
import { filterParams, setFilter, setView } from "./state.js";

// ----------------------------------------------------------------------------- claims

const CLAIM_COLUMNS = [
  { key: "summary", label: "Claim", value: (c) => c.summary },
  { key: "type", label: "Type", value: (c) => c.type || "" },
  { key: "actors", label: "Actor → recipient", value: (c) => `${c.actor ? c.actor.name : "?"} → ${c.recipient ? c.recipient.name : "—"}` },
  { key: "status", label: "Status", value: (c) => c.status_label || c.status, render: (c) => statusBadge(c.status, c.counts),
    sortValue: (c) => STATUS_ORDER.indexOf(c.status), numeric: true },
  { key: "details", label: "Details", value: (c) => c.details_text || "", render: detailsCell },
  { key: "sources", label: "Indep. outlets", value: (c) => listTotal(c, "independent_sources"), numeric: true },
  { key: "supported", label: "Says so", value: (c) => namesCell(c, "supported_by") },
  { key: "doubted", label: "Doubts", value: (c) => namesCell(c, "doubted_by") },
  { key: "denied", label: "Denies", value: (c) => namesCell(c, "denied_by") },
  { key: "first", label: "First seen", value: (c) => c.first_seen || c.first_date || "" },
];

// A list record carries the first few names of each list and each list's total (`totals`);
// the whole claim is at /api/claims/{id}.
function listTotal(c, key) {
  return c.totals && key in c.totals ? c.totals[key] : (c[key] || []).length;
}

function namesCell(c, key) {
  const names = c[key] || [];
  const more = listTotal(c, key) - names.length;
  return names.join("; ") + (more > 0 ? ` (+${more} more)` : "");
}

// what, how many, how much: "10,000 Kalashnikov rifles; millions of rounds of ammunition",
// a disputed detail flagged
function detailsCell(c) {
  const disputed = (c.disputed_details || []).length;
  return el("span", { class: "details-cell", title: c.details_text || "" },
    disputed ? el("span", { class: "badge disputed" }, "disputed") : null,
    disputed ? " " : null, truncate(c.details_text || "", 80));
}

let claims = [];
let sortKey = "sources";
let sortDesc = true;

let shownRows = [];

export function initClaimsTable() {
  $("#claims-q").addEventListener("input", renderClaims);
  $("#claims-csv").addEventListener("click", downloadClaimsCSV);
}

/** A spreadsheet would run a cell that starts with = + - @ (or a tab or CR) as a formula:
 * such cells are written with a leading apostrophe, as text. */
export function csvCell(value) {
  let text = String(value ?? "");
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function downloadClaimsCSV() {
  const lines = [CLAIM_COLUMNS.map((c) => csvCell(c.label)).join(",")];
  for (const row of shownRows) lines.push(CLAIM_COLUMNS.map((c) => csvCell(c.value(row))).join(","));
  downloadBlob(new Blob([`${lines.join("\r\n")}\r\n`], { type: "text/csv;charset=utf-8" }),
    "newsweave-claims.csv");
}

function activate(evt, fn) {
  if (evt.key === "Enter" || evt.key === " ") {
    evt.preventDefault();
    fn();
  }
}

function openClaim(claimId) {
  setView({ claim: claimId });
  selectEdge(claimId);
  showClaim(claimId);
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
  shownRows = rows;
  const head = el("tr", {}, CLAIM_COLUMNS.map((col) => {
    const sort = () => {
      sortDesc = col.key === sortKey ? !sortDesc : Boolean(col.numeric);
      sortKey = col.key;
      renderClaims();
    };
    return el("th", {
      class: `sortable${col.key === sortKey ? (sortDesc ? " desc" : " asc") : ""}`, scope: "col", tabindex: "0",
      "aria-sort": col.key === sortKey ? (sortDesc ? "descending" : "ascending") : "none",
      onclick: sort, onkeydown: (evt) => activate(evt, sort),
    }, col.label);
  }));
  const body = rows.map((c) => el("tr", {
    class: "clickable", dataset: { claimId: c.claim_id }, tabindex: "0", "aria-label": `Claim: ${c.summary}`,
    onclick: () => openClaim(c.claim_id), onkeydown: (evt) => activate(evt, () => openClaim(c.claim_id)),
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
    data.outlets.map((o) => {
      const only = () => setFilter({ outlets: [o] });
      return el("th", { scope: "col", class: "outlet-col", title: `Filter to ${o}`, tabindex: "0",
        onclick: only, onkeydown: (evt) => activate(evt, only) }, el("span", {}, o));
    }))));
  table.append(el("tbody", {}, data.claims.map((row) => el("tr", {},
    el("th", { scope: "row", class: "clickable", tabindex: "0", onclick: () => openClaim(row.claim_id),
      onkeydown: (evt) => activate(evt, () => openClaim(row.claim_id)) }, truncate(row.summary, 90)),
    el("td", {}, statusBadge(row.status, row.counts)),
    data.outlets.map((o) => {
      const cell = row.cells[o];
      if (!cell) return el("td", { class: "cell-empty" });
      const [mark, words] = CELL[cell] || ["•", cell];
      return el("td", { class: `cell cell-${cell}`, title: `${o} ${words}`, tabindex: "0", "aria-label": `${o} ${words}: ${row.summary}`,
        onclick: () => openClaim(row.claim_id), onkeydown: (evt) => activate(evt, () => openClaim(row.claim_id)) }, mark);
    })))));
  const shown = data.total > data.claims.length ? `first ${data.claims.length} of ${data.total}` : `${data.claims.length}`;
  $("#matrix-count").textContent = `${shown} claims (by summary) × ${data.outlets.length} outlets · ✓ says so · ? doubts · ✗ denies (in its own voice) · • carries what others say`;
}

// ----------------------------------------------------------------------------- articles

export async function reloadArticles() {
  const articles = await getAll("/api/articles", filterParams({ type: null, status: null, country: null, sector: null }));
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
