// Administrators keep the library of moderation reasons: a label for moderators and a text for storytellers, in EN and DE.
import { start, ready, requireRole } from '../layout.js';
import { get, post, put, del } from '../api.js';
import { $, el, clear } from '../dom.js';
import { t, language } from '../i18n.js';
import { showErrors, clearErrors, messageOf } from '../forms.js';

const FIELDS = [['labelEn', 'input'], ['labelDe', 'input'], ['textEn', 'textarea'], ['textDe', 'textarea'], ['position', 'number']];
const status = $('#reasons-status');
const label = (r) => (language() === 'de' ? r.labelDe : r.labelEn);

function field(name, kind, value) {
  const id = `reason-${name}`;
  const control = kind === 'textarea' ? el('textarea', { id, name }) : el('input', { id, name, type: kind === 'number' ? 'number' : 'text' });
  control.value = value ?? '';
  return el('div', { class: 'field' }, el('label', { for: id, text: t(`reasons.field.${name}`) }), control);
}

function edit(reason) {
  const form = el('form', { novalidate: true, id: 'reason-form' },
    el('h2', { text: reason ? t('reasons.edit', { code: reason.code }) : t('reasons.new') }),
    reason ? null : el('div', { class: 'field' }, el('label', { for: 'reason-code', text: t('reasons.field.code') }),
      el('p', { class: 'hint', id: 'reason-code-hint', text: t('reasons.codeHint') }),
      el('input', { id: 'reason-code', name: 'code', type: 'text', 'aria-describedby': 'reason-code-hint' })),
    FIELDS.map(([name, kind]) => field(name, kind, reason?.[name])),
    el('div', { class: 'actions' }, el('button', { type: 'submit', text: t('admin.save') }),
      reason ? el('button', { type: 'button', class: 'secondary', onclick: () => edit(null), text: t('admin.cancel') }) : null));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors(form);
    const body = Object.fromEntries(FIELDS.map(([name, kind]) => [name,
      kind === 'number' ? (form.elements[name].value === '' ? null : Number(form.elements[name].value)) : form.elements[name].value]));
    try {
      if (reason) await put(`api/admin/reasons/${encodeURIComponent(reason.code)}`, { ...body, version: reason.version });
      else await post('api/admin/reasons', { ...body, code: form.elements.code.value });
      status.textContent = t('admin.saved');
      await load();
      edit(null);
    } catch (problem) {
      showErrors(form, problem);
    }
  });
  clear($('#reasons-form')).append(form);
}

async function remove(reason) {
  try {
    await del(`api/admin/reasons/${encodeURIComponent(reason.code)}?version=${reason.version}`);
    status.textContent = t('admin.removed');
    await load();
  } catch (problem) {
    status.textContent = messageOf(problem);
  }
  status.focus();
}

async function load() {
  const reasons = await get('api/moderation/reasons');
  const caption = t('reasons.list', { count: reasons.length });
  clear($('#reasons-list')).append(el('div', { class: 'table-scroll', role: 'region', tabindex: '0', 'aria-label': caption },
    el('table', { id: 'reasons-table' }, el('caption', { text: caption }),
      el('thead', {}, el('tr', {}, ['reasons.field.code', 'reasons.label', 'reasons.field.position', 'admin.actions']
        .map((key) => el('th', { scope: 'col', text: t(key) })))),
      el('tbody', {}, reasons.map((r) => el('tr', {},
        el('td', { text: r.code }), el('td', { text: label(r) }), el('td', { text: r.position }),
        el('td', {}, el('div', { class: 'actions tight' },
          el('button', { type: 'button', class: 'secondary', 'aria-label': `${t('admin.edit')}: ${label(r)}`, onclick: () => edit(r), text: t('admin.edit') }),
          el('button', { type: 'button', class: 'secondary', 'aria-label': `${t('admin.remove')}: ${label(r)}`, onclick: () => remove(r), text: t('admin.remove') })))))))));
}

const who = await start();
if (requireRole(who, ['ADMIN'])) {
  try {
    await load();
  } catch (problem) {
    status.textContent = messageOf(problem);
  }
  edit(null);
}
ready();
