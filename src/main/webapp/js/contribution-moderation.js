// Proposals and comments on changes awaiting moderation: what the screening found, the text to
// edit (personal data out), then publish it or reject it with a reason.
import { get, post, url } from './api.js';
import { el } from './dom.js';
import { t, formatDate } from './i18n.js';
import { messageOf } from './forms.js';

function item(c) {
  const id = `contribution-${c.id}`;
  const status = el('p', { role: 'status' });
  const text = el('textarea', { id: `${id}-text`, rows: 3, maxlength: 2000 });
  text.value = c.text;
  const reason = el('input', { type: 'text', id: `${id}-reason`, maxlength: 500 });
  const done = (key) => {
    status.textContent = t(key);
    card.querySelectorAll('button, textarea, input').forEach((n) => { n.disabled = true; });
  };
  const decide = (body, key) => post(`api/moderation/contributions/${c.id}/decision`, { version: c.version, ...body })
    .then(() => done(key)).catch((problem) => { status.textContent = messageOf(problem); });
  const card = el('li', { class: 'card', id },
    el('h3', {}, el('a', { href: url(`change.html?id=${c.changeId}`).href, text: c.changeDescription })),
    el('p', { class: 'meta', text: [t(`moderation.contribution.${c.kind}`), c.displayName, formatDate(c.createdAt)].filter(Boolean).join(' · ') }),
    c.proposalText ? el('p', { class: 'hint', text: t('moderation.contribution.on', { text: c.proposalText }) }) : null,
    c.findings ? el('p', { class: 'notice warn', text: `⚠ ${c.findings}` }) : null,
    el('div', { class: 'field' }, el('label', { for: text.id, text: t('moderation.contribution.text') }), text),
    el('div', { class: 'field' }, el('label', { for: reason.id, text: t('moderation.contribution.reason') }), reason),
    el('div', { class: 'actions' },
      el('button', { type: 'button', text: t('decide.publish'), onclick: () => decide({ action: 'PUBLISH', text: text.value }, 'moderation.contribution.published') }),
      el('button', { type: 'button', class: 'secondary', text: t('moderation.contribution.reject'),
        onclick: () => decide({ action: 'REJECT', reason: reason.value }, 'moderation.contribution.rejected') })),
    status);
  return card;
}

/** Fills the box with the queue of proposals and comments. */
export async function contributions(box) {
  try {
    const queue = await get('api/moderation/contributions?size=100');
    box.append(queue.items.length ? el('ul', { class: 'results' }, queue.items.map(item))
      : el('p', { text: t('moderation.contributions.empty') }));
  } catch (problem) {
    box.append(el('p', { text: messageOf(problem) }));
  }
}
