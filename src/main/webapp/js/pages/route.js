import { start, ready, requireRole } from '../layout.js';
import { get, put, post } from '../api.js';
import { el, $, clear, param } from '../dom.js';
import { t, formatDate } from '../i18n.js';
import { showErrors, clearErrors, messageOf } from '../forms.js';

const who = await start();
const path = `api/routes/${encodeURIComponent(param('story') ?? '')}/${encodeURIComponent(param('organisation') ?? '')}`;
let current = null;

function say(text) {
  const status = $('#route-status');
  status.textContent = text;
  status.focus();
}

function fact(key, value) {
  return [el('dt', { text: t(key) }), el('dd', {}, value)];
}

function show(view) {
  current = view;
  const route = view.route;
  $('#route-heading').textContent = route.storyTitle || t('story.untitled');
  clear($('#route-facts')).append(
    ...fact('inbox.organisation', route.organisationName ?? ''),
    ...fact('inbox.status', t(`inbox.status.${route.status}`)),
    ...fact('inbox.due', route.dueAt ? el('time', { datetime: route.dueAt, text: formatDate(route.dueAt) }) : ''),
    ...fact('inbox.answer', route.answered ? t('inbox.answered', { date: formatDate(route.answeredAt) }) : t('inbox.open')),
    ...fact('inbox.assignee', route.assigneeName ?? t('inbox.nobody')),
    ...fact('route.story', el('a', { href: `respond.html?story=${encodeURIComponent(route.storyId)}`, text: t('route.open') })));
  clear($('#assign-account')).append(el('option', { value: '', text: t('inbox.nobody') }),
    ...view.colleagues.map((c) => el('option', { value: c.id, selected: c.id === route.assigneeId, text: c.displayName })));
  clear($('#notes')).append(view.notes.length
    ? el('ul', { class: 'results' }, view.notes.map((n) => el('li', { class: 'card note' },
      el('p', { class: 'meta' }, `${n.authorName ?? ''} · `, el('time', { datetime: n.createdAt, text: formatDate(n.createdAt) })),
      el('p', { text: n.text }))))
    : el('p', { text: t('route.notes.none') }));
  $('#assign').hidden = false;
  $('#notes-section').hidden = false;
}

$('#assign').addEventListener('submit', async (event) => {
  event.preventDefault();
  const form = event.target;
  clearErrors(form);
  const chosen = $('#assign-account').value;
  try {
    show(await put(`${path}/assignee`, { accountId: chosen ? Number(chosen) : null, version: current.route.version }));
    say(t('route.assign.done', { name: current.route.assigneeName ?? t('inbox.nobody') }));
  } catch (problem) {
    showErrors(form, problem);
  }
});

$('#note').addEventListener('submit', async (event) => {
  event.preventDefault();
  const form = event.target;
  clearErrors(form);
  try {
    await post(`${path}/notes`, { text: $('#note-text').value });
    $('#note-text').value = '';
    show(await get(path));
    say(t('route.notes.done'));
  } catch (problem) {
    showErrors(form, problem);
  }
});

if (requireRole(who, ['RESPONDER', 'QUALITY_MANAGER'])) {
  try {
    show(await get(path));
  } catch (problem) {
    $('#route-status').textContent = messageOf(problem);
  }
}
ready();
