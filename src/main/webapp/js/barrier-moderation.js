// The barrier reports awaiting moderation (GET /api/moderation/barriers), on the moderation page:
// each with what the screening found, its photos (each removable), the place and description to
// reword, publish or reject (with the version seen: 409 if a photo came in meanwhile).
import { get, post } from './api.js';
import { el } from './dom.js';
import { t, formatDate } from './i18n.js';
import { messageOf } from './forms.js';
import { photoModeration } from './photo-moderation.js';

function item(b) {
  const status = el('p', { role: 'status' });
  const place = el('input', { type: 'text', id: `barrier-place-${b.id}`, maxlength: 200, value: b.place });
  const description = el('textarea', { id: `barrier-description-${b.id}`, maxlength: 2000 });
  description.value = b.description;
  const decide = (action) => post(`api/moderation/barriers/${b.id}/decision`,
    { action, place: place.value.trim() || null, description: description.value.trim() || null, version: b.version })
    .then(() => {
      status.textContent = t(`moderation.barriers.${action}`);
      card.querySelectorAll('button, input, textarea').forEach((n) => { n.disabled = true; });
    })
    .catch((problem) => { status.textContent = messageOf(problem); });
  const named = (key) => `${t(key)}: ${b.categoryLabel}, ${b.place}`;
  const photos = b.photos.length ? el('section', { class: 'panel', 'aria-label': `${t('moderation.photos')}: ${b.categoryLabel}, ${b.place}` },
    el('h4', { text: t('moderation.photos') }), el('p', { class: 'hint', text: t('moderation.barriers.photosHint') }),
    el('div', { class: 'photo-list' }), el('p', { role: 'status' })) : null;
  if (photos) {
    photoModeration(photos, () => get(`api/moderation/barriers/${b.id}`).then((found) => found.photos), () => {})
      .catch((problem) => { photos.querySelector('[role="status"]').textContent = messageOf(problem); });
  }
  const card = el('li', { class: 'card' },
    el('h3', { text: `${b.categoryLabel}: ${b.place}` }),
    el('p', { class: 'meta', text: t('moderation.barriers.meta', { date: formatDate(b.submittedAt), lat: b.exactLatitude ?? b.latitude, lng: b.exactLongitude ?? b.longitude }) }),
    b.screening ? el('p', { class: 'notice warn', text: t('moderation.barriers.screening', { found: b.screening }) }) : null,
    photos,
    el('div', { class: 'field' }, el('label', { for: place.id, text: t('barrier.place') }), place),
    el('div', { class: 'field' }, el('label', { for: description.id, text: t('barrier.description') }), description),
    el('p', {}, el('a', { href: `https://www.openstreetmap.org/?mlat=${b.exactLatitude ?? b.latitude}&mlon=${b.exactLongitude ?? b.longitude}#map=19/${b.exactLatitude ?? b.latitude}/${b.exactLongitude ?? b.longitude}`, text: t('moderation.barriers.osm') })),
    el('div', { class: 'actions' },
      el('button', { type: 'button', 'aria-label': named('decide.publish'), onclick: () => decide('PUBLISH'), text: t('decide.publish') }),
      el('button', { type: 'button', class: 'secondary', 'aria-label': named('moderation.barriers.reject'), onclick: () => decide('REJECT'), text: t('moderation.barriers.reject') })),
    status);
  return card;
}

export async function barrierQueue(container) {
  const queue = await get('api/moderation/barriers?size=100').catch(() => ({ items: [] }));
  container.append(queue.items.length ? el('ul', { class: 'results' }, queue.items.map(item))
    : el('p', { text: t('moderation.barriers.empty') }));
}
