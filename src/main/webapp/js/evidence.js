// Before/after evidence of a change in plain words: the shares on each side, the stories behind
// them, whether the difference is more than chance, which test said so and why it fits.
import { el } from './dom.js';
import { t } from './i18n.js';
import { figure, dataTable, periodLabel, percent } from './outcomes.js';

/** This month (UTC) as YYYY-MM: the evidence never names a month still to come. */
function thisMonth() {
  return new Date().toISOString().slice(0, 7);
}

/** "Before: March to August 2026"; a side reaching into the future ends with this month ("so far"), or has not begun. */
export function sideLabel(key, s) {
  const now = thisMonth();
  if (s.from > now) return t(`${key}.notYet`);
  if (s.to > now) return t(`${key}.soFar`, { from: periodLabel(s.from), to: periodLabel(now) });
  return t(key, { from: periodLabel(s.from), to: periodLabel(s.to) });
}

function side(key, s, scope, raising) {
  const now = thisMonth();
  const drill = scope && s.from <= now ? { ...scope, from: s.from, to: s.to > now ? now : s.to } : null;
  return [sideLabel(key, s),
    figure(s.stories, 'count', drill), figure(s.raising, 'count', drill && raising ? { ...drill, ...raising } : null),
    figure(s.share, 'share', null)];
}

export function statement(e) {
  if (e.suppressed) return [t('evidence.suppressed')];
  if (e.method === 'none') return [t(e.before.stories.value ? 'evidence.noneAfter' : 'evidence.noneBefore')];
  const b = e.before;
  const a = e.after;
  const direction = a.share.value < b.share.value ? 'fell' : a.share.value > b.share.value ? 'rose' : 'same';
  return [
    t(`evidence.${direction}`, {
      before: percent(b.share.value), beforeRaising: b.raising.value, beforeStories: b.stories.value,
      after: percent(a.share.value), afterRaising: a.raising.value, afterStories: a.stories.value,
    }),
    t(e.moreThanChance ? 'evidence.moreThanChance' : 'evidence.chance', {
      test: t(`evidence.method.${e.method}`), p: e.pValue < 0.001 ? '< 0.001' : `= ${e.pValue.toFixed(3)}`,
    }),
    t(`evidence.why.${e.method}`),
  ];
}

/**
 * The table (both sides) and the statement. scope: the one service or organisation the numbers
 * are about (null: no drill-down links); raising: the filter for "raising its theme" when there is one theme.
 */
export function evidenceView(e, scope, raising) {
  return el('div', { id: 'evidence-result', 'data-method': e.method, 'data-suppressed': String(e.suppressed) },
    dataTable(t('evidence.caption'), [t('evidence.side'), t('evidence.stories'), t('evidence.raising'), t('evidence.share')],
      [side('evidence.before', e.before, scope, raising), side('evidence.after', e.after, scope, raising)]),
    el('div', { class: 'panel', id: 'evidence-statement' }, statement(e).map((text) => el('p', { text }))),
    el('p', { class: 'meta', text: t('evidence.caveat') }));
}
