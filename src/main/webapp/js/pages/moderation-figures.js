// Moderation figures per week: stories submitted and decided, the queue, and the time to a decision.
import { start, ready, requireRole } from '../layout.js';
import { get } from '../api.js';
import { $, el, clear } from '../dom.js';
import { t, formatDate } from '../i18n.js';
import { messageOf } from '../forms.js';

/** Minutes as "2 d 3 h", "3 h 20 min" or "12 min"; a dash when nothing was decided. */
function duration(minutes) {
  if (minutes === null || minutes === undefined) return '–';
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  if (days > 0) return t('modfigures.days', { days, hours });
  if (hours > 0) return t('modfigures.hours', { hours, minutes: minutes % 60 });
  return t('modfigures.minutes', { minutes });
}

const COLUMNS = [
  ['modfigures.week', (w) => t('modfigures.weekOf', { week: w.week, start: formatDate(w.start) })],
  ['modfigures.submitted', (w) => w.submitted],
  ['modfigures.published', (w) => w.published],
  ['modfigures.rejected', (w) => w.rejected],
  ['modfigures.queue', (w) => w.queueAtEnd],
  ['modfigures.median', (w) => duration(w.medianMinutes)],
  ['modfigures.p90', (w) => duration(w.p90Minutes)],
  ['modfigures.reports', (w) => w.reports],
  ['modfigures.contests', (w) => w.contests],
  ['modfigures.reportsDismissed', (w) => w.reportsDismissed],
  ['modfigures.reportsActedOn', (w) => w.reportsActedOn],
];

async function load(weeks) {
  try {
    const figures = await get(`api/moderation/figures?weeks=${encodeURIComponent(weeks)}`);
    $('#queue-now').textContent = t('modfigures.queueNow', { count: figures.queueNow });
    const caption = t('modfigures.caption', { count: figures.weeks.length });
    clear($('#figures')).append(el('div', { class: 'table-scroll', role: 'region', tabindex: '0', 'aria-label': caption },
      el('table', { id: 'figures-table' }, el('caption', { text: caption }),
        el('thead', {}, el('tr', {}, COLUMNS.map(([key]) => el('th', { scope: 'col', text: t(key) })))),
        el('tbody', {}, [...figures.weeks].reverse().map((w) => el('tr', {},
          COLUMNS.map(([, show], i) => (i === 0 ? el('th', { scope: 'row', text: show(w) }) : el('td', { text: show(w) })))))))));
  } catch (problem) {
    $('#queue-now').textContent = messageOf(problem);
  }
}

const who = await start();
if (requireRole(who, ['MODERATOR', 'ADMIN'])) {
  $('#weeks').addEventListener('change', (event) => load(event.target.value));
  await load($('#weeks').value);
}
ready();
