import { start, ready, requireRole } from '../layout.js';
import { get, put, del, query } from '../api.js';
import { el, $, clear } from '../dom.js';
import { t } from '../i18n.js';
import { showErrors, clearErrors, messageOf } from '../forms.js';

const LEVELS = [0, 1, 2, 3, 4, 5];
const services = new Map();
let followed = [];

const levelText = (n) => (n === 0 ? t('subscriptions.level.0') : t('subscriptions.level', { value: n, label: t(`criticality.${n}`) }));
const levelOptions = (chosen) => LEVELS.map((n) => el('option', { value: n, selected: n === chosen, text: levelText(n) }));

function say(text) {
  $('#subscriptions-status').textContent = text;
}

/** My organisations and every organisation under them: whose services I may follow. */
async function myOrganisations(who) {
  const all = (await get('api/organisations?size=100')).items;
  const mine = new Set(who.organisationIds ?? []);
  for (let grown = true; grown;) {
    grown = false;
    for (const o of all) {
      if (o.parentId != null && mine.has(o.parentId) && !mine.has(o.id)) { mine.add(o.id); grown = true; }
    }
  }
  return [...mine];
}

async function loadServices(who) {
  const pages = await Promise.all((await myOrganisations(who)).map((id) => get(`api/services?${query({ organisation: id, size: 100 })}`)));
  for (const service of pages.flatMap((p) => p.items)) services.set(service.id, service);
}

async function serviceOf(id) {
  if (!services.has(id)) services.set(id, await get(`api/services/${id}`).catch(() => ({ id, name: `#${id}` })));
  return services.get(id);
}

function card(subscription) {
  const service = services.get(subscription.serviceId);
  const id = `min-${service.id}`;
  const select = el('select', { id }, levelOptions(subscription.minCriticality));
  return el('li', { class: 'card' },
    el('h3', { text: service.name }),
    el('p', { class: 'meta', text: service.organisationName ?? '' }),
    el('div', { class: 'field' }, el('label', { for: id, text: t('subscriptions.minimum') }), select),
    el('div', { class: 'actions tight' },
      el('button', { type: 'button', class: 'secondary', 'aria-label': t('subscriptions.saveOf', { service: service.name }),
        onclick: () => follow(service, Number(select.value)), text: t('admin.save') }),
      el('button', { type: 'button', class: 'secondary', 'aria-label': t('subscriptions.unfollowOf', { service: service.name }),
        onclick: () => unfollow(service), text: t('subscriptions.unfollow') })));
}

async function showFollowed() {
  followed = await get('api/subscriptions');
  await Promise.all(followed.map((s) => serviceOf(s.serviceId)));
  clear($('#following')).append(followed.length
    ? el('ul', { class: 'results grid wide' }, followed.map(card))
    : el('p', { text: t('subscriptions.none') }));
  showMatches();
}

function showMatches() {
  const q = $('#follow-q').value.trim().toLowerCase();
  const following = new Set(followed.map((s) => s.serviceId));
  const matches = [...services.values()].filter((s) => !following.has(s.id) && (!q || s.name.toLowerCase().includes(q)))
    .sort((a, b) => a.name.localeCompare(b.name));
  clear($('#follow-results')).append(...matches.slice(0, 10).map((s, i) => el('label', { class: 'choice' },
    el('input', { type: 'radio', name: 'serviceId', value: s.id, id: i === 0 ? 'serviceId' : `follow-service-${s.id}` }),
    el('span', {}, el('strong', { text: s.name }), ' ', el('span', { class: 'meta', text: s.organisationName ?? '' })))));
  $('#follow-found').textContent = t('subscriptions.follow.found', { count: matches.length });
}

async function follow(service, minCriticality, form = null) {
  try {
    await put(`api/subscriptions/${service.id}`, { minCriticality });
    await showFollowed();
    say(t('subscriptions.saved', { service: service.name, level: levelText(minCriticality) }));
    $('#subscriptions-status').focus();
    return true;
  } catch (problem) {
    if (form) showErrors(form, problem);
    else say(messageOf(problem));
    return false;
  }
}

async function unfollow(service) {
  try {
    await del(`api/subscriptions/${service.id}`);
    await showFollowed();
    say(t('subscriptions.unfollowed', { service: service.name }));
  } catch (problem) {
    say(messageOf(problem));
  }
  $('#subscriptions-status').focus();
}

const who = await start();
if (requireRole(who, ['RESPONDER', 'QUALITY_MANAGER'])) {
  const form = $('#follow');
  $('#follow-min').append(...levelOptions(0));
  $('#follow-q').addEventListener('input', showMatches);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors(form);
    const chosen = services.get(Number(form.querySelector('[name=serviceId]:checked')?.value));
    if (!chosen) {
      showErrors(form, { violations: [{ field: 'serviceId', message: t('subscriptions.follow.choose') }] });
      return;
    }
    if (await follow(chosen, Number($('#follow-min').value), form)) {
      form.reset();
      showMatches();
    }
  });
  try {
    await loadServices(who);
    await showFollowed();
  } catch (problem) {
    say(messageOf(problem));
  }
}
ready();
