import { start, ready, requireRole } from '../layout.js';
import { get, post } from '../api.js';
import { el, $, param } from '../dom.js';
import { t, formatDate } from '../i18n.js';
import { messageOf, showErrors, clearErrors } from '../forms.js';

const STORY_ACTIONS = ['DISMISS', 'EDIT', 'HIDE', 'UNPUBLISH', 'RESTORE'];
const RESPONSE_ACTIONS = ['DISMISS', 'UNPUBLISH'];
const CODES = ['PERSONAL_DATA', 'OFFENSIVE', 'OFF_TOPIC', 'SAFEGUARDING', 'OTHER'];

const who = await start();
if (requireRole(who, ['MODERATOR', 'ADMIN'])) {
  const story = param('story');
  const response = param('response');
  if (story || response) await decision(story ? 'stories' : 'responses', story ?? response);
  else await queue();
}
ready();

async function queue() {
  try {
    const items = (await get('api/moderation/reports?size=100')).items ?? [];
    $('#reports-status').textContent = t('reports.count', { count: items.length });
    $('#reports').append(items.length ? el('table', {},
      el('caption', { text: t('reports.queue') }),
      el('thead', {}, el('tr', {}, ['reports.subject', 'reports.status', 'reports.reasons', 'reports.number', 'reports.first']
        .map((key) => el('th', { scope: 'col', text: t(key) })))),
      el('tbody', {}, items.map((item) => el('tr', {},
        el('td', {}, el('a', {
          href: item.responseId ? `reports.html?response=${item.responseId}` : `reports.html?story=${item.storyId}`,
          text: `${item.responseId ? t('reports.response') : t('reports.story')}: ${item.title || t('story.untitled')}`,
        })),
        el('td', { text: t(`reports.state.${item.status}`) }),
        el('td', { text: item.reasons.map((r) => t(`report.reason.${r}`)).join(', ') }),
        el('td', { text: item.reports }),
        el('td', { text: formatDate(item.firstReportedAt) }))))) : el('p', { text: t('reports.empty') }));
  } catch (problem) {
    $('#reports-status').textContent = messageOf(problem);
  }
}

async function decision(kind, id) {
  const path = `api/moderation/reports/${kind}/${encodeURIComponent(id)}`;
  let subject;
  try {
    subject = await get(path);
  } catch (problem) {
    $('#reports-status').textContent = messageOf(problem);
    return;
  }
  const isStory = kind === 'stories';
  const show = (s) => {
    $('#decision-heading').textContent = isStory ? s.title || t('story.untitled') : t('reports.responseBy', { author: s.authorName || '?' });
    $('#decision-meta').textContent = t(`reports.state.${s.status}`) + (s.moderationReason ? ` · ${s.moderationReason}` : '');
    $('#decision-text').textContent = s.text ?? '';
    $('#decision-reports').replaceChildren(...(s.reports ?? []).map((r) => el('li', {
      text: [t(`report.reason.${r.reason}`), formatDate(r.reportedAt), r.text, r.decision ? t('reports.decidedAs', { decision: t(`reports.action.${r.decision}`) }) : null]
        .filter(Boolean).join(' · '),
    })));
  };
  show(subject);
  const actions = isStory ? STORY_ACTIONS : RESPONSE_ACTIONS;
  $('#actions').append(...actions.map((action) => el('div', { class: 'choice' },
    el('input', { type: 'radio', name: 'action', value: action, id: `action-${action}` }),
    el('label', { for: `action-${action}`, text: t(`reports.action.${action}`) }))));
  $('#reasonCode').append(...CODES.map((code) => el('option', { value: code, text: t(`reports.code.${code}`) })));
  const form = $('#decide');
  form.addEventListener('change', () => {
    const action = form.querySelector('input[name=action]:checked')?.value;
    $('#title-field').hidden = $('#text-field').hidden = action !== 'EDIT';
    $('#code-field').hidden = isStory || action !== 'UNPUBLISH';
  });
  form.elements.title.value = subject.title ?? '';
  form.elements.text.value = subject.text ?? '';
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors(form);
    const action = form.querySelector('input[name=action]:checked')?.value ?? '';
    const body = { action, version: subject.version, reason: form.elements.reason.value };
    if (action === 'EDIT') Object.assign(body, { title: form.elements.title.value, text: form.elements.text.value });
    if (!isStory) body.reasonCode = form.elements.reasonCode.value;
    try {
      subject = await post(`${path}/decision`, body);
      show(subject);
      $('#decide-status').textContent = t('reports.decided');
    } catch (problem) {
      showErrors(form, problem);
    }
  });
  $('#decision').hidden = false;
}
