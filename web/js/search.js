// Search page: the box with its suggestions, filters, timeline, results and pager, put together.
// All state lives in the URL (search-state.js); typing searches as you go.
import { h, clear, debounce, setTitle } from './dom.js';
import { api, isAbort } from './api.js';
import { t } from './i18n.js';
import { loading, errorBox } from './views.js';
import { SORTS, SIZE, readState, stateUrl, hasFilters } from './search-state.js';
import { createSuggestions } from './suggest.js';
import { createFilters } from './facets.js';
import { createTimeline } from './timeline.js';
import { syntaxHelp } from './syntax-help.js';
import { resultCard, messages, zeroResults, pager } from './results.js';

export function render(ctx) {
  const { main, navigate } = ctx;
  let state = readState(ctx.url);
  let lastResult = null;
  let searchCtl = null;
  let typingEntry = false; // current history entry was created by typing
  const labels = {}; // facet -> value -> label (for active filter chips)

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

  const statusEl = h('p', { id: 'result-status', class: 'result-status', role: 'status', 'aria-live': 'polite' });
  const sortSel = h('select', { id: 'sort', name: 'sort' },
    SORTS.map((s) => h('option', { value: s, selected: s === state.sort }, t(`sort.${s}`))));
  const toolbar = h('div', { class: 'toolbar' }, statusEl,
    h('span', { class: 'sort' }, h('label', { for: 'sort' }, t('sort.label')), ' ', sortSel));
  const messagesEl = h('div', { class: 'messages' });
  const resultsEl = h('div', { class: 'results-wrap' });
  const pagerEl = h('div', { class: 'pager-wrap' });
  const filters = createFilters({ getState: () => state, go: (next) => go(next), labels });
  const timeline = createTimeline({
    href: (id) => stateUrl({ ...state, filters: { ...state.filters, meetup: [id] }, page: 1 }),
    selected: (id) => state.filters.meetup.includes(id),
    label: (id, title) => { labels.meetup = { ...(labels.meetup || {}), [id]: title }; },
  });
  const facetsPanel = h('details', { class: 'facets-panel', open: !matchMedia('(max-width: 47.99em)').matches },
    h('summary', null, t('facets.title')), filters.facetsEl);
  const resultsCol = h('section', { class: 'results-col', 'aria-labelledby': 'results-heading' },
    h('h2', { id: 'results-heading', class: 'visually-hidden', tabindex: '-1' }, t('search.results')),
    toolbar, filters.chipsEl, messagesEl, timeline.el, resultsEl, pagerEl);

  clear(main).append(h('div', { class: 'search-page' },
    h('h1', { class: 'visually-hidden' }, t('search.title')),
    form, syntaxHelp(),
    h('div', { class: 'search-layout' },
      h('aside', { class: 'facets-col', 'aria-label': t('facets.title') }, facetsPanel),
      resultsCol)));

  function go(next, { replace = false, typing = false } = {}) {
    const doReplace = replace || (typing && typingEntry);
    typingEntry = typing;
    navigate(stateUrl(next), { replace: doReplace, keepFocus: true });
  }

  // ---- the box: search as you type, suggestions ----
  const suggest = createSuggestions(input, listbox, { navigate, search: (q) => go({ ...state, q, page: 1 }) });
  const onTyping = debounce(() => {
    const q = input.value;
    suggest.fetch(q);
    if (q !== state.q) go({ ...state, q, page: 1 }, { typing: true });
  }, 200);

  input.addEventListener('input', onTyping);
  input.addEventListener('keydown', (e) => {
    if (suggest.onKey(e)) return;
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      focusResult(0);
    } else if (e.key === 'Escape' && input.value) {
      input.value = '';
      onTyping();
    }
  });

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    onTyping.cancel();
    suggest.close();
    typingEntry = false;
    const q = input.value;
    if (q === state.q) runSearch(); else go({ ...state, q, page: 1 });
  });

  sortSel.addEventListener('change', () => go({ ...state, sort: sortSel.value, page: 1 }));

  // Arrow keys move between result cards.
  function focusResult(i) {
    const links = [...resultsEl.querySelectorAll('.result .result-title a')];
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

  function showAnswer(res) {
    const hits = res.hits || [];
    const first = (state.page - 1) * (res.size || SIZE) + 1;
    statusEl.textContent = res.total
      ? t('search.status', { n: res.total, ms: res.tookMs ?? '?', from: first, to: first + hits.length - 1 })
      : t('search.statusNone');
    messagesEl.replaceChildren(...messages(res, state));
    filters.renderFacets(res.facets || {});
    filters.renderChips();
    clear(resultsEl).append(hits.length
      ? h('ol', { class: 'results', start: String(first) }, hits.map(resultCard))
      : zeroResults(state));
    const pages = pager(res, state);
    clear(pagerEl);
    if (pages) pagerEl.append(pages);
  }

  function showFailure(err) {
    lastResult = null;
    statusEl.textContent = '';
    clear(messagesEl);
    clear(pagerEl);
    // An empty query may be rejected by the server: show a welcome instead of an error.
    clear(resultsEl).append(!state.q.trim() && !hasFilters(state) && err.status >= 400 && err.status < 500
      ? h('div', { class: 'zero' }, h('h3', null, t('search.welcome')), h('p', null, t('search.welcomeBody')))
      : errorBox(err, runSearch));
  }

  async function runSearch() {
    searchCtl?.abort();
    searchCtl = new AbortController();
    const signal = searchCtl.signal;
    setTitle(state.q ? t('search.titleQuery', { q: state.q }) : null);
    filters.renderChips();
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
      showAnswer(res);
      // Lets anyone (and the render benchmark) read when results first showed: performance.getEntriesByName.
      performance.mark?.('lectern:results');
    } catch (err) {
      if (isAbort(err)) return;
      showFailure(err);
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
      suggest.abort();
      timeline.abort();
    },
  };
}
