// Shared view components (loading/error states, talk lines, links).
import { h, enc, clear, setTitle } from './dom.js';
import { api, isAbort } from './api.js';
import { t, getLang, langName } from './i18n.js';

export function loading(label) {
  return h('p', { class: 'loading', role: 'status' }, h('span', { class: 'spinner', 'aria-hidden': 'true' }), label || t('loading'));
}

export function errorBox(err, retry) {
  const msg = (err && err.message) || t('error.generic');
  return h('div', { class: 'error-box', role: 'alert' },
    h('p', null, h('strong', null, t('error.title')), ' ', msg),
    retry ? h('button', { type: 'button', class: 'btn', onclick: retry }, t('retry')) : null);
}

/** Format a partial ISO date (YYYY, YYYY-MM, YYYY-MM-DD) as a <time>. */
export function formatDate(date) {
  const s = String(date || '');
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(s);
  if (!m) return s;
  const [, y, mo, d] = m;
  const opts = { year: 'numeric', timeZone: 'UTC' };
  if (mo) opts.month = 'short';
  if (d) opts.day = 'numeric';
  try {
    return new Intl.DateTimeFormat(getLang() === 'zh' ? 'zh-CN' : 'en-GB', opts)
      .format(new Date(Date.UTC(+y, mo ? +mo - 1 : 0, d ? +d : 1)));
  } catch {
    return s;
  }
}

export function dateEl(date) {
  if (!date) return null;
  return h('time', { datetime: String(date) }, formatDate(date));
}

export function yearOf(date) {
  const m = /^(\d{4})/.exec(String(date || ''));
  return m ? m[1] : '';
}

export function speakerLink(s) {
  const name = s.name || t('unknownSpeaker');
  return s.id ? h('a', { href: `/speakers/${enc(s.id)}` }, name) : h('span', null, name);
}

export function speakerLinks(speakers, withAffiliation = false) {
  const list = Array.isArray(speakers) ? speakers : [];
  if (!list.length) return null;
  const out = h('span', { class: 'speakers' });
  list.forEach((s, i) => {
    if (i) out.append(t('listSep'));
    out.append(speakerLink(s));
    if (withAffiliation && s.affiliation) out.append(h('span', { class: 'affiliation' }, ` (${s.affiliation})`));
  });
  return out;
}

export function meetupLine(meetup) {
  if (!meetup) return null;
  const parts = [];
  if (meetup.title) {
    parts.push(meetup.id ? h('a', { href: `/meetups/${enc(meetup.id)}` }, meetup.title) : h('span', null, meetup.title));
  }
  if (meetup.date) parts.push(dateEl(meetup.date));
  if (meetup.city) parts.push(h('span', null, meetup.city));
  if (!parts.length) return null;
  const out = h('span', { class: 'meetup-line' });
  parts.forEach((p, i) => { if (i) out.append(h('span', { class: 'sep', 'aria-hidden': 'true' }, ' · ')); out.append(p); });
  return out;
}

/**
 * URL of a page image. The content hash in `v` makes the URL change whenever the file does, so the
 * server's year-long immutable caching can never show a stale slide.
 */
/** Formats the server draws page images for; other files (notes) are shown as text straight away. */
const DRAWN_FORMATS = new Set(['pdf', 'pptx', 'ppsx', 'ppt', 'odp', 'key']);

export function hasPageImages(talk, file) {
  const f = Array.isArray(talk.files) ? talk.files[(Number(file) || 1) - 1] : null;
  return !f || !f.format || DRAWN_FORMATS.has(String(f.format).toLowerCase());
}

export function pageImageUrl(talk, file, number) {
  const f = Number(file) || 1;
  const sha = String((Array.isArray(talk.files) && talk.files[f - 1]?.sha256) || '').slice(0, 16);
  return `/api/talks/${enc(talk.id)}/pages/${enc(number)}.png?file=${f}${sha ? `&v=${enc(sha)}` : ''}`;
}

/** A badge on a slide the deck keeps but its show skips (Keynote's Skip Slide), else null. */
export function skippedBadge(page) {
  return page.skipped ? h('span', { class: 'badge slide-skipped' }, t('slide.skipped')) : null;
}

export function fileLabel(f, i) {
  const fmt = (f.format || '').toUpperCase() || t('file');
  const name = (f.path || '').split('/').pop() || `${t('file')} ${i + 1}`;
  return { fmt, name };
}

export function downloadLinks(talk) {
  const files = Array.isArray(talk.files) ? talk.files : [];
  if (!files.length) return null;
  return h('span', { class: 'decks' }, files.map((f, i) => {
    const { fmt, name } = fileLabel(f, i);
    return [i ? ' ' : null, h('a', { class: 'deck-link', href: `/api/talks/${enc(talk.id)}/files/${i + 1}`, download: '', title: name },
      fmt, h('span', { class: 'visually-hidden' }, ` ${t('download')} ${name}`))];
  }));
}

/** Compact talk list item used on meetup/speaker/related lists. */
export function talkItem(talk, { showMeetup = true, showSpeakers = true, showDecks = false } = {}) {
  return h('li', { class: 'talk-item' },
    h('a', { class: 'talk-title', href: `/talks/${enc(talk.id)}` }, talk.title || t('untitled')),
    showSpeakers && talk.speakers?.length ? h('span', { class: 'talk-sub' }, speakerLinks(talk.speakers)) : null,
    showMeetup ? h('span', { class: 'talk-sub' }, meetupLine(talk.meetup)) : null,
    showDecks ? h('span', { class: 'talk-sub' }, downloadLinks(talk)) : null,
    talk.language ? h('span', { class: 'badge', lang: talk.language }, langName(talk.language)) : null,
    talk.status === 'indexing' ? h('span', { class: 'badge badge-warn' }, t('status.indexing')) : null);
}

export function tagList(tags) {
  if (!Array.isArray(tags) || !tags.length) return null;
  return h('ul', { class: 'tags', 'aria-label': t('tags') },
    tags.map((tag) => h('li', null, h('a', { class: 'tag', href: `/?q=${enc(tag)}` }, tag))));
}

/**
 * A detail page: shows a loading state, fetches `url`, then calls `render(data)`; on failure shows a
 * not-found heading with the error and a retry. Returns the page's `destroy`, which cancels the fetch.
 */
export function detailPage(main, url, notFoundKey, render) {
  const ctl = new AbortController();
  async function load() {
    clear(main).append(loading());
    let data;
    try {
      data = await api(url, { signal: ctl.signal });
    } catch (err) {
      if (isAbort(err)) return;
      setTitle(t('error.title'));
      clear(main).append(h('h1', null, t(notFoundKey)), errorBox(err, load));
      return;
    }
    render(data);
  }
  load();
  return { destroy() { ctl.abort(); } };
}
