// A service's or an organisation's public figures: the outcomes dashboard's own numbers (its
// summaries, its suppression and its default months), never counted in the browser from a page of stories.
import { el } from './dom.js';
import { t } from './i18n.js';
import { url, query } from './api.js';
import { figureText, periodLabel } from './outcomes.js';

const FIGURES = [
  ['stories', 'count', 'figures.stories'],
  ['responseRate', 'share', 'figures.answered'],
  ['medianDaysToRespond', 'days', 'figures.medianDays'],
  ['changesPlanned', 'count', 'figures.changesPlanned'],
  ['changesMade', 'count', 'figures.changesMade'],
];

function dataValue(figure) {
  if (figure?.suppressed) return 'suppressed';
  return figure?.value === null || figure?.value === undefined ? 'none' : String(figure.value);
}

/**
 * Fills the list with the figures of the scope ({service: id} or {organisation: id}) and the
 * paragraph before it with the months they cover, linked to the dashboard with the same numbers.
 */
export async function scopeFigures(get, scope, list, about) {
  const dashboard = await get(`api/outcomes?${query(scope)}`);
  const total = dashboard.total;
  list.replaceChildren(...FIGURES.map(([name, kind, key]) => el('li', { 'data-figure': name, 'data-value': dataValue(total[name]) },
    el('strong', { class: total[name]?.suppressed ? 'suppressed' : null, text: figureText(total[name], kind) }), t(key))));
  about.replaceChildren(
    t(dashboard.suppressed ? 'figures.range.public' : 'figures.range.exact', { from: periodLabel(dashboard.from), to: periodLabel(dashboard.to) }),
    ' ',
    el('a', { id: 'figures-dashboard', href: url(`outcomes.html?${query(scope)}`).href, text: t('figures.dashboard') }));
  return dashboard;
}
