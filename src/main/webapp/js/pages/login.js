import { start, ready, homeOf } from '../layout.js';
import { get, post, forgetSession, url } from '../api.js';
import { $, el, param } from '../dom.js';
import { showErrors, values } from '../forms.js';
import { t } from '../i18n.js';

/**
 * Where ?next= may lead: only a path on this site. Anything that a browser could read as another
 * origin (`//evil`, `/\evil`, `https://evil`, `javascript:`, control characters that URL parsing
 * drops) gives null, and the login goes to the role's start page instead.
 */
export function sameOriginPath(next, origin = location.origin) {
  if (typeof next !== 'string' || !next.startsWith('/') || /[\\\u0000-\u001f\u007f]/.test(next)) return null;
  if (next.startsWith('//')) return null;
  try {
    const target = new URL(next, origin);
    return target.origin === origin ? target.pathname + target.search + target.hash : null;
  } catch {
    return null;
  }
}

/** Logged in: to ?next=, else the role's start page; a role that needs a second factor not set up yet sets it up first. */
function onwards(who) {
  if (who.secondFactor === 'enrol') {
    location.href = url('staff/second-factor.html').href;
    return;
  }
  location.href = sameOriginPath(param('next')) ?? url(homeOf(who.role)).href;
}

/** The password was right and the account has a second factor: ask for the code. */
function askForCode() {
  $('#login').hidden = true;
  $('#second-factor').hidden = false;
  $('#second-factor-heading').focus();
}

/** Switches between the app's code and a recovery code; only the shown field is sent. */
function useRecoveryCode(recovery) {
  $('#code-field').hidden = recovery;
  $('#code').disabled = recovery;
  $('#recovery-field').hidden = !recovery;
  $('#recoveryCode').disabled = !recovery;
  $('#use-recovery').textContent = t(recovery ? 'login.useAppCode' : 'login.useRecoveryCode');
  $(recovery ? '#recoveryCode' : '#code').focus();
}

/** Single sign-on, when the site has it: the button keeps ?next=; ?sso= says why the last attempt ended here. */
async function offerSso() {
  const sso = await get('api/sso').catch(() => null);
  if (sso?.enabled) {
    const next = sameOriginPath(param('next'));
    const link = $('#sso-login');
    link.textContent = t('login.sso', { label: sso.label });
    link.href = url('api/sso/login').href + (next ? `?next=${encodeURIComponent(next)}` : '');
    $('#sso').hidden = false;
  }
  const why = { refused: 'login.ssoRefused', failed: 'login.ssoFailed' }[param('sso')];
  if (why) {
    const summary = el('div', { id: 'sso-problem', class: 'error-summary', role: 'alert', tabindex: '-1' },
      el('h2', { text: t('login.ssoProblem') }), el('p', { text: t(why) }));
    $('#login').before(summary);
    summary.focus();
  }
}

await start();
await offerSso();
$('#login').addEventListener('submit', async (event) => {
  event.preventDefault();
  $('#sso-problem')?.remove();
  const form = event.target;
  try {
    forgetSession();
    const who = await post('api/session', values(form));
    forgetSession();
    if (who?.secondFactor === 'totp') askForCode();
    else onwards(who);
  } catch (problem) {
    // A refused login is the server's own clear words (wrong password), not "Please log in";
    // slowed down (429) or busy (503): wait and try again, in plain words.
    const words = { 401: problem.body?.detail, 429: t('login.throttled'), 503: t('login.busy') }[problem.status];
    showErrors(form, problem, words ?? null);
  }
});
$('#use-recovery').addEventListener('click', () => useRecoveryCode($('#recovery-field').hidden));
$('#second-factor').addEventListener('submit', async (event) => {
  event.preventDefault();
  const form = event.target;
  const field = $('#recovery-field').hidden ? 'code' : 'recoveryCode';
  if (!form.querySelector(`[name=${field}]`).value.trim()) {
    showErrors(form, { violations: [{ field, message: t('secondFactor.code.missing') }] });
    return;
  }
  try {
    forgetSession();
    const who = await post('api/session/second-factor', values(form));
    forgetSession();
    onwards(who);
  } catch (problem) {
    // A wrong or used code names its field (400); 401: the password step is too long ago.
    const words = { 401: problem.body?.detail, 429: t('login.throttled'), 503: t('login.busy') }[problem.status];
    showErrors(form, problem, words ?? null);
  }
});
ready();
