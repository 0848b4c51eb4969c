// Citation formats for a talk: BibTeX and CSL-JSON.

const CJK = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/;

function splitName(name) {
  const n = String(name || '').trim().replace(/\s+/g, ' ');
  if (!n) return null;
  if (CJK.test(n) || !n.includes(' ')) return { literal: n };
  const i = n.lastIndexOf(' ');
  return { given: n.slice(0, i), family: n.slice(i + 1) };
}

function dateParts(date) {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(String(date || ''));
  if (!m) return null;
  return m.slice(1).filter(Boolean).map(Number);
}

function bibEscape(s) {
  return String(s ?? '')
    .replace(/\\/g, '\\textbackslash{}')
    .replace(/([{}&%$#_])/g, '\\$1')
    .replace(/~/g, '\\textasciitilde{}')
    .replace(/\^/g, '\\textasciicircum{}')
    .replace(/\s+/g, ' ')
    .trim();
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

function citeKey(talk) {
  const first = splitName(talk.speakers?.[0]?.name);
  const who = (first?.family || first?.literal || '').normalize('NFKD').replace(/[^A-Za-z0-9]/g, '').toLowerCase();
  const year = dateParts(talk.meetup?.date)?.[0] || '';
  const word = String(talk.title || '').normalize('NFKD').split(/\s+/)
    .map((w) => w.replace(/[^A-Za-z0-9]/g, '').toLowerCase()).find((w) => w.length > 3) || '';
  const key = `${who}${year}${word}`;
  return key || `talk-${String(talk.id).replace(/[^A-Za-z0-9_-]/g, '')}`;
}

export function bibtex(talk, url) {
  const fields = [];
  const add = (k, v) => { if (v != null && v !== '') fields.push(`  ${k.padEnd(12)} = {${v}}`); };
  add('title', `{${bibEscape(talk.title)}}`);
  const authors = (talk.speakers || []).map((s) => {
    const n = splitName(s.name);
    if (!n) return null;
    return n.literal ? `{${bibEscape(n.literal)}}` : `${bibEscape(n.family)}, ${bibEscape(n.given)}`;
  }).filter(Boolean);
  add('author', authors.join(' and '));
  const m = talk.meetup || {};
  const where = [m.title, m.city].filter(Boolean).map(bibEscape).join(', ');
  add('howpublished', where ? `Talk at ${where}` : 'Talk');
  const d = dateParts(m.date);
  if (d) {
    add('year', String(d[0]));
    if (d[1]) fields.push(`  ${'month'.padEnd(12)} = ${MONTHS[d[1] - 1]}`);
  }
  add('url', url);
  add('language', bibEscape(talk.language));
  add('keywords', bibEscape((talk.tags || []).join(', ')));
  add('note', 'Slides');
  return `@misc{${citeKey(talk)},\n${fields.join(',\n')}\n}\n`;
}

export function cslJson(talk, url) {
  const m = talk.meetup || {};
  const item = {
    id: String(talk.id),
    type: 'speech',
    genre: 'Slides',
    title: talk.title || '',
    author: (talk.speakers || []).map((s) => splitName(s.name)).filter(Boolean),
  };
  if (m.title) item['event-title'] = m.title;
  if (m.city) item['event-place'] = m.city;
  const d = dateParts(m.date);
  if (d) item.issued = { 'date-parts': [d] };
  if (talk.abstract) item.abstract = talk.abstract;
  if (talk.language) item.language = talk.language;
  if (talk.tags?.length) item.keyword = talk.tags.join(', ');
  item.URL = url;
  return `${JSON.stringify([item], null, 2)}\n`;
}
