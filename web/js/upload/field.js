// One labelled control with its hint and its own error line: the error is shown next to the
// control, marks it invalid and is read with it (aria-describedby), so focusing the control says why.
import { h } from '../dom.js';

export function field(id, label, control, hint) {
  const hintEl = hint ? h('p', { id: `${id}-hint`, class: 'hint' }, hint) : null;
  const errorEl = h('p', { id: `${id}-error`, class: 'field-error', hidden: true });
  const el = h('div', { class: 'field' }, label ? h('label', { for: id }, label) : null, control, hintEl, errorEl);
  return errorLine(el, control, errorEl, hintEl ? `${id}-hint` : '');
}

/** The error behaviour alone, for a group that lays out its own label and hint (the file chooser). */
export function errorLine(el, control, errorEl, hintId = '') {
  const describe = (ids) => {
    if (ids) control.setAttribute('aria-describedby', ids);
    else control.removeAttribute('aria-describedby');
  };
  describe(hintId);
  return {
    el,
    control,
    setError(...message) {
      errorEl.replaceChildren(...message);
      errorEl.hidden = false;
      el.classList.add('invalid');
      control.setAttribute('aria-invalid', 'true');
      describe([hintId, errorEl.id].filter(Boolean).join(' '));
    },
    clearError() {
      errorEl.replaceChildren();
      errorEl.hidden = true;
      el.classList.remove('invalid');
      control.removeAttribute('aria-invalid');
      describe(hintId);
    },
  };
}
