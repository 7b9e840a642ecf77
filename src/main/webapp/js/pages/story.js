import { start, ready } from '../layout.js';
import { get, post, url } from '../api.js';
import { el, $, param } from '../dom.js';
import { t, formatMonth, formatDate } from '../i18n.js';
import { progressSteps, themeChips } from '../stories.js';
import { responseList } from '../responses.js';
import { makeMap, point } from '../map.js';

const who = await start();
const id = param('id');

function helpfulButton(response) {
  const button = el('button', { type: 'button', class: 'secondary helpful', 'aria-pressed': 'false', text: t('response.helpful', { count: response.helpful ?? 0 }) });
  button.addEventListener('click', async () => {
    const answer = await post(`api/responses/${response.id}/helpful`).catch(() => null);
    if (answer) button.textContent = t('response.helpful', { count: answer.helpful });
    button.setAttribute('aria-pressed', 'true');
    button.disabled = true;
  });
  return el('p', {}, button);
}

try {
  const story = await get(`api/stories/${encodeURIComponent(id)}`);
  document.title = `${story.title || t('story.untitled')} – Coproduce`;
  $('#story-title').textContent = story.title || t('story.untitled');
  $('#story-meta').append(...(story.services ?? []).flatMap((s, i) => [i ? ', ' : '',
    el('a', { href: url(`service.html?id=${s.id}`).href, text: s.name }), ' (',
    el('a', { href: url(`organisation.html?id=${s.organisationId}`).href, text: s.organisationName }), ')']),
  ` · ${[story.relation ? t(`relation.${story.relation}`) : '', formatMonth(story.happened), t('story.published', { date: formatDate(story.publishedAt) })].filter(Boolean).join(' · ')}`);
  $('#story-themes').append(themeChips(story.themes));
  $('#story-progress').append(progressSteps(story.progress));
  $('#story-text').textContent = story.text;
  $('#responses').append(responseList(story.responses, helpfulButton));
  const meToo = $('#me-too');
  meToo.textContent = t('story.meToo');
  $('#me-too-count').textContent = t('story.meTooCount', { count: story.meToo ?? 0 });
  meToo.addEventListener('click', async () => {
    const answer = await post(`api/stories/${story.id}/me-too`).catch(() => null);
    meToo.setAttribute('aria-pressed', 'true');
    meToo.disabled = true;
    $('#me-too-count').textContent = t('story.meTooCount', { count: answer?.meToo ?? (story.meToo ?? 0) + 1 });
  });
  if (who && ['RESPONDER', 'ADMIN'].includes(who.role)) {
    $('#respond-link').hidden = false;
    $('#respond-link a').href = url(`staff/respond.html?story=${story.id}`).href;
  }
  $('#story').hidden = false;
  if (story.latitude != null && story.longitude != null) {
    $('#story-map').hidden = false;
    const map = await makeMap($('#story-map'), { center: [story.latitude, story.longitude], zoom: 13 });
    point(map, story.latitude, story.longitude);
  }
  document.title = `${story.title || t('story.untitled')} – Coproduce`;
} catch {
  $('#story-status').textContent = t('error.notFound');
  $('main').prepend(el('h1', { text: t('error.notFoundHeading') }));
}
ready();
