// The search page's state, which lives in the URL: query, filters, sort and page.
import { langName } from './i18n.js';

// A series groups meetups, so it is offered before them.
export const FACETS = ['series', 'meetup', 'speaker', 'year', 'lang', 'format'];
export const SORTS = ['relevance', 'newest', 'oldest'];
/** Results per page. */
export const SIZE = 10;

export function readState(url) {
  const p = url.searchParams;
  const filters = {};
  for (const f of FACETS) filters[f] = p.getAll(f).filter(Boolean);
  const sort = SORTS.includes(p.get('sort')) ? p.get('sort') : 'relevance';
  const page = Math.max(1, parseInt(p.get('page'), 10) || 1);
  return { q: p.get('q') || '', filters, sort, page };
}

export function stateUrl(s) {
  const p = new URLSearchParams();
  if (s.q) p.set('q', s.q);
  for (const f of FACETS) for (const v of s.filters[f] || []) p.append(f, v);
  if (s.sort && s.sort !== 'relevance') p.set('sort', s.sort);
  if (s.page > 1) p.set('page', String(s.page));
  const qs = p.toString();
  return qs ? `/?${qs}` : '/';
}

export function hasFilters(s) {
  return FACETS.some((f) => s.filters[f].length);
}

/** Every facet with nothing chosen. */
export function noFilters() {
  return Object.fromEntries(FACETS.map((f) => [f, []]));
}

export function facetLabel(facet, item) {
  const label = item.label ?? item.value;
  if (facet === 'lang' && label === item.value) return langName(item.value);
  if (facet === 'format') return String(label).toUpperCase();
  return String(label);
}
