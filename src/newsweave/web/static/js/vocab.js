// The vocabulary of claims and evidence (statuses, evidence roles, modalities, stances), read
// once from /api/vocab (newsweave.vocab on the server): no copy of it lives in the browser code.

import { getJSON } from "./api.js";

export const STATUS_LABEL = {};
export const STATUS_STYLE = {};
export const STATUS_ORDER = [];
export const BRIEF_STATUS_ORDER = [];
export const ROLE_TITLE = {};
export const ROLE_COLOR = {};
export const ROLE_ORDER = [];
export const MODALITY_ROLE = {};
export const STANCE_ROLE = {};

function fill(target, entries) {
  for (const [key, value] of entries) target[key] = value;
}

export async function loadVocab() {
  const v = await getJSON("/api/vocab");
  fill(STATUS_LABEL, v.statuses.map((s) => [s.id, s.label]));
  fill(STATUS_STYLE, v.statuses.map((s) => [s.id, { color: s.color, style: s.style, meaning: s.meaning }]));
  STATUS_ORDER.splice(0, STATUS_ORDER.length, ...v.statuses.map((s) => s.id));
  BRIEF_STATUS_ORDER.splice(0, BRIEF_STATUS_ORDER.length, ...v.brief_status_order);
  fill(ROLE_TITLE, v.roles.map((r) => [r.id, r.label]));
  fill(ROLE_COLOR, v.roles.map((r) => [r.id, r.color]));
  ROLE_ORDER.splice(0, ROLE_ORDER.length, ...v.roles.map((r) => r.id));
  fill(MODALITY_ROLE, v.modalities.map((m) => [m.id, m.role]));
  fill(STANCE_ROLE, v.stances.map((s) => [s.id, s.role]));
  return v;
}

/** "contested · 10 say so · 1 denies": a status with the source counts beside it. */
export function countsText(counts) {
  if (!counts) return "";
  const words = { supports: "say so", doubts: "doubt", denies: "deny" };
  return ROLE_ORDER.filter((r) => counts[r]).map((r) => `${counts[r]} ${words[r] || r}`).join(" · ");
}
