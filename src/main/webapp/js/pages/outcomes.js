import { start, ready } from '../layout.js';
import { get, query, url } from '../api.js';
import { el, $ } from '../dom.js';
import { t } from '../i18n.js';
import { showErrors, messageOf } from '../forms.js';
import { figure, chartValue, periodLabel, periodShort, rangeLabels, weekStart, dataTable, percent, number, storiesHref } from '../outcomes.js';
import { controls, chosen } from '../outcome-view.js';
import { drawChart, barDataset, lineDataset, STYLES } from '../charts.js';
import { reportSubscriptions } from '../report-subscriptions.js';

const TREND_SERIES = 6;
const form = $('#view');

function scopeOf(dashboard) {
  const kind = dashboard.scope.kind;
  return kind === 'ORGANISATION' ? { organisation: dashboard.scope.id } : kind === 'SERVICE' ? { service: dashboard.scope.id } : {};
}

function summary(d, scope) {
  const all = { ...scope, from: d.from, to: d.to };
  const item = (f, kind, key, drill) => el('li', {}, el('strong', {}, figure(f, kind, drill ? { ...all, ...drill } : null, t(key))), t(key));
  const total = d.total;
  $('#summary').replaceChildren(...[
    item(total.stories, 'count', 'outcomes.s.stories', {}),
    item(total.responseRate, 'share', 'outcomes.s.responseRate', { responded: true }),
    item(total.medianDaysToRespond, 'days', 'outcomes.s.medianDaysToRespond', { responded: true }),
    total.overdue?.value !== null || total.overdue?.suppressed ? item(total.overdue, 'count', 'outcomes.s.overdue', { overdue: true }) : null,
    item(total.changesPlanned, 'count', 'outcomes.s.changesPlanned', { change: 'PLANNED' }),
    item(total.changesMade, 'count', 'outcomes.s.changesMade', { change: 'MADE' }),
    item(total.concernsChangedShare, 'share', 'outcomes.s.concernsChangedShare', { concern: true, change: 'ANY' })].filter(Boolean));
}

/** A table of periods (and the total) against some of their figures. */
function periodTable(d, scope, caption, columns) {
  const rows = [...d.periods, { ...d.total, period: 'total' }].map((p) => {
    const drill = { ...scope, from: p.from, to: p.to };
    return [p.period === 'total' ? t('outcomes.total') : periodLabel(p.period),
      ...columns.map(([field, kind, filter]) => figure(p[field], kind, filter ? { ...drill, ...filter } : null))];
  });
  return dataTable(caption, [t('outcomes.period'), ...columns.map(([field]) => t(`outcomes.f.${field}`))], rows);
}

async function activity(d, scope) {
  const staff = [...d.periods, d.total].some((p) => p.overdue?.value !== null || p.overdue?.suppressed);
  const columns = [['stories', 'count', {}], ['concerns', 'count', { concern: true }], ['responded', 'count', { responded: true }],
    ['responseRate', 'share', { responded: true }], ['medianDaysToRespond', 'days', { responded: true }],
    ['meanDaysToRespond', 'days', { responded: true }], staff ? ['overdue', 'count', { overdue: true }] : null].filter(Boolean);
  $('#activity-table').replaceChildren(periodTable(d, scope, t('outcomes.activity.caption'), columns));
  const labels = d.periods.map((p) => periodLabel(p.period));
  await drawChart($('#activity-chart'), {
    type: 'bar', labels, short: d.periods.map((p) => periodShort(p.period)), description: t('outcomes.activity.chart'),
    hidden: d.periods.map((p) => ['stories', 'concerns', 'responded'].some((field) => p[field]?.suppressed)),
    datasets: [['stories', 0], ['concerns', 1], ['responded', 2]]
      .map(([field, style]) => barDataset(t(`outcomes.f.${field}`), d.periods.map((p) => chartValue(p[field])), STYLES[style])),
  });
}

function themeName(series) {
  return `${series.label} – ${t(`polarity.${series.polarity}`)}`;
}

async function themes(d, scope) {
  if (!d.themes.length) {
    $('#themes-table').replaceChildren(el('p', { text: t('outcomes.noThemes') }));
    $('#themes-chart').hidden = true;
    $('#trend-chart').hidden = true;
    return;
  }
  const rows = d.themes.map((series) => [themeName(series),
    ...d.periods.map((p, i) => figure(series.periods[i], 'count', { ...scope, from: p.from, to: p.to, theme: series.code, polarity: series.polarity })),
    figure(series.total, 'count', { ...scope, from: d.from, to: d.to, theme: series.code, polarity: series.polarity })]);
  $('#themes-table').replaceChildren(dataTable(t('outcomes.themes.caption'),
    [t('outcomes.theme'), ...d.periods.map((p) => periodLabel(p.period)), t('outcomes.total')], rows));

  const codes = [...new Set(d.themes.filter((s) => !s.total.suppressed).map((s) => s.code))];
  const labelOf = (code) => d.themes.find((s) => s.code === code).label;
  const totalOf = (code, polarity) => chartValue(d.themes.find((s) => s.code === code && s.polarity === polarity)?.total);
  // One bar per theme: the chart grows with the themes instead of squeezing them (CSSOM, allowed by the CSP).
  // Tall enough to read with one or two themes too (13rem, as a chart of three).
  $('#themes-chart').style.height = `${Math.max(13, 6 + 2.2 * codes.length)}rem`;
  await drawChart($('#themes-chart'), {
    type: 'bar', horizontal: true, stacked: true, labels: codes.map(labelOf), description: t('outcomes.themes.chart'),
    hidden: codes.map((c) => d.themes.some((s) => s.code === c && s.total.suppressed)),
    datasets: [['GOOD', STYLES[2]], ['IMPROVE', STYLES[1]]]
      .map(([polarity, style]) => barDataset(t(`polarity.${polarity}`), codes.map((c) => totalOf(c, polarity)), style)),
  });
  // Only themes with at least one period shown: a series of hidden cells would be an empty axis.
  const top = d.themes.filter((s) => s.periods.some((f) => chartValue(f) !== null)).slice(0, TREND_SERIES);
  $('#trend-chart').hidden = d.periods.length < 2 || !top.length;
  $('#trend-note').hidden = d.periods.length < 2 || top.length > 0;
  if (!$('#trend-chart').hidden) {
    await drawChart($('#trend-chart'), {
      type: 'line', labels: d.periods.map((p) => periodLabel(p.period)), short: d.periods.map((p) => periodShort(p.period)), description: t('outcomes.trend.chart', { count: top.length }),
      datasets: top.map((s, i) => lineDataset(themeName(s), s.periods.map((f) => chartValue(f)), STYLES[i % STYLES.length])),
    });
  }
}

async function criticality(d, scope) {
  const levels = [0, 1, 2, 3, 4, 5];
  const rows = levels.map((c) => [`${c} – ${t(`criticality.${c}`)}`,
    ...d.periods.map((p) => figure(p.criticality[c], 'count', { ...scope, from: p.from, to: p.to, criticality: c })),
    figure(d.total.criticality[c], 'count', { ...scope, from: d.from, to: d.to, criticality: c })]);
  $('#criticality-table').replaceChildren(dataTable(t('outcomes.criticality.caption'),
    [t('outcomes.criticalityLevel'), ...d.periods.map((p) => periodLabel(p.period)), t('outcomes.total')], rows));
  await drawChart($('#criticality-chart'), {
    type: 'bar', labels: levels.map((c) => [String(c), t(`criticality.${c}`)]), description: t('outcomes.criticality.chart'),
    hidden: levels.map((c) => d.total.criticality[c]?.suppressed),
    datasets: [barDataset(t('outcomes.f.stories'), levels.map((c) => chartValue(d.total.criticality[c])), STYLES[0])],
  });
}

async function sentiment(d, scope) {
  const kinds = ['positive', 'mixed', 'negative', 'unknown'];
  const rows = kinds.map((k) => [t(`sentiment.${k}`),
    ...d.periods.map((p) => figure(p.sentiment[k], 'count', { ...scope, from: p.from, to: p.to, sentiment: k })),
    figure(d.total.sentiment[k], 'count', { ...scope, from: d.from, to: d.to, sentiment: k })]);
  $('#sentiment-table').replaceChildren(dataTable(t('outcomes.sentiment.caption'),
    [t('outcomes.sentimentKind'), ...d.periods.map((p) => periodLabel(p.period)), t('outcomes.total')], rows));
  await drawChart($('#sentiment-chart'), {
    type: 'bar', labels: kinds.map((k) => t(`sentiment.${k}`)), description: t('outcomes.sentiment.chart'),
    hidden: kinds.map((k) => d.total.sentiment[k]?.suppressed),
    datasets: [barDataset(t('outcomes.f.stories'), kinds.map((k) => chartValue(d.total.sentiment[k])), STYLES[0])],
  });
}

async function changes(d, scope) {
  const columns = [['changesPlanned', 'count', { change: 'PLANNED' }], ['changesMade', 'count', { change: 'MADE' }],
    ['concerns', 'count', { concern: true }], ['concernsChanged', 'count', { concern: true, change: 'ANY' }],
    ['concernsChangedShare', 'share', { concern: true, change: 'ANY' }]];
  $('#changes-table').replaceChildren(periodTable(d, scope, t('outcomes.changes.caption'), columns));
  await drawChart($('#changes-chart'), {
    type: 'bar', labels: d.periods.map((p) => periodLabel(p.period)), short: d.periods.map((p) => periodShort(p.period)), description: t('outcomes.changes.chart'),
    hidden: d.periods.map((p) => p.changesPlanned?.suppressed || p.changesMade?.suppressed),
    datasets: [['changesPlanned', STYLES[0]], ['changesMade', STYLES[2]]]
      .map(([field, style]) => barDataset(t(`outcomes.f.${field}`), d.periods.map((p) => chartValue(p[field])), style)),
  });
  const register = scope.organisation ? `changes.html?organisation=${scope.organisation}` : 'changes.html';
  $('#register-link').href = url(register).href;
}

const RISES_SHOWN = 10;

/** Unusual rises of a theme (quality managers of the scope and admins only), newest first, in plain words. */
async function rises(d, scope, who) {
  if (d.suppressed || !['QUALITY_MANAGER', 'ADMIN'].includes(who?.role)) return;
  const found = await get(`api/outcomes/rises?${query(scope)}`).catch(() => null);
  if (!found) return;
  const scopeOf = (r) => (r.scopeKind === 'SERVICE' ? { service: r.scopeId } : r.scopeKind === 'ORGANISATION' ? { organisation: r.scopeId } : {});
  $('#rises').replaceChildren(found.length ? el('ul', { class: 'results' }, found.slice(0, RISES_SHOWN).map((r) => el('li', { class: 'card' },
    el('p', { class: 'rise', text: t('outcomes.rise', {
      month: periodLabel(r.month), scope: r.scopeName, theme: r.label, withTheme: r.withTheme, stories: r.stories,
      times: r.expectedShare > 0 ? number(r.share / r.expectedShare, { maximumFractionDigits: 1 }) : '–',
    }) }),
    el('details', {}, el('summary', { text: t('outcomes.rise.how') }), el('p', { text: t('outcomes.rise.statistics', {
      share: percent(r.share), expected: percent(r.expectedShare), history: r.historyStories,
      p: r.pValue < 0.0001 ? '< 0.0001' : `= ${r.pValue.toFixed(4)}`,
    }) })),
    el('a', { href: storiesHref({ ...scopeOf(r), from: r.month, to: r.month, theme: r.code, polarity: 'IMPROVE' }), text: t('outcomes.rise.stories') }))))
    : el('p', { text: t('outcomes.rises.none') }));
  $('#rises-section').hidden = false;
}

/** The month of a period: a week belongs to the month of its Thursday (as the API counts it). */
function month(period) {
  const week = /^(\d{4})-W(\d{1,2})$/.exec(period);
  return week ? new Date(weekStart(week[1], week[2]).getTime() + 3 * 86_400_000).toISOString().slice(0, 7) : period;
}

/**
 * When most periods are hidden from the public (fewer than 5 stories each), the page offers
 * longer periods, whose counts are more often 5 or more, instead of a wall of "fewer than 5".
 */
function coarser(d, scope) {
  const hidden = d.periods.filter((p) => p.stories?.suppressed).length;
  const longer = { week: ['month', 'quarter'], month: ['quarter', 'year'], quarter: ['year'] }[d.by] ?? [];
  if (!d.suppressed || hidden * 2 <= d.periods.length || !longer.length) return;
  $('#coarser').replaceChildren(t('outcomes.coarser', { hidden, periods: d.periods.length }), ' ',
    ...longer.flatMap((by, i) => [i ? ` ${t('outcomes.coarser.or')} ` : '',
      el('a', { href: url(`outcomes.html?${query({ ...scope, from: month(d.from), to: month(d.to), by })}`).href, text: t(`outcomes.coarser.${by}`) })]), '.');
  $('#coarser').hidden = false;
}

function exports(d, scope, who) {
  const view = query({ ...scope, from: d.from, to: d.to, by: d.by });
  const link = (path, key) => el('li', {}, el('a', { href: url(`${path}?${view}`).href, download: '', text: t(key) }));
  $('#exports').replaceChildren(
    link('api/outcomes/export.csv', 'outcomes.export.periods'),
    link('api/outcomes/themes/export.csv', 'outcomes.export.themes'),
    link('api/outcomes/stories/export.csv', 'outcomes.export.stories'));
  // The month's PDF report: for quality managers of the scope (or a parent) and admins, who see it unsuppressed.
  if (d.suppressed || d.scope.kind === 'PLATFORM' || !['QUALITY_MANAGER', 'ADMIN'].includes(who?.role)) return;
  const last = month(d.to);
  $('#exports').append(el('li', {}, el('a', {
    id: 'report-link', href: url(`api/outcomes/report.pdf?${query({ ...scope, month: last })}`).href, download: '',
    text: t('outcomes.export.report', { month: periodLabel(last) }),
  })));
}

function heading(d) {
  const name = d.scope.kind === 'PLATFORM' ? t('outcomes.platform') : d.scope.name;
  $('#scope-heading').textContent = t('outcomes.scopeHeading', { name, ...rangeLabels(d.from, d.to) });
  // The fields show the months the heading states (the default twelve, or a range widened to whole quarters or years).
  if (/^\d{4}-\d{2}$/.test(month(d.from)) && /^\d{4}-\d{2}$/.test(month(d.to))) {
    $('#from').value = month(d.from);
    $('#to').value = month(d.to);
  }
  document.title = `${t('outcomes.title')}: ${name} – Coproduce`;
  $('#privacy').textContent = t(d.suppressed ? 'outcomes.suppressedNotice' : 'outcomes.exactNotice');
  $('#privacy').classList.toggle('warn', !d.suppressed);
  $('#method').textContent = t('outcomes.method');
}

const who = await start();
await controls(form);
try {
  const d = await get(`api/outcomes?${query(chosen(form))}`);
  const scope = scopeOf(d);
  heading(d);
  summary(d, scope);
  coarser(d, scope);
  $('#dashboard').hidden = false;
  await rises(d, scope, who);
  await activity(d, scope);
  await themes(d, scope);
  await criticality(d, scope);
  await sentiment(d, scope);
  await changes(d, scope);
  exports(d, scope, who);
  await reportSubscriptions(d, scope, who);
  $('#dashboard').dataset.suppressed = String(d.suppressed);
} catch (problem) {
  if (problem.status === 400) showErrors(form, problem);
  else $('#outcomes-status').textContent = problem.status === 404 ? t('error.notFound') : messageOf(problem);
}
ready();
