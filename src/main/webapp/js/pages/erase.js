// Erasure without the follow link: ask for a one-time link by e-mail address, or, opened through
// that link (the token stays in the fragment, so it never reaches a server log), choose the
// stories sent with the address and erase them. Opened with #barrier=<token>, the private link
// given with a barrier report: erase that report (barrier-erasure.js).
import { start, ready } from '../layout.js';
import { get, post } from '../api.js';
import { el, $, $$, clear } from '../dom.js';
import { t, formatDate, language } from '../i18n.js';
import { showErrors, clearErrors, messageOf } from '../forms.js';
import { eraseBarrier } from '../barrier-erasure.js';

await start();
const fragment = decodeURIComponent(location.hash.slice(1));
const barrierToken = fragment.startsWith('barrier=') ? fragment.slice('barrier='.length) : null;
const token = barrierToken === null ? fragment : '';
const path = `api/erasure-requests/${encodeURIComponent(token)}`;

function asking(statusKey) {
  $('#erase-list').hidden = true;
  $('#erase-ask').hidden = false;
  $('#erase-status').textContent = statusKey ? t(statusKey) : '';
}

function choice(story) {
  const id = `story-${story.id}`;
  return el('div', { class: 'field' },
    el('input', { type: 'checkbox', id, name: 'story', value: story.id, checked: true }),
    ' ',
    el('label', { for: id },
      el('strong', { text: story.title }), ' ',
      el('span', { class: 'meta', text: t('erase.sent', { date: formatDate(story.submittedAt) }) }),
      el('br'), story.excerpt));
}

async function load() {
  if (!token) {
    asking(null);
    return;
  }
  try {
    const listed = await get(path);
    if (!listed.stories.length) {
      $('#erase-status').textContent = t('erase.list.none');
      return;
    }
    clear($('#erase-stories')).append(...listed.stories.map(choice));
    $('#erase-list').hidden = false;
  } catch (problem) {
    if (problem.status === 404) asking('erase.gone');
    else $('#erase-status').textContent = messageOf(problem);
  }
}

$('#erase-ask').addEventListener('submit', async (event) => {
  event.preventDefault();
  const form = event.target;
  clearErrors(form);
  try {
    await post('api/erasure-requests', { email: form.email.value.trim(), language: language() });
    form.reset();
    $('#erase-status').textContent = t('erase.ask.sent');
  } catch (problem) {
    showErrors(form, problem);
  }
});
$('#erase-list').addEventListener('submit', async (event) => {
  event.preventDefault();
  const storyIds = $$('input[name=story]:checked').map((box) => Number(box.value));
  if (!storyIds.length) return;
  try {
    const reply = await post(`${path}/confirmation`, { storyIds });
    $('#erase-list').hidden = true;
    $('#erase-status').textContent = t('erase.done', { count: reply.erased });
  } catch (problem) {
    $('#erase-status').textContent = messageOf(problem);
  }
});
window.addEventListener('hashchange', () => location.reload());
if (barrierToken !== null) await eraseBarrier(barrierToken);
else await load();
ready();
