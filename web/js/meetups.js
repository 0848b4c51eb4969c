// Meetups list (grouped by year, newest first) and meetup detail (agenda).
import { h, clear, enc, setTitle, safeUrl } from './dom.js';
import { api, isAbort } from './api.js';
import { t, addStrings } from './i18n.js';
import { attachPlaceEditor } from './curate.js';
import { detailPage, loading, errorBox, dateEl, yearOf, speakerLinks, downloadLinks, tagList } from './views.js';

// An undated meetup of a series holds what its dated meetups share (see MaterialFolders).
addStrings({ en: { 'meetups.material': 'Material of the series' }, zh: { 'meetups.material': '系列资料' } });

function byDateDesc(a, b) {
  return String(b.date || '').localeCompare(String(a.date || '')) || String(a.title || '').localeCompare(String(b.title || ''));
}

// The server marks a series' folder of material; an undated meetup beside the others is still a meetup.
function isMaterial(m) {
  return m.material === true;
}

function meetupItem(m) {
  return h('li', { class: 'meetup-item' },
    h('a', { class: 'meetup-title', href: `/meetups/${enc(m.id)}` }, m.title || m.id),
    h('span', { class: 'talk-sub' }, isMaterial(m) ? t('meetups.material') : dateEl(m.date),
      m.city ? [m.date ? ' · ' : null, m.city] : null),
    h('span', { class: 'badge' }, t('talkCount', { n: m.talkCount ?? 0 })));
}

export function renderList(ctx) {
  const { main } = ctx;
  const ctl = new AbortController();
  setTitle(t('nav.meetups'));

  async function load() {
    clear(main).append(h('h1', { tabindex: '-1' }, t('meetups.title')), loading());
    let list;
    try {
      list = await api('/api/meetups', { signal: ctl.signal });
    } catch (err) {
      if (!isAbort(err)) main.lastChild.replaceWith(errorBox(err, load));
      return;
    }
    list = (Array.isArray(list) ? list : []).slice().sort(byDateDesc);
    // A series is one entry with its dates; meetups of no series are listed by year.
    const series = new Map();
    const groups = new Map();
    for (const m of list) {
      if (m.series) {
        if (!series.has(m.series)) series.set(m.series, []);
        series.get(m.series).push(m);
        continue;
      }
      const y = yearOf(m.date) || t('meetups.undated');
      if (!groups.has(y)) groups.set(y, []);
      groups.get(y).push(m);
    }
    const body = h('div', { class: 'meetups' },
      h('p', { class: 'muted' }, t('meetups.count', { n: list.filter((m) => !isMaterial(m)).length })));
    if (!list.length) body.append(h('p', null, t('meetups.empty')));
    if (series.size) {
      body.append(h('section', { class: 'series-group', 'aria-labelledby': 'series-h' },
        h('h2', { id: 'series-h', tabindex: '-1' }, t('meetups.series')),
        [...series.entries()].map(([id, items]) => h('section', { class: 'series-item', 'aria-labelledby': `series-${id}` },
          h('h3', { id: `series-${id}` }, h('a', { href: `/series/${enc(id)}` }, items[0].seriesTitle || id),
            ' ', h('span', { class: 'badge' }, t('meetups.seriesCount', { n: items.filter((m) => !isMaterial(m)).length }))),
          h('ul', { class: 'meetup-list' }, items.map(meetupItem))))));
    }
    if (groups.size > 1) {
      body.append(h('nav', { class: 'year-jump', 'aria-label': t('meetups.jump') },
        h('ul', null, [...groups.keys()].map((y) => h('li', null, h('a', { href: `#year-${y}` }, y))))));
    }
    for (const [y, items] of groups) {
      body.append(h('section', { class: 'year-group', 'aria-labelledby': `year-${y}` },
        h('h2', { id: `year-${y}`, tabindex: '-1' }, y),
        h('ul', { class: 'meetup-list' }, items.map(meetupItem))));
    }
    main.lastChild.replaceWith(body);
  }
  load();
  return { destroy() { ctl.abort(); } };
}

export function renderDetail(ctx) {
  const { main } = ctx;
  const id = ctx.params[0];
  return detailPage(main, `/api/meetups/${enc(id)}`, 'meetups.notFound', function draw(m) {
    setTitle(m.title, t('nav.meetups'));
    const facts = [];
    const fact = (label, value) => { if (value != null && value !== '' && !(Array.isArray(value) && !value.length)) facts.push(h('dt', null, label), h('dd', null, value)); };
    fact(t('meetup.date'), dateEl(m.date));
    fact(t('meetup.city'), m.city);
    fact(t('meetup.venue'), m.venue);
    fact(t('meetup.organizers'), Array.isArray(m.organizers) ? m.organizers.map((o) => (typeof o === 'string' ? o : o?.name)).filter(Boolean).join(t('listSep')) : m.organizers);
    const href = m.url ? safeUrl(m.url) : null;
    if (href) fact(t('meetup.website'), h('a', { href, rel: 'noopener noreferrer external' }, m.url));
    const talks = Array.isArray(m.talks) ? m.talks : [];
    const head = h('header', { class: 'meetup-header' },
      h('p', { class: 'eyebrow' }, m.series ? h('a', { href: `/series/${enc(m.series)}` }, m.seriesTitle || m.series)
        : h('a', { href: '/meetups' }, t('nav.meetups'))),
      h('h1', { tabindex: '-1' }, m.title || id),
      facts.length ? h('dl', { class: 'facts' }, facts) : null);
    clear(main).append(h('article', { class: 'meetup' },
      head,
      m.description ? h('p', { class: 'prewrap description' }, m.description) : null,
      tagList(Array.isArray(m.tags) ? m.tags : typeof m.tags === 'string' && m.tags ? m.tags.split(/\s*,\s*/) : []),
      h('section', { 'aria-labelledby': 'agenda-h' },
        h('h2', { id: 'agenda-h' }, t('meetup.agenda', { n: talks.length })),
        talks.length
          ? h('ol', { class: 'agenda' }, talks.map((talk) => h('li', { class: 'agenda-item' },
            h('a', { class: 'talk-title', href: `/talks/${enc(talk.id)}` }, talk.title || t('untitled')),
            talk.speakers?.length ? h('span', { class: 'talk-sub' }, speakerLinks(talk.speakers, true)) : null,
            talk.files?.length ? h('span', { class: 'talk-sub' }, h('span', { class: 'muted' }, `${t('meetup.decks')}: `), downloadLinks(talk)) : null)))
          : h('p', { class: 'muted' }, t('meetup.noTalks')))));
    attachPlaceEditor(head, m, { kind: 'meetup', redraw: draw });
  });
}
