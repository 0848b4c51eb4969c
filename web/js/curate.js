// Organizers' curation in place: a talk's, meetup's or series' details are edited where they are
// shown, and written to talk.json / meetup.json / series.json by the server.
import { h, clear, enc } from './dom.js';
import { api, isAbort, setCsrf, mayBeOrganizer } from './api.js';
import { t, addStrings } from './i18n.js';
import { CURATE_STRINGS } from './curate-strings.js';

addStrings(CURATE_STRINGS);

/** The signed-in organizer, or null; readers never ask (no 401 on their pages). */
export async function organizer() {
  if (!mayBeOrganizer()) return null;
  try {
    const s = await api('/api/session');
    setCsrf(s?.csrf);
    return s?.user ? s : null;
  } catch (err) {
    if (!isAbort(err) && (err.status === 401 || err.status === 403)) setCsrf(null);
    return null;
  }
}

function field(id, label, input, hint) {
  if (hint) input.setAttribute('aria-describedby', `${id}-hint`);
  return h('div', { class: 'field' }, h('label', { for: id }, label), input,
    hint ? h('p', { id: `${id}-hint`, class: 'muted field-hint' }, hint) : null);
}

function textInput(id, value, extra = {}) {
  return h('input', { id, name: id, type: 'text', value: value ?? '', autocomplete: 'off', ...extra });
}

/** Where Lectern got a guessed value and how sure it is, so an organizer knows what to check. */
function provenanceHint(source) {
  if (!source || source.source === 'declared') return null;
  if (source.source === 'none' || !source.confidence) return t('curate.notFound');
  return t('curate.guessed', { source: source.source, percent: Math.round((source.confidence ?? 0) * 100) });
}

function speakerRow(list, speaker = {}) {
  const n = list.children.length + 1;
  const name = textInput(`curate-speaker-${n}`, speaker.name, { class: 'speaker-name', 'aria-label': t('curate.speakerName', { n }) });
  const affiliation = textInput(`curate-affiliation-${n}`, speaker.affiliation,
    { class: 'speaker-affiliation', 'aria-label': t('curate.speakerAffiliation', { n }), placeholder: t('curate.affiliation') });
  const remove = h('button', { type: 'button', class: 'btn btn-small' }, t('curate.removeSpeaker'));
  const row = h('li', { class: 'speaker-row' }, name, affiliation, remove);
  remove.addEventListener('click', () => { row.remove(); list.querySelector('input')?.focus(); });
  list.append(row);
  return name;
}

function speakersOf(list) {
  return [...list.querySelectorAll('.speaker-row')].map((row) => ({
    name: row.querySelector('.speaker-name').value.trim(),
    affiliation: row.querySelector('.speaker-affiliation').value.trim(),
  })).filter((s) => s.name);
}

/** Only what changed goes to the server: an unchanged guess stays a guess. */
function changes(before, after) {
  const patch = {};
  for (const [k, v] of Object.entries(after)) {
    if (JSON.stringify(v) !== JSON.stringify(before[k])) patch[k] = v;
  }
  return patch;
}

/**
 * A form in place of `host`'s content. `fields` build inputs; `read` turns them into the values to
 * compare with `before`; `save(patch)` writes. Cancel or Escape puts the page back as it was.
 */
function editForm(host, { title, fields, read, before, save, opener }) {
  const kept = [...host.childNodes];
  const error = h('div', { class: 'form-error', role: 'alert' });
  const saveBtn = h('button', { type: 'submit', class: 'btn btn-primary', id: 'curate-save' }, t('curate.save'));
  const cancel = h('button', { type: 'button', class: 'btn', id: 'curate-cancel' }, t('curate.cancel'));
  const form = h('form', { class: 'card curate-form', 'aria-label': title }, h('h2', null, title), fields, error,
    h('p', { class: 'form-actions' }, saveBtn, ' ', cancel));
  const close = () => { host.replaceChildren(...kept); opener?.focus(); };
  cancel.addEventListener('click', close);
  form.addEventListener('keydown', (e) => { if (e.key === 'Escape') { e.preventDefault(); close(); } });
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    clear(error);
    const patch = changes(before, read());
    if (!Object.keys(patch).length) { close(); return; }
    saveBtn.disabled = true;
    try {
      await save(patch);
    } catch (err) {
      if (isAbort(err)) return;
      error.textContent = err.message;
      saveBtn.disabled = false;
    }
  });
  host.replaceChildren(form);
  form.querySelector('input')?.focus();
}

function editButton(id, label, open) {
  const btn = h('button', { type: 'button', class: 'btn btn-small curate-open', id }, label);
  btn.addEventListener('click', () => open(btn));
  return h('p', { class: 'curate-bar' }, btn);
}

/** The meetups a talk can move to, newest first; filled in once the list arrives. */
function meetupSelect(current) {
  const label = (m) => [m.title || m.id, m.date].filter(Boolean).join(' · ');
  const select = h('select', { id: 'curate-meetup', name: 'curate-meetup' },
    h('option', { value: current?.id || '', selected: true }, label(current || {})));
  api('/api/meetups').then((list) => {
    const sorted = (Array.isArray(list) ? list : []).slice()
      .sort((a, b) => String(b.date || '').localeCompare(String(a.date || '')));
    select.replaceChildren(...sorted.map((m) => h('option', { value: m.id, selected: m.id === current?.id }, label(m))));
  }).catch(() => { /* the current meetup stays the one choice */ });
  return select;
}

/** Talk page: title, speakers with affiliation, date, tags and language. `reload` redraws the page. */
export async function attachTalkEditor(header, talk, reload) {
  if (!(await organizer()) || !header.isConnected) return;
  const before = {
    title: talk.title || '',
    speakers: (talk.speakers || []).map((s) => ({ name: s.name, affiliation: s.affiliation || '' })),
    date: talk.date || '',
    tags: talk.tags || [],
    language: talk.language || '',
    meetup: talk.meetup?.id || '',
  };
  const open = (opener) => {
    const meetup = meetupSelect(talk.meetup);
    const title = textInput('curate-title', before.title, { required: true, maxlength: '300' });
    const speakers = h('ul', { class: 'speaker-rows' });
    before.speakers.forEach((s) => speakerRow(speakers, s));
    const add = h('button', { type: 'button', class: 'btn btn-small', id: 'curate-add-speaker' }, t('curate.addSpeaker'));
    add.addEventListener('click', () => speakerRow(speakers).focus());
    const date = textInput('curate-date', before.date, { placeholder: 'YYYY-MM-DD', pattern: '\\d{4}(-\\d{2}){0,2}' });
    const tags = textInput('curate-tags', before.tags.join(', '));
    const language = textInput('curate-language', before.language, { placeholder: 'en, zh', maxlength: '20' });
    const p = talk.provenance || {};
    editForm(header, {
      title: t('curate.editTalk'),
      opener,
      before,
      fields: [
        field('curate-title', t('curate.title'), title, provenanceHint(p.title)),
        h('fieldset', { class: 'field' }, h('legend', null, t('curate.speakers')),
          provenanceHint(p.speakers) ? h('p', { class: 'muted field-hint' }, provenanceHint(p.speakers)) : null,
          speakers, add),
        field('curate-date', t('curate.date'), date, provenanceHint(p.date)),
        field('curate-tags', t('curate.tags'), tags, t('curate.tagsHint')),
        field('curate-language', t('curate.language'), language),
        field('curate-meetup', t('curate.meetup'), meetup, t('curate.meetupHint')),
      ],
      read: () => ({
        title: title.value.trim(),
        speakers: speakersOf(speakers),
        date: date.value.trim(),
        tags: tags.value.split(',').map((x) => x.trim()).filter(Boolean),
        language: language.value.trim(),
        meetup: meetup.value,
      }),
      save: async (patch) => {
        if (patch.date === '') delete patch.date;
        const saved = await api(`/api/talks/${enc(talk.id)}`, { method: 'PATCH', json: patch });
        if (saved?.id && saved.id !== talk.id) {
          // Moved to another meetup: its id follows its folder, so the page moves with it.
          history.replaceState(null, '', `/talks/${enc(saved.id)}`);
          window.dispatchEvent(new PopStateEvent('popstate'));
        } else {
          reload();
        }
      },
    });
  };
  header.append(editButton('edit-talk', t('curate.editTalk'), open));
  // Opened from the review page: once, so the page after saving shows the talk, not the form again.
  const url = new URL(location.href);
  if (url.searchParams.get('edit') === '1') {
    url.searchParams.delete('edit');
    history.replaceState(null, '', url.pathname + url.search + url.hash);
    header.querySelector('#edit-talk')?.click();
  }
}

/** Meetup or series page: name, date (meetups) and city. `redraw(updated)` shows the saved values. */
export async function attachPlaceEditor(host, item, { kind, redraw }) {
  if (!(await organizer()) || !host.isConnected) return;
  const isSeries = kind === 'series';
  const before = isSeries ? { title: item.title || '', city: item.city || '' }
    : { title: item.title || '', date: item.date || '', city: item.city || '' };
  const open = (opener) => {
    const title = textInput('curate-title', before.title, { required: true, maxlength: '300' });
    const city = textInput('curate-city', before.city, { maxlength: '300' });
    const date = isSeries ? null : textInput('curate-date', before.date, { placeholder: 'YYYY-MM-DD', pattern: '\\d{4}(-\\d{2}){0,2}' });
    editForm(host, {
      title: t(isSeries ? 'curate.editSeries' : 'curate.editMeetup'),
      opener,
      before,
      fields: [field('curate-title', t('curate.name'), title), date ? field('curate-date', t('curate.date'), date) : null,
        field('curate-city', t('curate.city'), city)],
      read: () => (isSeries ? { title: title.value.trim(), city: city.value.trim() }
        : { title: title.value.trim(), date: date.value.trim(), city: city.value.trim() }),
      save: async (patch) => {
        if (patch.date === '') delete patch.date;
        const path = isSeries ? `/api/series/${enc(item.id)}` : `/api/meetups/${enc(item.id)}`;
        const saved = await api(path, { method: 'PATCH', json: patch });
        redraw({ ...item, ...patch, ...(isSeries ? {} : saved) });
      },
    });
  };
  host.append(editButton(isSeries ? 'edit-series' : 'edit-meetup', t(isSeries ? 'curate.editSeries' : 'curate.editMeetup'), open));
}
