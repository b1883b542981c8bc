// Talking to strife's JSON API. Every error comes back as {"error": {status, code, message}}.

export class ApiError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

export async function getJSON(url, options = {}) {
  const response = await fetch(url, { headers: { Accept: "application/json" }, ...options });
  const body = await response.json().catch(() => null);
  if (!response.ok) {
    const message = body && body.error ? body.error.message : `HTTP ${response.status}`;
    throw new ApiError(response.status, message);
  }
  return body;
}

// The filter form as query parameters, leaving out empty fields and view-only settings.
export function filterParams(form, { keep = [] } = {}) {
  const params = new URLSearchParams();
  for (const [name, value] of new FormData(form)) {
    const text = String(value).trim();
    if (text && (!["interval", "sort"].includes(name) || keep.includes(name))) {
      params.set(name, text);
    }
  }
  return params;
}

export function withParams(path, params, extra = {}) {
  const all = new URLSearchParams(params);
  for (const [key, value] of Object.entries(extra)) all.set(key, String(value));
  const query = all.toString();
  return query ? `${path}?${query}` : path;
}

// Build an element with text content only: article text never becomes markup.
export function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attributes)) {
    if (value !== null && value !== undefined) node.setAttribute(key, String(value));
  }
  for (const child of children) {
    node.append(child instanceof Node ? child : document.createTextNode(String(child ?? "")));
  }
  return node;
}

export const SVG_NS = "http://www.w3.org/2000/svg";

export function svg(tag, attributes = {}) {
  const node = document.createElementNS(SVG_NS, tag);
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, String(value));
  return node;
}

// The GTD codebook as the server states it (/api/vocabularies): names, and one colour per
// attack type, the same on the map legend and the timeline. Fetched once per page.
let codebook = null;
export function loadCodebook() {
  codebook = codebook || getJSON("/api/vocabularies");
  return codebook;
}
