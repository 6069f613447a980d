// The timeline of events and quotes (vis-timeline from npm). Dragging or zooming it is the
// time brush: the visible window becomes the time filter of the graph, table, map and matrix.
// A big store's timeline is a histogram (one small response); zooming in to a window that
// holds few enough items shows them as points again.

import { getJSON } from "./api.js";
import { $, el, truncate } from "./dom.js";
import { eventAsEvidence, quoteAsEvidence, showRecord } from "./evidence.js";
import { filter, filterParams, setFilter } from "./state.js";

let timeline = null;
let items = null;
const records = new Map();
let programmatic = false;
let mode = "items"; // "items" | "histogram"
let groupSet = null;
let overview = null; // the whole store's histogram, redrawn when zooming back out

function isoDay(date) {
  const d = new Date(date);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
}

function itemContent(kind, label, tooltip) {
  return el("span", { class: `tl-item tl-${kind}`, title: tooltip }, label);
}

export function initTimeline() {
  items = new window.vis.DataSet();
  const groups = groupSet = new window.vis.DataSet([
    { id: "volume", content: "Volume", className: "tl-group-volume", visible: false },
    { id: "events", content: "Events", className: "tl-group-events" },
    { id: "quotes", content: "Quotes", className: "tl-group-quotes" },
  ]);
  timeline = new window.vis.Timeline($("#timeline"), items, groups, {
    height: "100%", stack: true, orientation: { axis: "top", item: "top" }, verticalScroll: true, zoomKey: "", zoomMin: 1000 * 60 * 60 * 24 * 2,
    margin: { item: { horizontal: 2, vertical: 3 } }, selectable: true, showCurrentTime: false,
  });
  timeline.on("rangechanged", (props) => {
    if (programmatic || !props.byUser || !$("#timeline-link").checked) return;
    const since = isoDay(props.start);
    const until = isoDay(props.end);
    $("#f-since").value = since;
    $("#f-until").value = until;
    setFilter({ since, until, fromTimeline: true }, "timeline");
    if (mode === "histogram") zoomedIn(since, until);
  });
  timeline.on("select", (props) => {
    const record = records.get(props.items[0]);
    if (!record) return;
    if (record.kind === "event") showRecord("Event", eventAsEvidence(record.data));
    else showRecord("Quote", quoteAsEvidence(record.data));
  });
  $("#timeline-reset").addEventListener("click", () => {
    $("#f-since").value = "";
    $("#f-until").value = "";
    setFilter({ since: "", until: "", fromTimeline: false }, "timeline-reset");
    fit();
  });
  return timeline;
}

function fit() {
  programmatic = true;
  timeline.fit({ animation: false });
  setTimeout(() => { programmatic = false; }, 50);
}

/** A day is a point; a month or a year is a span over all its days, never its first day. */
function placement(r) {
  if (r.when_precision && r.when_precision !== "day" && r.when_until) {
    return { start: r.when, end: `${r.when_until}T23:59:59`, type: "range" };
  }
  return { start: r.when, type: "point" };
}

function marks(r) {
  return `${r.when_precision && r.when_precision !== "day" ? ` tl-${r.when_precision}` : ""}${r.when_source === "article" ? " tl-inferred" : ""}`;
}

function dateNote(r) {
  const parts = [];
  if (r.when_precision && r.when_precision !== "day") parts.push(`dated to the ${r.when_precision} only`);
  if (r.when_source === "article") parts.push("date inferred from the article's publication date");
  return parts.length ? ` (${parts.join("; ")})` : "";
}

/** Load events and quotes under the non-time filters (the window is the time filter). */
export async function reloadTimeline() {
  const data = await getJSON("/api/timeline", filterParams({ since: null, until: null, status: null }));
  if (data.kind === "histogram") {
    drawHistogram(data);
  } else {
    drawItems(data);
  }
  if (filter.since || filter.until) {
    showWindow(filter.since, filter.until);
    if (mode === "histogram" && filter.since && filter.until) zoomedIn(filter.since, filter.until);
  } else if (mode === "items") {
    showBulk(items.get().map((i) => i.start).sort());
  } else {
    fit();
  }
}

let zoomTicket = 0;

/** In histogram mode: once the window holds few enough items, draw them as points. */
async function zoomedIn(since, until) {
  const ticket = ++zoomTicket;
  const data = await getJSON("/api/timeline", filterParams({ since, until, status: null }));
  if (ticket !== zoomTicket) return;
  if (data.kind === "items") drawItems(data, true);
  else if (overview && items.get("h:0") === null) drawHistogram(overview);
}

function setGroups(histogram) {
  timeline.setOptions({ stack: !histogram });  // bars side by side, items stacked
  if (groupSet) {
    groupSet.update([{ id: "volume", visible: histogram }, { id: "events", visible: !histogram }, { id: "quotes", visible: !histogram }]);
  }
}

function drawHistogram(data) {
  mode = "histogram";
  overview = data;
  records.clear();
  const top = Math.max(1, ...data.bins.map((b) => b.events + b.quotes));
  const list = data.bins.map((b, i) => {
    const n = b.events + b.quotes;
    const bar = el("span", { class: "tl-bar", style: `height:${Math.max(3, Math.round(60 * n / top))}px`,
      title: `${b.start}: ${b.events} events, ${b.quotes} quotes` });
    return { id: `h:${i}`, group: "volume", start: b.start, end: `${b.end}T23:59:59`, type: "range",
      className: "tl-hist", content: el("span", { class: "tl-hist-cell" }, bar, el("span", { class: "tl-hist-n" }, String(n))) };
  });
  items.clear();
  items.add(list);
  setGroups(true);
  $("#timeline-count").textContent = `${data.total} dated events and quotes, by ${data.bucket} (zoom in to see them one by one)`;
}

function drawItems(data, zoomed = false) {
  if (!zoomed) mode = "items";
  records.clear();
  const list = [];
  for (const e of data.events) {
    if (!e.when) continue;
    const id = `e:${e.event_id}`;
    records.set(id, { kind: "event", data: e });
    const who = [e.actor && e.actor.name, e.recipient && e.recipient.name].filter(Boolean).join(" → ");
    list.push({ id, group: "events", ...placement(e),
      className: `tl-mod-${String(e.modality).replace(/[^a-z]/g, "")}${marks(e)}`,
      content: itemContent("event", `${e.type}${who ? ` ${truncate(who, 28)}` : ""}`, `${who}: ${truncate(e.sentence, 200)}${dateNote(e)}`) });
  }
  for (const q of data.quotes) {
    if (!q.when) continue;
    const id = `q:${q.quote_id}`;
    records.set(id, { kind: "quote", data: q });
    const speaker = q.speaker ? q.speaker.name : "unnamed";
    list.push({ id, group: "quotes", ...placement(q),
      className: `${q.stance === "deny" ? "tl-deny" : ""}${marks(q)}`,
      content: itemContent("quote", `${truncate(speaker, 22)}: “${truncate(q.text, 24)}”`, `${speaker}: ${truncate(q.text, 300)}${dateNote(q)}`) });
  }
  items.clear();
  items.add(list);
  setGroups(false);
  $("#timeline-count").textContent = `${data.events.length} events · ${data.quotes.length} quotes${zoomed ? " in this window" : ""}`;
  $("#timeline-count").title = "Dated by the event or quote where the text says when, else by the article's date (shown in italics)";
}

/** Open on where most items are: a few old background dates would squeeze the news into a
 * corner of a fitted window ("All dates" still shows everything). */
function showBulk(days) {
  if (days.length < 10) {
    fit();
    return;
  }
  const lo = new Date(days[Math.floor(days.length * 0.1)]);
  const hi = new Date(days[days.length - 1]);
  const pad = Math.max((hi - lo) * 0.08, 1000 * 60 * 60 * 24 * 10);
  programmatic = true;
  timeline.setWindow(new Date(lo.getTime() - pad), new Date(hi.getTime() + pad), { animation: false });
  setTimeout(() => { programmatic = false; }, 50);
}

/** Move the window to a range typed into the date inputs (without re-filtering). */
export function showWindow(since, until) {
  if (!timeline || !since || !until) return;
  programmatic = true;
  timeline.setWindow(since, `${until}T23:59:59`, { animation: false });
  setTimeout(() => { programmatic = false; }, 50);
}

export function redrawTimeline() {
  if (timeline) timeline.redraw();
}
