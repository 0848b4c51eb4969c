// "Across meetups" for a query: a one-line sparkline with a summary that opens, on demand, into the
// bar chart (one bar per dated meetup, each a link filtering by that meetup). Talks whose meetup has
// no date cannot be placed on it; they are counted beside it.
import { h, svg, clear } from './dom.js';
import { api, isAbort } from './api.js';
import { t } from './i18n.js';
import { yearOf, formatDate } from './views.js';

let expanded = false; // kept while searching, so an opened chart stays open for the next query

function sparkline(pts) {
  const W = 120, H = 24;
  const max = Math.max(1, ...pts.map((p) => p.talks || 0));
  const slot = W / pts.length;
  const bw = Math.max(1, Math.min(8, slot * 0.7));
  return svg('svg', { viewBox: `0 0 ${W} ${H}`, class: 'sparkline', width: W, height: H, 'aria-hidden': 'true', focusable: 'false' },
    pts.map((p, i) => {
      const bh = Math.max(2, ((p.talks || 0) / max) * (H - 2));
      return svg('rect', { x: slot * i + (slot - bw) / 2, y: H - bh, width: bw, height: bh, rx: 1 });
    }));
}

function summaryText(pts, undated) {
  const parts = [];
  if (pts.length) {
    parts.push(t('timeline.meetups', { n: pts.length }));
    const first = yearOf(pts[0].meetup.date);
    const last = yearOf(pts[pts.length - 1].meetup.date);
    if (first) parts.push(first === last ? first : `${first}–${last}`);
  }
  if (undated.talks) parts.push(t('timeline.undated', { n: undated.talks }));
  return parts.join(' · ');
}

/**
 * The timeline's element and its loader. `links` gives what the bars need from the search page:
 * `href(meetupId)`, `selected(meetupId)` and `label(meetupId, title)` (remembers a meetup's name).
 */
export function createTimeline(links) {
  const el = h('div', { id: 'timeline', class: 'timeline', hidden: true });
  let ctl = null;

  function chart(q, pts) {
    const W = 640, H = 120, top = 8, bottom = 22, left = 4, right = 4;
    const max = Math.max(1, ...pts.map((p) => p.talks || 0));
    const slot = (W - left - right) / pts.length;
    const bw = Math.max(2, Math.min(28, slot * 0.7));
    const out = svg('svg', { viewBox: `0 0 ${W} ${H}`, class: 'timeline-svg', role: 'group', 'aria-label': t('timeline.label', { q }) });
    out.append(svg('line', { x1: left, x2: W - right, y1: H - bottom, y2: H - bottom, class: 'axis' }));
    let lastYear = '';
    let lastLabelX = -100;
    pts.forEach((p, i) => {
      const m = p.meetup;
      const x = left + slot * i + (slot - bw) / 2;
      const bh = Math.max(p.talks ? 3 : 1, ((p.talks || 0) / max) * (H - top - bottom));
      const y = H - bottom - bh;
      const label = t('timeline.bar', { meetup: m.title || m.id, date: m.date ? formatDate(m.date) : '', talks: p.talks || 0, pages: p.pages || 0 });
      if (m.title) links.label(String(m.id), m.title);
      out.append(svg('a', { href: links.href(String(m.id)), 'aria-label': label, class: links.selected(String(m.id)) ? 'bar selected' : 'bar' },
        svg('title', null, label),
        svg('rect', { x: left + slot * i, y: top, width: slot, height: H - top - bottom, class: 'hit' }),
        svg('rect', { x, y, width: bw, height: bh, rx: 2 })));
      const year = yearOf(m.date);
      if (year && year !== lastYear && x - lastLabelX > 34) {
        out.append(svg('text', { x: x + bw / 2, y: H - 6, class: 'tick', 'text-anchor': 'middle' }, year));
        lastLabelX = x;
      }
      if (year) lastYear = year;
    });
    return out;
  }

  function render(q, points, undated) {
    clear(el);
    const pts = points.filter((p) => p && p.meetup);
    if (!pts.length && !undated.talks) { el.hidden = true; return; }
    el.hidden = false;
    const details = h('details', { class: 'timeline-details', open: expanded && pts.length > 0 },
      h('summary', { class: 'timeline-summary' },
        h('span', { class: 'timeline-title' }, t('timeline.title')),
        pts.length ? sparkline(pts) : null,
        h('span', { class: 'timeline-facts muted' }, summaryText(pts, undated))));
    if (pts.length) {
      details.append(chart(q, pts));
      details.addEventListener('toggle', () => { expanded = details.open; });
    }
    if (undated.talks) details.append(h('p', { class: 'timeline-undated muted' }, t('timeline.undatedLong', { n: undated.talks })));
    el.append(details);
  }

  async function load(q) {
    ctl?.abort();
    if (!q.trim()) { el.hidden = true; clear(el); return; }
    ctl = new AbortController();
    try {
      const res = await api('/api/trend', { params: { q }, signal: ctl.signal });
      render(q, res?.points || [], { talks: res?.undated?.talks || 0, pages: res?.undated?.pages || 0 });
    } catch (err) {
      if (!isAbort(err)) { el.hidden = true; clear(el); }
    }
  }

  return { el, load, abort: () => ctl?.abort() };
}
