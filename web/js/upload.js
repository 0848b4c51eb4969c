// Upload page: a notice on a read-only server, the organizer login, then the upload form
// (upload/form.js) with the rules the server applies (GET /api/formats).
import { h, clear, setTitle } from './dom.js';
import { api, isAbort, setCsrf } from './api.js';
import { t, addStrings } from './i18n.js';
import { loading, errorBox } from './views.js';
import { loginForm } from './upload/login.js';
import { uploadForm } from './upload/form.js';
import { UPLOAD_STRINGS } from './upload/strings.js';
import './curate.js';

addStrings(UPLOAD_STRINGS);

export function render({ main }) {
  const ctl = new AbortController();
  const signal = ctl.signal;
  let form = null;
  setTitle(t('nav.upload'));

  const heading = () => h('h1', { tabindex: '-1' }, t('upload.title'));

  async function start() {
    clear(main).append(heading(), loading());
    try {
      const health = await api('/health', { signal });
      if (health?.readOnly) {
        main.lastChild.replaceWith(h('p', { id: 'read-only', class: 'card narrow', role: 'status' }, t('upload.readOnly')));
        return;
      }
      const session = await api('/api/session', { signal });
      setCsrf(session?.csrf);
      await showUpload(session?.user);
    } catch (err) {
      if (isAbort(err)) return;
      if (err.status === 401 || err.status === 403 || err.status === 404) showLogin();
      else main.lastChild.replaceWith(errorBox(err, start));
    }
  }

  function showLogin(message) {
    setTitle(t('login.title'));
    form?.destroy();
    form = null;
    clear(main).append(heading(), loginForm({ message, signal, onLogin: async (session) => {
      if (location.pathname === '/login') history.replaceState(null, '', '/upload');
      await showUpload(session?.user);
      main.querySelector('h1').focus();
    } }));
    if (message) main.querySelector('#token').focus();
  }

  async function logout() {
    try { await api('/api/logout', { method: 'POST', signal }); } catch (err) { if (isAbort(err)) return; }
    setCsrf(null);
    showLogin();
    main.querySelector('#token')?.focus();
  }

  async function showUpload(user) {
    const rules = await api('/api/formats', { signal });
    setTitle(t('nav.upload'));
    form = uploadForm({ rules, signal, onExpired: () => showLogin(t('login.expired')) });
    clear(main).append(heading(),
      h('p', { class: 'session' }, user ? t('upload.signedInAs', { user }) : t('upload.signedIn'), ' ',
        h('button', { type: 'button', class: 'link-button', onclick: logout }, t('login.logout')), ' · ',
        h('a', { href: '/review', id: 'review-link' }, t('review.title'))),
      form.el);
  }

  start();
  return {
    destroy() {
      ctl.abort();
      form?.destroy();
    },
  };
}
