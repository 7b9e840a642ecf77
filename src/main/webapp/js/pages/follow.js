import { start, ready } from '../layout.js';
import { get, post, put, del, url } from '../api.js';
import { $, clear } from '../dom.js';
import { t, formatDate, formatDateTime } from '../i18n.js';
import { showErrors, clearErrors, messageOf } from '../forms.js';
import { progressSteps, writtenIn } from '../stories.js';
import { responseList } from '../responses.js';
import { differenceQuestion, KIND } from '../difference.js';
import { copyButton } from '../copy.js';
import { ownPhotos } from '../photo-upload.js';

await start();
const token = decodeURIComponent(location.hash.slice(1));
const path = `api/follow/${encodeURIComponent(token)}`;

function show(story) {
  $('#follow-title').textContent = story.title || t('story.untitled');
  writtenIn($('#follow-title'), story.title ? story.language : null);
  $('#follow-meta').textContent = t('follow.submitted', { date: formatDate(story.submittedAt) });
  $('#status-badge').textContent = t(`status.${story.status}`);
  $('#rejection').hidden = !story.rejectionReason;
  $('#rejection').textContent = story.rejectionReason ? t('follow.rejected', { reason: story.rejectionReason }) : '';
  $('#moderated').hidden = !story.moderationReason;
  $('#moderated-reason').textContent = story.moderationReason ? t(`follow.moderated.${story.status === 'PUBLISHED' ? 'EDITED' : story.status}`,
    { reason: story.moderationReason }) : '';
  const held = story.status === 'HELD';
  $('#held').hidden = !held;
  $('#held').textContent = !held ? '' : story.heldUntil ? t('follow.held', { date: formatDateTime(story.heldUntil) }) : t('follow.heldUntilReleased');
  $('#public-link').hidden = held;
  clear($('#progress'));
  if (story.status === 'PUBLISHED') $('#progress').append(progressSteps(story.progress));
  $('#published').hidden = !story.publishedText;
  $('#published-text').textContent = story.publishedText ?? '';
  writtenIn($('#published-text'), story.language);
  $('#public-link').href = url(`story.html?id=${story.id}`).href;
  clear($('#responses')).append(responseList(story.responses));
  clear($('#questions')).append(...(story.questions ?? []).filter((q) => q.kind === KIND).map((q) => differenceQuestion(
    { changeId: q.subjectId, about: q.about, answers: q.answers, answer: q.answer },
    (answer) => post(`${path}/${q.answerAt}`, { changeId: q.subjectId, answer }).then((reply) => reply.answer))));
  $('#reply').hidden = story.status !== 'PUBLISHED';
  $('#download').href = url(`${path}/export`).href;
  $('#follow').hidden = false;
}

/** Instead of the story: what happened to it (withdrawn, no such link, not reachable), in words. */
function tell(key) {
  $('#follow').hidden = true;
  $('#follow-status').textContent = t(key);
  $('#follow-help').hidden = key === 'follow.unreachable';
}

/** A rejected story can still be withdrawn (its data erased); a withdrawn one only says so. */
async function load() {
  try {
    const story = await get(path);
    if (story.status === 'WITHDRAWN') {
      tell('follow.withdrawn');
      return;
    }
    show(story);
    await ownPhotos(`${path}/photos`);
    $('#training-consent').checked = story.trainingConsent;
    $('#follow-status').textContent = '';
    $('#follow-help').hidden = true;
  } catch (problem) {
    tell(!token ? 'follow.noToken' : problem.status === 404 || problem.status === 410 ? 'follow.notFound' : 'follow.unreachable');
  }
}

$('#reply').addEventListener('submit', async (event) => {
  event.preventDefault();
  const form = event.target;
  clearErrors(form);
  try {
    await post(`${path}/replies`, { text: form.elements.text.value });
    form.reset();
    $('#reply-status').textContent = t('follow.reply.sent');
  } catch (problem) {
    showErrors(form, problem);
  }
});
$('#change-email').addEventListener('submit', async (event) => {
  event.preventDefault();
  const form = event.target;
  clearErrors(form);
  $('#email-status').textContent = '';
  try {
    await put(`${path}/email`, { email: form.email.value.trim() || null });
    $('#email-status').textContent = t(form.email.value.trim() ? 'follow.email.changed' : 'follow.email.removed');
  } catch (problem) {
    showErrors(form, problem);
  }
});
$('#training-consent').addEventListener('change', async (event) => {
  const consent = event.target.checked;
  try {
    await put(`${path}/training-consent`, { consent });
    $('#consent-status').textContent = t(consent ? 'follow.consent.given' : 'follow.consent.withdrawn');
  } catch {
    event.target.checked = !consent;
    $('#consent-status').textContent = t('follow.consent.failed');
  }
});
$('#withdraw').addEventListener('click', () => { $('#withdraw-confirm').hidden = false; $('#withdraw-yes').focus(); });
$('#withdraw-no').addEventListener('click', () => { $('#withdraw-confirm').hidden = true; $('#withdraw').focus(); });
$('#withdraw-yes').addEventListener('click', async () => {
  $('#withdraw-confirm').hidden = true;
  try {
    await del(path);
  } catch (problem) {
    if (problem.status !== 409) {
      $('#follow-status').textContent = messageOf(problem);
      return;
    }
  }
  await load();
});
$('#contest').addEventListener('submit', async (event) => {
  event.preventDefault();
  const form = event.target;
  clearErrors(form);
  try {
    await post(`${path}/contest`, { text: form.elements.text.value });
    form.reset();
    $('#contest-status').textContent = t('follow.contest.sent');
  } catch (problem) {
    showErrors(form, problem);
  }
});
copyButton($('#copy-page-link'), $('#copy-status'), () => location.href);
window.addEventListener('hashchange', () => location.reload());
await load();
ready();
