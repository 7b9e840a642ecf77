// Stops further e-mail about a story to the address the link was sent to (the same POST a mail
// program sends for the List-Unsubscribe header); the token stays in the fragment.
import { start, ready } from '../layout.js';
import { post } from '../api.js';
import { $ } from '../dom.js';
import { t } from '../i18n.js';

await start();
const token = decodeURIComponent(location.hash.slice(1));
const button = $('#unsubscribe-button');
button.addEventListener('click', async () => {
  button.disabled = true;
  try {
    // a barrier reporter's token starts with "b" (barriers/control/BarrierUnsubscribes)
    await post(`api/${token.startsWith('b') ? 'barriers/' : ''}unsubscribe?token=${encodeURIComponent(token)}`);
    $('#unsubscribe-status').textContent = t('unsubscribe.done');
    button.hidden = true;
  } catch {
    $('#unsubscribe-status').textContent = t('unsubscribe.notFound');
    button.disabled = false;
  }
});
ready();
