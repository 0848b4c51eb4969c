// The file chooser: a drop zone and a file input that take only the formats the server lists
// (GET /api/formats), a list of the chosen files with a progress bar each, and its own error line.
import { h, clear, formatBytes } from '../dom.js';
import { t } from '../i18n.js';
import { errorLine } from './field.js';

export function fileChooser(rules) {
  const extensions = rules.extensions || [];
  const chosen = [];
  const input = h('input', { id: 'upload-files', type: 'file', multiple: true, accept: extensions.join(','), class: 'file-input' });
  const list = h('ul', { class: 'upload-files', 'aria-label': t('upload.selected') });
  const hint = h('p', { id: 'upload-files-hint', class: 'hint' }, t('upload.formats', {
    list: extensions.join(' '), size: rules.maxFileBytes ? formatBytes(rules.maxFileBytes) : '—',
  }));
  const errorEl = h('p', { id: 'upload-files-error', class: 'field-error', hidden: true });
  const drop = h('div', { id: 'upload-drop', class: 'drop-zone' },
    h('p', { class: 'drop-title' }, t('upload.dropHere')),
    h('p', null, h('label', { for: 'upload-files' }, t('upload.orChoose')), ' ', input), hint);
  const el = h('fieldset', { class: 'upload-chooser' }, h('legend', null, t('upload.files')), drop, errorEl, list);
  const errors = errorLine(el, input, errorEl, 'upload-files-hint');

  const refusal = (file) => {
    const dot = file.name.lastIndexOf('.');
    const ext = dot > 0 ? file.name.slice(dot).toLowerCase() : '';
    if (!extensions.includes(ext)) return t('upload.badType', { name: file.name, list: extensions.join(' ') });
    if (rules.maxFileBytes && file.size > rules.maxFileBytes) {
      return t('upload.tooLarge', { name: file.name, size: formatBytes(rules.maxFileBytes) });
    }
    return null;
  };

  const add = (files) => {
    const refused = [];
    for (const file of files) {
      const why = refusal(file);
      if (why) { refused.push(why); continue; }
      if (chosen.some((x) => x.file.name === file.name && x.file.size === file.size)) continue;
      chosen.push({ file });
    }
    if (rules.maxFiles && chosen.length > rules.maxFiles) {
      chosen.length = rules.maxFiles;
      refused.push(t('upload.tooMany', { n: rules.maxFiles }));
    }
    draw();
    if (refused.length) errors.setError(refused.join(' '));
    else errors.clearError();
  };

  const draw = () => {
    clear(list);
    chosen.forEach((entry, i) => {
      entry.bar = h('progress', { class: 'upload-progress', max: '100', value: '0', hidden: true,
        'aria-label': t('upload.progressOf', { name: entry.file.name }) });
      entry.remove = h('button', { type: 'button', class: 'link-button', 'aria-label': t('upload.removeFile', { name: entry.file.name }),
        onclick: () => { chosen.splice(i, 1); draw(); input.focus(); } }, t('upload.remove'));
      list.append(h('li', { class: 'upload-file' },
        h('span', { class: 'file-name' }, entry.file.name), ' ',
        h('span', { class: 'muted' }, formatBytes(entry.file.size)), ' ', entry.remove, entry.bar));
    });
  };

  input.addEventListener('change', () => { add(input.files); input.value = ''; });
  for (const type of ['dragover', 'dragenter']) {
    drop.addEventListener(type, (e) => { e.preventDefault(); drop.classList.add('dragover'); });
  }
  drop.addEventListener('dragleave', (e) => { if (!drop.contains(e.relatedTarget)) drop.classList.remove('dragover'); });
  drop.addEventListener('drop', (e) => {
    e.preventDefault();
    drop.classList.remove('dragover');
    if (e.dataTransfer?.files?.length) add(e.dataTransfer.files);
  });

  return {
    ...errors,
    files: () => chosen.map((x) => x.file),
    /** The problem with the selection before sending, or null. */
    problem: () => (chosen.length ? null : t('upload.needFiles')),
    /** Fields come first in the stream, files follow in order: each file's share of what was sent. */
    progress(loaded, total) {
      const sum = chosen.reduce((a, x) => a + x.file.size, 0);
      let offset = Math.max(0, total - sum);
      for (const entry of chosen) {
        entry.bar.hidden = false;
        entry.bar.value = Math.round(Math.max(0, Math.min(1, (loaded - offset) / (entry.file.size || 1))) * 100);
        offset += entry.file.size;
      }
    },
    setBusy(busy) {
      input.disabled = busy;
      for (const entry of chosen) entry.remove.disabled = busy;
      if (!busy) for (const entry of chosen) entry.bar.hidden = true;
    },
    reset() { chosen.length = 0; draw(); errors.clearError(); },
  };
}
