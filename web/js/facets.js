// Filters on the search page: the facet checkboxes with their counts, and the chips of the active
// filters. Both read the page's state and change it through `go`.
import { h, clear } from './dom.js';
import { t, addStrings } from './i18n.js';
import { FACETS, hasFilters, noFilters, facetLabel } from './search-state.js';

addStrings({ en: { 'facet.series': 'Series' }, zh: { 'facet.series': '系列' } });

const FACET_LIMIT = 8;
const expandedFacets = new Set(); // kept while searching, so "show more" stays open

/**
 * `getState()` gives the current state and `go(next)` moves to another. `labels` remembers, per
 * facet, the label of each value seen, so a chip can name a filter the current results lack.
 */
export function createFilters({ getState, go, labels }) {
  const facetsEl = h('div', { class: 'facets' });
  const chipsEl = h('div', { class: 'active-filters' });

  function onFacetChange(e) {
    const state = getState();
    const { name, value, checked } = e.target;
    const cur = state.filters[name].filter((v) => v !== value);
    if (checked) cur.push(value);
    go({ ...state, filters: { ...state.filters, [name]: cur }, page: 1 });
  }

  function facetFieldset(f, items, selected, facets) {
    const expanded = expandedFacets.has(f);
    const visible = expanded ? items : items.filter((it, i) => i < FACET_LIMIT || selected.includes(String(it.value)));
    const fieldset = h('fieldset', { class: 'facet', dataset: { facet: f } },
      h('legend', null, t(`facet.${f}`)),
      h('ul', null, visible.map((it, i) => {
        const value = String(it.value);
        const id = `facet-${f}-${i}`;
        return h('li', null,
          h('input', { type: 'checkbox', id, name: f, value, checked: selected.includes(value), onchange: onFacetChange }),
          h('label', { for: id }, h('span', { class: 'facet-label' }, facetLabel(f, it)),
            h('span', { class: 'count' }, h('span', { class: 'visually-hidden' }, ' ('), String(it.count ?? ''), h('span', { class: 'visually-hidden' }, ')'))));
      })));
    if (items.length > visible.length || expanded && items.length > FACET_LIMIT) {
      fieldset.append(h('button', {
        type: 'button', class: 'link-button', 'aria-expanded': String(expanded),
        onclick: () => { expanded ? expandedFacets.delete(f) : expandedFacets.add(f); renderFacets(facets); facetsEl.querySelector(`.facet[data-facet="${f}"] .link-button`)?.focus(); },
      }, expanded ? t('facets.less') : t('facets.more', { n: items.length - visible.length })));
    }
    return fieldset;
  }

  function renderFacets(facets) {
    const state = getState();
    const focused = facetsEl.contains(document.activeElement) && document.activeElement.type === 'checkbox'
      ? { name: document.activeElement.name, value: document.activeElement.value } : null;
    clear(facetsEl);
    let any = false;
    for (const f of FACETS) {
      const items = [...(facets?.[f] || [])];
      const selected = state.filters[f];
      for (const v of selected) if (!items.some((it) => String(it.value) === v)) items.push({ value: v, label: labels[f]?.[v] ?? v, count: 0 });
      if (!items.length) continue;
      any = true;
      labels[f] ||= {};
      for (const it of items) labels[f][String(it.value)] = it.label ?? it.value;
      facetsEl.append(facetFieldset(f, items, selected, facets));
    }
    if (!any) facetsEl.append(h('p', { class: 'muted' }, t('facets.none')));
    if (focused) {
      const box = [...facetsEl.querySelectorAll('input[type=checkbox]')].find((b) => b.name === focused.name && b.value === focused.value);
      box?.focus();
    }
  }

  function renderChips() {
    const state = getState();
    clear(chipsEl);
    if (!hasFilters(state)) return;
    const ul = h('ul', { class: 'chips', 'aria-label': t('facets.active') });
    for (const f of FACETS) {
      for (const v of state.filters[f]) {
        const label = facetLabel(f, { value: v, label: labels[f]?.[v] ?? v });
        ul.append(h('li', null, h('button', {
          type: 'button', class: 'chip',
          'aria-label': t('facets.remove', { facet: t(`facet.${f}`), value: label }),
          onclick: () => go({ ...state, filters: { ...state.filters, [f]: state.filters[f].filter((x) => x !== v) }, page: 1 }),
        }, `${t(`facet.${f}`)}: ${label}`, h('span', { 'aria-hidden': 'true' }, ' ×'))));
      }
    }
    ul.append(h('li', null, h('button', {
      type: 'button', class: 'link-button',
      onclick: () => go({ ...state, filters: noFilters(), page: 1 }),
    }, t('facets.clear'))));
    chipsEl.append(ul);
  }

  return { facetsEl, chipsEl, renderFacets, renderChips };
}
