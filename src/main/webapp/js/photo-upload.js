// The photos chosen on a form (tell.html, report-barrier.html): the fieldset drawn in the page's
// #photo-fields (fields photo1..photo3, each with photoNAlt saying what it shows), checked before
// anything is sent, then uploaded one by one to the new story's or report's own link, saying in
// #done-photos and #done-photo-problems how it went. The reporter's own photos, each to take back
// (follow.html, erase.html#barrier=), in #my-photos.
import { upload, query, get, del, url } from './api.js';
import { el, $, clear } from './dom.js';
import { t } from './i18n.js';
import { messageOf } from './forms.js';

/** The server's default limit (COPRODUCE_PHOTO_MAX_BYTES); the server checks again, whatever it is set to. */
const PHOTO_MAX_BYTES = 8 * 1024 * 1024;

/** Photo n's two fields: the file and what it shows, described by the fieldset's hints. */
function photoPair(n) {
  return el('div', { class: 'photo-pair' },
    el('div', { class: 'field' }, el('label', { for: `photo${n}`, text: t(`tell.photos.file${n}`) }),
      el('input', { type: 'file', id: `photo${n}`, name: `photo${n}`, accept: 'image/jpeg,image/png', 'aria-describedby': 'photos-hint' })),
    el('div', { class: 'field' }, el('label', { for: `photo${n}Alt`, text: t(`tell.photos.alt${n}`) }),
      el('input', { type: 'text', id: `photo${n}Alt`, name: `photo${n}Alt`, maxlength: '300', 'aria-describedby': 'photos-alt-hint' })));
}

/** Puts the fieldset of three photos in place of the page's #photo-fields (call before the page is ready). */
export function photoFields() {
  $('#photo-fields').replaceWith(el('fieldset', { id: 'photos' },
    el('legend', { text: t('tell.photos.legend') }),
    el('p', { class: 'hint', id: 'photos-hint', text: t('tell.photos.hint') }),
    el('p', { class: 'hint', id: 'photos-alt-hint', text: t('tell.photos.altHint') }),
    [1, 2, 3].map(photoPair)));
}

/**
 * Shows the photos at path (the follow link's or the barrier report's: [{id, alt, width, height, url}])
 * in #my-photos, each with its description and a button to take it back (DELETE path/id).
 */
export async function ownPhotos(path) {
  const photos = await get(path).catch(() => []);
  $('#my-photos').hidden = !photos.length && !$('#my-photos-status').textContent;
  clear($('#my-photo-list')).append(...photos.map((photo) => el('figure', { class: 'photo' },
    el('img', { src: url(photo.url).href, alt: photo.alt, width: String(photo.width), height: String(photo.height) }),
    el('figcaption', { text: photo.alt }),
    el('button', { type: 'button', class: 'secondary', text: t('follow.photos.remove'), onclick: async () => {
      try {
        await del(`${path}/${photo.id}`);
        $('#my-photos-status').textContent = t('follow.photos.removed');
        await ownPhotos(path);
      } catch (problem) {
        $('#my-photos-status').textContent = messageOf(problem);
      }
    } }))));
}

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
