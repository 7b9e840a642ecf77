import { start, ready } from '../layout.js';
import { get, post, put, url } from '../api.js';
import { el, $, param } from '../dom.js';
import { t, formatDate } from '../i18n.js';
import { makeMap, point } from '../map.js';
import { showErrors, messageOf } from '../forms.js';

// One published barrier (GET /api/barriers/{id}): where, what, its status and history, who is
// responsible, "I've met this too"; staff of a routed organisation set its status here.
const STATUSES = ['REPORTED', 'CONFIRMED', 'BEING_FIXED', 'FIXED'];
const who = await start();
const id = param('id');
let barrier = null;
try {
  barrier = await get(`api/barriers/${encodeURIComponent(id ?? '')}`);
} catch {
  $('#barrier-status').textContent = t('barrier.page.notFound');
}

/** The random token this browser says "I've met this too" with: once a person, not once a visit. */
function metToken() {
  let token = localStorage.getItem('coproduce.barrierToken');
  if (!token) {
    token = crypto.randomUUID();
    localStorage.setItem('coproduce.barrierToken', token);
  }
  return token;
}

function show(b) {
  $('#barrier-heading').textContent = `${b.categoryLabel}: ${b.place}`;
  document.title = `${b.categoryLabel}: ${b.place} · Coproduce`;
  $('#barrier-meta').textContent = t('barrier.page.meta', { date: formatDate(b.publishedAt) });
  const description = $('#barrier-description');
  description.textContent = b.description;
  if (b.language) description.lang = b.language;
  $('#barrier-photo-list').replaceChildren(...b.photos.map((photo) => el('figure', { class: 'photo' },
    el('img', { src: url(photo.url).href, alt: photo.alt, width: String(photo.width), height: String(photo.height), loading: 'lazy' }))));
  $('#barrier-photos').hidden = !b.photos.length;
  $('#barrier-current').textContent = t(`barrier.status.${b.status}`);
  $('#barrier-organisations').textContent = b.organisations.map((o) => o.name).join(', ') || t('barrier.page.nobody');
  $('#barrier-met').textContent = String(b.metCount);
  $('#barrier-history').replaceChildren(
    el('li', {}, t('barrier.page.reportedOn', { date: formatDate(b.publishedAt) })),
    ...b.history.map((h) => el('li', {}, el('strong', { text: t(`barrier.status.${h.status}`) }),
      ` · ${formatDate(h.at)} · ${h.organisationName}`, h.note ? el('p', { class: 'story-text', text: h.note }) : null)));
  if (b.exactLatitude != null) {
    $('#barrier-exact').hidden = false;
    $('#barrier-exact').textContent = t('barrier.page.exact', { lat: b.exactLatitude, lng: b.exactLongitude });
  }
  const later = STATUSES.slice(STATUSES.indexOf(b.status) + 1);
  $('#new-status').replaceChildren(...later.map((s) => el('option', { value: s, text: t(`barrier.status.${s}`) })));
  $('#respond').hidden = !['RESPONDER', 'QUALITY_MANAGER'].includes(who?.role) || !later.length;
}

if (barrier) {
  $('#barrier').hidden = false;
  show(barrier);
  const map = await makeMap($('#barrier-map'), { center: [barrier.latitude, barrier.longitude], zoom: 17 });
  point(map, barrier.latitude, barrier.longitude, null);
  $('#met-button').addEventListener('click', async () => {
    try {
      const answer = await post(`api/barriers/${barrier.id}/met`, { token: metToken() });
      $('#barrier-met').textContent = String(answer.metCount);
      $('#met-result').textContent = t(answer.counted ? 'barrier.page.metCounted' : 'barrier.page.metAlready');
    } catch (problem) {
      $('#met-result').textContent = messageOf(problem);
    }
  });
  const form = $('#barrier-status-form');
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    try {
      barrier = await put(`api/barriers/${barrier.id}/status`, { status: form.status.value, note: form.note.value.trim() || null });
      form.note.value = '';
      show(barrier);
      $('#status-result').textContent = t('barrier.page.statusSet');
    } catch (problem) {
      showErrors(form, problem);
    }
  });
}
ready();
