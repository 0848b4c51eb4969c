// Review page: what Lectern is least sure of, each with one-click accept (the guess is declared
// in talk.json and so stops being a guess) or edit (the talk's or meetup's page with its editor open).
import { h, clear, enc, setTitle } from './dom.js';
import { api, isAbort } from './api.js';
import { t } from './i18n.js';
import { loading, errorBox } from './views.js';
import { organizer } from './curate.js';

/** What accepting declares: the guessed title, or the speakers as they are shown now. */
async function accept(item, signal) {
  if (item.kind === 'same-speaker?') {
    // One person: the first name stays, the second becomes its alias in the archive's speakers.json.
    const [name, alias] = String(item.subject).split(' / ');
    await api('/api/speakers', { json: { name, aliases: [alias] }, signal });
  } else if (item.kind === 'uncertain-title') {
    await api(`/api/talks/${enc(item.talkId)}`, { method: 'PATCH', json: { title: item.value }, signal });
  } else {
    const talk = await api(`/api/talks/${enc(item.talkId)}`, { signal });
    const speakers = (talk.speakers || []).map((s) => ({ name: s.name, affiliation: s.affiliation || '' }));
    await api(`/api/talks/${enc(item.talkId)}`, { method: 'PATCH', json: { speakers }, signal });
  }
}

function editHref(item) {
  if (item.talkId) return `/talks/${enc(item.talkId)}?edit=1`;
  if (item.meetupId) return `/meetups/${enc(item.meetupId)}`;
  return `/speakers/${enc(item.value)}`;
}

function itemRow(item, signal) {
  const status = h('span', { class: 'muted', role: 'status' });
  const acceptable = ['uncertain-title', 'uncertain-speaker', 'same-speaker?'].includes(item.kind);
  const acceptBtn = acceptable ? h('button', { type: 'button', class: 'btn btn-small review-accept' }, t('review.accept')) : null;
  const row = h('li', { class: 'review-item', dataset: { kind: item.kind, talk: item.talkId || '' } },
    h('span', { class: 'badge' }, t(`review.kind.${item.kind}`)), ' ',
    h('strong', { class: 'review-subject' }, item.subject || item.value || '—'),
    item.value && item.value !== item.subject ? h('span', null, ` → ${item.value}`) : null,
    item.source && item.source !== 'none'
      ? h('span', { class: 'muted' }, ` (${t('review.source', { source: item.source, percent: Math.round(item.confidence * 100) })})`) : null,
    ' ', acceptBtn, ' ', h('a', { class: 'btn btn-small review-edit', href: editHref(item) }, t('review.edit')), ' ', status);
  acceptBtn?.addEventListener('click', async () => {
    acceptBtn.disabled = true;
    try {
      await accept(item, signal);
      status.textContent = t('review.accepted');
      row.classList.add('review-done');
      acceptBtn.remove();
    } catch (err) {
      if (isAbort(err)) return;
      status.textContent = err.message;
      acceptBtn.disabled = false;
    }
  });
  return row;
}

export function render(ctx) {
  const { main } = ctx;
  const ctl = new AbortController();
  setTitle(t('review.title'));

  async function load() {
    clear(main).append(h('h1', { tabindex: '-1' }, t('review.title')), loading());
    if (!(await organizer())) {
      main.lastChild.replaceWith(h('p', { class: 'card narrow' }, t('review.signIn'), ' ',
        h('a', { href: '/login' }, t('review.signInLink'))));
      return;
    }
    let items;
    try {
      items = await api('/api/review', { signal: ctl.signal });
    } catch (err) {
      if (!isAbort(err)) main.lastChild.replaceWith(errorBox(err, load));
      return;
    }
    items = Array.isArray(items) ? items : [];
    main.lastChild.replaceWith(h('div', { class: 'review' },
      h('p', { class: 'muted' }, t('review.intro')),
      h('p', null, items.length ? t('review.count', { n: items.length }) : t('review.empty')),
      h('ul', { class: 'review-list' }, items.map((item) => itemRow(item, ctl.signal)))));
  }
  load();
  return { destroy() { ctl.abort(); } };
}
