import { start, ready, homeOf } from '../layout.js';
import { get, post, put, forgetSession, url } from '../api.js';
import { el, $, clear } from '../dom.js';
import { t } from '../i18n.js';
import { showErrors, clearErrors, messageOf, values } from '../forms.js';

function say(text) {
  $('#second-factor-status').textContent = text;
  $('#second-factor-status').focus();
}

/** The key in groups of four, easier to read and type: ABCD EFGH … */
export function grouped(secret) {
  return secret.replace(/(.{4})(?=.)/g, '$1 ');
}

/** A blank field is answered here, in the field's own words. */
function blank(form, name) {
  if (form.querySelector(`[name=${name}]`).value.trim()) return false;
  showErrors(form, { violations: [{ field: name, message: t('secondFactor.code.missing') }] });
  return true;
}

async function show(who) {
  const state = await get('api/account/second-factor');
  $('#required').hidden = !(state.required && !state.enrolled);
  $('#setup').hidden = state.enrolled;
  $('#on').hidden = !state.enrolled;
  $('#turn-off').hidden = state.required;
  $('#cannot-turn-off').hidden = !state.required;
  $('#second-factor-status').textContent = state.enrolled
    ? t('secondFactor.on', { count: state.recoveryCodesLeft }) : t('secondFactor.off');
  $('#continue').href = url(homeOf(who.role)).href;
}

async function begin() {
  try {
    const enrolment = await post('api/account/second-factor');
    $('#secret').textContent = grouped(enrolment.secret);
    $('#otpauth').href = enrolment.otpauthUri;
    $('#enrolment').hidden = false;
    $('#start').hidden = true;
    $('#step-key').focus();
  } catch (problem) {
    say(messageOf(problem));
  }
}

async function confirm(event) {
  event.preventDefault();
  const form = event.target;
  clearErrors(form);
  if (blank(form, 'code')) return;
  try {
    const result = await post('api/account/second-factor/confirm', values(form));
    forgetSession();
    $('#setup').hidden = true;
    $('#required').hidden = true;
    clear($('#recovery-codes')).append(...result.recoveryCodes.map((code) => el('li', { text: code })));
    $('#codes').hidden = false;
    $('#second-factor-status').textContent = t('secondFactor.done');
    $('#codes-heading').focus();
  } catch (problem) {
    showErrors(form, problem);
  }
}

async function turnOff(event, who) {
  event.preventDefault();
  const form = event.target;
  clearErrors(form);
  if (blank(form, 'code')) return;
  try {
    await post('api/account/second-factor/disable', values(form));
    form.reset();
    await show(who);
    say(t('secondFactor.turnedOff'));
  } catch (problem) {
    showErrors(form, problem);
  }
}

/** The language of the caller's e-mails: not for a login that may only set up its second factor. */
function language(who) {
  if (who.secondFactor === 'enrol') return;
  $('#mail-language').value = who.language ?? 'en';
  $('#language').hidden = false;
  $('#language-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors(event.target);
    $('#language-status').textContent = '';
    try {
      await put('api/account/language', values(event.target));
      forgetSession();
      $('#language-status').textContent = t('secondFactor.language.saved');
    } catch (problem) {
      showErrors(event.target, problem);
    }
  });
}

const who = await start();
if (!who) {
  location.replace(`${url('login.html').href}?next=${encodeURIComponent(location.pathname)}`);
} else {
  $('#start').addEventListener('click', begin);
  $('#enrol').addEventListener('submit', confirm);
  $('#turn-off').addEventListener('submit', (event) => turnOff(event, who));
  language(who);
  try {
    await show(who);
  } catch (problem) {
    say(messageOf(problem));
  }
}
ready();
