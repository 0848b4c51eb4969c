// Page images the server has not drawn yet. Text is searchable before page images are drawn, so an
// image may answer 404 with {"pending": true}: a placeholder stands in, and while /health counts
// images still to draw, the placeholders are checked again and swapped for the real image.
import { api } from './api.js';

/** How often /health is asked while placeholders wait. */
const POLL_MS = 2000;

const waiting = new Set(); // { img, placeholder, make, onNone }
let timer = null;
let lastPending = null;

/** 'drawn', 'pending' (not drawn yet) or 'none' (this page has no image and will not get one). */
async function state(url) {
  try {
    // 'reload' asks the server, not the cache, and keeps a 200 in the cache for the <img> that follows.
    const res = await fetch(url, { cache: 'reload', credentials: 'same-origin' });
    if (res.ok) return 'drawn';
    const body = await res.json().catch(() => null);
    return body?.pending === true ? 'pending' : 'none';
  } catch {
    return 'pending'; // the network failed: ask again later
  }
}

function settle(entry, result) {
  if (result === 'pending') return false;
  waiting.delete(entry);
  if (result === 'drawn') {
    entry.placeholder.replaceWith(fresh(entry.img, entry.make, entry.onNone, entry.loads));
  } else {
    entry.onNone(entry.placeholder);
  }
  return true;
}

async function poll() {
  timer = null;
  for (const entry of waiting) if (!entry.placeholder.isConnected) waiting.delete(entry);
  if (!waiting.size) return;
  let pending = null;
  try {
    pending = (await api('/health'))?.pendingImages ?? null;
  } catch { /* try again next time */ }
  if (pending !== lastPending || pending === 0) {
    lastPending = pending;
    const entries = [...waiting];
    const results = await Promise.all(entries.map((e) => state(e.img.src)));
    entries.forEach((e, i) => {
      // Nothing left to draw and still no image: it was left undrawn (see PageDrawer), so stop waiting.
      settle(e, pending === 0 && results[i] === 'pending' ? 'none' : results[i]);
    });
  }
  if (waiting.size) timer = setTimeout(poll, POLL_MS);
}

/** Loads of one image that may fail although the server has it, before it counts as having none. */
const MAX_LOADS = 3;

/** A new <img> like `img` (a failed one is not loaded again by setting its src), watched in turn. */
function fresh(img, make, onNone, loads) {
  const again = img.cloneNode(false);
  watch(again, make, onNone, loads + 1);
  return again;
}

function watch(img, make, onNone, loads = 1) {
  img.addEventListener('error', async () => {
    const result = loads >= MAX_LOADS ? 'none' : await state(img.src);
    if (!img.isConnected) return;
    if (result === 'pending') {
      const placeholder = make();
      img.replaceWith(placeholder);
      waiting.add({ img, placeholder, make, onNone, loads });
      if (!timer) timer = setTimeout(poll, POLL_MS);
    } else if (result === 'drawn') {
      img.replaceWith(fresh(img, make, onNone, loads)); // drawn between the two requests
    } else {
      onNone(img);
    }
  }, { once: true });
}

/**
 * Watches a page image: while the server has not drawn it, `placeholder()` stands in its place; once
 * drawn, the image replaces it. When the page has no image at all, `onNone(element)` is called with
 * whatever is in the image's place.
 */
export function watchPageImage(img, { placeholder, onNone }) {
  watch(img, placeholder, onNone);
  return img;
}
