// What the organizer says about the talk: title, meetup (an existing one or a new one), speakers,
// tags and language, each field with its own error line.
import { h } from '../dom.js';
import { api, isAbort } from '../api.js';
import { t } from '../i18n.js';
import { field } from './field.js';

const LANGS = ['', 'en', 'zh', 'ja', 'ko', 'de', 'fr', 'es'];
const NEW = '__new';
const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

export function talkDetails(signal) {
  const title = field('up-title', t('upload.talkTitle'), h('input', { id: 'up-title', name: 'title', type: 'text', required: true, autocomplete: 'off' }));
  const meetup = field('up-meetup', t('upload.meetup'), h('select', { id: 'up-meetup', name: 'meetup', required: true },
    h('option', { value: '' }, t('upload.loadingMeetups'))));
  const newTitle = field('up-meetup-title', t('upload.meetupTitle'), h('input', { id: 'up-meetup-title', name: 'meetupTitle', type: 'text' }));
  const newDate = field('up-meetup-date', t('upload.meetupDate'), h('input', { id: 'up-meetup-date', name: 'meetupDate', type: 'text',
    inputmode: 'numeric', placeholder: 'YYYY-MM-DD' }), t('upload.dateHint'));
  const newCity = field('up-meetup-city', t('upload.meetupCity'), h('input', { id: 'up-meetup-city', name: 'meetupCity', type: 'text' }));
  const newMeetup = h('fieldset', { class: 'new-meetup', hidden: true }, h('legend', null, t('upload.newMeetup')),
    newTitle.el, newDate.el, newCity.el);
  const speakers = field('up-speakers', t('upload.speakers'), h('textarea', { id: 'up-speakers', name: 'speaker', rows: '3' }), t('upload.speakersHint'));
  const tags = field('up-tags', t('upload.tags'), h('input', { id: 'up-tags', name: 'tags', type: 'text' }), t('upload.tagsHint'));
  const language = field('up-language', t('upload.language'), h('select', { id: 'up-language', name: 'language' },
    LANGS.map((l) => h('option', { value: l }, l ? `${t(`langName.${l}`)} (${l})` : t('upload.langAuto')))));
  const all = [title, meetup, newTitle, newDate, newCity, speakers, tags, language];
  const isNew = () => meetup.control.value === NEW;
  meetup.control.addEventListener('change', () => { newMeetup.hidden = !isNew(); newTitle.control.required = isNew(); });
  const el = h('fieldset', null, h('legend', null, t('upload.details')), title.el, meetup.el, newMeetup, speakers.el, tags.el, language.el);

  async function loadMeetups(select) {
    let list = [];
    try {
      list = await api('/api/meetups', { signal });
    } catch (err) {
      if (isAbort(err)) return;
    }
    const sorted = (Array.isArray(list) ? list : []).slice().sort((a, b) => String(b.date || '').localeCompare(String(a.date || '')));
    meetup.control.replaceChildren(
      h('option', { value: '' }, t('upload.chooseMeetup')),
      ...sorted.map((m) => h('option', { value: m.id }, [m.title, m.date, m.city].filter(Boolean).join(' · '))),
      h('option', { value: NEW }, t('upload.newMeetupOption')));
    if (select && sorted.some((m) => m.id === select)) meetup.control.value = select;
  }

  return {
    el,
    loadMeetups,
    /** Each problem with the field it belongs to, in the order the fields appear. */
    problems() {
      const found = [];
      if (!title.control.value.trim()) found.push([title, t('upload.needTitle')]);
      if (!meetup.control.value) found.push([meetup, t('upload.needMeetup')]);
      if (isNew() && !newTitle.control.value.trim()) found.push([newTitle, t('upload.needMeetupTitle')]);
      if (isNew() && !DATE.test(newDate.control.value.trim())) found.push([newDate, t('upload.badDate')]);
      return found;
    },
    /** The field a server refusal names, by the form field it was about. */
    fieldNamed(name) {
      return all.find((f) => f.control.name === name) || null;
    },
    clearErrors() { all.forEach((f) => f.clearError()); },
    fill(fd) {
      fd.append('title', title.control.value.trim());
      if (isNew()) {
        fd.append('meetupTitle', newTitle.control.value.trim());
        fd.append('meetupDate', newDate.control.value.trim());
        fd.append('meetupCity', newCity.control.value.trim());
      } else {
        fd.append('meetup', meetup.control.value);
      }
      for (const line of speakers.control.value.split(/\n/)) if (line.trim()) fd.append('speaker', line.trim());
      if (tags.control.value.trim()) fd.append('tags', tags.control.value.trim());
      if (language.control.value) fd.append('language', language.control.value);
    },
    setBusy(busy) { all.forEach((f) => { f.control.disabled = busy; }); },
    /** Empties every field for the next talk; the meetup stays chosen (the one just uploaded to). */
    reset(meetupId) {
      for (const f of [title, newTitle, newDate, newCity, speakers, tags]) f.control.value = '';
      language.control.value = '';
      newMeetup.hidden = true;
      newTitle.control.required = false;
      this.clearErrors();
      return loadMeetups(meetupId);
    },
  };
}
