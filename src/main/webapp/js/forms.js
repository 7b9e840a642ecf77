// Errors from the API's problem+json shown next to their fields and in a summary at the top.
import { el, $$ } from './dom.js';
import { t, has } from './i18n.js';

export function clearErrors(form) {
  for (const node of $$('.error, .error-summary', form)) node.remove();
  for (const field of $$('[aria-invalid], [aria-describedby]', form)) {
    field.removeAttribute('aria-invalid');
    const ids = (field.getAttribute('aria-describedby') ?? '').split(' ').filter((id) => id && !id.endsWith('-error'));
    if (ids.length) field.setAttribute('aria-describedby', ids.join(' '));
    else field.removeAttribute('aria-describedby');
  }
}

function fieldFor(form, name) {
  const short = String(name ?? '').split('.').pop().replace(/\[\d+\]$/, '');
  return form.querySelector(`[name="${CSS.escape(short)}"]`) ?? form.querySelector(`[data-field="${CSS.escape(short)}"]`);
}

const KNOWN = {
  'must not be blank': 'violation.blank', 'must not be null': 'violation.null', 'must be a well-formed email address': 'violation.email',
  'an area needs latitude, longitude and radiusKm together': 'violation.area',
};

/**
 * A violation in the page's language: the form's own message for the field
 * ("violation.<form id>.<field>"), else the usual Bean Validation message translated, else as it came.
 */
function translated(form, field, message) {
  const own = `violation.${form.id}.${String(field ?? '').split('.').pop().replace(/\[\d+\]$/, '')}`;
  if (form.id && has(own)) return t(own);
  return KNOWN[message] ? t(KNOWN[message]) : message;
}

/** Violations in the order their fields stand in the form; those without a field last. */
function inPageOrder(form, violations) {
  const placed = violations.map((v) => ({ v, field: fieldFor(form, v.field) }));
  return placed.sort((a, b) => {
    if (!a.field || !b.field) return (a.field ? 0 : 1) - (b.field ? 0 : 1);
    return a.field.compareDocumentPosition(b.field) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
  }).map(({ v }) => v);
}

function labelOf(form, field) {
  if (['radio', 'checkbox'].includes(field.type) || !field.id) {
    return field.closest('fieldset')?.querySelector('legend')?.textContent ?? '';
  }
  return form.querySelector(`label[for="${CSS.escape(field.id)}"]`)?.textContent ?? field.closest('fieldset')?.querySelector('legend')?.textContent ?? '';
}

/** Marks a field (or every choice of a radio/checkbox group) invalid and links the message to it. */
function markInvalid(form, field, message) {
  const group = ['radio', 'checkbox'].includes(field.type) || !/^(INPUT|SELECT|TEXTAREA)$/.test(field.tagName);
  const holder = group ? (field.closest('fieldset') ?? field) : (field.closest('.field') ?? field.parentElement);
  const id = `${field.id || field.name || field.dataset.field}-error`;
  holder.append(el('p', { class: 'error', id, text: message }));
  const targets = field.name && group ? $$(`[name="${CSS.escape(field.name)}"]`, form) : [field];
  for (const target of targets) {
    target.setAttribute('aria-invalid', 'true');
    const described = (target.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean);
    target.setAttribute('aria-describedby', [...described, id].join(' '));
  }
  return targets[0];
}

/**
 * Shows a Problem (or any error) in the form: every violation next to its field and all of them in
 * one summary, in field order; focuses the summary so screen readers hear it. Without violations,
 * the summary says `message` if given, else the problem's usual message.
 */
export function showErrors(form, problem, message = null) {
  clearErrors(form);
  const items = [];
  for (const { field: name, message: raw } of inPageOrder(form, problem.violations ?? [])) {
    const violation = { field: name, message: translated(form, name, raw) };
    const field = fieldFor(form, violation.field);
    if (field) {
      const label = labelOf(form, field).trim();
      const focusable = markInvalid(form, field, violation.message);
      if (!focusable.id) focusable.id = `${violation.field}-field`;
      items.push(el('li', {}, el('a', { href: `#${focusable.id}`, text: label ? `${label}${/[?:.]$/.test(label) ? '' : ':'} ${violation.message}` : violation.message })));
    } else {
      items.push(el('li', { text: violation.message }));
    }
  }
  if (!items.length) items.push(el('li', { text: message || messageOf(problem) }));
  const summary = el('div', { class: 'error-summary', role: 'alert', tabindex: '-1' },
    el('h2', { text: t('form.errors') }), el('ul', {}, items));
  form.prepend(summary);
  summary.focus();
}

export function messageOf(problem) {
  if (problem?.status === 429) return t('error.tooMany');
  if (problem?.status === 409) return t('error.conflict');
  if (problem?.status === 401) return t('error.login');
  if (problem?.status === 403) return t('error.forbidden');
  return problem?.body?.detail || problem?.body?.title || problem?.message || t('error.generic');
}

/** The form's named fields as an object; empty strings become null. */
export function values(form) {
  const result = {};
  for (const [key, value] of new FormData(form)) result[key] = value === '' ? null : value;
  return result;
}
