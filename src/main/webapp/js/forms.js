// Errors from the API's problem+json shown next to their fields and in a summary at the top.
import { el, $$ } from './dom.js';
import { t } from './i18n.js';

export function clearErrors(form) {
  for (const node of $$('.error, .error-summary', form)) node.remove();
  for (const field of $$('[aria-invalid]', form)) {
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

/** Shows a Problem (or any error) in the form; focuses the summary so screen readers hear it. */
export function showErrors(form, problem) {
  clearErrors(form);
  const items = [];
  for (const violation of problem.violations ?? []) {
    const field = fieldFor(form, violation.field);
    if (field) {
      const id = `${field.id || field.name}-error`;
      const message = el('p', { class: 'error', id, text: violation.message });
      (field.closest('.field') ?? field.parentElement).append(message);
      field.setAttribute('aria-invalid', 'true');
      const described = (field.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean);
      field.setAttribute('aria-describedby', [...described, id].join(' '));
      items.push(el('li', {}, el('a', { href: `#${field.id}`, text: violation.message })));
    } else {
      items.push(el('li', { text: violation.message }));
    }
  }
  if (!items.length) items.push(el('li', { text: messageOf(problem) }));
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
