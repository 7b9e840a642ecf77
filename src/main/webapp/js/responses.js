// Public replies under a story: the provider's (with a change planned or made) and the storyteller's.
import { el } from './dom.js';
import { t, formatDate } from './i18n.js';

export function responseItem(response, helpfulButton) {
  const provider = response.kind !== 'STORYTELLER';
  const author = provider
    ? [response.authorName, response.authorTitle, response.organisationName].filter(Boolean).join(', ')
    : t('response.storyteller');
  return el('article', { class: `response ${provider ? 'provider' : 'storyteller'}` },
    el('h3', { text: provider ? t('response.from', { author }) : author }),
    el('p', { class: 'meta', text: response.status && response.status !== 'PUBLISHED' ? t('response.pending')
      : [formatDate(response.publishedAt), response.editedAt ? t('response.edited', { date: formatDate(response.editedAt) }) : null].filter(Boolean).join(' · ') }),
    el('p', { class: 'story-text', lang: response.language, text: response.text }),
    response.change ? el('div', { class: 'change' },
      el('strong', { text: t(`change.${response.change.kind}`) }), ' ',
      el('span', { text: response.change.description ?? '' })) : null,
    helpfulButton ? helpfulButton(response) : null);
}

export function responseList(responses = [], helpfulButton = null) {
  if (!responses.length) return el('p', { text: t('story.noResponses') });
  return el('div', {}, responses.map((r) => responseItem(r, helpfulButton)));
}
