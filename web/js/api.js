// Fetch wrapper: JSON in/out, {"error"} bodies become ApiError messages.
import { t, has, addStrings } from './i18n.js';
import { ERROR_STRINGS } from './error-strings.js';

addStrings(ERROR_STRINGS);

export class ApiError extends Error {
  constructor(message, status = 0, body = null) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.body = body;
  }
}

let csrfToken = null;
const ORGANIZER_HINT = 'lectern.organizer';
export function setCsrf(token) {
  csrfToken = token || null;
  // A hint only (the session cookie is what counts): pages ask for the session when it is set, so
  // readers' pages never make a request that answers 401.
  try {
    if (csrfToken) localStorage.setItem(ORGANIZER_HINT, '1');
    else localStorage.removeItem(ORGANIZER_HINT);
  } catch { /* storage unavailable */ }
}
export function mayBeOrganizer() {
  try { return localStorage.getItem(ORGANIZER_HINT) === '1'; } catch { return false; }
}
export function getCsrf() { return csrfToken; }

export function isAbort(err) {
  return err && err.name === 'AbortError';
}

async function readBody(res) {
  const type = res.headers.get('content-type') || '';
  if (res.status === 204) return null;
  if (type.includes('json')) {
    try { return await res.json(); } catch { return null; }
  }
  const text = await res.text().catch(() => '');
  return text ? { text } : null;
}

/** The answer's code in the reader's language when there is a sentence for it, else the server's message. */
export function errorMessage(status, body) {
  if (body && typeof body.code === 'string' && has(`errors.${body.code}`)) {
    return t(`errors.${body.code}`, body.params && typeof body.params === 'object' ? body.params : {});
  }
  if (body && typeof body.error === 'string' && body.error) return body.error;
  if (status === 404) return t('error.notFound');
  if (status === 401) return t('error.unauthorized');
  if (status === 403) return t('error.forbidden');
  if (status >= 500) return t('error.server', { status });
  return t('error.http', { status });
}

/**
 * api('/api/search', {params: {q: 'x', speaker: ['a', 'b']}, signal})
 * api('/api/login', {method: 'POST', json: {...}})
 */
export async function api(path, opts = {}) {
  const { params, json, method = json ? 'POST' : 'GET', signal, headers = {} } = opts;
  let url = path;
  if (params) {
    const sp = new URLSearchParams();
    for (const [k, v] of Object.entries(params)) {
      if (v == null || v === '') continue;
      for (const item of Array.isArray(v) ? v : [v]) if (item !== '' && item != null) sp.append(k, item);
    }
    const qs = sp.toString();
    if (qs) url += (url.includes('?') ? '&' : '?') + qs;
  }
  const h = { Accept: 'application/json', ...headers };
  if (json) h['Content-Type'] = 'application/json';
  if (method !== 'GET' && csrfToken) h['X-CSRF-Token'] = csrfToken;
  let res;
  try {
    res = await fetch(url, {
      method,
      headers: h,
      body: json ? JSON.stringify(json) : undefined,
      credentials: 'same-origin',
      signal,
    });
  } catch (err) {
    if (isAbort(err)) throw err;
    throw new ApiError(t('error.network'), 0);
  }
  const body = await readBody(res);
  if (!res.ok) throw new ApiError(errorMessage(res.status, body), res.status, body);
  return body;
}
