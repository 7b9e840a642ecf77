// The audit trail of decisions on proposals, comments and barrier reports (moderators, admins):
// newest first, who decided what and why; the stories' own trails are on their decide pages.
import { get } from './api.js';
import { el } from './dom.js';
import { t, formatDate } from './i18n.js';
import { messageOf } from './forms.js';

const KIND = { PROPOSAL: 'moderation.contribution.PROPOSAL', COMMENT: 'moderation.contribution.COMMENT', BARRIER: 'moderation.trail.BARRIER' };

function row(d) {
  return el('tr', {},
    el('td', { text: formatDate(d.at) }),
    el('td', { text: `${t(KIND[d.kind] ?? d.kind)} ${d.itemId}` }),
    el('td', { text: t(`moderation.trail.${d.action}`) }),
    el('td', { text: d.moderator ?? '–' }),
    el('td', { text: d.reason ?? '' }));
}

/** Fills the box with the last 50 decisions. */
export async function itemDecisions(box) {
  try {
    const trail = await get('api/moderation/decisions?size=50');
    const caption = t('moderation.trail.caption');
    // a region that scrolls sideways on a phone, so it takes the keyboard's focus (axe: scrollable-region-focusable)
    box.append(trail.items.length ? el('div', { class: 'table-scroll', role: 'region', tabindex: '0', 'aria-label': caption }, el('table', {},
      el('caption', { text: caption }),
      el('thead', {}, el('tr', {}, ['moderation.trail.at', 'moderation.trail.item', 'moderation.trail.action', 'moderation.trail.moderator',
        'moderation.trail.reason'].map((key) => el('th', { scope: 'col', text: t(key) })))),
      el('tbody', {}, trail.items.map(row)))) : el('p', { text: t('moderation.trail.empty') }));
  } catch (problem) {
    box.append(el('p', { role: 'status', text: messageOf(problem) }));
  }
}
