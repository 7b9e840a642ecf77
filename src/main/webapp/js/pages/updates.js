// Follow a service, an organisation, a theme or an area by e-mail, no account: the form
// (updates.html?kind=SERVICE&target=12), the confirmation (#confirm=TOKEN) and the unsubscribe
// (#stop=TOKEN). Only the buttons confirm or unsubscribe (POSTs), so a mail scanner opening the
// e-mailed link changes nothing; the token stays in the fragment, out of server logs.
import { start, ready } from '../layout.js';
import { get, post, url } from '../api.js';
import { $, param } from '../dom.js';
import { t, language } from '../i18n.js';
import { showErrors, clearErrors, messageOf } from '../forms.js';
import { feedPath } from '../following.js';

await start();
const [mode, token] = decodeURIComponent(location.hash.slice(1)).split('=');
const status = $('#updates-status');

async function nameOf(kind, target) {
  if (kind === 'SERVICE') return (await get(`api/services/${encodeURIComponent(target)}`)).name;
  if (kind === 'ORGANISATION') {
    const detail = await get(`api/organisations/${encodeURIComponent(target)}`);
    return (detail.organisation ?? detail).name;
  }
  return kind === 'AREA' ? t('updates.area', { box: target }) : target;
}

function button(selector, path, body, done) {
  const pressed = $(selector);
  pressed.addEventListener('click', async () => {
    pressed.disabled = true;
    try {
      const reply = await post(path, body);
      status.textContent = done(reply);
      pressed.closest('div').hidden = true;
    } catch (problem) {
      status.textContent = problem.status === 404 ? t('updates.gone') : messageOf(problem);
      pressed.disabled = false;
    }
  });
}

async function form() {
  const kind = param('kind');
  const target = param('target');
  if (!['SERVICE', 'ORGANISATION', 'THEME', 'AREA'].includes(kind) || !target) {
    status.textContent = t('error.notFound');
    return;
  }
  try {
    const name = await nameOf(kind, target);
    $('#updates-heading').textContent = t('updates.heading', { name });
    document.title = `${t('updates.heading', { name })} – Coproduce`;
  } catch {
    status.textContent = t('error.notFound');
    return;
  }
  $('#updates-feed').href = url(feedPath(kind, target)).href;
  const theForm = $('#updates-form');
  theForm.hidden = false;
  theForm.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors(theForm);
    try {
      await post('api/subscriptions', { email: theForm.email.value.trim(), kind, target, digest: theForm.digest.value, language: language() });
      theForm.email.value = '';
      status.textContent = t('updates.sent');
    } catch (problem) {
      showErrors(theForm, problem);
    }
  });
}

if (mode === 'confirm' && token) {
  $('#updates-confirm').hidden = false;
  button('#updates-confirm-button', 'api/subscriptions/confirmation', { token },
    (reply) => t('updates.confirmed', { name: reply.name }));
} else if (mode === 'stop' && token) {
  $('#updates-stop').hidden = false;
  button('#updates-stop-button', `api/subscriptions/unsubscribe?token=${encodeURIComponent(token)}`, {}, () => t('updates.stopped'));
} else {
  await form();
}
window.addEventListener('hashchange', () => location.reload());
ready();
