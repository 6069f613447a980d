// The article view: the cleaned text with entities, quotes and events highlighted from their
// spans, and the span an evidence link points at marked and scrolled into view. The text is
// cut into segments at every span boundary and each segment is a text node in a <span>.

import { getJSON } from "./api.js";
import { $, clear, el, safeExternalUrl, statusBadge } from "./dom.js";
import { eventAsEvidence, quoteAsEvidence, showClaim, showRecords } from "./evidence.js";

function annotations(detail, focus) {
  const out = [];
  for (const m of detail.mentions) out.push({ kind: "entity", span: m.span, data: m });
  for (const q of detail.quotes) out.push({ kind: "quote", span: q.span, data: q });
  for (const e of detail.events) out.push({ kind: "event", span: e.span, data: e });
  if (focus) out.push({ kind: "focus", span: focus, data: null }); // only a cut point
  const length = detail.article.text.length;
  return out.filter((a) => a.span && a.span[0] < a.span[1] && a.span[0] >= 0 && a.span[1] <= length);
}

function segments(text, notes) {
  const cuts = new Set([0, text.length]);
  for (const a of notes) {
    cuts.add(a.span[0]);
    cuts.add(a.span[1]);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out = [];
  for (let i = 0; i < points.length - 1; i++) {
    const [start, end] = [points[i], points[i + 1]];
    out.push({ start, end, notes: notes.filter((a) => a.span[0] <= start && a.span[1] >= end) });
  }
  return out;
}

function showSegmentNotes(notes) {
  const evidence = [];
  for (const n of notes) {
    if (n.kind === "quote") evidence.push(quoteAsEvidence(n.data));
    if (n.kind === "event") evidence.push(eventAsEvidence(n.data));
  }
  if (evidence.length) showRecords("In this passage", evidence);
}

export async function showArticle(articleId, focus) {
  const view = clear($("#article-view"));
  view.append(el("p", { class: "muted" }, "Loading…"));
  let detail;
  try {
    detail = await getJSON(`/api/articles/${encodeURIComponent(articleId)}`);
  } catch (err) {
    clear(view).append(el("p", { class: "error" }, `Could not load the article: ${err.message}`));
    return;
  }
  const art = detail.article;
  const url = safeExternalUrl(art.url);
  const header = el("header", { class: "article-head" },
    el("h2", { id: "article-title" }, art.title || "(untitled)"),
    el("div", { class: "muted" }, [art.outlet || "unknown outlet", art.published || "undated", art.byline].filter(Boolean).join(" · ")),
    el("div", { class: "muted small" }, "Source: ", url ? el("a", { href: url, rel: "noopener noreferrer", target: "_blank" }, art.url) : art.source),
    el("div", { class: "article-legend" },
      el("label", {}, el("input", { type: "checkbox", checked: true, dataset: { toggle: "entity" } }), el("span", { class: "hl-entity" }, "entities")),
      el("label", {}, el("input", { type: "checkbox", checked: true, dataset: { toggle: "quote" } }), el("span", { class: "hl-quote" }, "quotes")),
      el("label", {}, el("input", { type: "checkbox", checked: true, dataset: { toggle: "event" } }), el("span", { class: "hl-event" }, "events")),
      focus ? el("span", { class: "hl-focus" }, "evidence") : null),
    detail.mentions_note ? el("p", { class: "muted small" }, detail.mentions_note) : null);
  const body = el("div", { class: "article-text", id: "article-text" });
  let focusNode = null;
  for (const seg of segments(art.text, annotations(detail, focus))) {
    const text = art.text.slice(seg.start, seg.end);
    const inFocus = seg.notes.some((n) => n.kind === "focus");
    if (inFocus && !focusNode) {
      focusNode = el("mark", { class: "hl-focus", id: "article-focus" });
      body.append(focusNode);
    }
    const parent = inFocus ? focusNode : body;
    seg.notes = seg.notes.filter((n) => n.kind !== "focus");
    if (!seg.notes.length) {
      parent.append(document.createTextNode(text));
      continue;
    }
    const kinds = new Set(seg.notes.map((n) => n.kind));
    const cls = [...kinds].map((k) => `hl-${k}`).join(" ");
    const tip = seg.notes.map((n) => {
      if (n.kind === "entity") return `${n.data.label}: ${n.data.entity_name || n.data.canonical}`;
      if (n.kind === "quote") return `quote by ${n.data.speaker ? n.data.speaker.name : "unnamed"}`;
      return `event ${n.data.type} (${n.data.modality})`;
    }).join("\n");
    parent.append(el("span", { class: cls, title: tip || null, onclick: () => showSegmentNotes(seg.notes) }, text));
  }
  const claims = detail.claims.length
    ? el("ul", { class: "article-claims" }, detail.claims.map((c) => el("li", {},
      statusBadge(c.status), " ", el("button", { type: "button", class: "link", onclick: () => showClaim(c.claim_id) }, c.summary))))
    : el("p", { class: "muted" }, "No claims cite this article.");
  clear(view).append(header, body,
    el("h3", {}, `Claims citing this article (${detail.claims.length})`), claims,
    el("p", { class: "muted small" }, `${detail.mentions.length} entity mentions · ${detail.quotes.length} quotes · ${detail.events.length} events`));
  view.querySelectorAll("input[data-toggle]").forEach((box) => box.addEventListener("change", () => {
    body.classList.toggle(`hide-${box.dataset.toggle}`, !box.checked);
  }));
  if (focusNode) {
    focusNode.scrollIntoView({ block: "center" });
  } else {
    view.scrollTop = 0;
  }
}
