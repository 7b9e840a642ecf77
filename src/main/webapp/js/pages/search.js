import { start, ready } from '../layout.js';
import { get, query, url } from '../api.js';
import { el, $, param } from '../dom.js';
import { t } from '../i18n.js';
import { fetchStories, storyList, RELATIONS, themeLabel } from '../stories.js';
import { cursorPager } from '../pager.js';

const SIZE = 10;

function options(select, items, allKey) {
  select.append(el('option', { value: '', text: t(allKey) }), ...items.map(([value, text]) => el('option', { value, text })));
  select.value = param(select.name) ?? '';
}

function serviceCard(service) {
  return el('li', { class: 'card' },
    el('h3', {}, el('a', { href: url(`service.html?id=${service.id}`).href, text: service.name })),
    el('p', { class: 'meta', text: [t(`category.${service.category}`), service.organisationName, service.city].filter(Boolean).join(' · ') }));
}

await start();
const [organisations, services, themes] = await Promise.all([
  get('api/organisations?size=100').catch(() => ({ items: [] })),
  get('api/services?retired=true&size=100').catch(() => ({ items: [] })),
  get('api/themes').catch(() => []),
]);
options($('#organisation'), organisations.items.map((o) => [o.id, o.name]), 'search.any');
options($('#service'), services.items.map((s) => [s.id, s.name]), 'search.any');
options($('#theme'), (Array.isArray(themes) ? themes : themes.items ?? []).map((th) => [th.code, themeLabel(th)]), 'search.any');
options($('#relation'), RELATIONS.map((r) => [r, t(`relation.${r}`)]), 'search.any');
$('#q').value = param('q') ?? '';
$('#from').value = param('from') ?? '';
$('#to').value = param('to') ?? '';

const filters = { q: param('q'), organisation: param('organisation'), service: param('service'), theme: param('theme'),
  relation: param('relation'), from: param('from'), to: param('to') };

const matchingServices = filters.q
  ? await get(`api/services?${query({ q: filters.q, organisation: filters.organisation, size: 10 })}`).catch(() => ({ items: [] }))
  : { items: [] };
$('#service-results').append(matchingServices.items.length
  ? el('ul', { class: 'grid results' }, matchingServices.items.map(serviceCard))
  : el('p', { text: t(filters.q ? 'search.noServices' : 'search.typeToFindServices') }));

const stories = await fetchStories(get, query({ ...filters, after: param('after'), size: SIZE }));
$('#result-count').textContent = t(stories.totalAtLeast ? 'search.countAtLeast' : 'search.count', { count: stories.total });
$('#story-results').append(storyList(stories.items, 'search.noStories'));
cursorPager($('#pager'), Boolean(param('after')), stories.next);
ready();
