// Leaflet maps with a configurable tile server. Points are vector circles, so they show even when
// no tile loads (offline, or a tile server that is down).
import { get } from './api.js';
import { el } from './dom.js';
import { t } from './i18n.js';

let tilesPromise = null;
let leafletPromise = null;

/** Leaflet (from its WebJar) only when a page draws a map: pages without one stay light. */
export function leaflet() {
  if (window.L) return Promise.resolve(window.L);
  leafletPromise ??= new Promise((resolve, reject) => {
    const base = new URL('../webjars/leaflet/1.9.4/dist/', import.meta.url);
    document.head.append(el('link', { rel: 'stylesheet', href: new URL('leaflet.css', base).href }));
    document.head.append(el('script', { src: new URL('leaflet.js', base).href, onload: () => resolve(window.L), onerror: reject }));
  });
  return leafletPromise;
}

function tiles() {
  tilesPromise ??= get('api/config').catch(() => ({ url: 'https://tile.openstreetmap.org/{z}/{x}/{y}.png', attribution: '© OpenStreetMap' }));
  return tilesPromise;
}

export async function makeMap(container, { center = [51.5, 4], zoom = 4 } = {}) {
  const L = await leaflet();
  container.setAttribute('role', 'region');
  container.setAttribute('aria-label', container.dataset.label ?? t('map.label'));
  const map = L.map(container, { center, zoom, scrollWheelZoom: false });
  const config = await tiles();
  L.tileLayer(config.url, { attribution: config.attribution, maxZoom: 19 }).addTo(map);
  return map;
}

export function point(map, lat, lng, popup, className = 'story-point') {
  const marker = window.L.circleMarker([lat, lng], { radius: 9, color: '#083a66', weight: 3, fillColor: '#ffbf47', fillOpacity: 0.9, className });
  if (popup) marker.bindPopup(popup);
  return marker.addTo(map);
}

/**
 * Picking a point: a click, or without a pointer the map takes focus, the arrow keys move it and
 * Enter (or the button centre) picks its centre, marked by a cross. Keys pan with an animation: a
 * point asked for meanwhile goes where the map comes to rest. onPick(lat, lng) gets the point.
 */
export function pickPoint(map, centre, onPick) {
  map.getContainer().append(el('div', { class: 'map-crosshair', 'aria-hidden': 'true' }));
  let moving = false;
  map.on('movestart', () => { moving = true; });
  map.on('moveend', () => { moving = false; });
  const atCentre = () => (moving ? map.once('moveend', atCentre) : onPick(map.getCenter().lat, map.getCenter().lng));
  map.on('click', (event) => onPick(event.latlng.lat, event.latlng.lng));
  map.getContainer().addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && event.target === map.getContainer()) {
      event.preventDefault();
      atCentre();
    }
  });
  centre.addEventListener('click', atCentre);
}

/** A service: an open ring, drawn under the stories' filled points so that they stay visible. */
export function ring(map, lat, lng, popup) {
  const marker = window.L.circleMarker([lat, lng], { radius: 14, color: '#1d6b35', weight: 3, dashArray: '5 3', fill: false, className: 'service-ring' });
  if (popup) marker.bindPopup(popup);
  return marker.addTo(map);
}

export function fit(map, points) {
  if (points.length === 1) map.setView(points[0], 13);
  else if (points.length > 1) map.fitBounds(points, { padding: [30, 30], maxZoom: 14 });
}

export function popupLink(href, text) {
  return el('a', { href, text });
}
