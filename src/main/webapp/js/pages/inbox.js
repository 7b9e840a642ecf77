import { start, ready, requireRole } from '../layout.js';
import { get, post } from '../api.js';
import { el, $, param } from '../dom.js';
import { t, formatDate, formatDateTime } from '../i18n.js';
import { messageOf } from '../forms.js';
import { showRoutedBarriers } from '../barrier-inbox.js';

const who = await start();
const RESPONDS = ['RESPONDER', 'ADMIN'];

/** A date people read and a machine can check (a time element). */
function date(iso) {
  return iso ? el('time', { datetime: iso, text: formatDate(iso) }) : '';
}

function cell(key, className, ...content) {
  return el('td', { class: className, 'data-label': t(key) }, ...content);
}

/**
 * A story held for the organisation: not public until the date, or until a responder confirms
 * they have seen it (which makes it public now).
 */
function held(item) {
  const note = el('p', { class: 'held', text: item.heldUntil ? t('inbox.held', { date: formatDateTime(item.heldUntil) }) : t('inbox.heldUntilReleased') });
  if (!RESPONDS.includes(who.role) || who.role === 'ADMIN') return note;
  const status = el('span', { role: 'status' });
  const button = el('button', { type: 'button', class: 'acknowledge', text: t('inbox.acknowledge'), onclick: async () => {
    try {
      await post(`api/stories/${encodeURIComponent(item.storyId)}/acknowledgement`);
      note.textContent = t('inbox.acknowledged');
      button.remove();
    } catch (problem) {
      status.textContent = messageOf(problem);
    }
  } });
  return el('div', {}, note, button, status);
}

/** A row opens the answer page for those who answer; the others read the public story. */
function row(item) {
  const href = RESPONDS.includes(who.role) ? `respond.html?story=${encodeURIComponent(item.storyId)}`
    : `../story.html?id=${encodeURIComponent(item.storyId)}`;
  return el('tr', { 'data-answered': String(Boolean(item.answeredAt)), class: item.answeredAt ? 'answered' : null },
    cell('inbox.story', 'story', el('a', {
      href, text: item.storyTitle || t('story.untitled'), onclick: () => post(`api/inbox/${item.id}/read`).catch(() => null),
    })),
    cell('inbox.service', 'service', (item.services ?? []).join(', ') || t('inbox.noService')),
    cell('inbox.criticality', 'criticality', item.criticality ?? '–'),
    cell('inbox.kind', 'kind', t(`inbox.kind.${item.kind}`), item.held ? held(item) : ''),
    cell('inbox.received', 'received', date(item.receivedAt)),
    cell('inbox.due', 'due', date(item.dueAt), item.overdue ? ` ⚠ ${t('inbox.overdue')}` : ''),
    cell('inbox.answer', 'answer', item.answeredAt ? `✓ ${t('inbox.answered', { date: formatDate(item.answeredAt) })}`
      : `${t('inbox.open')}${item.read ? '' : ` · ${t('inbox.unread')}`}`));
}

/** The organisation view: every story routed to my organisations, with its state and assignee. */
function organisationRow(item) {
  const href = `route.html?${new URLSearchParams({ story: item.storyId, organisation: item.organisationId })}`;
  return el('tr', { 'data-story': String(item.storyId), 'data-status': item.status },
    cell('inbox.story', 'story', el('a', { href, text: item.storyTitle || t('story.untitled') })),
    cell('inbox.organisation', 'organisation', item.organisationName ?? ''),
    cell('inbox.status', 'status', t(`inbox.status.${item.status}`)),
    cell('inbox.due', 'due', date(item.dueAt)),
    cell('inbox.answer', 'answer', item.answered ? `✓ ${t('inbox.answered', { date: formatDate(item.answeredAt) })}` : t('inbox.open')),
    cell('inbox.assignee', 'assignee', item.assigneeName ?? t('inbox.nobody')));
}

function table(items, columns, toRow) {
  return el('table', { class: 'stack' },
    el('caption', { class: 'visually-hidden', text: t('inbox.heading') }),
    el('thead', {}, el('tr', {}, columns.map((k) => el('th', { scope: 'col', text: t(k) })))),
    el('tbody', {}, items.map(toRow)));
}

function views(current) {
  const link = (view, key) => el('a', { href: `inbox.html?view=${view}`, 'aria-current': view === current ? 'page' : null, text: t(key) });
  $('#inbox-views').append(el('ul', { class: 'actions tight' }, el('li', {}, link('mine', 'inbox.view.mine')),
    el('li', {}, link('organisation', 'inbox.view.organisation')), el('li', {}, link('barriers', 'inbox.view.barriers'))));
}

async function showMine() {
  const inbox = await get('api/inbox?size=100');
  const items = inbox.items ?? inbox;
  const open = items.filter((i) => !i.answeredAt);
  $('#inbox-status').textContent = t('inbox.count', { open: open.length, overdue: open.filter((i) => i.overdue).length });
  const columns = ['inbox.story', 'inbox.service', 'inbox.criticality', 'inbox.kind', 'inbox.received', 'inbox.due', 'inbox.answer'];
  $('#inbox').append(items.length ? table(items, columns, row) : el('p', { text: t('inbox.empty') }));
}

async function showOrganisation() {
  const items = (await get('api/inbox?scope=organisation&size=100')).items;
  const open = items.filter((i) => !i.answered);
  $('#inbox-status').textContent = t('inbox.count', { open: open.length, overdue: open.filter((i) => i.overdue).length });
  const columns = ['inbox.story', 'inbox.organisation', 'inbox.status', 'inbox.due', 'inbox.answer', 'inbox.assignee'];
  $('#inbox').append(items.length ? table(items, columns, organisationRow) : el('p', { text: t('inbox.empty.organisation') }));
}

if (requireRole(who, ['RESPONDER', 'QUALITY_MANAGER', 'ADMIN'])) {
  const view = ['organisation', 'barriers'].includes(param('view')) ? param('view') : 'mine';
  views(view);
  const heading = $('h1');
  heading.dataset.i18n = view === 'barriers' ? 'inbox.heading.barriers' : 'inbox.heading';
  heading.textContent = t(heading.dataset.i18n);
  const shown = { mine: showMine, organisation: showOrganisation, barriers: () => showRoutedBarriers($('#inbox'), $('#inbox-status')) };
  try {
    await shown[view]();
  } catch (problem) {
    $('#inbox-status').textContent = messageOf(problem);
  }
}
ready();
