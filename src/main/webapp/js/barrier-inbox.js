// The "Barrier reports" view of the staff inbox (GET /api/barriers/routed): the published barriers
// routed to the caller's organisations, newest first, filtered by status and category (a form that
// reloads the page with them), paged; each links to the barrier's page, where its status is set.
import { get } from './api.js';
import { el, param } from './dom.js';
import { t, formatDate } from './i18n.js';
import { pager } from './pager.js';

const STATUSES = ['REPORTED', 'CONFIRMED', 'BEING_FIXED', 'FIXED'];

function select(name, label, options, chosen) {
  const id = `barrier-filter-${name}`;
  return el('div', { class: 'field' }, el('label', { for: id, text: label }),
    el('select', { id, name }, el('option', { value: '', text: t('map.barriers.all') }),
      options.map(([value, text]) => el('option', { value, text, selected: value === chosen }))));
}

function filters(categories) {
  return el('form', { class: 'filters', method: 'get', 'aria-label': t('inbox.barriers.filters') },
    el('input', { type: 'hidden', name: 'view', value: 'barriers' }),
    select('status', t('barrier.status'), STATUSES.map((s) => [s, t(`barrier.status.${s}`)]), param('status')),
    select('category', t('barrier.category'), categories.map((c) => [c.code, c.label]), param('category')),
    el('div', { class: 'actions' }, el('button', { type: 'submit', class: 'secondary', text: t('inbox.barriers.filter') })));
}

function cell(key, ...content) {
  return el('td', { 'data-label': t(key) }, ...content);
}

function row(b) {
  const exact = b.exactLatitude == null ? '' : ` (${b.exactLatitude}, ${b.exactLongitude})`;
  return el('tr', { 'data-barrier': String(b.id), 'data-status': b.status },
    cell('barrier.place', el('a', { href: `../barrier.html?id=${encodeURIComponent(b.id)}`, text: b.place }), exact),
    cell('barrier.category', b.categoryLabel),
    cell('barrier.status', t(`barrier.status.${b.status}`)),
    cell('barrier.page.met', String(b.metCount)),
    cell('inbox.barriers.published', b.publishedAt ? el('time', { datetime: b.publishedAt, text: formatDate(b.publishedAt) }) : ''),
    cell('inbox.organisation', b.organisations.map((o) => o.name).join(', ')),
    cell('barrier.page.setStatus', b.status === 'FIXED' ? '✓'
      : el('a', { href: `../barrier.html?id=${encodeURIComponent(b.id)}#barrier-status-form`, text: t('barrier.page.setStatus'),
        'aria-label': `${t('barrier.page.setStatus')}: ${b.place}` })));
}

/** Shows the list in {@code container} and says how many in {@code status}. */
export async function showRoutedBarriers(container, status) {
  const query = new URLSearchParams({ size: 20, page: param('page') ?? 1 });
  for (const name of ['status', 'category']) if (param(name)) query.set(name, param(name));
  const [listed, categories] = await Promise.all([get(`api/barriers/routed?${query}`), get('api/barriers/categories')]);
  status.textContent = t('inbox.barriers.count', { count: listed.total });
  const columns = ['barrier.place', 'barrier.category', 'barrier.status', 'barrier.page.met', 'inbox.barriers.published',
    'inbox.organisation', 'barrier.page.setStatus'];
  const nav = el('nav', { class: 'pager', 'aria-label': t('search.pages') });
  container.append(filters(categories), listed.items.length ? el('table', { class: 'stack', id: 'routed-barriers' },
    el('caption', { class: 'visually-hidden', text: t('inbox.view.barriers') }),
    el('thead', {}, el('tr', {}, columns.map((k) => el('th', { scope: 'col', text: t(k) })))),
    el('tbody', {}, listed.items.map(row)))
    : el('p', { text: t('inbox.barriers.empty') }), nav);
  pager(nav, listed.page, listed.total, listed.size);
}
