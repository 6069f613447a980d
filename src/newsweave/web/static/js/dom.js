// DOM helpers. Article text, titles, names and quotes are untrusted: they only ever enter the
// page through text nodes (textContent) and attribute values, never through innerHTML.

import { countsText, STATUS_LABEL, STATUS_STYLE } from "./vocab.js";

/** Create an element: el("a", {href: "#x", class: "c", onclick: fn}, "text", childNode). */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key.startsWith("on") && typeof value === "function") {
      node.addEventListener(key.slice(2), value);
    } else if (key === "class") {
      node.className = value;
    } else if (key === "dataset") {
      Object.assign(node.dataset, value);
    } else {
      node.setAttribute(key, value === true ? "" : String(value));
    }
  }
  append(node, children);
  return node;
}

function append(node, children) {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) append(node, child);
    else if (child instanceof Node) node.appendChild(child);
    else node.appendChild(document.createTextNode(String(child)));
  }
}

export function clear(node) {
  while (node.firstChild) node.removeChild(node.firstChild);
  return node;
}

export function $(selector) {
  return document.querySelector(selector);
}

/** An href into the app; only ids and numbers, URL-encoded, so data cannot break out. */
export function articleHref(articleId, span) {
  const base = `#article/${encodeURIComponent(articleId)}`;
  return span ? `${base}/${Number(span[0])}-${Number(span[1])}` : base;
}

/** A link to an outside page only when it really is http(s) (no javascript: URLs). */
export function safeExternalUrl(url) {
  try {
    const parsed = new URL(url);
    return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.href : null;
  } catch {
    return null;
  }
}

export function truncate(text, width) {
  const s = String(text ?? "").replace(/\s+/g, " ").trim();
  return s.length <= width ? s : `${s.slice(0, width - 1)}…`;
}

export { STATUS_LABEL };

/** A status badge; with the claim's source counts beside it when given. */
export function statusBadge(status, counts) {
  const badge = el("span", { class: `badge status-${String(status).replace(/[^a-z-]/g, "")}`,
    title: (STATUS_STYLE[status] || {}).meaning || "" }, STATUS_LABEL[status] || status || "?");
  const text = counts ? countsText(counts) : "";
  return text ? el("span", { class: "status-with-counts" }, badge, " ", el("span", { class: "muted small counts" }, text)) : badge;
}

export function chip(text, cls = "", title = null) {
  return el("span", title ? { class: `chip ${cls}`, title } : { class: `chip ${cls}` }, text);
}

/** Save a Blob as a file the browser downloads (PNG, SVG, CSV of the current view). */
export function downloadBlob(blob, name) {
  const url = URL.createObjectURL(blob);
  const a = el("a", { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
