// How a change of the register reads: status in words, dates, services, themes.
import { el } from './dom.js';
import { t, formatDate } from './i18n.js';
import { url, get } from './api.js';
import { themeLabel } from './stories.js';

export const STATUSES = ['PLANNED', 'MADE', 'DROPPED'];
export const WRITERS = ['RESPONDER', 'QUALITY_MANAGER', 'ADMIN'];

let themesPromise = null;

/** Theme labels by code, in the page's language. */
export function themeLabels() {
  themesPromise ??= get('api/themes').catch(() => []).then((themes) => new Map(themes.map((th) => [th.code, themeLabel(th)])));
  return themesPromise;
}

export function changeHref(change) {
  return url(`change.html?id=${encodeURIComponent(change.id)}`).href;
}

export function statusBadge(change) {
  return el('span', { class: `badge status-${String(change.status).toLowerCase()}`, text: t(`changes.status.${change.status}`) });
}

/** "Planned for 3 March 2026 · made on 1 April 2026" (whichever are known). */
export function dates(change) {
  return [change.plannedOn ? t('changes.plannedOn', { date: formatDate(change.plannedOn) }) : null,
    change.madeOn ? t('changes.madeOn', { date: formatDate(change.madeOn) }) : null].filter(Boolean).join(' · ');
}

export function themeChipList(codes, labels) {
  if (!codes?.length) return null;
  return el('ul', { class: 'chips', 'aria-label': t('story.themes') }, codes.map((code) => el('li', { class: 'chip', text: labels.get(code) ?? code })));
}

export function changeCard(change, labels) {
  return el('li', { class: 'card' },
    el('article', {},
      el('h2', { class: 'card-title' }, el('a', { href: changeHref(change), text: change.description })),
      el('p', { class: 'meta' }, statusBadge(change), ' ', [change.organisationName, dates(change)].filter(Boolean).join(' · ')),
      change.services?.length ? el('p', { class: 'meta', text: `${t('changes.services')}: ${change.services.map((s) => s.name).join(', ')}` }) : null,
      themeChipList(change.themes, labels),
      el('p', { class: 'meta', text: t('changes.storyCount', { count: change.storyIds?.length ?? 0 }) })));
}
