// A meetup series: its meetups in date order, and (for organizers) its name and city to edit.
import { h, clear, enc, setTitle } from './dom.js';
import { t } from './i18n.js';
import { detailPage, dateEl } from './views.js';
import { attachPlaceEditor } from './curate.js';

export function renderDetail(ctx) {
  const { main } = ctx;
  const id = ctx.params[0];
  return detailPage(main, `/api/series/${enc(id)}`, 'series.notFound', function draw(s) {
    setTitle(s.title, t('nav.meetups'));
    const meetups = Array.isArray(s.meetups) ? s.meetups : [];
    const head = h('header', { class: 'series-header' },
      h('p', { class: 'eyebrow' }, h('a', { href: '/meetups' }, t('nav.meetups'))),
      h('h1', { tabindex: '-1' }, s.title || id),
      h('p', { class: 'muted' }, t('series.summary', { meetups: s.meetupCount ?? meetups.length, talks: s.talkCount ?? 0 }),
        s.first ? [' · ', dateEl(s.first), s.last && s.last !== s.first ? [' – ', dateEl(s.last)] : null] : null));
    clear(main).append(h('article', { class: 'series' }, head,
      h('ul', { class: 'meetup-list' }, meetups.slice().reverse().map((m) => h('li', { class: 'meetup-item' },
        h('a', { class: 'meetup-title', href: `/meetups/${enc(m.id)}` }, m.title || m.id),
        h('span', { class: 'talk-sub' }, m.material === true ? t('meetups.material') : dateEl(m.date),
          m.city ? [' · ', m.city] : null),
        h('span', { class: 'badge' }, t('talkCount', { n: m.talkCount ?? 0 })))))));
    attachPlaceEditor(head, s, { kind: 'series', redraw: draw });
  });
}
