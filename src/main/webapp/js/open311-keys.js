// The admin page's Open311 tab: API keys for civic apps, issued one per app (the key is shown once) and revoked.
import { get, post, del } from './api.js';
import { el, clear } from './dom.js';
import { t } from './i18n.js';
import { showErrors, clearErrors, messageOf } from './forms.js';

const when = (at) => (at ? new Date(at).toLocaleString(document.documentElement.lang) : '');

export function open311Keys(panel) {
  const form = el('form', { id: 'open311-form', novalidate: true },
    el('h2', { text: t('admin.open311.new') }),
    el('div', { class: 'field' }, el('label', { for: 'open311-name', text: t('admin.open311.name') }),
      el('input', { id: 'open311-name', name: 'name', type: 'text', maxlength: '100', autocomplete: 'off' })),
    el('div', { class: 'actions' }, el('button', { type: 'submit', text: t('admin.open311.issue') })));
  const issued = el('div', { id: 'open311-issued', tabindex: '-1' });
  const list = el('div');
  const status = el('p', { role: 'status', tabindex: '-1', id: 'open311-status' });
  panel.append(status, issued, el('div', { class: 'two' }, list, form));

  function row(k) {
    const revoke = k.revokedAt ? null : el('button', { type: 'button', class: 'secondary', text: t('admin.open311.revoke'),
      'aria-label': `${t('admin.open311.revoke')}: ${k.name}`, onclick: () => done(del(`api/admin/open311/keys/${k.id}`), k) });
    return el('tr', {}, el('td', { text: k.name }), el('td', {}, el('code', { text: `${k.prefix}…` })),
      el('td', { text: when(k.lastUsedAt) }),
      el('td', { text: k.revokedAt ? t('admin.open311.revokedAt', { at: when(k.revokedAt) }) : t('admin.open311.active') }),
      el('td', {}, revoke));
  }

  async function load() {
    try {
      const keys = await get('api/admin/open311/keys');
      const caption = t('admin.open311.list', { count: keys.length });
      clear(list).append(el('div', { class: 'table-scroll', role: 'region', tabindex: '0', 'aria-label': caption }, el('table', {},
        el('caption', { text: caption }),
        el('thead', {}, el('tr', {}, ['admin.open311.name', 'admin.open311.prefix', 'admin.open311.lastUsed', 'admin.open311.state',
          'admin.open311.action'].map((key) => el('th', { scope: 'col', text: t(key) })))),
        el('tbody', {}, keys.map(row)))));
    } catch (problem) {
      status.textContent = messageOf(problem);
    }
  }

  async function done(request, key) {
    try {
      await request;
      status.textContent = t('admin.open311.revoked', { name: key.name });
    } catch (problem) {
      status.textContent = messageOf(problem);
    }
    await load();
  }

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors(form);
    try {
      const key = await post('api/admin/open311/keys', { name: form.elements.name.value });
      clear(issued).append(el('h2', { text: t('admin.open311.issued', { name: key.name }) }),
        el('p', { text: t('admin.open311.shownOnce') }), el('p', {}, el('code', { id: 'open311-key', text: key.key })));
      form.reset();
      issued.focus();
      await load();
    } catch (problem) {
      if (problem.violations?.length) showErrors(form, problem);
      else status.textContent = messageOf(problem);
    }
  });
  return { load };
}
