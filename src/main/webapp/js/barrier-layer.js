// Barrier reports on the map page (GET /api/barriers/map): a layer of its own, filtered by category
// and status, drawn as dark red squares (stories are round), and listed under the map as well.
import { get, url } from './api.js';
import { el, $ } from './dom.js';
import { t } from './i18n.js';

const STATUSES = ['REPORTED', 'CONFIRMED', 'BEING_FIXED', 'FIXED'];

function marker(layer, lat, lng, count, label, className) {
  const size = count < 10 ? 28 : count < 100 ? 34 : 42;
  const icon = window.L.divIcon({ className, html: '', iconSize: count > 1 ? [size, size] : [18, 18] });
  const m = window.L.marker([lat, lng], { icon, title: label, alt: label, keyboard: false }).addTo(layer);
  if (count > 1) m.getElement()?.append(el('span', { text: count.toLocaleString(document.documentElement.lang || 'en') }));
  return m;
}

export async function barrierLayer(map, redraw) {
  const categories = await get('api/barriers/categories').catch(() => []);
  const labels = new Map(categories.map((c) => [c.code, c.label]));
  $('#barrier-category').append(el('option', { value: '', text: t('map.barriers.all') }),
    ...categories.map((c) => el('option', { value: c.code, text: c.label })));
  $('#barrier-status-filter').append(el('option', { value: '', text: t('map.barriers.all') }),
    ...STATUSES.map((s) => el('option', { value: s, text: t(`barrier.status.${s}`) })));
  for (const id of ['#barriers-shown', '#barrier-category', '#barrier-status-filter']) $(id).addEventListener('change', redraw);
  const layer = window.L.layerGroup().addTo(map);
  const link = (p) => url(`barrier.html?id=${p.id}`).href;
  const name = (p) => `${labels.get(p.category) ?? p.category}: ${t(`barrier.status.${p.status}`)}`;

  function zoomTo(c) {
    if (c.minLatitude === c.maxLatitude && c.minLongitude === c.maxLongitude) map.setView([c.latitude, c.longitude], Math.min(map.getZoom() + 2, 19));
    else map.fitBounds([[c.minLatitude, c.minLongitude], [c.maxLatitude, c.maxLongitude]], { padding: [30, 30] });
  }

  async function show(bbox, zoom, current) {
    if (!$('#barriers-shown').checked) {
      layer.clearLayers();
      $('#barrier-view').textContent = t('map.barriers.hidden');
      $('#barrier-list').replaceChildren();
      return;
    }
    const filters = new URLSearchParams({ bbox, zoom });
    if ($('#barrier-category').value) filters.set('category', $('#barrier-category').value);
    if ($('#barrier-status-filter').value) filters.set('status', $('#barrier-status-filter').value);
    let view;
    try {
      view = await get(`api/barriers/map?${filters}`);
    } catch {
      if (current()) $('#barrier-view').textContent = t('map.barriers.failed');
      return;
    }
    if (!current()) return;
    layer.clearLayers();
    let list;
    if (view.points.length) {
      for (const p of view.points) {
        marker(layer, p.latitude, p.longitude, 1, name(p), 'barrier-point').bindPopup(el('a', { href: link(p), text: name(p) }));
      }
      list = el('ul', { class: 'plain-list' }, view.points.map((p) => el('li', {}, el('a', { href: link(p), text: name(p) }))));
    } else {
      for (const c of view.clusters) {
        const label = t('map.barriers.cluster', { count: c.count });
        marker(layer, c.latitude, c.longitude, c.count, label, c.count > 1 ? 'barrier-cluster' : 'barrier-point').on('click', () => zoomTo(c));
      }
      list = view.clusters.length ? el('ul', { class: 'plain-list' }, view.clusters.map((c, i) => el('li', {},
        el('button', { type: 'button', class: 'secondary', onclick: () => zoomTo(c) },
          t('map.barriers.clusterItem', { n: i + 1, count: c.count, lat: c.latitude.toFixed(3), lng: c.longitude.toFixed(3) }))))) : null;
    }
    $('#barrier-view').textContent = t('map.barriers.view', { total: view.total });
    $('#barrier-list').replaceChildren(list ?? el('p', { class: 'empty', text: t('map.barriers.none') }));
  }
  return { show };
}
