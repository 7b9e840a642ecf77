import { start, ready } from '../layout.js';
import { get, url } from '../api.js';
import { el, $ } from '../dom.js';
import { t } from '../i18n.js';
import { makeMap, point, ring, fit, popupLink } from '../map.js';
import { storyLink } from '../stories.js';
import { barrierLayer } from '../barrier-layer.js';

// The stories come from GET /api/map for the viewport, again at every move: clusters with counts
// when far, the stories themselves from zoom 14 on (docs/api.md, "Map of published stories").
await start();
const map = await makeMap($('#map'));
const [places, services, world] = await Promise.all([
  get('api/stories/places?size=0').catch(() => ({ placed: 0, unplaced: 0 })),
  get('api/services?size=100').catch(() => ({ items: [] })),
  get('api/map?bbox=-180,-90,180,90&zoom=0').catch(() => ({ clusters: [] })),
]);
const located = services.items.filter((s) => s.latitude != null && s.longitude != null);
for (const s of located) {
  ring(map, s.latitude, s.longitude, el('div', {}, el('strong', {}, popupLink(url(`service.html?id=${s.id}`).href, s.name))));
}
$('#map-legend').replaceChildren(
  el('li', {}, el('span', { class: 'legend-ring', 'aria-hidden': 'true' }), t('map.legend.services', { count: located.length })),
  el('li', {}, el('span', { class: 'legend-point', 'aria-hidden': 'true' }), t('map.legend.stories', { count: places.placed })),
  el('li', {}, el('span', { class: 'legend-cluster', 'aria-hidden': 'true', text: '12' }), t('map.legend.clusters')),
  el('li', {}, el('span', { class: 'legend-barrier', 'aria-hidden': 'true' }), t('map.legend.barriers')));
$('#map-status').textContent = t('map.counts', { placed: places.placed, unplaced: places.unplaced });

const layer = window.L.layerGroup().addTo(map);
const barriers = await barrierLayer(map, () => show());
const clamp = (value, limit) => Math.max(-limit, Math.min(limit, value));
let asked = 0;

function bounds(cluster) {
  return [[cluster.minLatitude, cluster.minLongitude], [cluster.maxLatitude, cluster.maxLongitude]];
}

/** Closer in on a cluster: to its stories' extent, or two levels deeper when they share one point. */
function zoomTo(cluster) {
  if (cluster.minLatitude === cluster.maxLatitude && cluster.minLongitude === cluster.maxLongitude) {
    map.setView([cluster.latitude, cluster.longitude], Math.min(map.getZoom() + 2, 19));
  } else {
    map.fitBounds(bounds(cluster), { padding: [30, 30] });
  }
}

function badge(lat, lng, count, label) {
  const size = count < 10 ? 30 : count < 100 ? 36 : count < 1000 ? 42 : 50;
  const icon = window.L.divIcon({ className: 'story-cluster', html: '', iconSize: [size, size] });
  const marker = window.L.marker([lat, lng], { icon, title: label, alt: label, keyboard: false }).addTo(layer);
  // The number goes in as text, never as HTML.
  marker.getElement()?.append(el('span', { text: count.toLocaleString(document.documentElement.lang || 'en') }));
  return marker;
}

function drawClusters(clusters) {
  for (const c of clusters) {
    if (c.count === 1) {
      point(layer, c.latitude, c.longitude, null).on('click', () => zoomTo(c));
    } else {
      badge(c.latitude, c.longitude, c.count, t('map.cluster', { count: c.count })).on('click', () => zoomTo(c));
    }
  }
  return el('ul', { class: 'plain-list' }, clusters.map((c, i) => el('li', {},
    el('button', { type: 'button', class: 'secondary', onclick: () => zoomTo(c) },
      t(c.count === 1 ? 'map.clusterItem.one' : 'map.clusterItem', { n: i + 1, count: c.count, lat: c.latitude.toFixed(3), lng: c.longitude.toFixed(3) })))));
}

function drawPoints(points) {
  // Many stories share a public point (coarsened to a grid): one marker a place, its stories in the popup.
  const byPlace = new Map();
  for (const p of points) {
    const key = `${p.latitude},${p.longitude}`;
    byPlace.set(key, [...(byPlace.get(key) ?? []), p]);
  }
  for (const here of byPlace.values()) {
    const popup = el('ul', { class: 'plain-list' }, here.map((p) => el('li', {}, popupLink(storyLink(p), p.title || t('story.untitled')))));
    const marker = here.length === 1 ? point(layer, here[0].latitude, here[0].longitude, null)
      : badge(here[0].latitude, here[0].longitude, here.length, t('map.cluster', { count: here.length }));
    marker.bindPopup(popup);
  }
  return el('ul', { class: 'plain-list' }, points.map((p) => el('li', {}, el('a', { href: storyLink(p), text: p.title || t('story.untitled') }))));
}

async function show() {
  const b = map.getBounds();
  const bbox = [clamp(b.getWest(), 180), clamp(b.getSouth(), 90), clamp(b.getEast(), 180), clamp(b.getNorth(), 90)]
    .map((v) => v.toFixed(6)).join(',');
  const mine = ++asked;
  let view;
  try {
    view = await get(`api/map?bbox=${bbox}&zoom=${map.getZoom()}`);
  } catch {
    if (mine === asked) $('#map-view').textContent = t('map.failed');
    return;
  }
  if (mine !== asked) return; // a later move answers instead
  await barriers.show(bbox, map.getZoom(), () => mine === asked);
  if (mine !== asked) return;
  layer.clearLayers();
  const list = view.points.length ? drawPoints(view.points) : view.clusters.length ? drawClusters(view.clusters) : null;
  $('#map-view').textContent = view.points.length
    ? t(view.capped ? 'map.view.capped' : 'map.view.points', { total: view.total, shown: view.points.length })
    : t('map.view.clusters', { total: view.total, clusters: view.clusters.length });
  $('#map-list').replaceChildren(list ?? el('p', { class: 'empty', text: t('map.none') }));
}

map.on('moveend', show);
const everywhere = world.clusters ?? [];
if (everywhere.length) {
  const south = Math.min(...everywhere.map((c) => c.minLatitude));
  const west = Math.min(...everywhere.map((c) => c.minLongitude));
  const north = Math.max(...everywhere.map((c) => c.maxLatitude));
  const east = Math.max(...everywhere.map((c) => c.maxLongitude));
  if (south === north && west === east) map.setView([south, west], 13);
  else map.fitBounds([[south, west], [north, east]], { padding: [30, 30], maxZoom: 13 });
} else {
  fit(map, located.map((s) => [s.latitude, s.longitude]));
}
await show();
ready();
