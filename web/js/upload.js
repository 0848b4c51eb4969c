// Upload page: organizer login, drag-and-drop files, metadata form,
// XHR upload with per-file progress, then per-file extraction reports.
import { h, clear, enc, setTitle, formatBytes } from './dom.js';
import { api, isAbort, setCsrf, getCsrf, errorMessage } from './api.js';
import { t } from './i18n.js';
import { loading, errorBox } from './views.js';
import './curate.js';

const ACCEPT = '.pdf,.pptx,.ppt,.key,.odp,.md,.html,.txt';
const LANGS = ['', 'en', 'zh', 'ja', 'ko', 'de', 'fr', 'es'];
const POLL_MS = 1500;
const POLL_MAX = 400;

export function render(ctx) {
  const { main } = ctx;
  const ctl = new AbortController();
  let pollTimer = null;
  let xhr = null;
  setTitle(t('nav.upload'));

  async function start() {
    clear(main).append(h('h1', { tabindex: '-1' }, t('upload.title')), loading());
    try {
      const health = await api('/health', { signal: ctl.signal });
      if (health?.readOnly) {
        main.lastChild.replaceWith(h('p', { id: 'read-only', class: 'card narrow', role: 'status' }, t('upload.readOnly')));
        return;
      }
      const s = await api('/api/session', { signal: ctl.signal });
      setCsrf(s?.csrf);
      showUpload(s?.user);
    } catch (err) {
      if (isAbort(err)) return;
      if (err.status === 401 || err.status === 403 || err.status === 404) showLogin();
      else main.lastChild.replaceWith(errorBox(err, start));
    }
  }

  function showLogin(message) {
    setTitle(t('login.title'));
    const token = h('input', { id: 'token', name: 'token', type: 'password', autocomplete: 'current-password', required: true, 'aria-describedby': 'token-hint' });
    const err = h('div', { class: 'form-error', role: 'alert' }, message || null);
    const btn = h('button', { type: 'submit', class: 'btn btn-primary' }, t('login.submit'));
    const form = h('form', { id: 'login-form', class: 'card narrow', 'aria-labelledby': 'login-h' },
      h('h2', { id: 'login-h' }, t('login.title')),
      h('p', { id: 'token-hint', class: 'muted' }, t('login.hint')),
      h('div', { class: 'field' }, h('label', { for: 'token' }, t('login.token')), token),
      err, btn);
    form.addEventListener('submit', async (e) => {
      e.preventDefault();
      clear(err);
      if (!token.value.trim()) { err.textContent = t('login.required'); token.focus(); return; }
      btn.disabled = true;
      try {
        const s = await api('/api/login', { json: { token: token.value.trim() }, signal: ctl.signal });
        setCsrf(s?.csrf);
        if (location.pathname === '/login') history.replaceState(null, '', '/upload');
        showUpload(s?.user, true);
      } catch (ex) {
        if (isAbort(ex)) return;
        err.textContent = ex.message;
        btn.disabled = false;
        token.select();
        token.focus();
      }
    });
    clear(main).append(h('h1', { tabindex: '-1' }, t('upload.title')), form);
  }

  async function logout() {
    try { await api('/api/logout', { method: 'POST', signal: ctl.signal }); } catch (err) { if (isAbort(err)) return; }
    setCsrf(null);
    showLogin();
    main.querySelector('#token')?.focus();
  }

  async function showUpload(user, focus) {
    setTitle(t('nav.upload'));
    const files = [];
    const fileInput = h('input', { id: 'upload-files', type: 'file', multiple: true, accept: ACCEPT, class: 'file-input' });
    const fileList = h('ul', { class: 'upload-files', 'aria-label': t('upload.selected') });
    const drop = h('div', { id: 'upload-drop', class: 'drop-zone' },
      h('p', { class: 'drop-title' }, t('upload.dropHere')),
      h('p', null, h('label', { for: 'upload-files' }, t('upload.orChoose')), ' ', fileInput),
      h('p', { class: 'muted' }, t('upload.formats')));

    const addFiles = (list) => {
      for (const f of list) {
        if (files.some((x) => x.file.name === f.name && x.file.size === f.size)) continue;
        files.push({ file: f, el: null, bar: null, report: null });
      }
      renderFiles();
    };
    const renderFiles = () => {
      clear(fileList);
      files.forEach((entry, i) => {
        entry.bar = h('progress', { class: 'upload-progress', max: '100', value: '0', 'aria-label': t('upload.progressOf', { name: entry.file.name }), hidden: true });
        entry.pct = h('span', { class: 'pct muted', 'aria-hidden': 'true' });
        entry.report = h('div', { class: 'upload-report', hidden: true, 'aria-live': 'polite' });
        entry.remove = h('button', { type: 'button', class: 'link-button', 'aria-label': t('upload.removeFile', { name: entry.file.name }), onclick: () => { files.splice(i, 1); renderFiles(); fileInput.focus(); } }, t('upload.remove'));
        entry.el = h('li', { class: 'upload-file' },
          h('span', { class: 'file-name' }, entry.file.name), ' ',
          h('span', { class: 'muted' }, formatBytes(entry.file.size)), ' ',
          entry.remove, entry.bar, entry.pct, entry.report);
        fileList.append(entry.el);
      });
    };
    fileInput.addEventListener('change', () => { addFiles(fileInput.files); fileInput.value = ''; });
    drop.addEventListener('dragover', (e) => { e.preventDefault(); drop.classList.add('dragover'); });
    drop.addEventListener('dragenter', (e) => { e.preventDefault(); drop.classList.add('dragover'); });
    drop.addEventListener('dragleave', (e) => { if (!drop.contains(e.relatedTarget)) drop.classList.remove('dragover'); });
    drop.addEventListener('drop', (e) => {
      e.preventDefault();
      drop.classList.remove('dragover');
      if (e.dataTransfer?.files?.length) addFiles(e.dataTransfer.files);
    });

    // Metadata fields
    const field = (id, label, control, hint) => h('div', { class: 'field' },
      h('label', { for: id }, label), control, hint ? h('p', { id: `${id}-hint`, class: 'hint' }, hint) : null);
    const title = h('input', { id: 'up-title', name: 'title', type: 'text', required: true, autocomplete: 'off' });
    const meetupSel = h('select', { id: 'up-meetup', name: 'meetup' }, h('option', { value: '' }, t('upload.loadingMeetups')));
    const newTitle = h('input', { id: 'up-meetup-title', name: 'meetupTitle', type: 'text' });
    const newDate = h('input', { id: 'up-meetup-date', name: 'meetupDate', type: 'text', inputmode: 'numeric', pattern: '\\d{4}(-\\d{2}(-\\d{2})?)?', placeholder: 'YYYY-MM-DD', 'aria-describedby': 'up-meetup-date-hint' });
    const newCity = h('input', { id: 'up-meetup-city', name: 'meetupCity', type: 'text' });
    const newMeetup = h('fieldset', { class: 'new-meetup', hidden: true },
      h('legend', null, t('upload.newMeetup')),
      field('up-meetup-title', t('upload.meetupTitle'), newTitle),
      field('up-meetup-date', t('upload.meetupDate'), newDate, t('upload.dateHint')),
      field('up-meetup-city', t('upload.meetupCity'), newCity));
    meetupSel.addEventListener('change', () => {
      newMeetup.hidden = meetupSel.value !== '__new';
      newTitle.required = !newMeetup.hidden;
    });
    const speakers = h('textarea', { id: 'up-speakers', name: 'speaker', rows: '3', 'aria-describedby': 'up-speakers-hint' });
    const tags = h('input', { id: 'up-tags', name: 'tags', type: 'text', 'aria-describedby': 'up-tags-hint' });
    const language = h('select', { id: 'up-language', name: 'language' },
      LANGS.map((l) => h('option', { value: l }, l ? `${t(`langName.${l}`)} (${l})` : t('upload.langAuto'))));
    const formError = h('div', { class: 'form-error', role: 'alert' });
    const status = h('p', { class: 'upload-status', role: 'status', 'aria-live': 'polite' });
    const submit = h('button', { type: 'submit', class: 'btn btn-primary' }, t('upload.submit'));

    const form = h('form', { id: 'upload-form', class: 'upload-form', novalidate: true },
      h('fieldset', null, h('legend', null, t('upload.files')), drop, fileList),
      h('fieldset', null, h('legend', null, t('upload.details')),
        field('up-title', t('upload.talkTitle'), title),
        field('up-meetup', t('upload.meetup'), meetupSel),
        newMeetup,
        field('up-speakers', t('upload.speakers'), speakers, t('upload.speakersHint')),
        field('up-tags', t('upload.tags'), tags, t('upload.tagsHint')),
        field('up-language', t('upload.language'), language)),
      formError, submit, status);

    clear(main).append(
      h('h1', { tabindex: '-1' }, t('upload.title')),
      h('p', { class: 'session' }, user ? t('upload.signedInAs', { user }) : t('upload.signedIn'), ' ',
        h('button', { type: 'button', class: 'link-button', onclick: logout }, t('login.logout')), ' · ',
        h('a', { href: '/review', id: 'review-link' }, t('review.title'))),
      form);
    if (focus) main.querySelector('h1').focus();

    // Meetups for the select
    try {
      const list = await api('/api/meetups', { signal: ctl.signal });
      const sorted = (Array.isArray(list) ? list : []).slice().sort((a, b) => String(b.date || '').localeCompare(String(a.date || '')));
      meetupSel.replaceChildren(
        h('option', { value: '' }, t('upload.chooseMeetup')),
        ...sorted.map((m) => h('option', { value: m.id }, [m.title, m.date, m.city].filter(Boolean).join(' · '))),
        h('option', { value: '__new' }, t('upload.newMeetupOption')));
    } catch (err) {
      if (isAbort(err)) return;
      meetupSel.replaceChildren(h('option', { value: '' }, t('upload.chooseMeetup')), h('option', { value: '__new' }, t('upload.newMeetupOption')));
    }

    form.addEventListener('submit', (e) => {
      e.preventDefault();
      clear(formError);
      const problems = [];
      if (!files.length) problems.push([t('upload.needFiles'), fileInput]);
      if (!title.value.trim()) problems.push([t('upload.needTitle'), title]);
      if (meetupSel.value === '__new' && !newTitle.value.trim()) problems.push([t('upload.needMeetupTitle'), newTitle]);
      if (meetupSel.value === '__new' && newDate.value && !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(newDate.value.trim())) problems.push([t('upload.badDate'), newDate]);
      if (problems.length) {
        formError.append(h('ul', null, problems.map(([m]) => h('li', null, m))));
        problems[0][1].focus();
        return;
      }
      const fd = new FormData();
      fd.append('title', title.value.trim());
      if (meetupSel.value === '__new') {
        fd.append('meetupTitle', newTitle.value.trim());
        fd.append('meetupDate', newDate.value.trim());
        fd.append('meetupCity', newCity.value.trim());
      } else if (meetupSel.value) {
        fd.append('meetup', meetupSel.value);
      }
      for (const line of speakers.value.split(/\n/)) if (line.trim()) fd.append('speaker', line.trim());
      if (tags.value.trim()) fd.append('tags', tags.value.trim());
      if (language.value) fd.append('language', language.value);
      for (const f of files) fd.append('file', f.file, f.file.name);
      send(fd);
    });

    function setProgress(loaded, total) {
      // Fields come first, files follow in order: estimate each file's share of the stream.
      const sum = files.reduce((a, f) => a + f.file.size, 0);
      let offset = Math.max(0, total - sum);
      for (const f of files) {
        const size = f.file.size || 1;
        const pct = Math.max(0, Math.min(1, (loaded - offset) / size));
        f.bar.value = Math.round(pct * 100);
        f.pct.textContent = `${Math.round(pct * 100)}%`;
        offset += f.file.size;
      }
    }

    function send(fd) {
      submit.disabled = true;
      form.querySelectorAll('input, select, textarea, .upload-file button').forEach((el) => { el.disabled = true; });
      for (const f of files) { f.bar.hidden = false; f.report.hidden = true; clear(f.report); }
      setProgress(0, 1);
      status.textContent = t('upload.uploading');
      xhr = new XMLHttpRequest();
      xhr.open('POST', '/api/talks');
      xhr.setRequestHeader('Accept', 'application/json');
      if (getCsrf()) xhr.setRequestHeader('X-CSRF-Token', getCsrf());
      xhr.upload.addEventListener('progress', (e) => { if (e.lengthComputable) setProgress(e.loaded, e.total); });
      xhr.upload.addEventListener('load', () => { setProgress(1, 1); files.forEach((f) => { f.bar.value = 100; f.pct.textContent = '100%'; }); status.textContent = t('upload.processing'); });
      xhr.addEventListener('load', () => {
        let body = null;
        try { body = JSON.parse(xhr.responseText); } catch { body = null; }
        if (xhr.status === 401) { showLogin(t('login.expired')); return; }
        if (xhr.status >= 400 || !body) { fail(errorMessage(xhr.status, body)); return; }
        if (body.duplicateOf) {
          const d = body.duplicateOf;
          status.replaceChildren(t('upload.duplicate'), ' ', h('a', { href: `/talks/${enc(d.id)}` }, d.title || d.id));
          done();
          return;
        }
        status.textContent = t('upload.indexing');
        poll(body, 0);
      });
      xhr.addEventListener('error', () => fail(t('error.network')));
      xhr.addEventListener('abort', () => fail(t('upload.aborted')));
      xhr.send(fd);
    }

    function fail(msg) {
      status.textContent = '';
      formError.replaceChildren(h('p', null, msg));
      files.forEach((f) => { f.bar.hidden = true; f.pct.textContent = ''; });
      done();
    }

    function done() {
      submit.disabled = false;
      form.querySelectorAll('input, select, textarea, .upload-file button').forEach((el) => { el.disabled = false; });
    }

    async function poll(talk, n) {
      if (talk.status === 'indexing' && n < POLL_MAX) {
        pollTimer = setTimeout(async () => {
          try {
            const next = await api(`/api/talks/${enc(talk.id)}`, { signal: ctl.signal });
            poll(next, n + 1);
          } catch (err) {
            if (isAbort(err)) return;
            if (n < POLL_MAX) poll(talk, n + 1); else fail(err.message);
          }
        }, POLL_MS);
        return;
      }
      showReport(talk);
    }

    function showReport(talk) {
      const reported = Array.isArray(talk.files) ? talk.files : [];
      files.forEach((f, i) => {
        const base = f.file.name;
        const r = reported.find((x) => String(x.path || '').split('/').pop() === base) || reported[i];
        f.report.hidden = false;
        if (!r) { f.report.replaceChildren(h('span', { class: 'badge badge-warn' }, t('upload.noReport'))); return; }
        const ok = r.status === 'ok' || r.status === 'indexed';
        f.report.className = `upload-report ${ok ? 'ok' : 'problem'}`;
        f.report.replaceChildren(
          h('span', { class: ok ? 'badge badge-ok' : 'badge badge-warn' }, t(`status.${r.status}`)), ' ',
          t('upload.pagesFound', { n: r.pages ?? 0 }),
          r.reason ? h('span', null, ` — ${r.reason}`) : '');
      });
      status.replaceChildren(talk.status === 'indexing' ? t('upload.stillIndexing') : t('upload.done'), ' ',
        h('a', { href: `/talks/${enc(talk.id)}` }, talk.title || talk.id));
      files.forEach((f) => { f.remove.hidden = true; });
      files.length = 0; // the next selection starts a new upload; reports stay until then
      done();
      status.querySelector('a')?.focus();
    }
  }

  start();
  return {
    destroy() {
      ctl.abort();
      clearTimeout(pollTimer);
      if (xhr && xhr.readyState !== 4) xhr.abort();
    },
  };
}
