// "Search syntax": a folded table of what the query language understands.
import { h } from './dom.js';
import { t } from './i18n.js';

const EXAMPLES = [
  ['kafka streams', 'syntax.words'],
  ['"event sourcing"', 'syntax.phrase'],
  ['kafka -spark', 'syntax.exclude'],
  ['rust OR go', 'syntax.or'],
  ['title:kubernetes', 'syntax.titleField'],
  ['speaker:"Jane Doe"', 'syntax.speaker'],
  ['meetup:berlin', 'syntax.meetup'],
  ['year:2024', 'syntax.year'],
  ['year:2019..2022', 'syntax.yearRange'],
  ['lang:zh', 'syntax.lang'],
  ['format:pptx', 'syntax.format'],
  ['notes:demo', 'syntax.notes'],
];

export function syntaxHelp() {
  return h('details', { class: 'syntax-help' },
    h('summary', null, t('syntax.title')),
    h('table', null,
      h('caption', { class: 'visually-hidden' }, t('syntax.title')),
      h('thead', null, h('tr', null, h('th', { scope: 'col' }, t('syntax.example')), h('th', { scope: 'col' }, t('syntax.meaning')))),
      h('tbody', null, EXAMPLES.map(([ex, key]) => h('tr', null, h('td', null, h('code', null, ex)), h('td', null, t(key)))))));
}
