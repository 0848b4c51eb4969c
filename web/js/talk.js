// Talk page: metadata, downloads, every slide with text + notes, citation, related talks.
import { h, clear, enc, slideId, setTitle } from './dom.js';
import { api, isAbort } from './api.js';
import { t, langName } from './i18n.js';
import { loading, errorBox, meetupLine, speakerLink, talkItem, tagList, fileLabel, pageImageUrl, hasPageImages, skippedBadge } from './views.js';
import { bibtex, cslJson } from './cite.js';
import { attachTalkEditor } from './curate.js';
import { slideViewer } from './viewer.js';
import { watchPageImage } from './pending-images.js';

function copyButton(getText, label) {
  const btn = h('button', { type: 'button', class: 'btn btn-small copy' }, label);
  const live = h('span', { class: 'visually-hidden', role: 'status' });
  btn.addEventListener('click', async () => {
    const text = getText();
    let ok = false;
    try {
      await navigator.clipboard.writeText(text);
      ok = true;
    } catch {
      // Fallback: select a hidden textarea and use execCommand.
      const ta = h('textarea', { class: 'visually-hidden', readonly: '' }, text);
      document.body.append(ta);
      ta.select();
      try { ok = document.execCommand('copy'); } catch { ok = false; }
      ta.remove();
      btn.focus();
    }
    btn.textContent = ok ? t('cite.copied') : t('cite.copyFailed');
    live.textContent = btn.textContent;
    setTimeout(() => { btn.textContent = label; live.textContent = ''; }, 2000);
  });
  return h('span', { class: 'copy-wrap' }, btn, live);
}

/** Says when some or all of a slide's text was read by OCR from its image, so misreadings make sense. */
function ocrNote(source) {
  if (source === 'ocr') return h('p', { class: 'muted slide-source' }, t('slide.ocr'));
  if (source === 'text+ocr') return h('p', { class: 'muted slide-source' }, t('slide.textOcr'));
  return null;
}

function slideSection(talk, page, total, viewer) {
  const file = page.file || 1;
  const id = slideId(file, page.number);
  const text = String(page.text || '').trim();
  const notes = String(page.notes || '').trim();
  const headingId = `${id}-h`;
  const card = h('div', { class: 'slide-card', 'aria-hidden': 'true' }, text || t('slide.noText'));
  let figure;
  if (hasPageImages(talk, file)) {
    const img = h('img', {
      src: pageImageUrl(talk, file, page.number),
      alt: t('slide.thumbAlt', { n: page.number }), loading: 'lazy', decoding: 'async', width: '480', height: '270',
    });
    const open = viewer.opener(page, img);
    figure = h('div', { class: 'slide-thumb' }, open);
    watchPageImage(img, {
      placeholder: () => h('div', { class: 'slide-card thumb-pending' }, h('span', { class: 'badge' }, t('image.pending')), '\n', text || t('slide.noText')),
      onNone: () => open.replaceChildren(card),
    });
  } else {
    figure = h('div', { class: 'slide-thumb' }, viewer.opener(page, card));
  }
  return h('section', { class: 'slide', id, tabindex: '-1', 'aria-labelledby': headingId },
    figure,
    h('div', { class: 'slide-content' },
      h('h3', { id: headingId, class: 'slide-heading' },
        h('a', { href: `#${id}`, class: 'slide-anchor' }, total > 1 ? t('slide.numberFile', { file, n: page.number }) : t('slide.number', { n: page.number })),
        skippedBadge(page)),
      text ? h('div', { class: 'slide-text' }, text) : h('p', { class: 'muted' }, t('slide.noText')),
      ocrNote(page.source),
      // Not an <aside>: dozens of identical "notes" landmarks would bury the page's real ones.
      notes ? h('div', { class: 'slide-notes' },
        h('p', { class: 'notes-label' }, t('slide.notes')), h('div', { class: 'notes-text' }, notes)) : null));
}

function highlightHash(root, { scroll = true, instant = false } = {}) {
  const id = decodeURIComponent(location.hash.slice(1));
  root.querySelectorAll('.slide.highlight').forEach((el) => el.classList.remove('highlight'));
  if (!id) return;
  const el = document.getElementById(id);
  if (!el || !root.contains(el)) return;
  if (el.classList.contains('slide')) el.classList.add('highlight');
  // A link opened from elsewhere jumps; smooth scrolling through dozens of slides only delays the answer.
  if (scroll) el.scrollIntoView({ block: 'start', behavior: instant ? 'instant' : 'auto' });
  el.focus({ preventScroll: true });
}

export function render(ctx) {
  const { main } = ctx;
  const id = ctx.params[0];
  const ctl = new AbortController();
  let viewer = null;
  const onHash = () => { highlightHash(main); viewer?.fromHash(); };
  window.addEventListener('hashchange', onHash);

  async function load() {
    clear(main).append(loading());
    let talk;
    try {
      talk = await api(`/api/talks/${enc(id)}`, { signal: ctl.signal });
    } catch (err) {
      if (isAbort(err)) return;
      setTitle(t('error.title'));
      clear(main).append(h('h1', null, t('talk.notFoundTitle')), errorBox(err, load));
      return;
    }
    setTitle(talk.title);
    const url = `${location.origin}/talks/${enc(talk.id ?? id)}`;
    const files = Array.isArray(talk.files) ? talk.files : [];
    const pages = Array.isArray(talk.pages) ? talk.pages : [];
    const speakers = talk.speakers || [];

    const header = h('header', { class: 'talk-header' },
      h('p', { class: 'eyebrow' }, meetupLine(talk.meetup)),
      h('h1', { tabindex: '-1' }, talk.title || t('untitled')),
      speakers.length ? h('ul', { class: 'talk-speakers', 'aria-label': t('talk.speakers') },
        speakers.map((s) => h('li', null, speakerLink(s), s.affiliation ? h('span', { class: 'affiliation' }, ` · ${s.affiliation}`) : null))) : null,
      h('p', { class: 'talk-facts' },
        talk.language ? h('span', { class: 'badge', lang: talk.language }, langName(talk.language)) : null,
        pages.length ? h('span', { class: 'badge' }, t('talk.slideCount', { n: pages.length })) : null,
        talk.status && talk.status !== 'ok' && talk.status !== 'indexed' ? h('span', { class: 'badge badge-warn' }, t(`status.${talk.status}`)) : null),
      tagList(talk.tags));

    const sections = [header];
    if (talk.status === 'indexing') sections.push(h('p', { class: 'notice', role: 'status' }, t('talk.indexing')));
    if (talk.abstract) {
      sections.push(h('section', { class: 'abstract', 'aria-labelledby': 'abstract-h' },
        h('h2', { id: 'abstract-h' }, t('talk.abstract')), h('p', { class: 'prewrap' }, talk.abstract)));
    }
    if (files.length) {
      sections.push(h('section', { class: 'downloads', 'aria-labelledby': 'files-h' },
        h('h2', { id: 'files-h' }, t('talk.files')),
        h('ul', { class: 'file-list' }, files.map((f, i) => {
          const { fmt, name } = fileLabel(f, i);
          return h('li', null,
            h('a', { href: `/api/talks/${enc(talk.id)}/files/${i + 1}`, download: '' }, t('talk.download', { name })),
            ' ', h('span', { class: 'badge' }, fmt),
            f.pages != null ? h('span', { class: 'muted' }, ` ${t('talk.slideCount', { n: f.pages })}`) : null,
            f.status && f.status !== 'ok' ? h('span', { class: 'badge badge-warn' }, t(`status.${f.status}`)) : null,
            f.reason ? h('span', { class: 'muted' }, ` ${f.reason}`) : null);
        }))));
    }

    const bib = bibtex(talk, url);
    const csl = cslJson(talk, url);
    sections.push(h('details', { class: 'cite' },
      h('summary', null, t('cite.title')),
      h('p', null, t('cite.link'), ' ', h('a', { href: url, class: 'stable-link' }, url), ' ', copyButton(() => url, t('cite.copyLink'))),
      h('div', { class: 'cite-block' },
        h('h3', null, 'BibTeX'), copyButton(() => bib, t('cite.copyBibtex')),
        h('pre', { tabindex: '0', 'aria-label': 'BibTeX' }, h('code', null, bib))),
      h('div', { class: 'cite-block' },
        h('h3', null, 'CSL-JSON'), copyButton(() => csl, t('cite.copyCsl')),
        h('pre', { tabindex: '0', 'aria-label': 'CSL-JSON' }, h('code', null, csl)))));

    const slides = h('section', { class: 'slides', 'aria-labelledby': 'slides-h' }, h('h2', { id: 'slides-h' }, t('talk.slides')));
    if (!pages.length) slides.append(h('p', { class: 'muted' }, talk.status === 'indexing' ? t('talk.indexing') : t('talk.noSlides')));
    const byFile = new Map();
    for (const p of pages) {
      const f = p.file || 1;
      if (!byFile.has(f)) byFile.set(f, []);
      byFile.get(f).push(p);
    }
    const groups = [...byFile.entries()].sort((a, b) => a[0] - b[0]);
    viewer?.destroy();
    viewer = slideViewer(talk, groups.flatMap(([, list]) => list));
    for (const [f, list] of groups) {
      if (byFile.size > 1) {
        const { name } = fileLabel(files[f - 1] || {}, f - 1);
        slides.append(h('h3', { class: 'file-heading' }, t('talk.fileHeading', { n: f, name })));
      }
      for (const p of list) slides.append(slideSection(talk, p, byFile.size, viewer));
    }
    sections.push(slides);

    const related = h('section', { class: 'related', 'aria-labelledby': 'related-h' },
      h('h2', { id: 'related-h' }, t('talk.related')), loading());
    sections.push(related);

    clear(main).append(h('article', { class: 'talk' }, sections));
    attachTalkEditor(header, talk, load);
    if (location.hash) { highlightHash(main, { instant: true }); viewer.fromHash(); }

    try {
      const res = await api(`/api/talks/${enc(id)}/related`, { signal: ctl.signal });
      const list = (res?.talks || []).filter((x) => x.id !== talk.id);
      related.lastChild.replaceWith(list.length
        ? h('ul', { class: 'talk-list' }, list.map((x) => talkItem(x)))
        : h('p', { class: 'muted' }, t('talk.noRelated')));
    } catch (err) {
      if (isAbort(err)) return;
      // A server without related talks (404) simply has no such section; other failures say so quietly.
      if (err.status === 404) related.remove();
      else related.lastChild.replaceWith(h('p', { class: 'muted' }, t('talk.relatedError')));
    }
  }

  load();
  return {
    samePath: true,
    update() { onHash(); },
    destroy() { ctl.abort(); window.removeEventListener('hashchange', onHash); viewer?.destroy(); },
  };
}
