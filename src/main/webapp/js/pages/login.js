import { start, ready } from '../layout.js';
import { post, forgetSession, url } from '../api.js';
import { $, param } from '../dom.js';
import { showErrors, values } from '../forms.js';

const HOME = { MODERATOR: 'staff/moderation.html', ADMIN: 'staff/admin.html', RESPONDER: 'staff/inbox.html', QUALITY_MANAGER: 'staff/inbox.html' };

await start();
$('#login').addEventListener('submit', async (event) => {
  event.preventDefault();
  const form = event.target;
  try {
    forgetSession();
    const who = await post('api/session', values(form));
    forgetSession();
    const next = param('next');
    location.href = next && next.startsWith('/') && !next.startsWith('//') ? next : url(HOME[who.role] ?? 'index.html').href;
  } catch (problem) {
    showErrors(form, problem);
  }
});
ready();
