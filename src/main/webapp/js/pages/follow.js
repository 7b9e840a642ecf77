import { start, ready } from '../layout.js';
import { get, post, del, url } from '../api.js';
import { $, clear } from '../dom.js';
import { t, formatDate } from '../i18n.js';
import { showErrors, clearErrors } from '../forms.js';
import { progressSteps, writtenIn } from '../stories.js';
import { responseList } from '../responses.js';
import { differenceQuestion, KIND } from '../difference.js';

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
  const open = !['WITHDRAWN', 'REJECTED'].includes(story.status);
  $('#reply').hidden = story.status !== 'PUBLISHED';
  $('#withdraw').disabled = !open;
  $('#follow').hidden = false;
}

async function load() {
  try {
    show(await get(path));
    $('#follow-status').textContent = '';
  } catch {
    $('#follow-status').textContent = t(token ? 'follow.notFound' : 'follow.noToken');
    $('#follow').hidden = true;
  }
}

$('#reply').addEventListener('submit', async (event) => {
  event.preventDefault();
  const form = event.target;
  clearErrors(form);
  try {
    await post(`${path}/replies`, { text: form.text.value });
    form.reset();
    $('#reply-status').textContent = t('follow.reply.sent');
  } catch (problem) {
    showErrors(form, problem);
  }
});
$('#withdraw').addEventListener('click', () => { $('#withdraw-confirm').hidden = false; $('#withdraw-yes').focus(); });
$('#withdraw-no').addEventListener('click', () => { $('#withdraw-confirm').hidden = true; $('#withdraw').focus(); });
$('#withdraw-yes').addEventListener('click', async () => {
  await del(path).catch(() => null);
  $('#withdraw-confirm').hidden = true;
  await load();
  $('#follow-status').textContent = t('follow.withdrawn');
});
window.addEventListener('hashchange', () => location.reload());
await load();
ready();
