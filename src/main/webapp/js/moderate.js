// What the two decision pages (a story, a reply) share: personal data marked and replaced,
// safeguarding concerns in plain words with guidance, and the escalation form.
import { el, $, clear } from './dom.js';
import { t } from './i18n.js';
import { post } from './api.js';
import { showErrors, clearErrors } from './forms.js';

export const pdLabel = (kind) => t(`pd.${String(kind).toUpperCase()}`);
const SAFEGUARDING_KINDS = ['suicide', 'self_harm', 'abuse', 'neglect', 'violence'];
const CONTEXT = 40;

/** The findings placed in the text (where the text moved, found again by their words), in order, not overlapping. */
function placed(text, found) {
  let at = 0;
  return found.map((pd) => {
    if (text.slice(pd.start, pd.end) === pd.text) return { ...pd };
    const start = text.indexOf(pd.text);
    return start < 0 ? null : { ...pd, start, end: start + pd.text.length };
  }).filter(Boolean).sort((a, b) => a.start - b.start).filter((pd) => {
    if (pd.start < at) return false;
    at = pd.end;
    return true;
  });
}

const mark = (pd, text) => el('mark', { class: 'pd', 'data-kind': pdLabel(pd.kind), text });

/** The text with every personal-data suggestion marked (as text nodes, never HTML). */
export function highlighted(text, found) {
  const nodes = [];
  let at = 0;
  for (const pd of placed(text, found)) {
    nodes.push(text.slice(at, pd.start), mark(pd, text.slice(pd.start, pd.end)));
    at = pd.end;
  }
  nodes.push(text.slice(at));
  return nodes;
}

/** A few words either side of a finding, so the moderator sees it marked where it stands. */
function inContext(text, pd) {
  let from = Math.max(0, pd.start - CONTEXT);
  let to = Math.min(text.length, pd.end + CONTEXT);
  // whole words only
  while (from > 0 && from < pd.start && !/\s/.test(text[from - 1])) from += 1;
  while (to < text.length && to > pd.end && !/\s/.test(text[to])) to -= 1;
  return el('p', { class: 'pd-context' }, from > 0 ? '…' : '', text.slice(from, pd.start), mark(pd, pd.text),
    text.slice(pd.end, to), to < text.length ? '…' : '');
}

/**
 * The personal-data suggestions under the text: each with its replacement (editable) and a button
 * that replaces it everywhere in the text, and one "Replace all" button for every suggestion at once.
 */
export function suggestions(list, textarea, text, found, emptyKey) {
  // the same words found twice are one suggestion: replacing it replaces them everywhere
  const spans = placed(text, found).filter((pd, index, all) => all.findIndex((other) => other.text === pd.text) === index);
  const items = spans.map((pd, index) => {
    const replacement = el('input', { type: 'text', id: `pd-${index}`, value: pd.replacement ?? `[${pdLabel(pd.kind)}]` });
    const status = el('span', { role: 'status' });
    const accept = el('button', { type: 'button', class: 'secondary', text: t('decide.redact'), 'aria-label': `${t('decide.redact')}: ${pd.text}` });
    const replace = () => {
      if (accept.disabled) return true;
      if (!textarea.value.includes(pd.text)) {
        status.textContent = t('decide.notFoundInText');
        return false;
      }
      textarea.value = textarea.value.split(pd.text).join(replacement.value);
      status.textContent = t('decide.redacted');
      accept.disabled = true;
      return true;
    };
    accept.addEventListener('click', replace);
    const item = el('li', { class: 'card pd-suggestion' },
      el('p', {}, el('strong', { text: `${pdLabel(pd.kind)}: ` }), el('mark', { class: 'pd', text: pd.text })),
      inContext(text, pd),
      el('div', { class: 'field' }, el('label', { for: replacement.id, text: t('decide.replacement') }), replacement),
      el('div', { class: 'actions' }, accept, status));
    item.replace = replace;
    return item;
  });
  if (!items.length) {
    clear(list).append(el('li', { text: t(emptyKey) }));
    return;
  }
  const allStatus = el('span', { role: 'status', id: 'replace-all-status' });
  const all = el('button', { type: 'button', id: 'replace-all', text: t('decide.replaceAll') });
  all.addEventListener('click', () => {
    const done = items.map((item) => item.replace()).filter(Boolean).length;
    allStatus.textContent = t('decide.replacedAll', { count: done, total: items.length });
    all.disabled = done === items.length;
  });
  clear(list).append(el('li', { class: 'actions replace-all' }, all, allStatus), ...items);
}

/** The safeguarding concerns in plain words, the passage that raised each, and what to do. */
export function safeguarding(panel, flags) {
  if (!flags?.length) {
    panel.hidden = true;
    return;
  }
  const kinds = [...new Set(flags.map((f) => String(f.kind).toLowerCase()))];
  clear(panel).append(
    el('h2', { id: 'safeguarding-heading', text: `⚠ ${t('safeguarding.heading')}` }),
    el('ul', { id: 'concerns' }, kinds.map((kind) => el('li', { 'data-kind': kind },
      el('strong', { text: SAFEGUARDING_KINDS.includes(kind) ? t(`safeguarding.kind.${kind}`) : t('safeguarding.kind.other') }),
      el('ul', {}, flags.filter((f) => String(f.kind).toLowerCase() === kind)
        .map((f) => el('li', {}, el('q', { class: 'story-text', text: f.text }))))))),
    el('p', { text: t('safeguarding.guidance') }),
    el('p', { text: t('safeguarding.emergency') }));
  panel.setAttribute('aria-labelledby', 'safeguarding-heading');
  panel.hidden = false;
}

/** The escalation form: the note goes to the endpoint as ESCALATE; done() is told once it was taken. */
export function escalation(form, path, version, done) {
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors(form);
    const status = $('#escalate-status', form);
    status.textContent = '';
    try {
      await post(path, { action: 'ESCALATE', version: version(), reason: form.reason.value });
      status.textContent = t('safeguarding.escalated');
      form.reason.value = '';
      await done?.();
    } catch (problem) {
      showErrors(form, problem);
    }
  });
}
