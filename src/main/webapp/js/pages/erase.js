// Erasure without the private link: ask for a one-time link by e-mail address, or, opened through
// that link (the token stays in the fragment, so it never reaches a server log), choose the
// stories and barrier reports sent with the address and erase them. Opened with #barrier=<token>, the private link
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

// One story or barrier report (name 'story' or 'barrier'), ticked; a report says it is one.
function choice(name, item) {
  const id = `${name}-${item.id}`;
  const sent = t(name === 'barrier' ? 'erase.reported' : 'erase.sent', { date: formatDate(item.submittedAt) });
  return el('div', { class: 'field' },
    el('input', { type: 'checkbox', id, name, value: item.id, checked: true }),
    ' ',
    el('label', { for: id },
      el('strong', { text: item.title }), ' ',
      el('span', { class: 'meta', text: sent }),
      el('br'), item.excerpt));
}

function fill(name, items) {
  clear($(`#erase-${name === 'barrier' ? 'barriers' : 'stories'}`)).append(...items.map((item) => choice(name, item)));
  $(`#erase-${name === 'barrier' ? 'barriers' : 'stories'}-set`).hidden = !items.length;
}

async function load() {
  if (!token) {
    asking(null);
    return;
  }
  try {
    const listed = await get(path);
    const barriers = listed.barriers || [];
    if (!listed.stories.length && !barriers.length) {
      $('#erase-status').textContent = t('erase.list.none');
      return;
    }
    fill('story', listed.stories);
    fill('barrier', barriers);
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
  const ticked = (name) => $$(`input[name=${name}]:checked`).map((box) => Number(box.value));
  const storyIds = ticked('story');
  const barrierIds = ticked('barrier');
  if (!storyIds.length && !barrierIds.length) return;
  try {
    const reply = await post(`${path}/confirmation`, { storyIds, barrierIds });
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
