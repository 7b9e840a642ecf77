// "Report": anyone tells the moderators what is wrong with a published story or response (no account).
import { el } from './dom.js';
import { post } from './api.js';
import { t } from './i18n.js';
import { showErrors, clearErrors } from './forms.js';

const REASONS = ['PERSONAL_DATA', 'OFFENSIVE', 'UNTRUE', 'OFF_TOPIC', 'OTHER'];

/** A disclosure with the report form; `path` is the API path to post to, `key` makes its ids unique on the page. */
export function reportForm(path, key, summaryText) {
  const status = el('p', { role: 'status', id: `report-${key}-status` });
  const hint = el('p', { id: `report-${key}-hint`, class: 'hint', text: t('report.hint') });
  const form = el('form', { class: 'report-form', novalidate: true, 'aria-describedby': hint.id },
    hint,
    el('fieldset', {},
      el('legend', { text: t('report.reason') }),
      REASONS.map((reason) => el('div', { class: 'choice' },
        el('input', { type: 'radio', name: 'reason', value: reason, id: `report-${key}-${reason}` }),
        el('label', { for: `report-${key}-${reason}`, text: t(`report.reason.${reason}`) })))),
    el('div', { class: 'field' },
      el('label', { for: `report-${key}-text`, text: t('report.text') }),
      el('textarea', { id: `report-${key}-text`, name: 'text', rows: 3, maxlength: 2000 })),
    el('button', { type: 'submit', text: t('report.submit') }),
    status);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors(form);
    status.textContent = '';
    const reason = form.querySelector('input[name=reason]:checked')?.value ?? '';
    try {
      await post(path, { reason, text: form.elements.text.value });
      form.reset();
      status.textContent = t('report.received');
    } catch (problem) {
      showErrors(form, problem);
    }
  });
  return el('details', { class: 'report' }, el('summary', { text: summaryText }), form);
}
