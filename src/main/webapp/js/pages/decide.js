import { start, ready, requireRole } from '../layout.js';
import { get, post } from '../api.js';
import { el, $, clear, param } from '../dom.js';
import { t, formatDate, formatMonth } from '../i18n.js';
import { showErrors, clearErrors, messageOf } from '../forms.js';
import { themeLabel } from '../stories.js';

const who = await start();
const id = param('id');
const form = $('#decision');
const chosenThemes = new Map();
let story = null;
let allThemes = [];

const pdLabel = (kind) => t(`pd.${String(kind).toUpperCase()}`);
const isGood = (polarity) => String(polarity).toUpperCase() === 'GOOD';

function composedText(s) {
  const parts = [s.story];
  for (const key of ['good', 'improve', 'feeling']) if (s[key]) parts.push(`${t(`tell.${key}`)}\n${s[key]}`);
  return parts.filter(Boolean).join('\n\n');
}

/** The original story with every personal-data suggestion marked (as text nodes, never HTML). */
function highlighted(text, found) {
  const nodes = [];
  let at = 0;
  const spans = found.map((pd) => {
    if (text.slice(pd.start, pd.end) === pd.text) return { ...pd };
    const start = text.indexOf(pd.text);
    return start < 0 ? null : { ...pd, start, end: start + pd.text.length };
  }).filter(Boolean).sort((a, b) => a.start - b.start);
  for (const pd of spans) {
    if (pd.start < at) continue;
    nodes.push(text.slice(at, pd.start), el('mark', { class: 'pd', 'data-kind': pdLabel(pd.kind), text: text.slice(pd.start, pd.end) }));
    at = pd.end;
  }
  nodes.push(text.slice(at));
  return nodes;
}

function suggestion(pd, index) {
  const replacement = el('input', { type: 'text', id: `pd-${index}`, value: pd.replacement ?? `[${pdLabel(pd.kind)}]` });
  const status = el('span', { role: 'status' });
  const accept = el('button', { type: 'button', class: 'secondary', text: t('decide.redact') });
  accept.addEventListener('click', () => {
    const text = $('#text');
    if (text.value.includes(pd.text)) {
      text.value = text.value.split(pd.text).join(replacement.value);
      status.textContent = t('decide.redacted');
      accept.disabled = true;
    } else {
      status.textContent = t('decide.notFoundInText');
    }
  });
  return el('li', { class: 'card pd-suggestion' },
    el('p', {}, el('strong', { text: `${pdLabel(pd.kind)}: ` }), el('mark', { class: 'pd', text: pd.text })),
    el('label', { for: replacement.id, text: t('decide.replacement') }), replacement,
    el('div', { class: 'actions' }, accept, status));
}

function themeChip(code) {
  const theme = allThemes.find((th) => th.code === code) ?? { code };
  const polarity = chosenThemes.get(code);
  const name = `polarity-${code}`;
  const radio = (value) => el('label', { class: 'choice' },
    el('input', { type: 'radio', name, value, checked: polarity === value, onchange: () => chosenThemes.set(code, value) }), t(`polarity.${value}`));
  return el('li', { class: 'card theme-choice' },
    el('fieldset', { class: 'plain' }, el('legend', { text: themeLabel(theme) }),
      el('div', { class: 'choices-inline' }, radio('GOOD'), radio('IMPROVE'),
        el('button', { type: 'button', class: 'secondary', onclick: () => { chosenThemes.delete(code); drawThemes(); }, text: t('decide.removeTheme') }))));
}

function drawThemes() {
  const add = el('select', { id: 'add-theme' }, el('option', { value: '', text: t('decide.addTheme.choose') }),
    allThemes.filter((th) => !chosenThemes.has(th.code)).map((th) => el('option', { value: th.code, text: themeLabel(th) })));
  clear($('#themes')).append(
    el('ul', { class: 'results' }, [...chosenThemes.keys()].map(themeChip)),
    el('div', { class: 'field' }, el('label', { for: 'add-theme', text: t('decide.addTheme') }), add,
      el('button', { type: 'button', class: 'secondary', onclick: () => { if (add.value) { chosenThemes.set(add.value, 'IMPROVE'); drawThemes(); $('#add-theme').focus(); } }, text: t('decide.addTheme.button') })));
}

function drawCriticality(suggested) {
  $('#criticality-hint').textContent = t('decide.criticality.hint', { value: suggested ?? '–' });
  $('#criticality').append(...[0, 1, 2, 3, 4, 5].map((n) => el('label', { class: 'choice' },
    el('input', { type: 'radio', name: 'criticality', value: n, id: n === 0 ? 'criticality-0' : null, checked: n === (suggested ?? 0) }),
    `${n} – ${t(`criticality.${n}`)}`)));
}

function drawAudit(audit = []) {
  $('#audit').append(audit.length ? el('table', {}, el('caption', { class: 'visually-hidden', text: t('decide.audit') }),
    el('thead', {}, el('tr', {}, ['audit.at', 'audit.who', 'audit.action', 'audit.reason'].map((k) => el('th', { scope: 'col', text: t(k) })))),
    el('tbody', {}, audit.map((a) => el('tr', {}, el('td', { text: formatDate(a.at) }), el('td', { text: a.moderator ?? a.moderatorId ?? '' }),
      el('td', { text: a.action }), el('td', { text: a.reason ?? '' })))))
    : el('p', { text: t('decide.noAudit') }));
}

function show(s) {
  story = s;
  const analysis = s.analysis ?? {};
  $('#story-meta').textContent = [(s.services ?? []).map((x) => x.name ?? x).join(', '), s.relation ? t(`relation.${s.relation}`) : '',
    formatMonth(s.happened), s.hasEmail ? t('decide.hasEmail') : '', analysis.language ? t('decide.language', { language: analysis.language }) : ''].filter(Boolean).join(' · ');
  if (analysis.safeguarding?.length) {
    $('#safeguarding').hidden = false;
    $('#safeguarding').textContent = `⚠ ${t('decide.safeguarding')}: ${analysis.safeguarding.map((x) => `${x.kind}: “${x.text}”`).join('; ')}`;
  }
  form.title.value = s.title ?? '';
  $('#text').value = s.text ?? composedText(s);
  const found = analysis.personalData ?? [];
  $('#highlighted').append(...highlighted(s.text ?? composedText(s), found));
  $('#personal').append(...(found.length ? found.map(suggestion) : [el('li', { text: t(s.analysis ? 'decide.noPersonal' : 'decide.noAnalysis') })]));
  for (const theme of analysis.themes ?? []) chosenThemes.set(theme.code, isGood(theme.polarity) ? 'GOOD' : 'IMPROVE');
  drawThemes();
  drawCriticality(analysis.criticality);
  const original = $('#original');
  for (const key of ['story', 'good', 'improve', 'feeling']) {
    if (s[key]) original.append(el('dt', { text: t(key === 'story' ? 'tell.story.label' : `tell.${key}`) }), el('dd', { class: 'story-text', text: s[key] }));
  }
  drawAudit(s.audit);
  $('#decide').hidden = false;
}

async function decide(body) {
  clearErrors(form);
  try {
    await post(`api/moderation/stories/${encodeURIComponent(id)}/decision`, { version: story.version, ...body });
    location.href = `moderation.html?decided=${body.action}`;
  } catch (problem) {
    showErrors(form, problem);
  }
}

if (requireRole(who, ['MODERATOR', 'ADMIN'])) {
  allThemes = await get('api/themes').then((x) => (Array.isArray(x) ? x : x.items ?? [])).catch(() => []);
  try {
    show(await get(`api/moderation/stories/${encodeURIComponent(id)}`));
  } catch (problem) {
    $('#decide-status').textContent = messageOf(problem);
  }
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    decide({
      action: 'PUBLISH', title: form.title.value, text: $('#text').value,
      criticality: Number(form.criticality.value),
      themes: [...chosenThemes].map(([code, polarity]) => ({ code, polarity })),
    });
  });
  $('#reject').addEventListener('click', () => decide({ action: 'REJECT', reason: form.reason.value }));
}
ready();
