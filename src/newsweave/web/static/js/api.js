// The JSON API client: query strings from the filter state, clear errors, full-list paging.

export class ApiError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

export function query(params) {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params || {})) {
    if (value === null || value === undefined || value === "") continue;
    if (Array.isArray(value)) value.forEach((v) => search.append(key, v));
    else search.append(key, String(value));
  }
  const s = search.toString();
  return s ? `?${s}` : "";
}

/** The JSON body of a response, or an ApiError with the server's one-line detail. */
async function jsonOf(response) {
  let body = null;
  try {
    body = await response.json();
  } catch {
    body = null;
  }
  if (!response.ok) {
    const detail = body && body.detail ? body.detail : response.statusText;
    throw new ApiError(response.status, typeof detail === "string" ? detail : JSON.stringify(detail));
  }
  return body;
}

export async function getJSON(path, params) {
  return jsonOf(await fetch(path + query(params), { headers: { Accept: "application/json" } }));
}

/** POST a JSON body (analyst corrections); errors as getJSON's. */
export async function postJSON(path, payload) {
  return jsonOf(await fetch(path, {
    method: "POST", headers: { Accept: "application/json", "Content-Type": "application/json" },
    body: JSON.stringify(payload || {}),
  }));
}

/** Every item of a paginated list endpoint (pages of 1000). */
export async function getAll(path, params) {
  const items = [];
  for (let offset = 0; ; offset += 1000) {
    const page = await getJSON(path, { ...params, limit: 1000, offset });
    items.push(...page.items);
    if (items.length >= page.total || page.items.length === 0) return items;
  }
}
