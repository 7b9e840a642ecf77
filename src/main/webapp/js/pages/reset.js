import { start, ready } from '../layout.js';
import { post } from '../api.js';
import { $ } from '../dom.js';
import { showErrors, clearErrors, values } from '../forms.js';
import { t } from '../i18n.js';

// Without a token: ask for a link by e-mail. With the e-mailed link (token after #, so it never
// reaches a server log or a Referer): set the new password. The token leaves the address bar at once.
const token = location.hash.slice(1);
if (token) history.replaceState(null, '', location.pathname);
// A link opened on this very page changes only the fragment: start again to take its token.
addEventListener('hashchange', () => location.reload());

await start();
const status = $('#reset-status');
const form = $(token ? '#reset-set' : '#reset-request');
form.hidden = false;

function done(key) {
  form.hidden = true;
  status.textContent = t(key);
  status.focus();
}

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  clearErrors(form);
  try {
    if (token) {
      await post('api/password-resets/use', { token, newPassword: values(form).newPassword });
      done('reset.setDone');
    } else {
      await post('api/password-resets', values(form));
      done('reset.requestDone');
    }
  } catch (problem) {
    showErrors(form, problem);
  }
});
ready();
