import { start, ready } from '../layout.js';
import { get, post } from '../api.js';
import { el, $ } from '../dom.js';
import { t } from '../i18n.js';
import { makeMap, pickPoint, point } from '../map.js';
import { showErrors, clearErrors } from '../forms.js';
import { copyButton } from '../copy.js';
import { photoFields, photoProblems, sendPhotos } from '../photo-upload.js';

// Reports a barrier (POST /api/barriers): the category, the point picked on the map (a click, or
// the arrow keys and Enter or the button for the map's centre, marked by a cross), the place in words,
// up to three photos (sent after the report, through its private link, as a story's are).
await start();
photoFields();
const form = $('#barrier-report');
const categories = await get('api/barriers/categories').catch(() => []);
$('#category').append(el('option', { value: '', text: t('barrier.report.choose') }),
  ...categories.map((c) => el('option', { value: c.code, text: c.label })));

const map = await makeMap($('#point-map'), { center: [46.2, 6.15], zoom: 13 });
let chosen = null;
let marker = null;

function setPoint(lat, lng) {
  chosen = { latitude: Number(lat.toFixed(6)), longitude: Number(lng.toFixed(6)) };
  marker?.remove();
  marker = point(map, chosen.latitude, chosen.longitude);
  $('#point-chosen').textContent = t('tell.place.chosen', { lat: chosen.latitude, lng: chosen.longitude });
  $('#point-centre').textContent = t('tell.place.move');
}

pickPoint(map, $('#point-centre'), setPoint);
$('#point-here').addEventListener('click', () => {
  navigator.geolocation?.getCurrentPosition((where) => {
    map.setView([where.coords.latitude, where.coords.longitude], 18);
    setPoint(where.coords.latitude, where.coords.longitude);
  }, () => { $('#point-chosen').textContent = t('tell.service.noLocation'); });
});
$('#point-chosen').textContent = t('barrier.report.noPoint');

function report() {
  const value = (name) => form[name].value.trim() || null;
  return { category: value('category'), place: value('place'), description: value('description'), email: value('email'),
    latitude: chosen?.latitude ?? null, longitude: chosen?.longitude ?? null };
}

/** What the server would refuse, all at once, before sending (the server checks again). */
function problems(barrier) {
  const blank = { message: 'must not be blank' };
  return [['category', barrier.category], ['latitude', barrier.latitude], ['place', barrier.place], ['description', barrier.description]]
    .filter(([, value]) => value == null).map(([field]) => ({ field, ...blank }))
    .concat(barrier.email && $('#email').validity.typeMismatch ? [{ field: 'email', message: 'must be a well-formed email address' }] : [])
    .concat(photoProblems());
}

copyButton($('#copy-erase-link'), $('#copy-status'), () => $('#erase-link').href);

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  clearErrors(form);
  const barrier = report();
  const local = problems(barrier);
  if (local.length) {
    showErrors(form, { violations: local });
    return;
  }
  $('#submit').disabled = true;
  try {
    const reply = await post('api/barriers', barrier);
    await sendPhotos(`api/barriers/reported/${encodeURIComponent(reply.eraseToken)}/photos`, 'barrier.report.photosAdded');
    const link = $('#erase-link');
    link.href = new URL(reply.eraseUrl.slice(1), document.baseURI).href;
    link.textContent = link.href;
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
