import { start, ready, requireRole } from '../layout.js';
import { get, post, put, del, url } from '../api.js';
import { el, $, $$, param, clear } from '../dom.js';
import { t, formatMonth, formatDate } from '../i18n.js';
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

/** One of the responder's own responses: its text to edit, and withdrawal. */
function ownResponse(response) {
  if (response.status === 'REJECTED') return el('p', { class: 'meta', text: `${t('respond.mine.status.REJECTED')}: ${response.text}` });
  const textId = `edit-text-${response.id}`;
  const form = el('form', { class: 'own-response', 'data-id': response.id, novalidate: true },
    el('p', { class: 'meta', text: [t(`respond.mine.status.${response.status}`),
      response.editedAt ? t('response.edited', { date: formatDate(response.editedAt) }) : ''].filter(Boolean).join(' · ') }),
    response.pendingText ? el('p', { class: 'notice warn', text: t('respond.edit.waiting') }) : null,
    el('div', { class: 'field' },
      el('label', { for: textId, text: t('respond.edit.text') }),
      el('textarea', { id: textId, name: 'text', class: 'long' })),
    el('button', { type: 'submit', text: t('respond.edit.save') }), ' ',
    el('button', { type: 'button', class: 'danger withdraw', text: t('respond.withdraw') }));
  form.elements.text.value = response.pendingText ?? response.text;
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors(form);
    try {
      const saved = await put(`api/responses/${response.id}`, { text: form.elements.text.value, version: response.version });
      await showMine(t(saved.pendingText || saved.status === 'PENDING' ? 'respond.edit.held' : 'respond.edit.saved'));
    } catch (problem) {
      showErrors(form, problem);
    }
  });
  $('.withdraw', form).addEventListener('click', async () => {
    clearErrors(form);
    try {
      await del(`api/responses/${response.id}?version=${response.version}`);
      await showMine(t('respond.withdrawn'));
    } catch (problem) {
      showErrors(form, problem);
    }
  });
  return form;
}

/** The story as its organisation's staff read it (also while held for them), else as the public does. */
async function readStory() {
  try {
    return (await get(`api/inbox/stories/${encodeURIComponent(id)}`)).story;
  } catch {
    return get(`api/stories/${encodeURIComponent(id)}`);
  }
}

/** The story's public responses and the caller's own ones, anew; the status line says what just happened. */
async function showMine(status = '') {
  const [story, mine] = await Promise.all([readStory(), get(`api/stories/${encodeURIComponent(id)}/responses/mine`)]);
  clear($('#responses')).append(el('h3', { text: t('story.responses') }), responseList(story.responses));
  clear($('#mine-list')).append(...(mine.length ? mine.map(ownResponse) : [el('p', { text: t('respond.mine.none') })]));
  $('#mine').hidden = false;
  $('#mine-status').textContent = status;
}

const who = await start();
if (requireRole(who, ['RESPONDER', 'ADMIN'])) {
  try {
    const story = await readStory();
    $('#story-title').textContent = story.title || t('story.untitled');
    writtenIn($('#story-title'), story.title ? story.language : null);
    $('#story-meta').textContent = [serviceNames(story), story.relation ? t(`relation.${story.relation}`) : '', formatMonth(story.happened)].filter(Boolean).join(' · ');
    $('#story-text').textContent = story.text;
    writtenIn($('#story-text'), story.language);
    $('#respond').hidden = false;
    await showMine();
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
