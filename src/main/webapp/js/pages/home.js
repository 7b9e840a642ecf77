import { start, ready } from '../layout.js';
import { get, query } from '../api.js';
import { el, $ } from '../dom.js';
import { t } from '../i18n.js';
import { fetchStories, storyList } from '../stories.js';

export function figure(value, key) {
  return el('li', {}, el('strong', { text: String(value) }), t(key));
}

/** The map is offered only when it has something to show: fewer placed stories than this, and it is not. */
const MAP_WORTH_IT = 5;

await start();
const [stories, services, organisations, places] = await Promise.all([
  fetchStories(get, query({ size: 5 })),
  get('api/services?size=1').catch(() => ({ total: 0 })),
  get('api/organisations?size=1').catch(() => ({ total: 0 })),
  get('api/stories/places?size=0').catch(() => ({ placed: 0 })),
]);
$('#home-map').hidden = places.placed < MAP_WORTH_IT;
$('#figures').append(
  figure(stories.total, 'figures.stories'),
  figure(services.total, 'figures.services'),
  figure(organisations.total, 'figures.organisations'));
$('#recent').append(storyList(stories.items, 'home.noStories'));
ready();
