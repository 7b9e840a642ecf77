import { start, ready, requireRole } from '../layout.js';
import { get, post } from '../api.js';
import { el, $ } from '../dom.js';
import { t, formatDate } from '../i18n.js';
import { messageOf } from '../forms.js';

const who = await start();
if (requireRole(who, ['RESPONDER', 'QUALITY_MANAGER', 'ADMIN'])) {
  try {
    const inbox = await get('api/inbox?size=100');
    const items = inbox.items ?? inbox;
    $('#inbox-status').textContent = t('inbox.count', { count: items.filter((i) => !i.read).length });
    $('#inbox').append(items.length ? el('table', {},
      el('caption', { class: 'visually-hidden', text: t('inbox.heading') }),
      el('thead', {}, el('tr', {}, ['inbox.story', 'inbox.kind', 'inbox.created', 'inbox.due', 'inbox.state'].map((k) => el('th', { scope: 'col', text: t(k) })))),
      el('tbody', {}, items.map((item) => el('tr', {},
        el('td', {}, el('a', {
          href: `respond.html?story=${encodeURIComponent(item.storyId)}`, text: item.storyTitle || t('story.untitled'),
          onclick: () => post(`api/inbox/${item.id}/read`).catch(() => null),
        })),
        el('td', { text: t(`inbox.kind.${item.kind}`) }),
        el('td', { text: formatDate(item.createdAt) }),
        el('td', { text: `${formatDate(item.dueAt)}${item.overdue ? ` ⚠ ${t('inbox.overdue')}` : ''}` }),
        el('td', { text: item.read ? t('inbox.read') : `● ${t('inbox.unread')}` })))))
      : el('p', { text: t('inbox.empty') }));
  } catch (problem) {
    $('#inbox-status').textContent = messageOf(problem);
  }
}
ready();
