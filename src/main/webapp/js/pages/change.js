import { start, ready } from '../layout.js';
import { get, url } from '../api.js';
import { el, $, param } from '../dom.js';
import { t } from '../i18n.js';
import { messageOf } from '../forms.js';
import { storyList } from '../stories.js';
import { figure, dataTable } from '../outcomes.js';
import { evidenceView } from '../evidence.js';
import { statusBadge, dates, themeChipList, themeLabels, WRITERS } from '../changes.js';
import { participation } from '../participation.js';

const MONTHS = [3, 6, 12, 24];
const ANSWERS = ['YES', 'PARTLY', 'NO', 'TOO_EARLY'];
const LINKED_SHOWN = 20;

function details(change, labels) {
  const short = change.description.length > 140 ? `${change.description.slice(0, 140).trimEnd()}…` : change.description;
  $('#change-title').textContent = short;
  document.title = `${short} – Coproduce`;
  $('#change-description').hidden = short === change.description;
  $('#change-description').textContent = change.description;
  $('#change-meta').append(statusBadge(change), ' ', dates(change));
  $('#change-organisation').append(el('a', { href: url(`organisation.html?id=${change.organisationId}`).href, text: change.organisationName ?? '' }));
  $('#change-services').append(change.services.length
    ? el('ul', {}, change.services.map((s) => el('li', {}, el('a', { href: url(`service.html?id=${s.id}`).href, text: s.name }))))
    : t('change.allServices'));
  $('#change-themes').append(themeChipList(change.themes, labels) ?? t('change.noThemes'));
}

/** The one service or organisation the evidence counts, for drill-down links. */
function evidenceScope(change) {
  if (change.services.length === 1) return { service: change.services[0].id };
  return change.services.length ? null : { organisation: change.organisationId };
}

async function evidence(change) {
  const months = MONTHS.includes(Number(param('months'))) ? Number(param('months')) : 6;
  $('#evidence-id').value = change.id;
  $('#months').append(...MONTHS.map((m) => el('option', { value: m, text: t('evidence.monthsOption', { months: m }) })));
  $('#months').value = String(months);
  if (!change.madeOn) {
    $('#evidence-form').hidden = true;
    $('#evidence').append(el('p', { text: t('evidence.notMade') }));
    return;
  }
  try {
    const e = await get(`api/changes/${change.id}/evidence?months=${months}`);
    const raising = change.themes.length === 1 ? { theme: change.themes[0], polarity: 'IMPROVE' } : null;
    $('#evidence').append(evidenceView(e, evidenceScope(change), raising));
  } catch (problem) {
    $('#evidence').append(el('p', { text: messageOf(problem) }));
  }
}

function difference(change) {
  const d = change.difference ?? {};
  $('#difference').append(
    el('p', { class: 'hint', text: t('difference.hint') }),
    dataTable(t('difference.caption'), [t('difference.answer'), t('difference.count')],
      [[t('difference.asked'), figure(d.asked, 'count')], ...ANSWERS.map((a) => [t(`difference.${a}`), figure(d[a], 'count')])]));
}

async function linked(change) {
  const shown = change.storyIds.slice(0, LINKED_SHOWN);
  const stories = (await Promise.all(shown.map((id) => get(`api/stories/${id}`).catch(() => null)))).filter(Boolean);
  $('#linked').append(storyList(stories, 'change.noStories'));
  if (change.storyIds.length > shown.length) $('#linked').append(el('p', { class: 'meta', text: t('change.moreStories', { count: change.storyIds.length - shown.length }) }));
}

const who = await start();
try {
  const [change, labels] = await Promise.all([get(`api/changes/${encodeURIComponent(param('id'))}`), themeLabels()]);
  details(change, labels);
  if (who && WRITERS.includes(who.role)) {
    $('#edit-link').hidden = false;
    $('#edit-link a').href = url(`staff/change.html?id=${change.id}`).href;
  }
  $('#change').hidden = false;
  if (param('saved')) $('#change-status').textContent = t('admin.saved');
  await Promise.all([evidence(change), linked(change), participation(change, Boolean(who && WRITERS.includes(who.role)))]);
  difference(change);
} catch (problem) {
  $('#change-status').textContent = problem.status === 404 ? t('error.notFound') : messageOf(problem);
}
ready();
