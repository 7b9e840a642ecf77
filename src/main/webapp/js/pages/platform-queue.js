import { start, ready, requireRole } from '../layout.js';
import { get, post } from '../api.js';
import { el, $, clear } from '../dom.js';
import { t, formatDate } from '../i18n.js';
import { showErrors, clearErrors, messageOf } from '../forms.js';

const who = await start();
let organisations = [];

function say(text) {
  const status = $('#queue-status');
  status.textContent = text;
  status.focus();
}

/** One waiting story: what it is about, and a form to route it to an organisation by hand. */
function card(item) {
  const id = `route-${item.storyId}`;
  const title = item.storyTitle || t('story.untitled');
  const form = el('form', { id: `queue-${item.storyId}`, class: 'actions tight', novalidate: true },
    el('div', { class: 'field', 'data-field': 'organisationIds' },
      el('label', { for: id, text: t('queue.organisation') }),
      el('select', { id, name: 'organisationIds' }, el('option', { value: '', text: t('queue.choose') }),
        organisations.map((o) => el('option', { value: o.id, text: o.name })))),
    el('button', { type: 'submit', 'aria-label': t('queue.routeOf', { story: title }), text: t('queue.route') }));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors(form);
    const chosen = form.querySelector('select').value;
    try {
      await post(`api/platform-queue/${item.storyId}/routes`, { organisationIds: chosen ? [Number(chosen)] : [], version: item.version });
      await show();
      say(t('queue.done', { story: title, organisation: organisations.find((o) => String(o.id) === chosen)?.name ?? '' }));
    } catch (problem) {
      showErrors(form, problem);
    }
  });
  return el('li', { class: 'card', 'data-story': String(item.storyId) },
    el('h2', {}, el('a', { href: `../story.html?id=${encodeURIComponent(item.storyId)}`, text: title })),
    el('p', { class: 'meta' }, `${item.category ? t(`category.${item.category}`) : ''} · ${t('queue.since')} `,
      el('time', { datetime: item.queuedAt, text: formatDate(item.queuedAt) })),
    form);
}

async function show() {
  const items = (await get('api/platform-queue?size=100')).items;
  clear($('#queue')).append(items.length ? el('ul', { class: 'results' }, items.map(card)) : el('p', { text: t('queue.empty') }));
  return items;
}

if (requireRole(who, ['MODERATOR', 'ADMIN'])) {
  try {
    organisations = (await get('api/organisations?size=100')).items.sort((a, b) => a.name.localeCompare(b.name));
    const items = await show();
    $('#queue-status').textContent = t('queue.count', { count: items.length });
  } catch (problem) {
    $('#queue-status').textContent = messageOf(problem);
  }
}
ready();
