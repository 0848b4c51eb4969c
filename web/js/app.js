// Router and application shell (header, language switch, footer).
import { h, clear, setTitle } from './dom.js';
import { api } from './api.js';
import { t, getLang, setLang, onLangChange } from './i18n.js';
import * as search from './search.js';
import * as talk from './talk.js';
import * as meetups from './meetups.js';
import * as speakers from './speakers.js';
import * as upload from './upload.js';
import * as series from './series.js';
import * as review from './review.js';

const ROUTES = [
  { re: /^\/$/, key: 'search', render: search.render, nav: 'search' },
  { re: /^\/talks\/([^/]+)\/?$/, key: 'talk', render: talk.render },
  { re: /^\/meetups\/?$/, key: 'meetups', render: meetups.renderList, nav: 'meetups' },
  { re: /^\/meetups\/([^/]+)\/?$/, key: 'meetup', render: meetups.renderDetail, nav: 'meetups' },
  { re: /^\/speakers\/?$/, key: 'speakers', render: speakers.renderList, nav: 'speakers' },
  { re: /^\/speakers\/([^/]+)\/?$/, key: 'speaker', render: speakers.renderDetail, nav: 'speakers' },
  { re: /^\/(upload|login)\/?$/, key: 'upload', render: upload.render, nav: 'upload' },
  { re: /^\/series\/([^/]+)\/?$/, key: 'series', render: series.renderDetail, nav: 'meetups' },
  { re: /^\/review\/?$/, key: 'review', render: review.render, nav: 'upload' },
];

const main = document.getElementById('main');
let current = null; // { route, path, ctrl }

function match(pathname) {
  for (const route of ROUTES) {
    const m = route.re.exec(pathname);
    if (m) return { route, params: m.slice(1).map((p) => { try { return decodeURIComponent(p); } catch { return p; } }) };
  }
  return null;
}

function notFound() {
  setTitle(t('notFound.title'));
  clear(main).append(h('h1', { tabindex: '-1' }, t('notFound.title')),
    h('p', null, t('notFound.body'), ' ', h('a', { href: '/' }, t('notFound.home'))));
}

function markNav(navKey) {
  for (const a of document.querySelectorAll('.site-nav a')) {
    if (a.dataset.nav === navKey) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  }
}

function route({ pop = false, force = false, focus = false } = {}) {
  const url = new URL(location.href);
  const m = match(url.pathname);
  if (current && !force && m && current.route === m.route && current.path === url.pathname && current.ctrl?.update) {
    current.ctrl.update(url, { pop, focus });
    return;
  }
  try { current?.ctrl?.destroy?.(); } catch { /* ignore */ }
  current = null;
  main.removeAttribute('aria-busy');
  if (!m) { markNav(null); notFound(); return; }
  markNav(m.route.nav);
  const ctrl = m.route.render({ main, params: m.params, url, navigate }) || null;
  current = { route: m.route, path: url.pathname, ctrl };
  if (focus) {
    if (!url.hash) window.scrollTo(0, 0);
    main.focus({ preventScroll: true });
  }
}

export function navigate(href, { replace = false, keepFocus = false } = {}) {
  const url = new URL(href, location.href);
  if (url.href === location.href && !replace) { route({ focus: !keepFocus }); return; }
  history[replace ? 'replaceState' : 'pushState'](null, '', url.pathname + url.search + url.hash);
  route({ focus: !keepFocus });
}

// Intercept same-origin in-app links.
document.addEventListener('click', (e) => {
  if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
  const a = e.target.closest('a');
  if (!a || a.target || a.hasAttribute('download')) return;
  const raw = a.getAttribute('href') ?? a.getAttribute('xlink:href');
  if (!raw || raw.startsWith('#')) return; // in-page anchors: let the browser scroll (hashchange)
  const url = new URL(raw, location.href);
  if (url.origin !== location.origin) return;
  if (url.pathname.startsWith('/api/') || url.pathname === '/health' || /\.[a-z0-9]+$/i.test(url.pathname)) return;
  if (url.pathname === location.pathname && url.search === location.search && url.hash) return;
  e.preventDefault();
  navigate(url.href);
});

window.addEventListener('popstate', () => route({ pop: true }));

// '/' focuses the search box (or goes to the search page).
document.addEventListener('keydown', (e) => {
  if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey) return;
  const el = document.activeElement;
  if (el && (el.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName))) return;
  e.preventDefault();
  const q = document.getElementById('q');
  if (q) { q.focus(); q.select(); } else { navigate('/'); document.getElementById('q')?.focus(); }
});

// ---- shell: translations, language switch, footer ----
function translateShell() {
  document.documentElement.lang = getLang() === 'zh' ? 'zh-CN' : 'en';
  for (const el of document.querySelectorAll('[data-i18n]')) el.textContent = t(el.dataset.i18n);
  for (const el of document.querySelectorAll('[data-i18n-label]')) el.setAttribute('aria-label', t(el.dataset.i18nLabel));
  const sw = document.getElementById('lang-switch');
  const other = getLang() === 'zh' ? 'en' : 'zh';
  sw.textContent = other === 'zh' ? '中文' : 'English';
  sw.lang = other === 'zh' ? 'zh-CN' : 'en';
  // The name stays the visible text (speech input users say what they see); the hint is the description.
  sw.title = t('lang.switchTo');
  sw.dataset.lang = getLang();
}

document.getElementById('lang-switch').addEventListener('click', () => {
  setLang(getLang() === 'zh' ? 'en' : 'zh');
});

onLangChange(() => {
  translateShell();
  route({ force: true });
  loadHealth();
});

async function loadHealth() {
  const el = document.getElementById('health');
  if (!el) return;
  try {
    const s = await api('/health');
    el.textContent = t('footer.stats', { talks: s.talks ?? 0, pages: s.pages ?? 0 })
      + (s.pending ? ` · ${t('footer.pending', { n: s.pending })}` : '');
  } catch {
    el.textContent = '';
  }
}

// ?lang= has been applied and saved (i18n.js): drop it, so the switch's later choice is not undone by a reload.
if (new URLSearchParams(location.search).has('lang')) {
  const url = new URL(location.href);
  url.searchParams.delete('lang');
  history.replaceState(history.state, '', url.pathname + url.search + url.hash);
}

// An upload or an edit changed the archive: the footer's counts follow.
document.addEventListener('lectern:archive-changed', loadHealth);

translateShell();
route();
loadHealth();
