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

/** The hatching of a period whose number is hidden (fewer than 5): grey stripes, unlike any series and unlike zero. */
function hatch() {
  const size = 8;
  const tile = document.createElement('canvas');
  tile.width = size;
  tile.height = size;
  const g = tile.getContext('2d');
  g.fillStyle = '#eef1f3';
  g.fillRect(0, 0, size, size);
  g.strokeStyle = '#5f6b73';
  g.lineWidth = 1.5;
  g.beginPath();
  g.moveTo(0, size);
  g.lineTo(size, 0);
  g.moveTo(-size / 2, size / 2);
  g.lineTo(size / 2, -size / 2);
  g.moveTo(size / 2, size * 1.5);
  g.lineTo(size * 1.5, size / 2);
  g.stroke();
  return g.createPattern(tile, 'repeat');
}

/**
 * Hatches, behind the bars, the range a hidden number lies in: from the visible part of its bar
 * (0, or the visible part of a stack) to 5 more, over every category (period, level, theme) with a
 * hidden number. A category with nothing visible is also marked "< 5".
 */
const hiddenBands = {
  id: 'hiddenBands',
  beforeDatasetsDraw(chart, args, options) {
    const flags = options.flags ?? [];
    if (!flags.some(Boolean)) return;
    const { ctx, chartArea } = chart;
    const horizontal = chart.options.indexAxis === 'y';
    const scale = horizontal ? chart.scales.y : chart.scales.x;
    const values = horizontal ? chart.scales.x : chart.scales.y;
    const count = chart.data.labels.length;
    const length = horizontal ? chartArea.height : chartArea.width;
    const step = count > 1 ? Math.abs(scale.getPixelForValue(1) - scale.getPixelForValue(0)) : length;
    const clamp = (v, low, high) => Math.min(high, Math.max(low, v));
    ctx.save();
    flags.forEach((hidden, i) => {
      if (!hidden) return;
      const centre = scale.getPixelForValue(i);
      const start = Math.max(horizontal ? chartArea.top : chartArea.left, centre - step * 0.4);
      const end = Math.min(horizontal ? chartArea.bottom : chartArea.right, centre + step * 0.4);
      const base = options.base?.[i] ?? 0;
      ctx.fillStyle = options.pattern;
      if (horizontal) {
        const from = clamp(values.getPixelForValue(base), chartArea.left, chartArea.right);
        const to = clamp(values.getPixelForValue(base + 5), chartArea.left, chartArea.right);
        ctx.fillRect(from, start, to - from, end - start);
      } else {
        const from = clamp(values.getPixelForValue(base), chartArea.top, chartArea.bottom);
        const to = clamp(values.getPixelForValue(base + 5), chartArea.top, chartArea.bottom);
        ctx.fillRect(start, to, end - start, from - to);
        if (!options.visible?.[i] && step >= 24) {
          ctx.fillStyle = '#1b1b1f';
          ctx.font = `600 12px ${window.Chart.defaults.font.family}`;
          ctx.textAlign = 'center';
          ctx.fillText('< 5', centre, to - 4);
        }
      }
    });
    ctx.restore();
  },
};

/**
 * Draws a chart into the container: a canvas named for screen readers, which also points them to
 * the table with the same numbers. No animation; suppressed cells are gaps (null), and the
 * categories flagged in {@code hidden} are hatched ("< 5") so that a hidden number never looks like
 * zero. A chart with no number and nothing hatched is not drawn (no empty 0–1 axis): the note
 * {@code empty} says why. The number of hatched bands is in the container's data-hatched.
 */
export async function drawChart(container, { type, labels, short, datasets, description, horizontal = false, stacked = false, hidden = [], empty }) {
  const Chart = await chartjs();
  const flags = labels.map((_, i) => Boolean(hidden[i]));
  const hatched = flags.filter(Boolean).length;
  container.dataset.hatched = String(hatched);
  const numbers = datasets.some((d) => d.data.some((v) => typeof v === 'number'));
  if (!numbers && !hatched) {
    container.style.removeProperty('height');
    container.replaceChildren(el('p', { class: 'chart-empty', text: empty ?? t('chart.empty') }));
    container.classList.add('empty');
    return null;
  }
  container.classList.remove('empty');
  const canvas = el('canvas', { role: 'img', 'aria-label': `${description} ${t('chart.seeTable')}` });
  container.replaceChildren(canvas);
  const narrow = container.clientWidth < 600;
  const font = { size: narrow ? 12 : 13 };
  // A hidden count is 0 to 4: the axis reaches 5 so that the hatched "< 5" bands have room, and never reads 0–1.
  // Where a hatched range starts: 0, or the visible part of a stacked bar.
  const base = labels.map((_, i) => (stacked ? datasets.reduce((sum, d) => sum + (typeof d.data[i] === 'number' ? d.data[i] : 0), 0) : 0));
  const visible = labels.map((_, i) => datasets.some((d) => typeof d.data[i] === 'number'));
  const axis = { beginAtZero: true, stacked, suggestedMax: Math.max(0, ...base.filter((_, i) => flags[i])) + 5, ticks: { precision: 0, font } };
  // Long category names (themes) are shortened on a narrow screen; the table has them in full.
  const longest = narrow ? 18 : 45;
  const category = {
    stacked,
    ticks: { font, autoSkip: true, maxRotation: narrow ? 60 : 40, callback(value) {
      const label = this.getLabelForValue(value);
      return Array.isArray(label) ? label.map((line) => shorten(line, longest)) : shorten(label, longest);
    } },
  };
  const pattern = hatch();
  const shown = hatched && type === 'bar'
    ? [...datasets, { label: t('chart.hidden'), data: [], backgroundColor: pattern, borderColor: '#5f6b73', borderWidth: 1 }]
    : datasets;
  return new Chart(canvas, {
    type,
    // On a phone, or with many periods, periods go by their short names ("Mar 26"); the table has them in full.
    data: { labels: (narrow || labels.length > 12) && short ? short : labels, datasets: shown },
    plugins: [hiddenBands],
    options: {
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      indexAxis: horizontal ? 'y' : 'x',
      scales: horizontal ? { x: axis, y: category } : { y: axis, x: category },
      plugins: {
        hiddenBands: { flags, pattern, base, visible },
        legend: { position: 'bottom', labels: { usePointStyle: type === 'line', boxWidth: narrow ? 20 : 28, padding: narrow ? 10 : 14, font } },
      },
    },
  });
}
