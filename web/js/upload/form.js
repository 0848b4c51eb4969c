// The upload form: files and details, checked in the page first (each error next to its field,
// focus on the first), sent with progress, then emptied for the next talk while the report below
// follows the one just sent.
import { h, enc } from '../dom.js';
import { isAbort, errorMessage } from '../api.js';
import { t } from '../i18n.js';
import { fileChooser } from './files.js';
import { talkDetails } from './details.js';
import { send, settled } from './sender.js';
import { uploadReport } from './report.js';

export function uploadForm({ rules, signal, onExpired }) {
  const files = fileChooser(rules);
  const details = talkDetails(signal);
  const formError = h('div', { id: 'upload-error', class: 'form-error', role: 'alert', tabindex: '-1' });
  const progress = h('p', { class: 'upload-status', role: 'status', 'aria-live': 'polite' });
  const submit = h('button', { type: 'submit', class: 'btn btn-primary' }, t('upload.submit'));
  const results = h('div', { class: 'upload-results' });
  const el = h('div', null, h('form', { id: 'upload-form', class: 'upload-form', novalidate: true },
    files.el, details.el, formError, submit, progress), results);
  const form = el.firstChild;
  let sending = null;
  details.loadMeetups();

  const busy = (on) => { submit.disabled = on; files.setBusy(on); details.setBusy(on); };

  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    formError.replaceChildren();
    files.clearError();
    details.clearErrors();
    const problems = [];
    if (files.problem()) problems.push([files, files.problem()]);
    problems.push(...details.problems());
    if (problems.length) {
      for (const [f, message] of problems) f.setError(message);
      problems[0][0].control.focus();
      return;
    }
    const fd = new FormData();
    details.fill(fd);
    const chosen = files.files();
    for (const file of chosen) fd.append('file', file, file.name);
    busy(true);
    progress.textContent = t('upload.uploading');
    sending = send(fd, { onProgress: files.progress, onSent: () => { progress.textContent = t('upload.processing'); } });
    try {
      const { status, body } = await sending.done;
      if (status === 401) { onExpired(); return; }
      if (status === 200 && body?.duplicateOf) {
        const d = body.duplicateOf;
        files.setError(t('upload.duplicate'), ' ', h('a', { href: `/talks/${enc(d.id)}` }, d.title || d.id));
        files.control.focus();
      } else if (status >= 400 || !body) {
        refused(status, body);
      } else {
        await accepted(body, chosen.map((f) => f.name));
      }
    } catch (err) {
      if (isAbort(err)) return;
      formError.replaceChildren(h('p', null, err.kind === 'aborted' ? t('upload.aborted') : t('error.network')));
      formError.focus();
    } finally {
      progress.textContent = '';
      busy(false);
    }
  });

  /** A refusal about one field goes next to it; any other above the button. */
  function refused(status, body) {
    const message = errorMessage(status, body);
    const field = body?.params?.field;
    const about = field === 'file' || status === 415 ? files : details.fieldNamed(field);
    if (about) {
      about.setError(message);
      about.control.focus();
    } else {
      formError.replaceChildren(h('p', null, message));
      formError.focus();
    }
  }

  /** Stored durably: the form empties at once (no second submit of the same talk), the report follows it. */
  async function accepted(talk, names) {
    const report = uploadReport(talk, names);
    results.prepend(report.el);
    files.reset();
    await details.reset(talk.meetup?.id);
    report.link.focus();
    follow(talk, report);
  }

  async function follow(talk, report) {
    try {
      report.settled(await settled(talk, signal));
      document.dispatchEvent(new CustomEvent('lectern:archive-changed'));
    } catch (err) {
      if (!isAbort(err)) throw err;
    }
  }

  return {
    el,
    destroy() { sending?.abort(); },
  };
}
