import { start, ready } from '../layout.js';
import { get, url } from '../api.js';
import { el, $, param } from '../dom.js';
import { t } from '../i18n.js';
import { fetchStories, storyList } from '../stories.js';
import { scopeFigures } from '../figures.js';
import { followLinks } from '../following.js';

await start();
const id = param('id');
try {
  const service = await get(`api/services/${encodeURIComponent(id)}`);
  document.title = `${service.name} – Coproduce`;
  $('#name').textContent = service.name;
  $('#details').append(
    t(`category.${service.category}`), ' · ',
    el('a', { href: url(`organisation.html?id=${service.organisationId}`).href, text: service.organisationName }),
    ' · ', [service.address, service.postcode, service.city].filter(Boolean).join(', '),
    service.externalId ? ` · ${t('directory.externalId', { scheme: service.externalId.scheme })}: ${service.externalId.code}` : '');
  if (service.retiredAt) {
    $('#description').before(el('p', { class: 'notice warn', text: t('directory.retired') }));
    $('#tell-about').parentElement.hidden = true;
  }
  $('#description').textContent = service.description ?? '';
  $('#tell-about').href = url(`tell.html?service=${service.id}`).href;
  const [stories] = await Promise.all([fetchStories(get, `service=${encodeURIComponent(id)}&size=20`),
    scopeFigures(get, { service: id }, $('#figures'), $('#figures-about')).catch(() => { $('#figures-section').hidden = true; })]);
  $('#stories').append(storyList(stories.items, 'service.noStories'));
  if (stories.next) $('#stories').append(el('p', {}, el('a', { href: url(`search.html?service=${encodeURIComponent(id)}&after=${encodeURIComponent(stories.next)}`).href, text: t('service.moreStories') })));
  followLinks($('#follow-links'), 'SERVICE', service.id, service.name);
  $('#yousaid-link').href = url(`yousaid.html?service=${service.id}`).href;
  $('#page').hidden = false;
} catch {
  $('#page-status').textContent = t('error.notFound');
}
ready();
