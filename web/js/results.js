// What a search answered: result cards, notes above them (did you mean, partial matches), the
// zero-results help and the pager. Pure rendering from the answer and the page's state.
import { h, snippet, slideId, enc } from './dom.js';
import { t, has, addStrings } from './i18n.js';
import { NOTICE_STRINGS } from './notice-strings.js';
import { speakerLinks, meetupLine, pageImageUrl, hasPageImages, skippedBadge } from './views.js';
import { watchPageImage } from './pending-images.js';
import { SIZE, stateUrl, hasFilters, noFilters } from './search-state.js';

addStrings(NOTICE_STRINGS);

/** The best slide's thumbnail (the cover when no page matched), or a placeholder while it is drawn. */
function thumbnail(talk, best) {
  if (!hasPageImages(talk, best.file)) return null;
  const img = h('img', { src: pageImageUrl(talk, best.file, best.number), alt: '', loading: 'lazy', decoding: 'async', width: '160', height: '90' });
  const thumb = h('a', { class: 'result-thumb', href: `/talks/${enc(talk.id)}#${slideId(best.file, best.number)}`, tabindex: '-1', 'aria-hidden': 'true' }, img);
  watchPageImage(img, {
    placeholder: () => h('span', { class: 'thumb-placeholder' }, t('image.pending')),
    onNone: () => thumb.remove(),
  });
  return thumb;
}

export function resultCard(hit) {
  const talk = hit.talk || {};
  const id = enc(talk.id);
  const pages = Array.isArray(hit.pages) ? hit.pages : [];
  const body = h('div', { class: 'result-body' },
    h('h3', { class: 'result-title' }, h('a', { href: `/talks/${id}` }, talk.title || t('untitled'))),
    h('p', { class: 'result-meta' }, meetupLine(talk.meetup)),
    talk.speakers?.length ? h('p', { class: 'result-speakers' }, speakerLinks(talk.speakers)) : null);
  if (pages.length) {
    body.append(h('ul', { class: 'result-slides', 'aria-label': t('search.matchingSlides') }, pages.map((p) =>
      h('li', null, h('a', { class: 'slide-link', href: `/talks/${id}#${slideId(p.file, p.number)}` },
        h('span', { class: 'slide-no' }, (p.file || 1) > 1 ? t('slide.numberFile', { file: p.file, n: p.number }) : t('slide.number', { n: p.number })),
        skippedBadge(p),
        ' ', p.inNotes ? h('span', { class: 'snippet-source' }, t('search.inNotes'), ' ') : null,
        snippet(p.snippet))))));
  } else if (talk.abstract) {
    const a = String(talk.abstract);
    body.append(h('p', { class: 'result-abstract' }, a.length > 240 ? `${a.slice(0, 240)}…` : a));
  }
  // The thumbnail first: on a phone it floats beside the title and the slides below use the full width.
  return h('li', null, h('article', { class: 'result' }, thumbnail(talk, pages[0] || { file: 1, number: 1 }), body));
}

/** Each notice in the reader's language when there is a sentence for its code, else the server's message. */
function noticeTexts(res) {
  if (!Array.isArray(res.notices)) return res.notice ? [res.notice] : [];
  return res.notices.map((n) => (n && has(`notices.${n.code}`)
    ? t(`notices.${n.code}`, n.params && typeof n.params === 'object' ? n.params : {})
    : n?.message)).filter(Boolean);
}

/** The notes above the results: "did you mean", the server's notice, "no talk has every word". */
export function messages(res, state) {
  const out = [];
  if (res.didYouMean) {
    out.push(h('p', { id: 'did-you-mean', class: 'did-you-mean' }, t('search.didYouMean'), ' ',
      h('a', { href: stateUrl({ ...state, q: res.didYouMean, page: 1 }) }, res.didYouMean), '?'));
  }
  for (const text of noticeTexts(res)) out.push(h('p', { class: 'notice', role: 'note' }, text));
  if (res.total > 0 && res.matchedAll === 0) {
    out.push(h('p', { id: 'partial-matches', class: 'notice', role: 'note' }, t('search.partial')));
  }
  return out;
}

export function zeroResults(state) {
  return h('div', { class: 'zero' },
    h('h3', null, state.q ? t('zero.title', { q: state.q }) : t('zero.titleEmpty')),
    h('ul', null,
      h('li', null, t('zero.spelling')),
      hasFilters(state) ? h('li', null, t('zero.filters'), ' ',
        h('a', { href: stateUrl({ ...state, filters: noFilters(), page: 1 }) }, t('facets.clear'))) : h('li', null, t('zero.fewer')),
      h('li', null, t('zero.syntax'))));
}

/** Links to the first, last and nearby pages; null when everything fits on one. */
export function pager(res, state) {
  const size = res.size || SIZE;
  const pages = Math.ceil((res.total || 0) / size);
  if (pages <= 1) return null;
  const cur = Math.min(res.page || state.page, pages);
  const nums = new Set([1, pages, cur - 2, cur - 1, cur, cur + 1, cur + 2].filter((n) => n >= 1 && n <= pages));
  const sorted = [...nums].sort((a, b) => a - b);
  const items = [];
  const link = (n, label, cls, rel) => h('li', null, h('a', { class: cls, rel, href: stateUrl({ ...state, page: n }), 'aria-current': n === cur && !label ? 'page' : null, 'aria-label': label ? null : t('pager.page', { n }) }, label || String(n)));
  if (cur > 1) items.push(link(cur - 1, t('pager.prev'), 'pager-prev', 'prev'));
  let prev = 0;
  for (const n of sorted) {
    if (n - prev > 1) items.push(h('li', { class: 'gap', 'aria-hidden': 'true' }, '…'));
    items.push(link(n, null, n === cur ? 'current' : null));
    prev = n;
  }
  if (cur < pages) items.push(link(cur + 1, t('pager.next'), 'pager-next', 'next'));
  return h('nav', { class: 'pager', 'aria-label': t('pager.label') }, h('ul', null, items));
}
