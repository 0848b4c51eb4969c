// What became of an upload: a link to the new talk at once, then each file's real outcome once the
// server no longer says "indexing" (ok, needs-ocr, failed, …) with the pages found.
import { h, enc } from '../dom.js';
import { t } from '../i18n.js';

export function uploadReport(talk, names) {
  const link = h('a', { href: `/talks/${enc(talk.id)}`, id: 'upload-talk-link' }, talk.title || talk.id);
  const status = h('p', { class: 'upload-status', role: 'status', 'aria-live': 'polite' }, t('upload.indexing'));
  const list = h('ul', { class: 'upload-files' });
  const el = h('section', { id: 'upload-result', class: 'card', 'aria-labelledby': 'upload-result-h' },
    h('h2', { id: 'upload-result-h' }, t('upload.uploaded'), ' ', link), status, list);
  draw(talk);

  function draw(current) {
    const reported = Array.isArray(current.files) ? current.files : [];
    list.replaceChildren(...names.map((name, i) => {
      const file = reported.find((x) => String(x.path || '').split('/').pop() === name) || reported[i];
      return h('li', { class: 'upload-file' }, h('span', { class: 'file-name' }, name), ' ', fileOutcome(file));
    }));
  }

  return {
    el,
    link,
    settled(current) {
      draw(current);
      status.textContent = current.status === 'indexing' ? t('upload.stillIndexing') : t('upload.searchable');
    },
  };
}

function fileOutcome(file) {
  if (!file) return h('span', { class: 'upload-report' }, h('span', { class: 'badge badge-warn' }, t('upload.noReport')));
  if (file.status === 'indexing') return h('span', { class: 'upload-report' }, h('span', { class: 'badge' }, t('status.indexing')));
  const ok = file.status === 'ok';
  return h('span', { class: `upload-report ${ok ? 'ok' : 'problem'}` },
    h('span', { class: ok ? 'badge badge-ok' : 'badge badge-warn' }, t(`status.${file.status}`)), ' ',
    t('upload.pagesFound', { n: file.pages ?? 0 }),
    file.reason ? h('span', null, ` — ${file.reason}`) : '');
}
