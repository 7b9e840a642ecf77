import { start, ready, homeOf } from '../layout.js';
import { post, forgetSession, url } from '../api.js';
import { $, param } from '../dom.js';
import { showErrors, values } from '../forms.js';

await start();
$('#login').addEventListener('submit', async (event) => {
  event.preventDefault();
  const form = event.target;
  try {
    forgetSession();
    const who = await post('api/session', values(form));
    forgetSession();
    const next = param('next');
    location.href = next && next.startsWith('/') && !next.startsWith('//') ? next : url(homeOf(who.role)).href;
  } catch (problem) {
    // A refused login is the server's own clear words (wrong password, locked), not "Please log in".
    showErrors(form, problem, problem.status === 401 ? problem.body?.detail : null);
  }
});
ready();
