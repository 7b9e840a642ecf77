// Dashboard numbers as people read them: "fewer than 5" for a suppressed cell, percentages and
// days in the page's language, and a link from every number to the stories behind it.
import { el } from './dom.js';
import { t, language, formatMonth } from './i18n.js';
import { url, query } from './api.js';

/** The parameters that choose what a dashboard shows; the same ones choose its drill-downs and exports. */
export const VIEW = ['organisation', 'service', 'from', 'to', 'by'];
/** The filters a drill-down adds to the scope and months. */
export const FILTERS = ['theme', 'polarity', 'criticality', 'sentiment', 'responded', 'overdue', 'change', 'concern'];

function locale() {
  return language() === 'de' ? 'de-DE' : 'en-GB';
}

export function number(value, options = {}) {
  return new Intl.NumberFormat(locale(), { maximumFractionDigits: 1, ...options }).format(value);
}

export function percent(share) {
  return number(share, { style: 'percent', maximumFractionDigits: 0 });
}

/** A figure as text: the number (a share as a percentage, a time in days), "fewer than 5", or "none". */
export function figureText(figure, kind = 'count') {
  if (figure?.suppressed) return t('outcomes.fewerThan5');
  if (figure?.value === null || figure?.value === undefined) return t('outcomes.noValue');
  if (kind === 'share') return percent(figure.value);
  if (kind === 'days') return t('outcomes.days', { days: number(figure.value) });
  return number(figure.value);
}

/** A figure's value for a chart: null (a gap) when it is suppressed or missing. */
export function chartValue(figure, kind = 'count') {
  if (figure?.suppressed || figure?.value === null || figure?.value === undefined) return null;
  return kind === 'share' ? Math.round(figure.value * 1000) / 10 : figure.value;
}

export function storiesHref(selection) {
  return url(`outcomes-stories.html?${query(selection)}`).href;
}

/**
 * A figure for a table cell or a list: a link to the stories behind it when it is a number,
 * plain text otherwise ("fewer than 5" gets no link: its stories are not listed either).
 */
export function figure(figureValue, kind, selection, label) {
  const text = figureText(figureValue, kind);
  const shown = !figureValue?.suppressed && figureValue?.value !== null && figureValue?.value !== undefined;
  if (!shown || !selection) return el('span', { class: figureValue?.suppressed ? 'suppressed' : null, text });
  return el('a', { href: storiesHref(selection), 'aria-label': label ? `${text} ${label}` : null, text });
}

/** The Monday of an ISO week (UTC): the week with the year's first Thursday is week 1. */
export function weekStart(year, week) {
  const jan4 = new Date(Date.UTC(Number(year), 0, 4));
  const monday = new Date(jan4);
  monday.setUTCDate(jan4.getUTCDate() - ((jan4.getUTCDay() + 6) % 7) + 7 * (Number(week) - 1));
  return monday;
}

function dayMonth(date, withYear) {
  return date.toLocaleDateString(locale(), { day: 'numeric', month: 'short', year: withYear ? 'numeric' : undefined, timeZone: 'UTC' });
}

const WEEK = /^(\d{4})-W(\d{1,2})$/;

/** "2026-W05" → "26 Jan – 1 Feb 2026 (week 5)": a week reads as the dates it covers. */
function weekLabel(year, week) {
  const monday = weekStart(year, week);
  const sunday = new Date(monday.getTime() + 6 * 86_400_000);
  return t('outcomes.week', { from: dayMonth(monday, monday.getUTCFullYear() !== sunday.getUTCFullYear()), to: dayMonth(sunday, true), week: Number(week) });
}

/** "2026-03" → "March 2026", "2026-Q1" → "Q1 2026", "2026-W05" → "26 Jan – 1 Feb 2026 (week 5)", "2026" → "2026". */
export function periodLabel(period) {
  const text = String(period ?? '');
  let match = /^(\d{4})-(\d{2})$/.exec(text);
  if (match) return formatMonth(text);
  match = /^(\d{4})-Q(\d)$/.exec(text);
  if (match) return t('outcomes.quarter', { quarter: match[2], year: match[1] });
  match = WEEK.exec(text);
  if (match) return weekLabel(match[1], match[2]);
  return text;
}

/** A period's name where room is short (a chart on a phone): "Mar 26", "26 Jan", "Q1 26", "2026". */
export function periodShort(period) {
  const text = String(period ?? '');
  let match = /^(\d{4})-(\d{2})$/.exec(text);
  if (match) return new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, 1)).toLocaleDateString(locale(), { month: 'short', year: '2-digit', timeZone: 'UTC' });
  match = /^(\d{4})-Q(\d)$/.exec(text);
  if (match) return `Q${match[2]} ${match[1].slice(2)}`;
  match = WEEK.exec(text);
  if (match) return dayMonth(weekStart(match[1], match[2]), false);
  return text;
}

/** The first day of the first period to the last of the last: weeks as dates, months as months. */
export function rangeLabels(from, to) {
  const first = WEEK.exec(String(from));
  const last = WEEK.exec(String(to));
  if (first && last) {
    const start = weekStart(first[1], first[2]);
    const end = new Date(weekStart(last[1], last[2]).getTime() + 6 * 86_400_000);
    return { from: dayMonth(start, true), to: dayMonth(end, true) };
  }
  return { from: periodLabel(from), to: periodLabel(to) };
}

/** A table with a caption, column headers and one header cell per row, scrollable on a phone. */
export function dataTable(caption, columns, rows) {
  const table = el('table', { class: 'data' },
    el('caption', { class: 'visually-hidden', text: caption }),
    el('thead', {}, el('tr', {}, columns.map((c, i) => el('th', { scope: 'col', class: i ? 'num' : null, text: c })))),
    el('tbody', {}, rows.map(([head, ...cells]) => el('tr', {},
      el('th', { scope: 'row', text: head }),
      cells.map((cell) => el('td', { class: 'num' }, cell))))));
  // The caption is also shown above the scrolling box, so that it stays in view on a phone.
  return el('div', {}, el('p', { class: 'table-title', 'aria-hidden': 'true', text: caption }),
    el('div', { class: 'table-scroll', role: 'region', tabindex: '0', 'aria-label': caption }, table));
}
