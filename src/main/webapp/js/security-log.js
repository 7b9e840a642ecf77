// The security log for admins: filter by kind, account and days, newest first, 50 a page.
import { get, query } from './api.js';
import { el, clear } from './dom.js';
import { t } from './i18n.js';
import { showErrors, clearErrors, messageOf } from './forms.js';

const KINDS = ['LOGIN', 'LOGIN_FAILED', 'LOGIN_THROTTLED', 'LOGIN_DISABLED', 'LOGOUT', 'SECOND_FACTOR_ENROLLED',
  'SECOND_FACTOR_VERIFIED', 'SECOND_FACTOR_FAILED', 'SECOND_FACTOR_REMOVED', 'SSO_LOGIN', 'SSO_FAILED', 'UNAUTHORIZED',
  'FORBIDDEN', 'ACCOUNT_CREATED', 'ACCOUNT_DISABLED', 'ACCOUNT_ENABLED', 'ROLE_CHANGED', 'ORGANISATIONS_CHANGED',
  'PASSWORD_CHANGED', 'PASSWORD_RESET_REQUESTED', 'PASSWORD_RESET', 'PASSWORD_RESET_REFUSED', 'PERSONAL_DATA_EXPORTED',
  'WEBHOOK_REGISTERED', 'WEBHOOK_CHANGED', 'WEBHOOK_DELETED', 'WEBHOOK_SECRET_RENEWED', 'WEBHOOK_REDELIVERED', 'WEBHOOK_DISABLED',
  'OPEN311_KEY_ISSUED', 'OPEN311_KEY_REVOKED'];
const SIZE = 50;

const field = (id, key, control) => el('div', { class: 'field' }, el('label', { for: id, text: t(key) }), control);

export function securityLog(panel) {
  const form = el('form', { id: 'security-form', novalidate: true },
    field('security-kind', 'admin.security.kind', el('select', { id: 'security-kind', name: 'kind' },
      el('option', { value: '', text: t('admin.security.anyKind') }), KINDS.map((k) => el('option', { value: k, text: k })))),
    field('security-account', 'admin.security.account', el('input', { id: 'security-account', name: 'account', type: 'text', inputmode: 'numeric' })),
    field('security-from', 'admin.security.from', el('input', { id: 'security-from', name: 'from', type: 'date' })),
    field('security-to', 'admin.security.to', el('input', { id: 'security-to', name: 'to', type: 'date' })),
    el('div', { class: 'actions' }, el('button', { type: 'submit', text: t('admin.security.show') })));
  const list = el('div');
  const status = el('p', { role: 'status', tabindex: '-1' });
  panel.append(form, status, list);
  let page = 1;

  async function load() {
    clearErrors(form);
    const asked = Object.fromEntries([...new FormData(form)].filter(([, v]) => v !== ''));
    try {
      const found = await get(`api/admin/security-events?${query({ ...asked, page, size: SIZE })}`);
      const caption = t('admin.security.list', { count: found.total });
      const pages = Math.max(1, Math.ceil(found.total / SIZE));
      const turn = (to, key) => el('button', { type: 'button', class: 'secondary', text: t(key), onclick: () => { page = to; load(); } });
      clear(list).append(el('div', { class: 'table-scroll', role: 'region', tabindex: '0', 'aria-label': caption }, el('table', {},
        el('caption', { text: caption }),
        el('thead', {}, el('tr', {}, ['admin.security.at', 'admin.security.kind', 'admin.security.actor', 'admin.security.subject',
          'admin.security.client', 'admin.security.detail'].map((key) => el('th', { scope: 'col', text: t(key) })))),
        el('tbody', {}, found.items.map((e) => el('tr', {},
          [new Date(e.at).toLocaleString(document.documentElement.lang), e.kind, e.actorAccountId ?? '', e.subjectAccountId ?? '',
            (e.client ?? '').slice(0, 10), e.detail ?? ''].map((text) => el('td', { text: String(text) }))))))),
      el('div', { class: 'actions tight' }, page > 1 ? turn(page - 1, 'search.previous') : null,
        el('span', { text: t('search.page', { page, pages }) }), page < pages ? turn(page + 1, 'search.next') : null));
    } catch (problem) {
      if (problem.violations?.length) showErrors(form, problem);
      else status.textContent = messageOf(problem);
    }
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    page = 1;
    load();
  });
  return { load };
}
