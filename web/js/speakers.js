// Speakers list (alphabetical, filter box) and speaker detail.
import { h, clear, enc, setTitle } from './dom.js';
import { api, isAbort } from './api.js';
import { t, getLang } from './i18n.js';
import { detailPage, loading, errorBox, dateEl, meetupLine, speakerLinks, yearOf } from './views.js';

function fold(s) {
  return String(s || '').normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

export function renderList(ctx) {
  const { main } = ctx;
  const ctl = new AbortController();
  setTitle(t('nav.speakers'));

  async function load() {
    clear(main).append(h('h1', { tabindex: '-1' }, t('speakers.title')), loading());
    let list;
    try {
      list = await api('/api/speakers', { signal: ctl.signal });
    } catch (err) {
      if (!isAbort(err)) main.lastChild.replaceWith(errorBox(err, load));
      return;
    }
    const collator = new Intl.Collator(getLang() === 'zh' ? 'zh-CN' : 'en', { sensitivity: 'base' });
    list = (Array.isArray(list) ? list : []).slice().sort((a, b) => collator.compare(a.name || '', b.name || ''));
    const input = h('input', { id: 'speaker-filter', type: 'search', autocomplete: 'off', 'aria-controls': 'speaker-list', 'aria-describedby': 'speaker-count' });
    const count = h('p', { id: 'speaker-count', class: 'muted', role: 'status', 'aria-live': 'polite' });
    const items = list.map((s) => ({
      key: fold(`${s.name} ${(s.affiliations || []).join(' ')}`),
      el: h('li', { class: 'speaker-item' },
        h('a', { class: 'speaker-name', href: `/speakers/${enc(s.id)}` }, s.name || s.id),
        s.affiliations?.length ? h('span', { class: 'talk-sub' }, s.affiliations.join(t('listSep'))) : null,
        h('span', { class: 'badge' }, t('talkCount', { n: s.talkCount ?? 0 }))),
    }));
    const ul = h('ul', { id: 'speaker-list', class: 'speaker-list' }, items.map((i) => i.el));
    const empty = h('p', { class: 'muted', hidden: true }, t('speakers.noMatch'));
    const apply = () => {
      const q = fold(input.value.trim());
      let n = 0;
      for (const i of items) {
        const show = !q || i.key.includes(q);
        i.el.hidden = !show;
        if (show) n++;
      }
      empty.hidden = n > 0;
      count.textContent = q ? t('speakers.shown', { n, total: items.length }) : t('speakers.count', { n: items.length });
    };
    input.addEventListener('input', apply);
    main.lastChild.replaceWith(h('div', { class: 'speakers' },
      h('div', { class: 'filter-box' }, h('label', { for: 'speaker-filter' }, t('speakers.filter')), input),
      count, ul, empty));
    apply();
  }
  load();
  return { destroy() { ctl.abort(); } };
}

/** Affiliation ranges derived from the speaker entries of each talk. */
function affiliationHistory(talks, speaker) {
  const ranges = new Map();
  for (const talk of talks) {
    const s = (talk.speakers || []).find((x) => (speaker.id && x.id === speaker.id) || x.name === speaker.name);
    const aff = s?.affiliation;
    const y = yearOf(talk.meetup?.date);
    if (!aff) continue;
    const r = ranges.get(aff) || { aff, from: y, to: y };
    if (y && (!r.from || y < r.from)) r.from = y;
    if (y && (!r.to || y > r.to)) r.to = y;
    ranges.set(aff, r);
  }
  return [...ranges.values()].sort((a, b) => String(b.to).localeCompare(String(a.to)) || String(b.from).localeCompare(String(a.from)));
}

export function renderDetail(ctx) {
  const { main } = ctx;
  const id = ctx.params[0];
  return detailPage(main, `/api/speakers/${enc(id)}`, 'speakers.notFound', (sp) => {
    setTitle(sp.name, t('nav.speakers'));
    const talks = (Array.isArray(sp.talks) ? sp.talks : []).slice()
      .sort((a, b) => String(b.meetup?.date || '').localeCompare(String(a.meetup?.date || '')));
    const history = affiliationHistory(talks, sp);
    const affs = Array.isArray(sp.affiliations) ? sp.affiliations : [];
    clear(main).append(h('article', { class: 'speaker' },
      h('p', { class: 'eyebrow' }, h('a', { href: '/speakers' }, t('nav.speakers'))),
      h('h1', { tabindex: '-1' }, sp.name || id),
      affs.length ? h('p', { class: 'talk-sub' }, affs.join(t('listSep'))) : null,
      history.length ? h('section', { 'aria-labelledby': 'aff-h' },
        h('h2', { id: 'aff-h' }, t('speaker.affiliations')),
        h('ol', { class: 'affiliation-history' }, history.map((r) => h('li', null,
          h('span', { class: 'years' }, r.from === r.to ? r.from || '—' : `${r.from}–${r.to}`), ' ', r.aff)))) : null,
      h('section', { 'aria-labelledby': 'talks-h' },
        h('h2', { id: 'talks-h' }, t('speaker.talks', { n: talks.length })),
        talks.length ? h('ol', { class: 'talk-list timeline-list' }, talks.map((talk) => {
          const others = (talk.speakers || []).filter((x) => !((sp.id && x.id === sp.id) || x.name === sp.name));
          return h('li', { class: 'talk-item' },
            h('span', { class: 'when' }, dateEl(talk.meetup?.date) || '—'),
            h('a', { class: 'talk-title', href: `/talks/${enc(talk.id)}` }, talk.title || t('untitled')),
            h('span', { class: 'talk-sub' }, meetupLine({ ...talk.meetup, date: '' })),
            others.length ? h('span', { class: 'talk-sub' }, `${t('speaker.with')} `, speakerLinks(others)) : null);
        })) : h('p', { class: 'muted' }, t('speaker.noTalks')))));
  });
}
