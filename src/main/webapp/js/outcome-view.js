// The dashboard's form: platform, organisation or service, months and grouping, kept in the
// page's address so that a view can be bookmarked, shared and linked from an e-mail.
import { get, query, url } from './api.js';
import { el, $, param } from './dom.js';
import { t } from './i18n.js';
import { VIEW } from './outcomes.js';

const GROUPINGS = ['week', 'month', 'quarter', 'year'];

function options(select, items, emptyKey, chosen) {
  select.replaceChildren(el('option', { value: '', text: t(emptyKey) }), ...items.map(([value, text]) => el('option', { value, text })));
  select.value = chosen ?? '';
  if (select.value !== String(chosen ?? '')) select.value = '';
}

/** An organisation and all organisations under it. */
function family(organisations, id) {
  const ids = [Number(id)];
  for (let i = 0; i < ids.length; i++) ids.push(...organisations.filter((o) => o.parentId === ids[i]).map((o) => o.id));
  return ids;
}

async function serviceOptions(organisations, organisationId, chosen) {
  const ids = organisationId ? family(organisations, organisationId) : [];
  const lists = await Promise.all(ids.map((id) => get(`api/services?organisation=${id}&retired=true&size=100`).catch(() => ({ items: [] }))));
  const services = lists.flatMap((l) => l.items).sort((a, b) => a.name.localeCompare(b.name));
  options($('#service'), services.map((s) => [s.id, s.name]), organisationId ? 'outcomes.allServices' : 'outcomes.chooseOrganisationFirst', chosen);
  $('#service').disabled = !organisationId;
}

/** Fills the form from the page's address; choosing an organisation lists its services (and its children's). */
export async function controls(form) {
  const organisations = (await get('api/organisations?size=100').catch(() => ({ items: [] }))).items;
  let organisation = param('organisation');
  const service = param('service');
  if (service && !organisation) {
    organisation = await get(`api/services/${encodeURIComponent(service)}`).then((s) => String(s.organisationId)).catch(() => '');
  }
  const named = organisations.map((o) => [o.id, o.parentName ? `${o.name} (${o.parentName})` : o.name]);
  options($('#organisation'), named, 'outcomes.platform', organisation);
  await serviceOptions(organisations, organisation, service);
  $('#organisation').addEventListener('change', () => serviceOptions(organisations, $('#organisation').value, ''));
  $('#by').replaceChildren(...GROUPINGS.map((g) => el('option', { value: g, text: t(`outcomes.by.${g}`) })));
  $('#by').value = GROUPINGS.includes(param('by')) ? param('by') : 'month';
  $('#from').value = param('from') ?? '';
  $('#to').value = param('to') ?? '';
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    location.href = url(`outcomes.html?${query(chosen(form))}`).href;
  });
}

/** What the form asks for: a service, or else an organisation, or else the platform. */
export function chosen(form) {
  const view = {};
  for (const name of VIEW) view[name] = form.elements[name].value || null;
  if (view.service) view.organisation = null;
  return view;
}
