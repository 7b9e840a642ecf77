import { start, ready, requireRole } from '../layout.js';
import { get, post, url } from '../api.js';
import { el, $, $$, param, clear } from '../dom.js';
import { t, formatMonth } from '../i18n.js';
import { showErrors, clearErrors, messageOf } from '../forms.js';
import { serviceNames, writtenIn } from '../stories.js';
import { responseList } from '../responses.js';

const id = param('story');
const form = $('#response');

/** The changes of the register a response may join: the responder's organisations' ones not dropped, newest first. */
async function openChanges(who) {
  const pages = await Promise.all((who.organisationIds ?? []).map((o) => get(`api/changes?organisation=${o}&size=100`).catch(() => ({ items: [] }))));
  const seen = new Set();
  const open = pages.flatMap((p) => p.items).filter((c) => c.status !== 'DROPPED' && !seen.has(c.id) && seen.add(c.id));
  form.changeId.append(el('option', { value: '', text: t('respond.change.new') }),
    ...open.map((c) => el('option', { value: c.id, text: `${t(`changes.status.${c.status}`)}: ${c.description.length > 90 ? `${c.description.slice(0, 90)}…` : c.description}` })));
}

/** A change joining one of the register's (by its number) or described anew. */
function change(kind) {
  return form.changeId.value ? { kind, changeId: Number(form.changeId.value) } : { kind, description: form.description.value };
}

const who = await start();
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
  await openChanges(who);
  for (const radio of $$('input[name="changeKind"]', form)) {
    radio.addEventListener('change', () => { $('#change-field').hidden = !form.changeKind.value; });
  }
  form.changeId.addEventListener('change', () => { $('#description-field').hidden = Boolean(form.changeId.value); });
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors(form);
    const kind = form.changeKind.value;
    try {
      const answer = await post(`api/stories/${encodeURIComponent(id)}/responses`, {
        text: form.text.value, change: kind ? change(kind) : null,
      });
      clear(form).append(el('p', { class: 'notice', role: 'status', id: 'response-sent', 'data-status': answer?.status ?? 'PUBLISHED', text: t(`respond.sent.${answer?.status ?? 'PUBLISHED'}`) }),
        el('p', {}, el('a', { href: url(`story.html?id=${id}`).href, text: t('respond.viewStory') })));
    } catch (problem) {
      showErrors(form, problem);
    }
  });
}
ready();
