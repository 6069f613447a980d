// The shared state every view listens to: the filter (time range, types, statuses, outlets,
// actor countries and sectors, a text query) and the view (focused actor and its hops,
// selected claim, minimum degree, the "who says what" layer). It lives in the URL's query
// string, so a reload or a shared link restores the same view and back/forward move through
// it; the tab stays in the hash (#graph, #claims, ...).

const listeners = [];
const LISTS = { type: "types", status: "statuses", outlet: "outlets", country: "countries", sector: "sectors" };

export const filter = {
  since: "", until: "", types: [], statuses: [], outlets: [], countries: [], sectors: [], q: "",
  fromTimeline: false,
};
export const view = { focus: "", depth: 1, claim: "", minDegree: 0, layer: "", speaker: "" };
const VIEW_KEYS = { focus: "focus", depth: "depth", claim: "claim", minDegree: "min_degree", layer: "layer", speaker: "speaker" };
const VIEW_DEFAULTS = { focus: "", depth: 1, claim: "", minDegree: 0, layer: "", speaker: "" };

export function filterParams(extra = {}) {
  return {
    since: filter.since || null,
    until: filter.until || null,
    type: filter.types.length ? filter.types : null,
    status: filter.statuses.length ? filter.statuses : null,
    outlet: filter.outlets.length ? filter.outlets : null,
    country: filter.countries.length ? filter.countries : null,
    sector: filter.sectors.length ? filter.sectors : null,
    q: filter.q || null,
    ...extra,
  };
}

/** The state as a query string (stable order, so equal states give equal URLs). */
export function stateQuery() {
  const search = new URLSearchParams();
  if (filter.since) search.set("since", filter.since);
  if (filter.until) search.set("until", filter.until);
  for (const [param, key] of Object.entries(LISTS)) {
    for (const value of [...filter[key]].sort()) search.append(param, value);
  }
  if (filter.q) search.set("q", filter.q);
  for (const [key, param] of Object.entries(VIEW_KEYS)) {
    if (view[key] !== VIEW_DEFAULTS[key] && view[key] !== "" && view[key] !== null) search.set(param, String(view[key]));
  }
  return search.toString();
}

function writeURL(push) {
  const query = stateQuery();
  const url = `${location.pathname}${query ? `?${query}` : ""}${location.hash}`;
  if (url === `${location.pathname}${location.search}${location.hash}`) return;
  if (push) history.pushState(null, "", url);
  else history.replaceState(null, "", url);
}

/** Read the state from the URL (on load and on back/forward); returns whether it changed. */
export function readURL() {
  const search = new URLSearchParams(location.search);
  const before = stateQuery();
  filter.since = search.get("since") || "";
  filter.until = search.get("until") || "";
  for (const [param, key] of Object.entries(LISTS)) filter[key] = search.getAll(param).filter(Boolean);
  filter.q = search.get("q") || "";
  filter.fromTimeline = false;
  for (const [key, param] of Object.entries(VIEW_KEYS)) {
    const raw = search.get(param);
    const fallback = VIEW_DEFAULTS[key];
    view[key] = raw === null ? fallback : typeof fallback === "number" ? Math.max(0, Number(raw) || fallback) : raw;
  }
  return stateQuery() !== before;
}

function notify(source) {
  listeners.forEach((fn) => fn(source));
}

export function setFilter(changes, source = "controls") {
  let changed = false;
  for (const [key, value] of Object.entries(changes)) {
    const same = Array.isArray(value) ? JSON.stringify(value) === JSON.stringify(filter[key]) : filter[key] === value;
    if (!same) {
      filter[key] = Array.isArray(value) ? [...value] : value;
      changed = true;
    }
  }
  if (!changed) return;
  // dragging the timeline fires many changes: one history entry for the whole drag
  writeURL(source !== "timeline");
  notify(source);
}

/** Change the view state (focus, claim, layer...): pushed to the history unless `replace`. */
export function setView(changes, { replace = false } = {}) {
  let changed = false;
  for (const [key, value] of Object.entries(changes)) {
    if (view[key] !== value) {
      view[key] = value;
      changed = true;
    }
  }
  if (changed) writeURL(!replace);
  return changed;
}

export function onFilterChange(fn) {
  listeners.push(fn);
}

/** Tell every view the state came from the URL (back/forward). */
export function notifyFromURL() {
  notify("url");
}

export function isFiltered() {
  return Boolean(filter.since || filter.until || filter.q || Object.values(LISTS).some((k) => filter[k].length));
}
