// The photos of a story or a barrier report for moderators: each shown with its description,
// removable with a reason (kept in the story's trail, or the trail of decisions on the report).
import { post, url } from './api.js';
import { el, clear } from './dom.js';
import { t } from './i18n.js';
import { showErrors, clearErrors } from './forms.js';

/** Draws the photos load() answers into the section's .photo-list; after a removal, draws them again and calls removed(). */
export async function photoModeration(section, load, removed) {
  const list = section.querySelector('.photo-list');
  const status = section.querySelector('[role="status"]');
  const photos = await load();
  clear(list).append(photos.length ? el('div', { class: 'photos' }, photos.map((photo) => card(photo, async () => {
    status.textContent = t('moderation.photos.removed');
    await photoModeration(section, load, removed);
    removed();
  }))) : el('p', { text: t('moderation.photos.none') }));
}

function card(photo, done) {
  const reasonId = `photo-reason-${photo.id}`;
  const form = el('form', { id: `photo-removal-${photo.id}`, novalidate: true },
    el('div', { class: 'field' }, el('label', { for: reasonId, text: t('moderation.photos.reason') }),
      el('input', { type: 'text', id: reasonId, name: 'reason', maxlength: '500' })),
    el('div', { class: 'actions' }, el('button', { type: 'submit', class: 'danger', text: t('moderation.photos.remove') })));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors(form);
    try {
      await post(`api/moderation/photos/${photo.id}/removal`, { reason: form.reason.value });
      await done();
    } catch (problem) {
      showErrors(form, problem);
    }
  });
  return el('figure', { class: 'photo' },
    el('img', { src: url(photo.url).href, alt: photo.alt, width: String(photo.width), height: String(photo.height) }),
    el('figcaption', { text: photo.alt }), form);
}
