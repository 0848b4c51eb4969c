// Suggestions under the search box: an ARIA combobox whose list comes from /api/suggest.
import { h, clear, enc } from './dom.js';
import { api, isAbort } from './api.js';
import { t } from './i18n.js';

/**
 * Drives `listbox` as the suggestion list of `input`. A talk, speaker or meetup suggestion opens its
 * page (`navigate`); any other is searched for (`search(text)`).
 */
export function createSuggestions(input, listbox, { navigate, search }) {
  let suggestions = [];
  let active = -1;
  let ctl = null;

  function close() {
    suggestions = [];
    active = -1;
    clear(listbox);
    listbox.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
  }

  function render() {
    clear(listbox);
    if (!suggestions.length || document.activeElement !== input) { close(); return; }
    suggestions.forEach((s, i) => {
      listbox.append(h('li', {
        id: `suggestion-${i}`, role: 'option', class: 'suggestion',
        'aria-selected': i === active ? 'true' : 'false',
        onmousedown: (e) => e.preventDefault(),
        onclick: () => choose(i),
      }, h('span', { class: 'suggestion-text' }, s.text), h('span', { class: 'suggestion-kind' }, t(`kind.${s.kind}`) || s.kind)));
    });
    listbox.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    if (active >= 0) input.setAttribute('aria-activedescendant', `suggestion-${active}`);
    else input.removeAttribute('aria-activedescendant');
  }

  function choose(i) {
    const s = suggestions[i];
    if (!s) return;
    close();
    if (s.id && s.kind === 'title') return navigate(`/talks/${enc(s.id)}`);
    if (s.id && s.kind === 'speaker') return navigate(`/speakers/${enc(s.id)}`);
    if (s.id && s.kind === 'meetup') return navigate(`/meetups/${enc(s.id)}`);
    input.value = s.text;
    search(s.text);
  }

  async function fetch(q) {
    ctl?.abort();
    if (!q.trim()) { close(); return; }
    ctl = new AbortController();
    try {
      const res = await api('/api/suggest', { params: { q }, signal: ctl.signal });
      if (input.value !== q) return;
      suggestions = (res?.suggestions || []).slice(0, 10);
      active = -1;
      render();
    } catch (err) {
      if (!isAbort(err)) close(); // suggestions are best-effort
    }
  }

  /** Handles a key pressed in the box; true when the open list used it. */
  function onKey(e) {
    const open = !listbox.hidden && suggestions.length > 0;
    if (!open) return false;
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      if (active < suggestions.length - 1) { active++; render(); }
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      active = Math.max(-1, active - 1);
      render();
    } else if (e.key === 'Enter' && active >= 0) {
      e.preventDefault();
      choose(active);
    } else if (e.key === 'Escape') {
      e.preventDefault();
      close();
    } else {
      return false;
    }
    return true;
  }

  input.addEventListener('blur', () => setTimeout(close, 100));
  return { close, fetch, onKey, abort: () => ctl?.abort() };
}
