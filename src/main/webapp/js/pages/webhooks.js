// An organisation's webhook endpoints for its quality managers and admins: register (the secret shown once),
// enable or disable, renew the secret, remove; the delivery log of one endpoint with redelivery.
import { start, ready, requireRole } from '../layout.js';
import { get, post, put, del, query } from '../api.js';
import { el, $, clear, param } from '../dom.js';
import { t } from '../i18n.js';
import { showErrors, clearErrors, messageOf } from '../forms.js';

const EVENTS = ['story.routed', 'story.published', 'response.published', 'change.recorded', 'change.made', 'report.received'];
const organisations = new Map();

function say(text) {
  $('#webhooks-status').textContent = text;
  $('#webhooks-status').focus();
}

function showSecret(endpoint) {
  $('#webhooks-secret-value').textContent = endpoint.secret;
  $('#webhooks-secret').hidden = false;
  $('#webhooks-secret').focus();
}

async function act(work, done) {
  try {
    await work();
    await showEndpoints();
    if (done) say(done);
  } catch (problem) {
    say(messageOf(problem));
  }
}

function body(endpoint, enabled) {
  return { organisationId: endpoint.organisationId, url: endpoint.url, events: endpoint.events, enabled, version: endpoint.version };
}

function card(endpoint) {
  const name = endpoint.url;
  const button = (key, onclick) => el('button', { type: 'button', class: 'secondary', 'aria-label': t(`${key}Of`, { url: name }),
    onclick, text: t(key) });
  return el('li', { class: 'card' },
    el('h3', { text: name }),
    el('p', { class: 'meta', text: organisations.get(endpoint.organisationId)?.name ?? `#${endpoint.organisationId}` }),
    el('p', { text: endpoint.events.join(', ') }),
    el('p', { text: endpoint.enabled ? t('webhooks.enabled') : t('webhooks.disabled', { failures: endpoint.consecutiveFailures }) }),
    el('div', { class: 'actions tight' },
      button('webhooks.log', () => showLog(endpoint)),
      endpoint.enabled
        ? button('webhooks.disable', () => act(() => put(`api/webhooks/${endpoint.id}`, body(endpoint, false)), t('webhooks.saved')))
        : button('webhooks.enable', () => act(() => put(`api/webhooks/${endpoint.id}`, body(endpoint, true)), t('webhooks.saved'))),
      button('webhooks.renew', () => act(async () => showSecret(await post(`api/webhooks/${endpoint.id}/secret`)))),
      button('webhooks.remove', () => act(() => del(`api/webhooks/${endpoint.id}?${query({ version: endpoint.version })}`),
        t('webhooks.removed')))));
}

async function showEndpoints() {
  const endpoints = await get('api/webhooks');
  clear($('#endpoints')).append(endpoints.length
    ? el('ul', { class: 'results grid wide' }, endpoints.map(card))
    : el('p', { text: t('webhooks.none') }));
  const wanted = Number(param('id'));
  const chosen = endpoints.find((e) => e.id === wanted);
  if (chosen && $('#log').hidden) await showLog(chosen, false);
}

async function showLog(endpoint, focus = true) {
  const page = await get(`api/webhooks/${endpoint.id}/deliveries?${query({ size: 50 })}`);
  $('#log').hidden = false;
  $('#log-heading').textContent = t('webhooks.log.heading', { url: endpoint.url });
  const headings = ['created', 'event', 'status', 'attempts', 'code', 'time', 'error', 'action'];
  const row = (d) => el('tr', {},
    el('td', { text: new Date(d.createdAt).toLocaleString(document.documentElement.lang) }),
    el('td', { text: d.eventType }), el('td', { text: t(`webhooks.status.${d.status}`) }), el('td', { text: d.attempts }),
    el('td', { text: d.lastStatusCode ?? '' }), el('td', { text: d.lastDurationMs ?? '' }), el('td', { text: d.lastError ?? '' }),
    el('td', {}, el('button', { type: 'button', class: 'secondary', 'aria-label': t('webhooks.redeliverOf', { id: d.id }),
      onclick: () => act(async () => { await post(`api/webhooks/${endpoint.id}/deliveries/${d.id}/redelivery`); await showLog(endpoint); },
        t('webhooks.redelivered')), text: t('webhooks.redeliver') })));
  clear($('#log-table')).append(page.items.length
    ? el('table', {}, el('caption', { text: t('webhooks.log.caption', { count: page.total }) }),
      el('thead', {}, el('tr', {}, headings.map((h) => el('th', { scope: 'col', text: t(`webhooks.log.${h}`) })))),
      el('tbody', {}, page.items.map(row)))
    : el('p', { text: t('webhooks.log.none') }));
  if (focus) $('#log-heading').focus();
}

/** The organisations the caller manages: an admin all, a quality manager theirs and those under them. */
async function loadOrganisations(who) {
  const all = (await get('api/organisations?size=100')).items;
  const mine = new Set(who.organisationIds ?? []);
  for (let grown = true; grown;) {
    grown = false;
    for (const o of all) {
      if (o.parentId != null && mine.has(o.parentId) && !mine.has(o.id)) { mine.add(o.id); grown = true; }
    }
  }
  for (const o of all) if (who.role === 'ADMIN' || mine.has(o.id)) organisations.set(o.id, o);
  $('#register-organisation').append(...[...organisations.values()].map((o) => el('option', { value: o.id, text: o.name })));
}

const who = await start();
if (requireRole(who, ['QUALITY_MANAGER', 'ADMIN'])) {
  const form = $('#register');
  $('#register-events').append(...EVENTS.map((event, i) => el('label', { class: 'choice' },
    el('input', { type: 'checkbox', name: 'events', value: event, id: i === 0 ? 'events' : `event-${i}`, checked: event !== 'report.received' }),
    el('span', { text: `${event} – ${t(`webhooks.event.${event}`)}` }))));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors(form);
    try {
      const created = await post('api/webhooks', { organisationId: Number($('#register-organisation').value), url: $('#register-url').value.trim(),
        events: [...form.querySelectorAll('[name=events]:checked')].map((c) => c.value) });
      form.reset();
      await showEndpoints();
      showSecret(created);
    } catch (problem) {
      showErrors(form, problem);
    }
  });
  try {
    await loadOrganisations(who);
    await showEndpoints();
  } catch (problem) {
    say(messageOf(problem));
  }
}
ready();
