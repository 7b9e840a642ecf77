// A "me too" reader confirms the address they left. Only the button confirms (a POST), so a mail
// scanner that opens the e-mailed link confirms nothing; the token stays in the fragment.
import { start, ready } from '../layout.js';
import { post } from '../api.js';
import { $ } from '../dom.js';
import { t } from '../i18n.js';

await start();
const token = decodeURIComponent(location.hash.slice(1));
const button = $('#confirm-button');
button.addEventListener('click', async () => {
  button.disabled = true;
  try {
    await post('api/me-too/confirmation', { token });
    $('#confirm-status').textContent = t('confirm.done');
    button.hidden = true;
  } catch {
    $('#confirm-status').textContent = t('confirm.notFound');
    button.disabled = false;
  }
});
ready();
