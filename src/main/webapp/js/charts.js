// Charts drawn by Chart.js (from its WebJar, loaded only by pages with a chart). A chart is never
// the only way to read the numbers: every chart stands next to a table with the same data, and
// series differ by pattern, dash and point shape as well as by colour, named in the legend.
import { el } from './dom.js';
import { t } from './i18n.js';

let chartPromise = null;

export function chartjs() {
  if (window.Chart) return Promise.resolve(window.Chart);
  chartPromise ??= new Promise((resolve, reject) => {
    const src = new URL('../webjars/chart.js/4.4.9/dist/chart.umd.js', import.meta.url).href;
    document.head.append(el('script', { src, onload: () => resolve(window.Chart), onerror: reject }));
  }).then((Chart) => {
    Chart.defaults.color = '#1b1b1f';
    Chart.defaults.font.family = getComputedStyle(document.documentElement).fontFamily;
    Chart.defaults.font.size = 13;
    return Chart;
  });
  return chartPromise;
}

/** Colours with at least 3:1 contrast on white, each paired with a pattern and a point shape. */
export const STYLES = [
  { color: '#0b4f8a', pattern: null, point: 'circle', dash: [] },
  { color: '#8a4b00', pattern: 'stripes', point: 'triangle', dash: [6, 4] },
  { color: '#1d6b35', pattern: 'dots', point: 'rect', dash: [2, 3] },
  { color: '#6a1b9a', pattern: 'cross', point: 'rectRot', dash: [10, 3, 2, 3] },
  { color: '#a4161a', pattern: 'stripes-back', point: 'star', dash: [12, 6] },
  { color: '#37474f', pattern: 'grid', point: 'crossRot', dash: [1, 2] },
];

/** A fill for bars: the colour, with a white pattern over it so that series differ without colour. */
export function fill(style) {
  if (!style.pattern) return style.color;
  const size = 10;
  const tile = document.createElement('canvas');
  tile.width = size;
  tile.height = size;
  const g = tile.getContext('2d');
  g.fillStyle = style.color;
  g.fillRect(0, 0, size, size);
  g.strokeStyle = 'rgba(255,255,255,0.85)';
  g.fillStyle = 'rgba(255,255,255,0.85)';
  g.lineWidth = 2;
  g.beginPath();
  if (style.pattern === 'stripes') { g.moveTo(0, size); g.lineTo(size, 0); }
  if (style.pattern === 'stripes-back') { g.moveTo(0, 0); g.lineTo(size, size); }
  if (style.pattern === 'cross' || style.pattern === 'grid') { g.moveTo(size / 2, 0); g.lineTo(size / 2, size); g.moveTo(0, size / 2); g.lineTo(size, size / 2); }
  g.stroke();
  if (style.pattern === 'dots') { g.beginPath(); g.arc(size / 2, size / 2, 2, 0, 2 * Math.PI); g.fill(); }
  return g.createPattern(tile, 'repeat');
}

export function barDataset(label, data, style) {
  return { label, data, backgroundColor: fill(style), borderColor: style.color, borderWidth: 1, maxBarThickness: 48 };
}

export function lineDataset(label, data, style) {
  return {
    label, data, borderColor: style.color, backgroundColor: style.color, borderDash: style.dash, pointStyle: style.point,
    pointRadius: 5, pointHoverRadius: 7, borderWidth: 2, spanGaps: false,
  };
}

function shorten(label, length) {
  const text = Array.isArray(label) ? label.join(' ') : String(label);
  return text.length > length ? `${text.slice(0, length - 1).trimEnd()}…` : text;
}

/**
 * Draws a chart into the container: a canvas named for screen readers, which also points them to
 * the table with the same numbers. No animation; suppressed cells are gaps (null).
 */
export async function drawChart(container, { type, labels, datasets, description, horizontal = false, stacked = false }) {
  const Chart = await chartjs();
  const canvas = el('canvas', { role: 'img', 'aria-label': `${description} ${t('chart.seeTable')}` });
  container.replaceChildren(canvas);
  const axis = { beginAtZero: true, stacked, ticks: { precision: 0 } };
  // Long category names (themes) are shortened on a narrow screen; the table has them in full.
  const longest = container.clientWidth < 600 ? 18 : 45;
  const category = { stacked, ticks: { callback(value) { return shorten(this.getLabelForValue(value), longest); } } };
  return new Chart(canvas, {
    type,
    data: { labels, datasets },
    options: {
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      indexAxis: horizontal ? 'y' : 'x',
      scales: horizontal ? { x: axis, y: category } : { y: axis, x: { stacked } },
      plugins: { legend: { position: 'bottom', labels: { usePointStyle: type === 'line', boxWidth: 28, padding: 14 } } },
    },
  });
}
