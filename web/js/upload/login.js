// Organizer login: a token, checked by the server, which answers with the session's CSRF token.
import { h, clear } from '../dom.js';
import { api, isAbort, setCsrf } from '../api.js';
import { t } from '../i18n.js';
import { field } from './field.js';

export function loginForm({ message, signal, onLogin }) {
  const token = h('input', { id: 'token', name: 'token', type: 'password', autocomplete: 'current-password', required: true });
  const tokenField = field('token', t('login.token'), token, t('login.hint'));
  const notice = h('div', { class: 'form-error', role: 'alert' }, message || null);
  const btn = h('button', { type: 'submit', class: 'btn btn-primary' }, t('login.submit'));
  const form = h('form', { id: 'login-form', class: 'card narrow', 'aria-labelledby': 'login-h', novalidate: true },
    h('h2', { id: 'login-h' }, t('login.title')), notice, tokenField.el, btn);
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    clear(notice);
    tokenField.clearError();
    if (!token.value.trim()) { tokenField.setError(t('login.required')); token.focus(); return; }
    btn.disabled = true;
    try {
      const session = await api('/api/login', { json: { token: token.value.trim() }, signal });
      setCsrf(session?.csrf);
      onLogin(session);
    } catch (err) {
      if (isAbort(err)) return;
      tokenField.setError(err.message);
      btn.disabled = false;
      token.select();
      token.focus();
    }
  });
  return form;
}
