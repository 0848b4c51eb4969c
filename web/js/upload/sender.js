// Sends one upload as multipart over XHR (fetch reports no upload progress), then polls the new
// talk until the server no longer says "indexing": from then on its files carry their real outcome.
import { enc } from '../dom.js';
import { api, isAbort, getCsrf } from '../api.js';

const POLL_MS = 1000;
const POLL_MAX = 600;

/** Resolves with {status, body}; onProgress(loaded, total) while the bytes go out, onSent() once they are all sent. */
export function send(formData, { onProgress, onSent }) {
  const xhr = new XMLHttpRequest();
  const done = new Promise((resolve, reject) => {
    xhr.open('POST', '/api/talks');
    xhr.setRequestHeader('Accept', 'application/json');
    if (getCsrf()) xhr.setRequestHeader('X-CSRF-Token', getCsrf());
    xhr.upload.addEventListener('progress', (e) => { if (e.lengthComputable) onProgress(e.loaded, e.total); });
    xhr.upload.addEventListener('load', () => onSent());
    xhr.addEventListener('load', () => {
      let body = null;
      try { body = JSON.parse(xhr.responseText); } catch { body = null; }
      resolve({ status: xhr.status, body });
    });
    xhr.addEventListener('error', () => reject(Object.assign(new Error('network'), { kind: 'network' })));
    xhr.addEventListener('abort', () => reject(Object.assign(new Error('aborted'), { kind: 'aborted' })));
    xhr.send(formData);
  });
  return { done, abort: () => { if (xhr.readyState !== 4) xhr.abort(); } };
}

/** The talk as the API shows it once it is searchable (or the last answer after POLL_MAX tries). */
export async function settled(talk, signal) {
  let current = talk;
  for (let n = 0; current.status === 'indexing' && n < POLL_MAX; n++) {
    await pause(POLL_MS, signal);
    try {
      current = await api(`/api/talks/${enc(talk.id)}`, { signal });
    } catch (err) {
      if (isAbort(err)) throw err;
      // a moment without the server: ask again
    }
  }
  return current;
}

function pause(ms, signal) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => { clearTimeout(timer); reject(new DOMException('aborted', 'AbortError')); }, { once: true });
  });
}
