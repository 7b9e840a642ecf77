// How a story looks in lists and what its progress, themes and relation read like.
import { el, $ } from './dom.js';
import { t, formatMonth, formatDate } from './i18n.js';
import { url } from './api.js';

export const PROGRESS = ['UNHEARD', 'READ', 'RESPONDED', 'CHANGE_PLANNED', 'CHANGE_MADE'];
export const RELATIONS = ['SERVICE_USER', 'CARER', 'RELATIVE', 'STAFF', 'OTHER'];
export const CATEGORIES = ['HEALTH', 'SOCIAL_CARE', 'DISABILITY_SUPPORT', 'HOUSING', 'COMMUNITY'];

export function storyLink(story) {
  return url(`story.html?id=${encodeURIComponent(story.id)}`).href;
}

export function themeChips(themes = []) {
  return el('ul', { class: 'chips', 'aria-label': t('story.themes') },
    themes.map((theme) => el('li', { class: `chip ${String(theme.polarity).toUpperCase() === 'GOOD' ? 'good' : 'improve'}` },
      el('span', { 'aria-hidden': 'true', text: String(theme.polarity).toUpperCase() === 'GOOD' ? '+ ' : '△ ' }),
      el('span', { class: 'visually-hidden', text: `${t(`polarity.${String(theme.polarity).toUpperCase() === 'GOOD' ? 'GOOD' : 'IMPROVE'}`)}: ` }),
      themeLabel(theme))));
}

export function themeLabel(theme) {
  const label = theme.label;
  if (label && typeof label === 'object') return label[document.documentElement.lang] ?? label.en ?? theme.code;
  return label ?? theme.code;
}

export function progressSteps(progress) {
  const at = PROGRESS.indexOf(progress);
  return el('ol', { class: 'progress', 'aria-label': t('story.progress') },
    PROGRESS.map((step, i) => el('li', {
      class: i < at ? 'done' : null,
      'aria-current': i === at ? 'step' : null,
    }, t(`progress.${step}`), i === at ? el('span', { class: 'visually-hidden', text: ` (${t('progress.current')})` }) : null)));
}

export function serviceNames(story) {
  return (story.services ?? []).map((s) => s.name).join(', ');
}

export function excerpt(text, length = 220) {
  const plain = String(text ?? '');
  return plain.length > length ? `${plain.slice(0, length).trimEnd()}…` : plain;
}

export function storyCard(story, level = 'h3') {
  const responses = story.responseCount ?? (story.responses?.length || undefined);
  return el('li', { class: 'card story-card' },
    el('article', {},
      el(level, {}, el('a', { href: storyLink(story), lang: story.title ? story.language : null, text: story.title || t('story.untitled') })),
      el('p', { class: 'meta' },
        [serviceNames(story), story.relation ? t(`relation.${story.relation}`) : null, formatMonth(story.happened)].filter(Boolean).join(' · ')),
      el('p', { lang: story.language, text: excerpt(story.text) }),
      themeChips(story.themes),
      el('p', { class: 'meta' },
        el('span', { class: 'badge', text: t(`progress.${story.progress ?? 'UNHEARD'}`) }), ' ',
        responses === undefined ? '' : `${t('story.responsesCount', { count: responses })} · `,
        t('story.meTooCount', { count: story.meToo ?? 0 }),
        story.publishedAt ? ` · ${formatDate(story.publishedAt)}` : '')));
}

export function storyList(stories, emptyKey = 'stories.none') {
  if (!stories.length) return el('p', { class: 'empty', text: t(emptyKey) });
  return el('ul', { class: 'results' }, stories.map((story) => storyCard(story)));
}

/** Published stories, or an empty page when the stories API is not there yet. */
export async function fetchStories(get, query) {
  try {
    return await get(`api/stories?${query}`);
  } catch {
    return { items: [], total: 0, unavailable: true };
  }
}

/** Marks a block of user text with the language it is written in ("en", "de"), or leaves it unsaid when not known. */
export function writtenIn(node, language) {
  if (language) node.setAttribute('lang', language);
  else node.removeAttribute('lang');
  return node;
}

export function status(node, text) {
  const target = typeof node === 'string' ? $(node) : node;
  if (target) target.textContent = text;
}
