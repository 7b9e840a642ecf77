import { start, ready } from '../layout.js';
import { get, post, url } from '../api.js';
import { el, $, param } from '../dom.js';
import { t, formatMonth, formatDate } from '../i18n.js';
import { progressSteps, themeChips, writtenIn } from '../stories.js';
import { messageOf, showErrors, clearErrors } from '../forms.js';
import { responseList } from '../responses.js';
import { makeMap, point } from '../map.js';
import { reportForm } from '../report.js';

const who = await start();
const id = param('id');

/** A reaction counted once per reader: pressed after the first click; failures are said, not hidden. */
function reaction(button, path, show) {
  button.addEventListener('click', async () => {
    if (button.getAttribute('aria-pressed') === 'true') return;
    try {
      show(await post(path));
      button.setAttribute('aria-pressed', 'true');
    } catch (problem) {
      show(null, messageOf(problem));
    }
  });
}

/** The story's published photos, each with the storyteller's description as its alt text. */
async function showPhotos(storyId) {
  const photos = await get(`api/stories/${storyId}/photos`).catch(() => []);
  if (!photos.length) return;
  $('#story-photo-list').append(...photos.map((photo) => el('figure', { class: 'photo' },
    el('img', { src: url(photo.url).href, alt: photo.alt, width: String(photo.width), height: String(photo.height), loading: 'lazy' }))));
  $('#story-photos').hidden = false;
}

function helpfulButton(response) {
  const button = el('button', { type: 'button', class: 'secondary helpful', 'aria-pressed': 'false', text: t('response.helpful', { count: response.helpful ?? 0 }) });
  const status = el('span', { role: 'status' });
  reaction(button, `api/responses/${response.id}/helpful`, (answer, problem) => {
    if (answer) button.textContent = t('response.helpful', { count: answer.helpful });
    status.textContent = problem ?? '';
  });
  return el('div', {}, el('p', { class: 'actions' }, button, status),
    reportForm(`api/responses/${response.id}/reports`, `response-${response.id}`, t('report.response')));
}

try {
  const story = await get(`api/stories/${encodeURIComponent(id)}`);
  document.title = `${story.title || t('story.untitled')} – Coproduce`;
  $('#story-title').textContent = story.title || t('story.untitled');
  writtenIn($('#story-title'), story.title ? story.language : null);
  $('#story-meta').append(...(story.services ?? []).flatMap((s, i) => [i ? ', ' : '',
    el('a', { href: url(`service.html?id=${s.id}`).href, text: s.name }), ' (',
    el('a', { href: url(`organisation.html?id=${s.organisationId}`).href, text: s.organisationName }), ')']),
  ` · ${[story.relation ? t(`relation.${story.relation}`) : '', formatMonth(story.happened), t('story.published', { date: formatDate(story.publishedAt) })].filter(Boolean).join(' · ')}`);
  $('#story-themes').append(themeChips(story.themes));
  $('#story-progress').append(progressSteps(story.progress));
  $('#story-text').textContent = story.text;
  writtenIn($('#story-text'), story.language);
  showPhotos(story.id);
  if (story.moderatorsEditedAt) {
    $('#story-edited').textContent = t('story.editedByModerators', { date: formatDate(story.moderatorsEditedAt) });
    $('#story-edited').hidden = false;
  }
  $('#story-report').append(reportForm(`api/stories/${story.id}/reports`, 'story', t('report.story')));
  $('#responses').append(responseList(story.responses, helpfulButton));
  const meToo = $('#me-too');
  meToo.textContent = t('story.meToo');
  $('#me-too-count').textContent = t('story.meTooCount', { count: story.meToo ?? 0 });
  reaction(meToo, `api/stories/${story.id}/me-too`, (answer, problem) => {
    $('#me-too-count').textContent = problem ?? t('story.meTooCount', { count: answer.meToo });
    $('#me-too-contact').hidden = Boolean(problem);
  });
  $('#me-too-contact').addEventListener('submit', async (event) => {
    event.preventDefault();
    const form = event.target;
    clearErrors(form);
    try {
      await post(`api/stories/${story.id}/me-too/contact`, { email: form.email.value });
      form.reset();
      $('#me-too-contact-status').textContent = t('story.meTooContact.kept');
    } catch (problem) {
      showErrors(form, problem);
    }
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
