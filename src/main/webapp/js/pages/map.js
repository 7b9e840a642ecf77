import { start, ready } from '../layout.js';
import { get } from '../api.js';
import { el, $ } from '../dom.js';
import { t } from '../i18n.js';
import { makeMap, point, fit, popupLink } from '../map.js';
import { fetchStories, storyList, storyLink } from '../stories.js';

await start();
const map = await makeMap($('#map'));
const stories = await fetchStories(get, 'size=100');
const placed = stories.items.filter((s) => s.latitude != null && s.longitude != null);
const points = placed.map((s) => {
  point(map, s.latitude, s.longitude, el('div', {}, el('strong', { lang: s.title ? s.language : null }, popupLink(storyLink(s), s.title || t('story.untitled')))));
  return [s.latitude, s.longitude];
});
fit(map, points);
$('#map-status').textContent = t('map.count', { count: placed.length });
$('#map-list').append(storyList(placed, 'map.none'));
ready();
