import { start, ready } from '../layout.js';
import { get, url } from '../api.js';
import { el, $ } from '../dom.js';
import { t } from '../i18n.js';
import { makeMap, point, ring, fit, popupLink } from '../map.js';
import { storyLink } from '../stories.js';

await start();
const map = await makeMap($('#map'));
const [places, services] = await Promise.all([
  get('api/stories/places').catch(() => ({ placed: 0, unplaced: 0, items: [] })),
  get('api/services?size=100').catch(() => ({ items: [] })),
]);
const located = services.items.filter((s) => s.latitude != null && s.longitude != null);
const points = located.map((s) => {
  ring(map, s.latitude, s.longitude, el('div', {}, el('strong', {}, popupLink(url(`service.html?id=${s.id}`).href, s.name))));
  return [s.latitude, s.longitude];
});
for (const s of places.items) {
  point(map, s.latitude, s.longitude, el('div', {}, el('strong', {}, popupLink(storyLink(s), s.title || t('story.untitled')))));
  points.push([s.latitude, s.longitude]);
}
fit(map, places.items.length ? places.items.map((s) => [s.latitude, s.longitude]) : points);
$('#map-legend').replaceChildren(
  el('li', {}, el('span', { class: 'legend-ring', 'aria-hidden': 'true' }), t('map.legend.services', { count: located.length })),
  el('li', {}, el('span', { class: 'legend-point', 'aria-hidden': 'true' }), t('map.legend.stories', { count: places.placed })));
$('#map-status').textContent = t('map.counts', { placed: places.placed, unplaced: places.unplaced });
$('#map-list').append(places.items.length
  ? el('ul', { class: 'plain-list' }, places.items.map((s) => el('li', {}, el('a', { href: storyLink(s), text: s.title || t('story.untitled') }))))
  : el('p', { class: 'empty', text: t('map.none') }));
ready();
