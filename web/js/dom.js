// Tiny DOM helpers. Never uses innerHTML: all data ends up in text nodes.

const PROPS = new Set(['value', 'checked', 'selected', 'disabled', 'hidden', 'open', 'multiple', 'required', 'indeterminate']);

function append(el, children) {
  for (const c of children) {
    if (c == null || c === false || c === true) continue;
    if (Array.isArray(c)) append(el, c);
    else if (c instanceof Node) el.appendChild(c);
    else el.appendChild(document.createTextNode(String(c)));
  }
}

function applyProps(el, props) {
  if (!props) return;
  for (const [k, v] of Object.entries(props)) {
    if (v == null || v === false) continue;
    if (k === 'class') el.setAttribute('class', Array.isArray(v) ? v.filter(Boolean).join(' ') : v);
    else if (k === 'text') el.textContent = v;
    else if (k === 'dataset') Object.assign(el.dataset, v);
    else if (k.startsWith('on') && typeof v === 'function') el.addEventListener(k.slice(2), v);
    else if (PROPS.has(k)) el[k] = v;
    else el.setAttribute(k, v === true ? '' : String(v));
  }
}

/** h('a', {href: '/x', class: 'y', onclick: fn}, 'text', child, [more]) */
export function h(tag, props, ...children) {
  const el = document.createElement(tag);
  applyProps(el, props);
  append(el, children);
  return el;
}

const SVG_NS = 'http://www.w3.org/2000/svg';
export function svg(tag, props, ...children) {
  const el = document.createElementNS(SVG_NS, tag);
  applyProps(el, props);
  append(el, children);
  return el;
}

export function clear(el) {
  el.replaceChildren();
  return el;
}

const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
export function unescapeHtml(s) {
  return s.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (m, e) => {
    if (e[0] === '#') {
      const n = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      try { return String.fromCodePoint(n); } catch { return m; }
    }
    return ENTITIES[e.toLowerCase()] ?? m;
  });
}

/**
 * Render an API snippet: HTML-escaped text in which only matches are wrapped
 * in <mark>…</mark>. Not trusted as HTML: split on the mark tags and build
 * text nodes + <mark> elements.
 */
export function snippet(s, cls = 'snippet') {
  const out = h('span', { class: cls });
  let inMark = false;
  for (const part of String(s ?? '').split(/(<mark>|<\/mark>)/i)) {
    const lower = part.toLowerCase();
    if (lower === '<mark>') { inMark = true; continue; }
    if (lower === '</mark>') { inMark = false; continue; }
    if (!part) continue;
    const text = unescapeHtml(part);
    out.appendChild(inMark ? h('mark', null, text) : document.createTextNode(text));
  }
  return out;
}

/** Anchor id of a slide: slide-N for the first file, fF-slide-N otherwise. */
export function slideId(file, number) {
  const f = Number(file) || 1;
  return f > 1 ? `f${f}-slide-${number}` : `slide-${number}`;
}

export function enc(s) {
  return encodeURIComponent(String(s));
}

export function debounce(fn, ms) {
  let t;
  const d = (...args) => { clearTimeout(t); t = setTimeout(() => fn(...args), ms); };
  d.cancel = () => clearTimeout(t);
  return d;
}

export function visuallyHidden(text) {
  return h('span', { class: 'visually-hidden' }, text);
}

export function setTitle(...parts) {
  document.title = [...parts.filter(Boolean), 'Lectern'].join(' · ');
}

export function formatBytes(n) {
  if (!Number.isFinite(n)) return '';
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}

/** Only allow http(s) URLs from data into href attributes. */
export function safeUrl(u) {
  try {
    const url = new URL(String(u), location.origin);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}
