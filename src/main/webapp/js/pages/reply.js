import { start, ready, requireRole } from '../layout.js';
import { get, post, url } from '../api.js';
import { el, $, clear, param } from '../dom.js';
import { t, formatDate } from '../i18n.js';
import { showErrors, clearErrors, messageOf } from '../forms.js';
import { highlighted, suggestions, safeguarding, escalation } from '../moderate.js';

const REASONS = ['PERSONAL_DATA', 'OFFENSIVE', 'OFF_TOPIC', 'SAFEGUARDING', 'OTHER'];
const who = await start();
const id = param('id');
const form = $('#decision');
const path = `api/moderation/replies/${encodeURIComponent(id)}`;
let reply = null;

function drawAudit(audit = []) {
  clear($('#audit')).append(audit.length ? el('table', {}, el('caption', { class: 'visually-hidden', text: t('decide.audit') }),
    el('thead', {}, el('tr', {}, ['audit.at', 'audit.who', 'audit.action', 'audit.reason'].map((k) => el('th', { scope: 'col', text: t(k) })))),
    el('tbody', {}, audit.map((a) => el('tr', {}, el('td', { text: formatDate(a.at) }), el('td', { text: a.moderatorId ?? '' }),
      el('td', { text: t(`audit.action.${a.action}`) }), el('td', { text: a.reason ?? '' })))))
    : el('p', { text: t('decide.noAudit') }));
}

function show(r) {
  reply = r;
  $('#reply-meta').textContent = [t(`response.kind.${r.kind}`), r.authorName, r.authorTitle, r.organisationName, formatDate(r.createdAt)]
    .filter(Boolean).join(' · ');
  clear($('#reply-story')).append(t('reply.onStory'), ' ',
    el('a', { href: url(`story.html?id=${r.storyId}`).href, text: r.storyTitle || t('story.untitled') }));
  const change = $('#reply-change');
  change.hidden = !r.change;
  if (r.change) change.replaceChildren(el('strong', { text: `${t(`change.${r.change.kind}`)} ` }), r.change.description ?? '');
  $('#reply-edit').hidden = !r.publishedText;
  $('#reply-published').textContent = r.publishedText ?? '';
  safeguarding($('#safeguarding'), r.safeguarding);
  $('#text').value = r.text ?? '';
  suggestions($('#personal'), $('#text'), r.text ?? '', r.personalData ?? [], 'reply.noPersonal');
  clear($('#highlighted')).append(...highlighted(r.text ?? '', r.personalData ?? []));
  drawAudit(r.audit);
  const decided = r.status !== 'PENDING';
  for (const button of form.querySelectorAll('button')) button.disabled = decided;
  if (decided) $('#reply-status').textContent = t(`reply.already.${r.status}`);
  $('#reply').hidden = false;
}

async function decide(body) {
  clearErrors(form);
  try {
    await post(`${path}/decision`, { version: reply.version, ...body });
    location.href = `moderation.html?decided=${body.action}&what=reply`;
  } catch (problem) {
    showErrors(form, problem);
  }
}

if (requireRole(who, ['MODERATOR', 'ADMIN'])) {
  $('#reasonCode').append(el('option', { value: '', text: t('reply.reasonCode.choose') }),
    ...REASONS.map((code) => el('option', { value: code, text: t(`reply.reasonCode.${code}`) })));
  try {
    show(await get(path));
  } catch (problem) {
    $('#reply-status').textContent = messageOf(problem);
  }
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    decide({ action: 'PUBLISH', text: $('#text').value });
  });
  $('#reject').addEventListener('click', () => decide({ action: 'REJECT', reasonCode: form.reasonCode.value || null, reason: form.reason.value }));
  escalation($('#escalation'), `${path}/decision`, () => reply?.version, async () => drawAudit((await get(path)).audit));
}
ready();
