// The evidence panel: for a claim (graph edge, table row) or an actor (graph node), every
// supporting and denying sentence with outlet, date, speaker, modality and a link to the
// article view with the span highlighted.

import { getJSON, postJSON } from "./api.js";
import { $, articleHref, chip, clear, el, statusBadge, truncate } from "./dom.js";
import { filterParams } from "./state.js";

import { MODALITY_ROLE, ROLE_ORDER, ROLE_TITLE, STANCE_ROLE } from "./vocab.js";

let panelActions = { focus: null, expand: null, whoSays: null, startPath: null, togglePin: null, isPinned: null };
// Each panel load takes a ticket; a response that arrives after a newer click is dropped, so
// the panel always shows what was clicked last.
let panelTicket = 0;

export function setPanelActions(actions) {
  panelActions = { ...panelActions, ...actions };
}

function panel() {
  return { title: $("#panel-title"), body: $("#panel-body") };
}

export function showPanelMessage(title, message) {
  const p = panel();
  p.title.textContent = title;
  clear(p.body).append(el("p", { class: "muted" }, message));
}

function speakerName(item) {
  if (item.speaker && item.speaker.name) return item.speaker.name;
  return null;
}

/** Who says so / doubts / denies: the claim's sources, each with the one role it takes
 * (a speaker with the outlets that carry it: outlet -> speaker -> claim). */
function whoList(sources, role) {
  return (sources || []).filter((s) => s.role === role).map((s) =>
    s.kind === "speaker" && s.carriers && s.carriers.length ? `${s.name} (in ${s.carriers.join(", ")})` : s.name);
}

export function evidenceCard(item) {
  const speaker = speakerName(item);
  const who = speaker
    ? el("span", { class: "speaker" }, speaker,
      item.speaker.description ? el("span", { class: "muted" }, `, ${truncate(item.speaker.description, 60)}`) : null)
    : el("span", { class: "speaker muted" }, "the outlet's own reporting");
  const meta = el("div", { class: "ev-meta" },
    who,
    el("span", { class: "sep" }, "·"),
    el("span", { class: "outlet" }, item.outlet),
    el("span", { class: "sep" }, "·"),
    el("span", { class: "date" }, item.date || item.published || "undated"),
  );
  const details = (item.details || []).map((d) => chip(d.text, `detail detail-${String(d.kind).replace(/[^a-z]/g, "")}`));
  const chips = el("div", { class: "ev-chips" },
    chip(ROLE_TITLE[item.role] || item.role, `role-${item.role}`),
    item.source_role && item.source_role !== item.role
      ? chip(`${item.source}: ${ROLE_TITLE[item.source_role] || item.source_role}`, `role-${item.source_role}`, item.source_reason)
      : null,
    item.modality ? chip(`modality: ${item.modality}`, `mod-${String(item.modality).replace(/[^a-z]/g, "")}`) : null,
    item.modality_cue ? chip(`cue: ${item.modality_cue}`, "cue") : null,
    chip(item.kind === "quote" ? "quote" : item.kind === "report" ? "same meaning as the claim's sentences" : `event ${item.type || ""}`, "kind"),
    ...details,
  );
  return el("li", { class: `evidence role-${item.role}`, dataset: { kind: item.kind, id: item.id } },
    meta,
    el("blockquote", { class: "ev-sentence" }, item.sentence || item.quote || ""),
    chips,
    el("a", { class: "ev-link", href: articleHref(item.article_id, item.highlight || item.span) },
      `Open in article${item.article_title ? `: ${truncate(item.article_title, 70)}` : ""} ›`),
    item.id ? correctionControls(item) : null,
  );
}

/** Wait until the server's background relink shows correction `ticket` in the views. */
async function relinked(ticket) {
  for (let delay = 250; ; delay = Math.min(delay * 1.5, 2000)) {
    const state = await getJSON("/api/corrections/status");
    if (state.done >= ticket) {
      if (state.state === "failed") throw new Error(state.error || "relink failed");
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, delay));
  }
}

/** Send one correction (stored at once), wait for the background relink, then show the
 * panel again with it applied. */
export async function correct(kind, target, value, after) {
  const status = $("#status-bar");
  if (status) status.textContent = "Saving the correction…";
  try {
    const done = await postJSON("/api/corrections", { kind, target, value });
    const number = done.correction.correction_id;
    if (status) status.textContent = `Correction #${number} saved: relinking…`;
    await relinked(done.ticket);
    if (status) status.textContent = `Correction #${number} applied: ${kind} ${target}`;
    if (panelActions.reload) panelActions.reload();
    if (after) await after();
  } catch (err) {
    if (status) status.textContent = `Correction refused: ${err.message}`;
  }
}

function correctionControls(item) {
  const role = el("select", { class: "ev-role", "aria-label": "Change the evidence role" },
    el("option", { value: "" }, "Change role…"),
    ROLE_ORDER.map((r) => el("option", { value: r }, ROLE_TITLE[r] || r)));
  role.addEventListener("change", () => role.value && correct("role", item.id, role.value, reloadClaim));
  return el("div", { class: "ev-correct" },
    el("button", { type: "button", class: "ev-reject", onclick: () => correct("reject", item.id, null, reloadClaim) }, "Reject"),
    el("button", { type: "button", class: "ev-confirm", onclick: () => correct("confirm", item.id, null, reloadClaim) }, "Confirm"),
    role,
    el("button", { type: "button", class: "ev-note", onclick: () => {
      const text = window.prompt("Note on this evidence:");
      if (text) correct("note", item.id, text, reloadClaim);
    } }, "Note…"));
}

let lastClaimId = null;
async function reloadClaim() {
  if (lastClaimId) await showClaim(lastClaimId);
}

/** The claim's sentences by role: the page the server sent, and a "more" control per
 * role that fetches that role's next page (a hub claim has thousands of sentences). */
function evidenceSection(detail, claimId) {
  const out = [];
  const pages = detail.evidence_pages || {};
  for (const role of ROLE_ORDER) {
    const items = detail.evidence.filter((i) => (i.source_role || i.role) === role);
    const total = pages[role] ? pages[role].total : items.length;
    if (!total) continue;
    out.push(el("h3", { class: `ev-heading role-${role}` }, `${ROLE_TITLE[role]} (${total})`));
    const list = el("ol", { class: "evidence-list" }, items.map(evidenceCard));
    out.push(list);
    if (items.length < total) moreEvidence(list, claimId, role, items.length, total);
  }
  if (!detail.evidence.length) out.push(el("p", { class: "muted" }, "No sentences recorded for this claim."));
  return out;
}

const EVIDENCE_MORE = 50; // sentences a "more" click adds

function moreEvidence(list, claimId, role, shown, total) {
  const more = el("li", { class: "more-item" }, el("button", { type: "button", class: "more", onclick: async (evt) => {
    evt.target.disabled = true;
    try {
      const next = await getJSON(`/api/claims/${encodeURIComponent(claimId)}/evidence`,
        { role, offset: shown, limit: EVIDENCE_MORE });
      more.remove();
      list.append(...next.evidence.map(evidenceCard));
      const now = shown + next.evidence.length;
      if (next.evidence.length && now < total) moreEvidence(list, claimId, role, now, total);
    } catch (err) {
      evt.target.disabled = false;
      more.append(el("span", { class: "error" }, ` Could not load more: ${err.message}`));
    }
  } }, `Show ${Math.min(EVIDENCE_MORE, total - shown)} more of ${total - shown}`));
  list.append(more);
}

function claimHeader(claim) {
  const actor = claim.actor ? claim.actor.name : "?";
  const recipient = claim.recipient ? claim.recipient.name : "—";
  return el("div", { class: "claim-head" },
    el("div", { class: "claim-line" }, statusBadge(claim.status, claim.counts), chip(claim.type || "claim", "type"),
      el("span", { class: "actors" }, `${actor} → ${recipient}`)),
    el("p", { class: "claim-summary" }, claim.summary),
    (claim.notes || []).length
      ? el("ul", { class: "claim-notes" }, claim.notes.map((n) => el("li", { class: "muted small" }, `Analyst note: ${n}`)))
      : null,
  );
}

/** Who says so, doubts, denies: the sources the server named (the first few of each role
 * for a claim with many; the counts say how many there are in all). */
function whoBlock(claim, sources) {
  const rows = [];
  for (const role of ROLE_ORDER) {
    const names = whoList(sources || claim.sources, role);
    const total = Math.max(names.length, (claim.counts || {})[role] || 0);
    if (!total && role === "doubts") continue;
    const rest = total - names.length;
    rows.push(el("div", { class: `who who-${role}` },
      el("span", { class: "who-label" }, `${ROLE_TITLE[role]}${total ? ` (${total})` : ""}:`),
      el("span", { class: "who-names" }, total ? names.join("; ") + (rest > 0 ? `; and ${rest} more` : "") : "nobody in the corpus")));
  }
  const totals = claim.totals || {};
  const independent = claim.independent_sources && claim.independent_sources.length;
  const outlets = independent ? claim.independent_sources : claim.all_outlets || claim.outlets || [];
  // a claim from the panel's page names the first outlets and says how many there are
  const count = Math.max(outlets.length, (independent ? totals.independent_sources : totals.all_outlets) || 0);
  const rest = count - outlets.length;
  rows.push(el("div", { class: "who who-outlets" },
    el("span", { class: "who-label" }, "Outlets:"),
    el("span", { class: "who-names" },
      `${count} independent (${outlets.join(", ") || "none"}${rest > 0 ? `, and ${rest} more` : ""})`
      + (claim.first_seen ? ` · first seen ${claim.first_seen}` : ""))));
  return el("div", { class: "who-block" }, rows);
}

// The claim's details (what, how many, how much): each thing counted with every stated value
// and who states it; a detail independent outlets disagree on is marked disputed.
function detailsBlock(claim) {
  const details = claim.details || [];
  if (!details.length) return null;
  const rows = details.map((d) => {
    const values = d.values.map((v, i) => {
      const inConflict = (d.conflicts || []).some((pair) => pair.includes(i));
      const who = [...(v.sources || []), ...(v.said_by || []).map((s) => `said by ${s}`)].join(", ");
      return el("li", { class: inConflict ? "detail-value conflict" : "detail-value" },
        el("span", { class: "detail-qty" }, v.text || "named"),
        v.themes && v.themes.length ? el("span", { class: "muted" }, ` ${v.themes.join(" / ")}`) : null,
        el("span", { class: "detail-who" }, ` — ${who || "?"}`));
    });
    return el("div", { class: `detail${d.disputed ? " disputed" : ""}`, dataset: { key: d.key } },
      el("span", { class: "detail-label" }, d.label),
      d.disputed ? el("span", { class: "badge disputed" }, "disputed detail") : null,
      el("ul", { class: "detail-values" }, values));
  });
  return el("div", { class: "details-block" },
    el("span", { class: "who-label" }, "Details:"), rows);
}

export async function showClaim(claimId) {
  const ticket = ++panelTicket;
  const p = panel();
  p.title.textContent = "Claim";
  clear(p.body).append(el("p", { class: "muted" }, "Loading…"));
  try {
    const detail = await getJSON(`/api/claims/${encodeURIComponent(claimId)}/evidence`);
    if (ticket !== panelTicket) return;
    const citations = `/api/claims/${encodeURIComponent(claimId)}/citations.md`;
    lastClaimId = claimId;
    clear(p.body).append(el("div", { class: "claim-detail", dataset: { claimId } },
      claimHeader(detail.claim), whoBlock(detail.claim, detail.sources),
      detailsBlock(detail.claim),
      el("div", { class: "node-actions" },
        el("a", { class: "button", href: citations, download: `${claimId}-citations.md` }, "Download citations (Markdown)")),
      evidenceSection(detail, claimId)));
  } catch (err) {
    if (ticket === panelTicket) showPanelMessage("Claim", `Could not load the evidence: ${err.message}`);
  }
}

export async function showNode(nodeId) {
  const ticket = ++panelTicket;
  const p = panel();
  p.title.textContent = "Actor";
  clear(p.body).append(el("p", { class: "muted" }, "Loading…"));
  let detail;
  try {
    detail = await getJSON(`/api/entities/${encodeURIComponent(nodeId)}/evidence`, filterParams());
  } catch (err) {
    if (ticket === panelTicket) showPanelMessage("Actor", `Could not load this actor: ${err.message}`);
    return;
  }
  if (ticket !== panelTicket) return;
  const ent = detail.node.entity;
  const facts = [];
  if (ent) {
    facts.push(chip(ent.type || "entity", "type"));
    if (ent.sector) facts.push(chip(ent.sector, "sector"));
    if (ent.country) facts.push(chip(ent.country, "country"));
    facts.push(el("span", { class: "muted" }, `${ent.mention_count} mentions in ${ent.article_ids.length} articles`));
  }
  const body = clear(p.body);
  body.append(el("div", { class: "node-head" },
    el("h3", { class: "node-name" }, detail.node.label),
    ent && ent.description ? el("p", { class: "muted" }, ent.description) : null,
    ent && ent.aliases && ent.aliases.length ? el("p", { class: "muted small" }, `also: ${ent.aliases.join(", ")}`) : null,
    el("div", { class: "facts" }, facts),
    el("div", { class: "node-actions" },
      el("button", { type: "button", onclick: () => panelActions.expand && panelActions.expand(nodeId) }, "Expand neighbours"),
      ent ? el("button", { type: "button", class: "node-rename", onclick: () => {
        const name = window.prompt("New name for this actor:", ent.name);
        if (name && name !== ent.name) correct("rename", ent.entity_id, name, () => showNode(nodeId));
      } }, "Rename…") : null,
      ent ? el("button", { type: "button", class: "node-merge", onclick: async () => {
        const other = window.prompt("Merge this actor into (the other actor's name or id):");
        if (!other) return;
        const found = other.startsWith("ent_") ? other
          : ((await getJSON("/api/entities", { q: other, limit: 5 })).items.find((e) => e.name.toLowerCase() === other.toLowerCase() && e.entity_id !== ent.entity_id) || {}).entity_id;
        if (!found) { window.alert(`No other actor named ${other}`); return; }
        correct("merge", ent.entity_id, found, () => showNode(found));
      } }, "Merge into…") : null,
      ent ? el("button", { type: "button", class: "node-split", onclick: () => {
        const given = window.prompt("Split off a separate actor: the names (or article ids) of its mentions, separated by ';'", "");
        const parts = (given || "").split(";").map((part) => part.trim()).filter(Boolean);
        if (parts.length) correct("split", ent.entity_id, parts, () => showNode(nodeId));
      } }, "Split…") : null,
      el("button", { type: "button", onclick: () => panelActions.focus && panelActions.focus(nodeId) }, "Focus on this actor"),
      el("button", { type: "button", onclick: () => panelActions.startPath && panelActions.startPath(nodeId) }, "Path to…"),
      el("button", { type: "button", onclick: () => panelActions.whoSays && panelActions.whoSays(nodeId) }, "What they said and backed"),
      el("button", { type: "button", "aria-pressed": String(Boolean(panelActions.isPinned && panelActions.isPinned(nodeId))),
        onclick: (evt) => {
          const pinned = panelActions.togglePin && panelActions.togglePin(nodeId);
          evt.target.setAttribute("aria-pressed", String(Boolean(pinned)));
          evt.target.textContent = pinned ? "Unpin position" : "Pin position";
        } }, panelActions.isPinned && panelActions.isPinned(nodeId) ? "Unpin position" : "Pin position"),
    )));
  body.append(el("h3", { class: "section" }, `Claims involving ${detail.node.label} (${detail.claims_total})`));
  const claimList = el("div", { class: "node-claims" });
  body.append(claimList);
  appendNodeClaims(claimList, detail);
  if (detail.claims.length === 1) claimList.querySelector("details.node-claim").open = true;
  body.append(el("h3", { class: "section" }, `Said by ${detail.node.label} (${detail.said_total})`));
  const saidList = el("ol", { class: "evidence-list" });
  body.append(saidList);
  if (detail.said_total) appendSaid(saidList, detail);
  else body.append(el("p", { class: "muted" }, "No quotes attributed to this actor."));
}

/** A page of an actor's claims; each one's sentences load when it is opened. */
function appendNodeClaims(list, detail) {
  for (const c of detail.claims) {
    const counts = c.claim.counts || {};
    const details = el("details", { class: "node-claim", dataset: { claimId: c.claim.claim_id } },
      el("summary", {}, claimHeader(c.claim),
        el("span", { class: "muted small" },
          `${counts.supports || 0} say so · ${counts.denies || 0} deny${counts.doubts ? ` · ${counts.doubts} doubt` : ""}`)));
    details.addEventListener("toggle", async () => {
      if (!details.open || details.dataset.loaded) return;
      details.dataset.loaded = "1";
      try {
        const full = await getJSON(`/api/claims/${encodeURIComponent(c.claim.claim_id)}/evidence`);
        details.append(whoBlock(full.claim, full.sources), ...[detailsBlock(full.claim)].filter(Boolean),
          ...evidenceSection(full, c.claim.claim_id));
      } catch (err) {
        details.append(el("p", { class: "error" }, `Could not load the evidence: ${err.message}`));
      }
    });
    list.append(details);
  }
  const shown = detail.claims_offset + detail.claims.length;
  if (shown < detail.claims_total) {
    list.append(el("button", { type: "button", class: "more", onclick: async (evt) => {
      evt.target.remove();
      const next = await getJSON(`/api/entities/${encodeURIComponent(detail.node.id)}/evidence`, filterParams({ offset: shown, said_offset: 9999999 }));
      appendNodeClaims(list, next);
    } }, `Show ${Math.min(20, detail.claims_total - shown)} more of ${detail.claims_total - shown}`));
  }
}

function appendSaid(list, detail) {
  list.append(...detail.said.map(evidenceCard));
  const shown = detail.said_offset + detail.said.length;
  if (shown < detail.said_total) {
    const more = el("li", { class: "more-item" }, el("button", { type: "button", class: "more", onclick: async () => {
      more.remove();
      const next = await getJSON(`/api/entities/${encodeURIComponent(detail.node.id)}/evidence`, filterParams({ offset: 9999999, said_offset: shown }));
      appendSaid(list, next);
    } }, `Show more of ${detail.said_total - shown}`));
    list.append(more);
  }
}

/** One event or quote from the timeline or map, as an evidence card. */
export function showRecord(title, item) {
  const p = panel();
  p.title.textContent = title;
  clear(p.body).append(el("ol", { class: "evidence-list" }, evidenceCard(item)));
}

export function showRecords(title, items) {
  const p = panel();
  p.title.textContent = title;
  clear(p.body).append(el("ol", { class: "evidence-list" }, items.map(evidenceCard)));
}

/** Event and quote records from the list endpoints, in evidence-card form. */
export function eventAsEvidence(e) {
  return {
    kind: "event", id: e.event_id, role: MODALITY_ROLE[e.modality] || "supports",
    article_id: e.article_id, article_title: e.article_title, outlet: e.outlet, date: e.date || e.when, published: null,
    speaker: e.attributed_to, modality: e.modality, modality_cue: e.modality_cue, type: e.type,
    sentence: e.sentence, span: e.span, highlight: e.sentence_span || e.span,
  };
}

export function quoteAsEvidence(q) {
  return {
    kind: "quote", id: q.quote_id, role: STANCE_ROLE[q.stance] || "supports",
    article_id: q.article_id, article_title: q.article_title, outlet: q.outlet, date: q.date || q.when, published: null,
    speaker: q.speaker, modality: q.stance === "deny" ? "denied" : "asserted", modality_cue: q.cue,
    type: null, sentence: q.sentence || q.text, span: q.span, highlight: q.span,
  };
}
