import { post } from './api.js';
import { $ } from './dom.js';
import { t, formatDateTime } from './i18n.js';
import { messageOf } from './forms.js';

/**
 * The moderator's override of a hold on the decide page: a held story shows until when it is held,
 * with "release now" and "keep held until released" (each sends the version the moderator saw).
 */
export function heldPanel(story, path, reload) {
  const held = story.status === 'HELD';
  $('#held-panel').hidden = !held;
  if (!held) return;
  $('#held-until').textContent = story.heldUntil ? t('decide.held.until', { date: formatDateTime(story.heldUntil) }) : t('decide.held.kept');
  const act = (action, done) => async () => {
    try {
      await post(`${path}/hold`, { action, version: story.version });
      story = await reload();
      heldPanel(story, path, reload);
      $('#held-status').textContent = t(done);
    } catch (problem) {
      $('#held-status').textContent = messageOf(problem);
    }
  };
  $('#release').onclick = act('RELEASE', 'decide.held.released');
  $('#keep').onclick = act('KEEP', 'decide.held.keptDone');
}

/** The moderator's choice on the decide form: null (the rule decides), true or false. */
export function holdChoice(form) {
  const value = form.hold?.value ?? '';
  return value === '' ? null : value === 'true';
}
