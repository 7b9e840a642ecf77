// Which organisation takes which barriers where (GET/POST/DELETE /api/barrier-routes), for quality
// managers (their organisations and those under them) and admins: a category (or all) and a box,
// taken from the map's view or typed in.
import { start, ready, requireRole } from '../layout.js';
import { get, post, del } from '../api.js';
import { el, $ } from '../dom.js';
import { t } from '../i18n.js';
import { showErrors, clearErrors, messageOf } from '../forms.js';
import { makeMap } from '../map.js';

const organisations = new Map();
const labels = new Map();

function say(text) {
  $('#routes-status').textContent = text;
  $('#routes-status').focus();
}

async function showRoutes() {
  const routes = await get('api/barrier-routes');
  $('#routes').replaceChildren(routes.length ? el('table', {},
    el('thead', {}, el('tr', {}, ['webhooks.organisation', 'barrier.category', 'barrierRoutes.area', 'admin.actions']
      .map((key) => el('th', { scope: 'col', text: t(key) })))),
    el('tbody', {}, routes.map((r) => el('tr', {},
      el('td', { text: r.organisationName }),
      el('td', { text: r.category ? labels.get(r.category) ?? r.category : t('map.barriers.all') }),
      el('td', { text: `${r.minLatitude}, ${r.minLongitude} – ${r.maxLatitude}, ${r.maxLongitude}` }),
      el('td', {}, el('button', { type: 'button', class: 'secondary', 'aria-label': t('barrierRoutes.removeOf', { name: r.organisationName }),
        text: t('barrierRoutes.remove'),
        onclick: () => del(`api/barrier-routes/${r.id}`).then(showRoutes).then(() => say(t('barrierRoutes.removed')))
          .catch((problem) => say(messageOf(problem))) }))))))
    : el('p', { text: t('barrierRoutes.none') }));
}

const who = await start();
if (requireRole(who, ['QUALITY_MANAGER', 'ADMIN'])) {
  const [all, categories] = await Promise.all([get('api/organisations?size=100'), get('api/barriers/categories')]);
  const mine = new Set(who.organisationIds ?? []);
  for (let grown = true; grown;) {
    grown = false;
    for (const o of all.items) if (o.parentId != null && mine.has(o.parentId) && !mine.has(o.id)) { mine.add(o.id); grown = true; }
  }
  for (const o of all.items) if (who.role === 'ADMIN' || mine.has(o.id)) organisations.set(o.id, o);
  $('#route-organisation').append(...[...organisations.values()].map((o) => el('option', { value: o.id, text: o.name })));
  categories.forEach((c) => labels.set(c.code, c.label));
  $('#route-category').append(el('option', { value: '', text: t('map.barriers.all') }),
    ...categories.map((c) => el('option', { value: c.code, text: c.label })));
  const map = await makeMap($('#route-map'), { center: [46.2, 6.15], zoom: 12 });
  $('#route-take-view').addEventListener('click', () => {
    const b = map.getBounds();
    const form = $('#route-form');
    form.minLatitude.value = b.getSouth().toFixed(6);
    form.minLongitude.value = b.getWest().toFixed(6);
    form.maxLatitude.value = b.getNorth().toFixed(6);
    form.maxLongitude.value = b.getEast().toFixed(6);
  });
  const form = $('#route-form');
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors(form);
    const number = (name) => (form[name].value.trim() === '' ? null : Number(form[name].value));
    try {
      await post('api/barrier-routes', { organisationId: Number(form.organisationId.value), category: form.category.value || null,
        minLatitude: number('minLatitude'), minLongitude: number('minLongitude'), maxLatitude: number('maxLatitude'), maxLongitude: number('maxLongitude') });
      await showRoutes();
      say(t('barrierRoutes.saved'));
    } catch (problem) {
      showErrors(form, problem);
    }
  });
  await showRoutes();
}
ready();
