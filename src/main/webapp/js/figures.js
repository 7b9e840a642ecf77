// Figures about a set of published stories: how many, how many answered, how many changes.
import { el } from './dom.js';
import { t } from './i18n.js';

export function storyFigures(stories) {
  const items = stories.items ?? [];
  const answered = items.filter((s) => (s.responseCount ?? 0) > 0).length;
  const changes = items.filter((s) => ['CHANGE_PLANNED', 'CHANGE_MADE'].includes(s.progress)).length;
  const share = items.length ? Math.round((100 * answered) / items.length) : 0;
  return [
    el('li', {}, el('strong', { text: String(stories.total ?? 0) }), t('figures.stories')),
    el('li', {}, el('strong', { text: `${share} %` }), t('figures.answered')),
    el('li', {}, el('strong', { text: String(changes) }), t('figures.changes')),
  ];
}
