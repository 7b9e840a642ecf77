// The HTTP API: JSON in and out, problem+json errors, the CSRF token on every change.
export const root = new URL('..', import.meta.url);
let sessionPromise = null;

export class Problem extends Error {
  constructor(status, body) {
    super(body?.detail || body?.title || `HTTP ${status}`);
    this.status = status;
    this.body = body ?? {};
    this.violations = this.body.violations ?? [];
  }
}

export function url(path) {
  return new URL(path, root);
}

/** The logged-in staff member (with csrfToken), or null; asked once per page. */
export function session() {
  sessionPromise ??= fetch(url('api/session'), { headers: { Accept: 'application/json' } })
    .then((reply) => (reply.ok ? reply.json() : null))
    .catch(() => null);
  return sessionPromise;
}

export function forgetSession() {
  sessionPromise = null;
}

export async function call(method, path, body, extraHeaders = {}) {
  const headers = { Accept: 'application/json', 'Accept-Language': document.documentElement.lang || 'en', ...extraHeaders };
  if (method !== 'GET') {
    const who = await session();
    if (who?.csrfToken) headers['X-CSRF-Token'] = who.csrfToken;
  }
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const reply = await fetch(url(path), { method, headers, body: body === undefined ? undefined : JSON.stringify(body), credentials: 'same-origin' });
  const text = await reply.text();
  let json = null;
  try {
    json = text ? JSON.parse(text) : null;
  } catch {
    json = null;
  }
  if (!reply.ok) throw new Problem(reply.status, json);
  return json;
}

/** Sends a file as the request body (a photo), answering the JSON reply or throwing a Problem. */
export async function upload(path, file) {
  const reply = await fetch(url(path), { method: 'POST', body: file, credentials: 'same-origin',
    headers: { Accept: 'application/json', 'Accept-Language': document.documentElement.lang || 'en', 'Content-Type': file.type || 'application/octet-stream' } });
  const json = await reply.json().catch(() => null);
  if (!reply.ok) throw new Problem(reply.status, json);
  return json;
}

export const get = (path) => call('GET', path);
export const post = (path, body, headers) => call('POST', path, body, headers);
export const put = (path, body) => call('PUT', path, body);
export const del = (path) => call('DELETE', path);

export function query(params) {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== null && value !== undefined && value !== '') search.set(key, value);
  }
  return search.toString();
}
