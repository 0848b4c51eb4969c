// Slide viewer on the talk page: one slide large (image sized to the screen) with its text and notes
// beside it, moved with buttons, arrow keys or a swipe, closed with Escape. The URL follows the slide
// (#slide-N), and opening such a URL opens the viewer. A modal <dialog>: the page behind is inert,
// Tab stays inside, and closing returns focus to where it came from.
import { h, slideId } from './dom.js';
import { t } from './i18n.js';
import { hasPageImages, pageImageUrl, skippedBadge } from './views.js';

/** A swipe is a mostly horizontal move of at least this many CSS pixels. */
const SWIPE_MIN = 50;
/** What the browser may pick from: the thumbnail, or the large image for big or dense screens. */
const SIZES = '(min-width: 48em) calc(100vw - 24rem), 100vw';

function slideLabel(slide, multiFile) {
  return multiFile ? t('slide.numberFile', { file: slide.file, n: slide.number }) : t('slide.number', { n: slide.number });
}

function ocrNote(source) {
  if (source === 'ocr') return h('p', { class: 'muted slide-source' }, t('slide.ocr'));
  if (source === 'text+ocr') return h('p', { class: 'muted slide-source' }, t('slide.textOcr'));
  return null;
}

/** The slide's text as a card, where there is no image to show. */
function textCard(text) {
  return h('div', { class: 'slide-card viewer-card', 'aria-hidden': 'true' }, text || t('slide.noText'));
}

/**
 * A viewer over `pages` (the talk's pages in reading order). `opener(page, content)` wraps a slide's
 * picture in the button that opens it; `fromHash()` opens, moves or closes the viewer to match the
 * URL; `destroy()` removes it.
 */
export function slideViewer(talk, pages) {
  const slides = pages.map((p) => ({ ...p, file: p.file || 1, id: slideId(p.file || 1, p.number) }));
  const multiFile = new Set(slides.map((s) => s.file)).size > 1;
  const openers = new Map(); // slide id -> its opening button
  let index = -1;
  let returnTo = null;
  let swipe = null;

  const title = h('h2', { id: 'viewer-title', class: 'viewer-title', tabindex: '-1' });
  const status = h('p', { class: 'visually-hidden', role: 'status', 'aria-live': 'polite' });
  const button = (cls, label, glyph, onclick) => h('button', { type: 'button', class: `btn viewer-btn ${cls}`, 'aria-label': label, title: label, onclick },
    h('span', { 'aria-hidden': 'true' }, glyph));
  const prev = button('viewer-prev', t('viewer.prev'), '‹', () => go(index - 1));
  const next = button('viewer-next', t('viewer.next'), '›', () => go(index + 1));
  const close = button('viewer-close', t('viewer.close'), '×', () => hide());
  const stage = h('div', { class: 'viewer-stage' });
  const side = h('div', { class: 'viewer-side', tabindex: '0', 'aria-label': t('viewer.text') });
  const dialog = h('dialog', { class: 'viewer', 'aria-labelledby': 'viewer-title', 'aria-describedby': 'viewer-hint' },
    h('div', { class: 'viewer-bar' },
      title,
      h('p', { id: 'viewer-hint', class: 'viewer-hint muted' }, t('viewer.hint')),
      h('div', { class: 'viewer-controls' }, prev, next, close)),
    h('div', { class: 'viewer-body' }, stage, side),
    status);
  document.body.append(dialog);

  function picture(slide) {
    if (!hasPageImages(talk, slide.file)) return textCard(slide.text);
    const thumb = pageImageUrl(talk, slide.file, slide.number);
    const img = h('img', {
      class: 'viewer-img', src: thumb, srcset: `${thumb} 480w, ${thumb}&size=large 1280w`, sizes: SIZES,
      alt: t('slide.thumbAlt', { n: slide.number }), decoding: 'async', draggable: 'false',
    });
    img.addEventListener('error', () => img.replaceWith(textCard(slide.text)));
    return img;
  }

  function show(i) {
    index = i;
    const slide = slides[i];
    const label = slideLabel(slide, multiFile);
    const position = t('viewer.position', { i: i + 1, total: slides.length });
    title.textContent = `${label} · ${position}`;
    status.textContent = title.textContent;
    stage.replaceChildren(picture(slide));
    const text = String(slide.text || '').trim();
    const notes = String(slide.notes || '').trim();
    const skipped = skippedBadge(slide);
    // replaceChildren() would write a null as the text "null": absent parts are filtered out.
    side.replaceChildren(...[
      skipped ? h('p', { class: 'slide-flags' }, skipped) : null,
      text ? h('div', { class: 'slide-text', lang: talk.language || null }, text) : h('p', { class: 'muted' }, t('slide.noText')),
      ocrNote(slide.source),
      notes ? h('div', { class: 'slide-notes' }, h('p', { class: 'notes-label' }, t('slide.notes')), h('div', { class: 'notes-text' }, notes)) : null,
    ].filter(Boolean));
    side.scrollTop = 0;
    prev.disabled = i === 0;
    next.disabled = i === slides.length - 1;
    history.replaceState(history.state, '', `#${slide.id}`);
  }

  function go(i) {
    if (i < 0 || i >= slides.length || i === index) return;
    show(i);
    // At the first or last slide its button is disabled and drops focus: keep focus inside the dialog.
    if (!dialog.contains(document.activeElement) || document.activeElement.disabled) title.focus({ preventScroll: true });
  }

  function open(i, from) {
    if (!dialog.open) {
      returnTo = from || null;
      dialog.showModal();
    }
    show(i);
    title.focus({ preventScroll: true });
  }

  /** Closes; `restore` false when the URL already changed (the hash was removed or the page left). */
  function hide({ restore = true } = {}) {
    if (!dialog.open) return;
    const slide = slides[index];
    dialog.close();
    if (!restore) return;
    history.replaceState(history.state, '', location.pathname + location.search);
    const section = document.getElementById(slide.id);
    document.querySelectorAll('.slide.highlight').forEach((el) => el.classList.remove('highlight'));
    section?.classList.add('highlight');
    const target = returnTo && returnTo === openers.get(slide.id) && returnTo.isConnected ? returnTo : section;
    section?.scrollIntoView({ block: 'nearest' });
    target?.focus({ preventScroll: true });
  }

  // Escape: the dialog's own cancel, routed through hide() so the URL and focus follow.
  dialog.addEventListener('cancel', (e) => { e.preventDefault(); hide(); });
  dialog.addEventListener('keydown', (e) => {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    if (e.key === 'Tab') { trapTab(e); return; }
    const moves = { ArrowLeft: -1, ArrowRight: 1, PageUp: -1, PageDown: 1 };
    if (e.key in moves) { e.preventDefault(); go(index + moves[e.key]); }
    else if (e.key === 'Home') { e.preventDefault(); go(0); }
    else if (e.key === 'End') { e.preventDefault(); go(slides.length - 1); }
  });

  // showModal() makes the page inert; this keeps Tab cycling inside instead of leaving for the browser's own UI.
  function trapTab(e) {
    const stops = [...dialog.querySelectorAll('button, [tabindex="0"], a[href]')].filter((el) => !el.disabled && el.getClientRects().length);
    if (!stops.length) return;
    const first = stops[0];
    const last = stops[stops.length - 1];
    const at = document.activeElement;
    if (e.shiftKey && (at === first || !stops.includes(at))) { e.preventDefault(); last.focus(); }
    else if (!e.shiftKey && (at === last || !stops.includes(at))) { e.preventDefault(); first.focus(); }
  }

  stage.addEventListener('pointerdown', (e) => { swipe = { x: e.clientX, y: e.clientY, id: e.pointerId }; });
  stage.addEventListener('pointercancel', () => { swipe = null; });
  stage.addEventListener('pointerup', (e) => {
    if (!swipe || swipe.id !== e.pointerId) return;
    const dx = e.clientX - swipe.x;
    const dy = e.clientY - swipe.y;
    swipe = null;
    if (Math.abs(dx) >= SWIPE_MIN && Math.abs(dx) > 2 * Math.abs(dy)) go(index + (dx < 0 ? 1 : -1));
  });

  return {
    /** Wraps a slide's picture in the button that opens the viewer on it. */
    opener(page, content) {
      const id = slideId(page.file || 1, page.number);
      const btn = h('button', {
        type: 'button', class: 'slide-open', 'aria-label': t('viewer.open', { slide: slideLabel({ file: page.file || 1, number: page.number }, multiFile) }),
        'aria-haspopup': 'dialog',
        onclick: () => { const i = slides.findIndex((s) => s.id === id); if (i >= 0) open(i, btn); },
      }, content);
      openers.set(id, btn);
      return btn;
    },
    /** Makes the viewer match the URL: #slide-N opens it there, any other hash closes it. */
    fromHash() {
      let id = '';
      try { id = decodeURIComponent(location.hash.slice(1)); } catch { id = ''; }
      const i = slides.findIndex((s) => s.id === id);
      if (i >= 0) open(i, null);
      else hide({ restore: false });
    },
    destroy() {
      if (dialog.open) dialog.close();
      dialog.remove();
    },
  };
}
