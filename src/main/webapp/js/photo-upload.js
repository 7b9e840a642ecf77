// The photos chosen on a form (tell.html, report-barrier.html: fields photo1..photo3, each with
// photoNAlt saying what it shows): checked before anything is sent, then uploaded one by one to the
// new story's or report's own link, saying in #done-photos and #done-photo-problems how it went.
import { upload, query } from './api.js';
import { el, $, clear } from './dom.js';
import { t } from './i18n.js';

/** The server's default limit (COPRODUCE_PHOTO_MAX_BYTES); the server checks again, whatever it is set to. */
const PHOTO_MAX_BYTES = 8 * 1024 * 1024;

/** The photos chosen, each with its description. */
function chosenPhotos() {
  return [1, 2, 3].map((n) => ({ n, file: $(`#photo${n}`).files[0], alt: $(`#photo${n}Alt`).value.trim() })).filter((p) => p.file);
}

/** What the server would refuse of the chosen photos, as violations. */
export function photoProblems() {
  const found = [];
  for (const { n, file, alt } of chosenPhotos()) {
    if (!/^image\/(jpeg|png)$/.test(file.type) || file.size > PHOTO_MAX_BYTES) found.push({ field: `photo${n}`, message: 'photo' });
    if (!alt) found.push({ field: `photo${n}Alt`, message: 'must not be blank' });
  }
  return found;
}

/** Adds the chosen photos at path (the link of what was just sent); says how many were added (addedKey) and which could not be. */
export async function sendPhotos(path, addedKey) {
  const problemsList = clear($('#done-photo-problems'));
  let added = 0;
  for (const { n, file, alt } of chosenPhotos()) {
    try {
      await upload(`${path}?${query({ alt })}`, file);
      added += 1;
    } catch (problem) {
      const reason = problem.violations?.[0]?.message ?? problem.message;
      problemsList.append(el('li', { text: t('tell.photos.failed', { n, reason }) }));
    }
  }
  $('#done-photos').textContent = added ? t(addedKey, { count: added }) : '';
}
