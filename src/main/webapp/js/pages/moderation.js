import { start, ready, requireRole } from '../layout.js';
import { get, post, url } from '../api.js';
import { el, $, param } from '../dom.js';
import { t, formatDate } from '../i18n.js';
import { messageOf } from '../forms.js';
import { contributions } from '../contribution-moderation.js';
import { barrierQueue } from '../barrier-moderation.js';
import { itemDecisions } from '../item-decisions.js';

const who = await start();
if (requireRole(who, ['MODERATOR', 'ADMIN'])) {
  confirmDecision();
  try {
    const queue = await get('api/moderation/queue?size=100');
    const items = queue.items ?? queue;
    $('#queue-status').textContent = t('moderation.count', { count: items.length });
    $('#queue').append(items.length ? el('table', {},
      el('caption', { text: t('moderation.queue') }),
      el('thead', {}, el('tr', {}, ['moderation.story', 'moderation.services', 'moderation.submitted', 'moderation.criticality', 'moderation.safeguarding']
        .map((key) => el('th', { scope: 'col', text: t(key) })))),
      el('tbody', {}, items.map((item) => el('tr', {},
        el('td', {}, el('a', { href: `decide.html?id=${encodeURIComponent(item.id)}`, text: item.title || t('story.untitled') })),
        el('td', { text: (item.services ?? []).map((s) => s.name ?? s).join(', ') }),
        el('td', { text: formatDate(item.submittedAt) }),
        el('td', { text: item.suggestedCriticality ?? '–' }),
        el('td', { text: item.safeguarding ? `⚠ ${t('moderation.yes')}` : t('moderation.no') }))))) : el('p', { text: t('moderation.empty') }));
  } catch (problem) {
    $('#queue-status').textContent = messageOf(problem);
  }
  const replies = await get('api/moderation/replies?size=100').catch(() => ({ items: [] }));
  const pending = replies.items ?? replies;
  const titles = new Map(await Promise.all([...new Set(pending.map((r) => r.storyId))]
    .map(async (storyId) => [storyId, (await get(`api/stories/${storyId}`).catch(() => null))?.title])));
  $('#replies').append(pending.length ? el('ul', { class: 'results' }, pending.map((r) => replyItem(r, titles.get(r.storyId))))
    : el('p', { text: t('moderation.noReplies') }));
  await contributions($('#contributions'));
  await barrierQueue($('#barriers'));
  await itemDecisions($('#trail'));
}
ready();

/** After a decision on the story or reply page: says what was done (a whitelisted message, never the URL's text). */
function confirmDecision() {
  const action = param('decided');
  const what = param('what') === 'reply' ? 'reply' : 'story';
  if (!['PUBLISH', 'REJECT'].includes(action)) return;
  const notice = $('#decided');
  notice.textContent = t(`moderation.decided.${what}.${action}`);
  notice.hidden = false;
  notice.focus();
}

function replyItem(reply, storyTitle) {
  const status = el('p', { role: 'status' });
  const decide = (action) => post(`api/moderation/replies/${reply.id}/decision`, { action })
    .then(() => { status.textContent = t(`moderation.reply.${action}`); item.querySelectorAll('button').forEach((b) => { b.disabled = true; }); item.querySelector('a.button')?.remove(); })
    .catch((problem) => { status.textContent = messageOf(problem); });
  const who = [reply.kind ? t(`response.kind.${reply.kind}`) : null, reply.authorName].filter(Boolean).join(' · ');
  // the visible word first, then which reply: a screen reader's list of buttons tells them apart
  const named = (key) => `${t(key)}: ${storyTitle || t('story.untitled')}${who ? ` (${who})` : ''}`;
  // flagged or with personal data: reviewed on the reply page, never published from the list
  const review = reply.safeguarding || reply.personalData > 0;
  const item = el('li', { class: 'card' },
    el('h3', {}, el('a', { href: url(`story.html?id=${reply.storyId}`).href, text: storyTitle || t('story.untitled') })),
    el('p', { class: 'meta', text: who }),
    reply.safeguarding ? el('p', { class: 'notice warn', text: `⚠ ${t('safeguarding.heading')}` }) : null,
    reply.personalData > 0 ? el('p', { class: 'notice warn', text: t('moderation.reply.personalData', { count: reply.personalData }) }) : null,
    el('p', { class: 'story-text', text: reply.text }),
    el('div', { class: 'actions' },
      review ? null : el('button', { type: 'button', 'aria-label': named('decide.publish'), onclick: () => decide('PUBLISH'), text: t('decide.publish') }),
      el('a', { class: review ? 'button' : 'button secondary', href: `reply.html?id=${encodeURIComponent(reply.id)}`, 'aria-label': named('moderation.reply.review'), text: t('moderation.reply.review') })),
    status);
  return item;
}
