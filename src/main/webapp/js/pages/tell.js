import { start, ready } from '../layout.js';
import { get, post, query, url } from '../api.js';
import { el, $, clear, param } from '../dom.js';
import { t, formatMonth } from '../i18n.js';
import { copyButton } from '../copy.js';
import { showErrors, clearErrors } from '../forms.js';
import { makeMap, pickPoint, point } from '../map.js';
import { CATEGORIES, RELATIONS } from '../stories.js';
import { photoFields, photoProblems, sendPhotos } from '../photo-upload.js';

await start();
photoFields();
const form = $('#tell');
const chosen = new Map();
let near = null;
let place = null;
let marker = null;

// Browsers with a month field take the month by name (or a picker); others get a text field typed as 2026-03.
const lastMonth = new Date(new Date().getFullYear(), new Date().getMonth() - 1, 1);
const example = `${lastMonth.getFullYear()}-${String(lastMonth.getMonth() + 1).padStart(2, '0')}`;
$('#happened-hint').textContent = $('#happened').type === 'month'
  ? t('tell.happened.hint.picker', { example: formatMonth(example) }) : t('tell.happened.hint', { example });

$('#service-category').append(el('option', { value: '', text: t('tell.service.anyCategory') }),
  ...CATEGORIES.map((c) => el('option', { value: c, text: t(`category.${c}`) })));
$('#relations').append(...RELATIONS.map((r, i) => el('label', { class: 'choice' },
  el('input', { type: 'radio', name: 'relation', value: r, id: i === 0 ? 'relation' : `relation-${r}` }), t(`relation.${r}`))));

function serviceChoice(service) {
  const box = el('input', { type: 'checkbox', name: 'serviceId', value: service.id, id: `service-${service.id}`, checked: chosen.has(service.id) });
  box.addEventListener('change', () => {
    if (!box.checked) chosen.delete(service.id);
    else {
      chosen.set(service.id, service);
      if (!place && service.latitude != null) map.setView([service.latitude, service.longitude], 15);
    }
  });
  const distance = service.distanceKm != null ? ` · ${t('tell.service.km', { km: service.distanceKm.toFixed(1) })}` : '';
  return el('label', { class: 'choice', for: box.id }, box,
    el('span', {}, el('strong', { text: service.name }), el('br'),
      el('span', { class: 'meta', text: `${service.organisationName} · ${service.city ?? ''}${distance}` })));
}

async function findServices() {
  const q = $('#service-q').value.trim();
  const category = $('#service-category').value;
  const found = await get(`api/services?${query({ q, category, near, size: 8 })}`).catch(() => ({ items: [], total: 0 }));
  const shown = [...chosen.values(), ...found.items.filter((s) => !chosen.has(s.id))];
  clear($('#service-results')).append(el('fieldset', { class: 'plain' },
    el('legend', { class: 'visually-hidden', text: t('tell.service.results') }), shown.map(serviceChoice)));
  $('#service-status').textContent = t('tell.service.found', { count: found.total });
  return found.items;
}

let typing = null;
$('#service-q').addEventListener('input', () => { clearTimeout(typing); typing = setTimeout(findServices, 250); });
$('#service-category').addEventListener('change', findServices);
$('#near-me').addEventListener('click', () => {
  if (!navigator.geolocation) return;
  $('#service-status').textContent = t('tell.service.locating');
  navigator.geolocation.getCurrentPosition((where) => setPlace(where.coords.latitude, where.coords.longitude), () => { $('#service-status').textContent = t('tell.service.noLocation'); });
});

// The point is set by a click, or without a pointer: the map takes focus, the arrow keys move it,
// and Enter or the button puts the point at its centre (marked by a cross). The text says where it is.
const map = await makeMap($('#place-map'), { center: [51, 3], zoom: 4 });

function describePlace(services = []) {
  const nearest = services.find((s) => s.distanceKm != null);
  $('#place-chosen').textContent = !place ? t('tell.place.none')
    : nearest ? t('tell.place.near', { lat: place.latitude, lng: place.longitude, km: nearest.distanceKm.toFixed(1), service: nearest.name, city: nearest.city ?? '' })
      : t('tell.place.chosen', { lat: place.latitude, lng: place.longitude });
}

async function setPlace(lat, lng) {
  place = { latitude: Number(lat.toFixed(5)), longitude: Number(lng.toFixed(5)) };
  near = `${place.latitude},${place.longitude}`;
  marker?.remove();
  marker = point(map, place.latitude, place.longitude);
  $('#place-clear').hidden = false;
  $('#place-centre').textContent = t('tell.place.move');
  describePlace();
  describePlace(await findServices());
}

function clearPlace() {
  place = null; near = null; marker?.remove(); marker = null;
  $('#place-clear').hidden = true;
  $('#place-centre').textContent = t('tell.place.centre');
  describePlace();
}

pickPoint(map, $('#place-centre'), setPlace);
$('#place-clear').addEventListener('click', () => {
  clearPlace();
  $('#place-centre').focus();
});
describePlace();

const preselected = param('service');
if (preselected) {
  const service = await get(`api/services/${encodeURIComponent(preselected)}`).catch(() => null);
  if (service) chosen.set(service.id, service);
}
await findServices();

function submission() {
  const data = Object.fromEntries([...new FormData(form)].filter(([key]) => !['serviceId', 'relation', 'trainingConsent'].includes(key) && !key.startsWith('photo'))
    .map(([key, value]) => [key, value.trim() === '' ? null : value.trim()]));
  const services = [...chosen.keys()];
  return {
    ...data,
    relation: form.relation.value || null,
    serviceIds: services,
    category: services.length ? null : $('#service-category').value || null,
    latitude: place?.latitude ?? null,
    longitude: place?.longitude ?? null,
    trainingConsent: $('#training-consent').checked,
  };
}

function previewPart(key, text) {
  return text ? [el('h4', { text: t(key) }), el('p', { class: 'story-text', text })] : [];
}

$('#preview-button').addEventListener('click', () => {
  const story = submission();
  const about = [[...chosen.values()].map((s) => s.name).join(', ') || (story.category ? t(`category.${story.category}`) : ''),
    story.relation ? t(`relation.${story.relation}`) : '', formatMonth(story.happened)].filter(Boolean).join(' · ');
  clear($('#preview-body')).append(
    el('h3', { text: story.title || t('story.untitled') }),
    el('p', { class: 'meta', text: about }),
    ...previewPart('tell.story.label', story.story),
    ...previewPart('tell.good', story.good),
    ...previewPart('tell.improve', story.improve),
    ...previewPart('tell.feeling', story.feeling),
    el('p', { class: 'notice', text: story.email ? t('tell.preview.emailHidden') : t('tell.preview.noEmail') }),
    place ? el('p', { text: t('tell.preview.place') }) : '');
  $('#preview').hidden = false;
  $('#preview').focus();
});

/** The problems the server would find, all at once, before anything is sent (the server checks again). */
function problems(story) {
  const found = [];
  const missing = (field) => found.push({ field, message: 'must not be blank' });
  if (!story.serviceIds.length && !(story.category && place)) missing('serviceIds');
  if (!story.relation) missing('relation');
  const month = /^(19|20)\d{2}-(0[1-9]|1[0-2])$/.test(story.happened ?? '') ? story.happened : null;
  const now = new Date();
  if (!month || month > `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}`) missing('happened');
  if (!story.title) missing('title');
  if (![story.story, story.good, story.improve, story.feeling].some(Boolean)) missing('story');
  if (story.email && $('#email').validity.typeMismatch) missing('email');
  return found.concat(photoProblems());
}

const idempotencyKey = crypto.randomUUID();
copyButton($('#copy-follow-link'), $('#copy-status'), () => $('#follow-link').href);
form.addEventListener('submit', async (event) => {
  event.preventDefault();
  clearErrors(form);
  const story = submission();
  const local = problems(story);
  if (local.length) {
    showErrors(form, { violations: local });
    return;
  }
  $('#submit').disabled = true;
  try {
    const answer = await post('api/stories', story, { 'Idempotency-Key': idempotencyKey });
    await sendPhotos(`api/follow/${encodeURIComponent(answer.followToken)}/photos`, 'tell.photos.added');
    const link = url(`follow.html#${answer.followToken}`).href;
    $('#follow-link').href = link;
    $('#follow-link').textContent = link;
    $('#done-emailed').hidden = !story.email;
    form.hidden = true;
    $('#done').hidden = false;
    $('#done').focus();
  } catch (problem) {
    showErrors(form, problem);
  } finally {
    $('#submit').disabled = false;
  }
});
ready();
