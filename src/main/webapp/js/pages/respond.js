import { start, ready, requireRole } from '../layout.js';
import { get, post, url } from '../api.js';
import { el, $, $$, param, clear } from '../dom.js';
import { t, formatMonth } from '../i18n.js';
import { showErrors, clearErrors, messageOf } from '../forms.js';
import { serviceNames, writtenIn } from '../stories.js';
import { responseList } from '../responses.js';

const who = await start();
const id = param('story');
const form = $('#response');
if (requireRole(who, ['RESPONDER', 'ADMIN'])) {
  try {
    const story = await get(`api/stories/${encodeURIComponent(id)}`);
    $('#story-title').textContent = story.title || t('story.untitled');
    writtenIn($('#story-title'), story.title ? story.language : null);
    $('#story-meta').textContent = [serviceNames(story), story.relation ? t(`relation.${story.relation}`) : '', formatMonth(story.happened)].filter(Boolean).join(' · ');
    $('#story-text').textContent = story.text;
    writtenIn($('#story-text'), story.language);
    $('#responses').append(el('h3', { text: t('story.responses') }), responseList(story.responses));
    $('#respond').hidden = false;
  } catch (problem) {
    $('#respond-status').textContent = messageOf(problem);
  }
  for (const radio of $$('input[name="changeKind"]', form)) {
    radio.addEventListener('change', () => { $('#change-field').hidden = !form.changeKind.value; });
  }
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors(form);
    const kind = form.changeKind.value;
    try {
      const answer = await post(`api/stories/${encodeURIComponent(id)}/responses`, {
        text: form.text.value, change: kind ? { kind, description: form.description.value } : null,
      });
      clear(form).append(el('p', { class: 'notice', role: 'status', id: 'response-sent', 'data-status': answer?.status ?? 'PUBLISHED', text: t(`respond.sent.${answer?.status ?? 'PUBLISHED'}`) }),
        el('p', {}, el('a', { href: url(`story.html?id=${id}`).href, text: t('respond.viewStory') })));
    } catch (problem) {
      showErrors(form, problem);
    }
  });
}
ready();
