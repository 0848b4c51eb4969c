// Search page: search-as-you-type, suggestions combobox, facets, results,
// timeline chart, pagination. All state lives in the URL.
import { h, clear, snippet, slideId, enc, debounce, setTitle } from './dom.js';
import { api, isAbort } from './api.js';
import { t, langName } from './i18n.js';
import { loading, errorBox, speakerLinks, meetupLine, pageImageUrl, hasPageImages } from './views.js';
import { createTimeline } from './timeline.js';
import { watchPageImage } from './pending-images.js';

const FACETS = ['meetup', 'speaker', 'year', 'lang', 'format'];
const SORTS = ['relevance', 'newest', 'oldest'];
const FACET_LIMIT = 8;
const SIZE = 10;
const expandedFacets = new Set();

function readState(url) {
  const p = url.searchParams;
  const filters = {};
  for (const f of FACETS) filters[f] = p.getAll(f).filter(Boolean);
  const sort = SORTS.includes(p.get('sort')) ? p.get('sort') : 'relevance';
  const page = Math.max(1, parseInt(p.get('page'), 10) || 1);
  return { q: p.get('q') || '', filters, sort, page };
}

function stateUrl(s) {
  const p = new URLSearchParams();
  if (s.q) p.set('q', s.q);
  for (const f of FACETS) for (const v of s.filters[f] || []) p.append(f, v);
  if (s.sort && s.sort !== 'relevance') p.set('sort', s.sort);
  if (s.page > 1) p.set('page', String(s.page));
  const qs = p.toString();
  return qs ? `/?${qs}` : '/';
}

function hasFilters(s) {
  return FACETS.some((f) => s.filters[f].length);
}

function facetLabel(facet, item) {
  const label = item.label ?? item.value;
  if (facet === 'lang' && label === item.value) return langName(item.value);
  if (facet === 'format') return String(label).toUpperCase();
  return String(label);
}

export function render(ctx) {
  const { main, navigate } = ctx;
  let state = readState(ctx.url);
  let lastResult = null;
  let searchCtl = null;
  let suggestCtl = null;
  let typingEntry = false; // current history entry was created by typing
  let suggestions = [];
  let activeSuggestion = -1;
  const labelCache = {}; // facet -> value -> label (for active filter chips)

  // ---- static structure ----
  const input = h('input', {
    id: 'q', name: 'q', type: 'search', autocomplete: 'off', spellcheck: 'false',
    role: 'combobox', 'aria-autocomplete': 'list', 'aria-expanded': 'false',
    'aria-controls': 'suggestions', 'aria-describedby': 'q-hint', value: state.q,
    placeholder: t('search.placeholder'),
  });
  const listbox = h('ul', { id: 'suggestions', role: 'listbox', class: 'suggestions', 'aria-label': t('search.suggestions'), hidden: true });
  const form = h('form', { class: 'search-form', role: 'search', action: '/', 'aria-label': t('search.label') },
    h('label', { for: 'q', class: 'search-label' }, t('search.label')),
    h('div', { class: 'search-row' },
      h('div', { class: 'combo' }, input, listbox),
      h('button', { type: 'submit', class: 'btn btn-primary' }, t('search.button'))),
    h('p', { id: 'q-hint', class: 'hint' }, t('search.hint')));

  const syntax = h('details', { class: 'syntax-help' },
    h('summary', null, t('syntax.title')),
    h('table', null,
      h('caption', { class: 'visually-hidden' }, t('syntax.title')),
      h('thead', null, h('tr', null, h('th', { scope: 'col' }, t('syntax.example')), h('th', { scope: 'col' }, t('syntax.meaning')))),
      h('tbody', null, [
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
      ].map(([ex, key]) => h('tr', null, h('td', null, h('code', null, ex)), h('td', null, t(key)))))));

  const statusEl = h('p', { id: 'result-status', class: 'result-status', role: 'status', 'aria-live': 'polite' });
  const sortSel = h('select', { id: 'sort', name: 'sort' },
    SORTS.map((s) => h('option', { value: s, selected: s === state.sort }, t(`sort.${s}`))));
  const toolbar = h('div', { class: 'toolbar' }, statusEl,
    h('span', { class: 'sort' }, h('label', { for: 'sort' }, t('sort.label')), ' ', sortSel));
  const chipsEl = h('div', { class: 'active-filters' });
  const messagesEl = h('div', { class: 'messages' });
  const timeline = createTimeline({
    href: (id) => stateUrl({ ...state, filters: { ...state.filters, meetup: [id] }, page: 1 }),
    selected: (id) => state.filters.meetup.includes(id),
    label: (id, title) => { labelCache.meetup = { ...(labelCache.meetup || {}), [id]: title }; },
  });
  const resultsEl = h('div', { class: 'results-wrap' });
  const pagerEl = h('div', { class: 'pager-wrap' });
  const facetsEl = h('div', { class: 'facets' });
  const facetsPanel = h('details', { class: 'facets-panel', open: !matchMedia('(max-width: 47.99em)').matches },
    h('summary', null, t('facets.title')), facetsEl);
  const resultsCol = h('section', { class: 'results-col', 'aria-labelledby': 'results-heading' },
    h('h2', { id: 'results-heading', class: 'visually-hidden', tabindex: '-1' }, t('search.results')),
    toolbar, chipsEl, messagesEl, timeline.el, resultsEl, pagerEl);

  clear(main).append(h('div', { class: 'search-page' },
    h('h1', { class: 'visually-hidden' }, t('search.title')),
    form, syntax,
    h('div', { class: 'search-layout' },
      h('aside', { class: 'facets-col', 'aria-label': t('facets.title') }, facetsPanel),
      resultsCol)));

  // ---- navigation helpers ----
  function go(next, { replace = false, typing = false } = {}) {
    const url = stateUrl(next);
    const doReplace = replace || (typing && typingEntry);
    typingEntry = typing;
    navigate(url, { replace: doReplace, keepFocus: true });
  }

  // ---- suggestions (ARIA combobox) ----
  function closeSuggestions() {
    suggestions = [];
    activeSuggestion = -1;
    clear(listbox);
    listbox.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
  }

  function renderSuggestions() {
    clear(listbox);
    if (!suggestions.length || document.activeElement !== input) { closeSuggestions(); return; }
    suggestions.forEach((s, i) => {
      listbox.append(h('li', {
        id: `suggestion-${i}`, role: 'option', class: 'suggestion',
        'aria-selected': i === activeSuggestion ? 'true' : 'false',
        onmousedown: (e) => e.preventDefault(),
        onclick: () => chooseSuggestion(i),
      }, h('span', { class: 'suggestion-text' }, s.text), h('span', { class: 'suggestion-kind' }, t(`kind.${s.kind}`) || s.kind)));
    });
    listbox.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    if (activeSuggestion >= 0) input.setAttribute('aria-activedescendant', `suggestion-${activeSuggestion}`);
    else input.removeAttribute('aria-activedescendant');
  }

  function chooseSuggestion(i) {
    const s = suggestions[i];
    if (!s) return;
    closeSuggestions();
    if (s.id && s.kind === 'title') return navigate(`/talks/${enc(s.id)}`);
    if (s.id && s.kind === 'speaker') return navigate(`/speakers/${enc(s.id)}`);
    if (s.id && s.kind === 'meetup') return navigate(`/meetups/${enc(s.id)}`);
    input.value = s.text;
    go({ ...state, q: s.text, page: 1 });
  }

  async function fetchSuggestions(q) {
    suggestCtl?.abort();
    if (!q.trim()) { closeSuggestions(); return; }
    suggestCtl = new AbortController();
    try {
      const res = await api('/api/suggest', { params: { q }, signal: suggestCtl.signal });
      if (input.value !== q) return;
      suggestions = (res?.suggestions || []).slice(0, 10);
      activeSuggestion = -1;
      renderSuggestions();
    } catch (err) {
      if (!isAbort(err)) closeSuggestions(); // suggestions are best-effort
    }
  }

  const onTyping = debounce(() => {
    const q = input.value;
    fetchSuggestions(q);
    if (q !== state.q) go({ ...state, q, page: 1 }, { typing: true });
  }, 200);

  input.addEventListener('input', onTyping);
  input.addEventListener('blur', () => setTimeout(closeSuggestions, 100));
  input.addEventListener('keydown', (e) => {
    const open = !listbox.hidden && suggestions.length > 0;
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      if (open && activeSuggestion < suggestions.length - 1) { activeSuggestion++; renderSuggestions(); }
      else if (!open) focusResult(0);
    } else if (e.key === 'ArrowUp' && open) {
      e.preventDefault();
      activeSuggestion = Math.max(-1, activeSuggestion - 1);
      renderSuggestions();
    } else if (e.key === 'Enter' && open && activeSuggestion >= 0) {
      e.preventDefault();
      chooseSuggestion(activeSuggestion);
    } else if (e.key === 'Escape') {
      if (open) { e.preventDefault(); closeSuggestions(); }
      else if (input.value) { input.value = ''; onTyping(); }
    }
  });

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    onTyping.cancel();
    closeSuggestions();
    typingEntry = false;
    const q = input.value;
    if (q === state.q) runSearch(); else go({ ...state, q, page: 1 });
  });

  sortSel.addEventListener('change', () => go({ ...state, sort: sortSel.value, page: 1 }));

  // Arrow keys move between result cards.
  function resultLinks() {
    return [...resultsEl.querySelectorAll('.result .result-title a')];
  }
  function focusResult(i) {
    const links = resultLinks();
    if (links[i]) { links[i].focus(); links[i].closest('.result').scrollIntoView({ block: 'nearest' }); }
  }
  resultsEl.addEventListener('keydown', (e) => {
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    const card = e.target.closest('.result');
    if (!card) return;
    const cards = [...resultsEl.querySelectorAll('.result')];
    const i = cards.indexOf(card);
    e.preventDefault();
    if (e.key === 'ArrowDown') focusResult(Math.min(cards.length - 1, i + 1));
    else if (i === 0) input.focus();
    else focusResult(i - 1);
  });

  // ---- facets ----
  function renderFacets(facets) {
    const focused = facetsEl.contains(document.activeElement) && document.activeElement.type === 'checkbox'
      ? { name: document.activeElement.name, value: document.activeElement.value } : null;
    clear(facetsEl);
    let any = false;
    for (const f of FACETS) {
      const items = [...(facets?.[f] || [])];
      const selected = state.filters[f];
      for (const v of selected) if (!items.some((it) => String(it.value) === v)) items.push({ value: v, label: labelCache[f]?.[v] ?? v, count: 0 });
      if (!items.length) continue;
      any = true;
      labelCache[f] ||= {};
      for (const it of items) labelCache[f][String(it.value)] = it.label ?? it.value;
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
      facetsEl.append(fieldset);
    }
    if (!any) facetsEl.append(h('p', { class: 'muted' }, t('facets.none')));
    if (focused) {
      const box = [...facetsEl.querySelectorAll('input[type=checkbox]')].find((b) => b.name === focused.name && b.value === focused.value);
      box?.focus();
    }
  }

  function onFacetChange(e) {
    const { name, value, checked } = e.target;
    const cur = state.filters[name].filter((v) => v !== value);
    if (checked) cur.push(value);
    go({ ...state, filters: { ...state.filters, [name]: cur }, page: 1 });
  }

  function renderChips() {
    clear(chipsEl);
    if (!hasFilters(state)) return;
    const ul = h('ul', { class: 'chips', 'aria-label': t('facets.active') });
    for (const f of FACETS) {
      for (const v of state.filters[f]) {
        const label = facetLabel(f, { value: v, label: labelCache[f]?.[v] ?? v });
        ul.append(h('li', null, h('button', {
          type: 'button', class: 'chip',
          'aria-label': t('facets.remove', { facet: t(`facet.${f}`), value: label }),
          onclick: () => go({ ...state, filters: { ...state.filters, [f]: state.filters[f].filter((x) => x !== v) }, page: 1 }),
        }, `${t(`facet.${f}`)}: ${label}`, h('span', { 'aria-hidden': 'true' }, ' ×'))));
      }
    }
    ul.append(h('li', null, h('button', {
      type: 'button', class: 'link-button',
      onclick: () => go({ ...state, filters: Object.fromEntries(FACETS.map((f) => [f, []])), page: 1 }),
    }, t('facets.clear'))));
    chipsEl.append(ul);
  }

  // ---- results ----
  function resultCard(hit) {
    const talk = hit.talk || {};
    const id = enc(talk.id);
    const pages = Array.isArray(hit.pages) ? hit.pages : [];
    const best = pages[0] || { file: 1, number: 1 };
    let thumb = null;
    if (hasPageImages(talk, best.file)) { // no matching page (empty query): the cover
      const img = h('img', { src: pageImageUrl(talk, best.file, best.number), alt: '', loading: 'lazy', decoding: 'async', width: '160', height: '90' });
      thumb = h('a', { class: 'result-thumb', href: `/talks/${id}#${slideId(best.file, best.number)}`, tabindex: '-1', 'aria-hidden': 'true' }, img);
      watchPageImage(img, {
        placeholder: () => h('span', { class: 'thumb-placeholder' }, t('image.pending')),
        onNone: () => thumb.remove(),
      });
    }

    const body = h('div', { class: 'result-body' },
      h('h3', { class: 'result-title' }, h('a', { href: `/talks/${id}` }, talk.title || t('untitled'))),
      h('p', { class: 'result-meta' }, meetupLine(talk.meetup)),
      talk.speakers?.length ? h('p', { class: 'result-speakers' }, speakerLinks(talk.speakers)) : null);
    if (pages.length) {
      body.append(h('ul', { class: 'result-slides', 'aria-label': t('search.matchingSlides') }, pages.map((p) =>
        h('li', null, h('a', { class: 'slide-link', href: `/talks/${id}#${slideId(p.file, p.number)}` },
          h('span', { class: 'slide-no' }, (p.file || 1) > 1 ? t('slide.numberFile', { file: p.file, n: p.number }) : t('slide.number', { n: p.number })),
          ' ', snippet(p.snippet))))));
    } else if (talk.abstract) {
      const a = String(talk.abstract);
      body.append(h('p', { class: 'result-abstract' }, a.length > 240 ? `${a.slice(0, 240)}…` : a));
    }
    return h('li', null, h('article', { class: 'result' }, body, thumb));
  }

  function renderMessages(res) {
    clear(messagesEl);
    if (res.didYouMean) {
      const dym = { ...state, q: res.didYouMean, page: 1 };
      messagesEl.append(h('p', { id: 'did-you-mean', class: 'did-you-mean' }, t('search.didYouMean'), ' ',
        h('a', { href: stateUrl(dym) }, res.didYouMean), '?'));
    }
    if (res.notice) messagesEl.append(h('p', { class: 'notice', role: 'note' }, res.notice));
    if (res.total > 0 && res.matchedAll === 0) {
      messagesEl.append(h('p', { id: 'partial-matches', class: 'notice', role: 'note' }, t('search.partial')));
    }
  }

  function renderZero() {
    return h('div', { class: 'zero' },
      h('h3', null, state.q ? t('zero.title', { q: state.q }) : t('zero.titleEmpty')),
      h('ul', null,
        h('li', null, t('zero.spelling')),
        hasFilters(state) ? h('li', null, t('zero.filters'), ' ',
          h('a', { href: stateUrl({ ...state, filters: Object.fromEntries(FACETS.map((f) => [f, []])), page: 1 }) }, t('facets.clear'))) : h('li', null, t('zero.fewer')),
        h('li', null, t('zero.syntax'))));
  }

  function renderPager(res) {
    clear(pagerEl);
    const size = res.size || SIZE;
    const pages = Math.ceil((res.total || 0) / size);
    if (pages <= 1) return;
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
    pagerEl.append(h('nav', { class: 'pager', 'aria-label': t('pager.label') }, h('ul', null, items)));
  }

  // ---- search ----
  async function runSearch() {
    searchCtl?.abort();
    searchCtl = new AbortController();
    const signal = searchCtl.signal;
    setTitle(state.q ? t('search.titleQuery', { q: state.q }) : null);
    renderChips();
    resultsCol.setAttribute('aria-busy', 'true');
    resultsCol.classList.add('is-loading');
    if (!lastResult) { clear(resultsEl).append(loading(t('search.searching'))); }
    else statusEl.textContent = t('search.searching');
    timeline.load(state.q);
    try {
      const res = await api('/api/search', {
        params: { q: state.q, ...state.filters, sort: state.sort, page: state.page, size: SIZE },
        signal,
      });
      lastResult = res;
      const hits = res.hits || [];
      statusEl.textContent = res.total
        ? t('search.status', { n: res.total, ms: res.tookMs ?? '?', from: (state.page - 1) * (res.size || SIZE) + 1, to: (state.page - 1) * (res.size || SIZE) + hits.length })
        : t('search.statusNone');
      renderMessages(res);
      renderFacets(res.facets || {});
      renderChips();
      clear(resultsEl);
      if (!hits.length) resultsEl.append(renderZero());
      else resultsEl.append(h('ol', { class: 'results', start: String((state.page - 1) * (res.size || SIZE) + 1) }, hits.map(resultCard)));
      renderPager(res);
      // Lets anyone (and the render benchmark) read when results first showed: performance.getEntriesByName.
      performance.mark?.('lectern:results');
    } catch (err) {
      if (isAbort(err)) return;
      lastResult = null;
      statusEl.textContent = '';
      clear(messagesEl);
      clear(pagerEl);
      // An empty query may be rejected by the server: show a welcome instead of an error.
      clear(resultsEl).append(!state.q.trim() && !hasFilters(state) && err.status >= 400 && err.status < 500
        ? h('div', { class: 'zero' }, h('h3', null, t('search.welcome')), h('p', null, t('search.welcomeBody')))
        : errorBox(err, runSearch));
    } finally {
      if (!signal.aborted) {
        resultsCol.removeAttribute('aria-busy');
        resultsCol.classList.remove('is-loading');
      }
    }
  }

  runSearch();

  return {
    update(url, { pop, focus } = {}) {
      if (focus && !input.contains(document.activeElement)) {
        resultsCol.querySelector('#results-heading').focus({ preventScroll: true });
        if (resultsCol.getBoundingClientRect().top < 0) resultsCol.scrollIntoView({ block: 'start' });
      }
      const next = readState(url);
      if (pop || document.activeElement !== input) input.value = next.q;
      if (pop) typingEntry = false;
      sortSel.value = next.sort;
      const changed = stateUrl(next) !== stateUrl(state);
      state = next;
      if (changed || pop) runSearch();
    },
    destroy() {
      onTyping.cancel();
      searchCtl?.abort();
      suggestCtl?.abort();
      timeline.abort();
    },
  };
}
