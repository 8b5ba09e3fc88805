// A small SVG line chart: enough for a few series over one x axis, with axes, ticks and a legend.
const NS = 'http://www.w3.org/2000/svg';

function element(name, attributes, parent) {
  const node = document.createElementNS(NS, name);
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, value);
  if (parent) parent.appendChild(node);
  return node;
}

function ticks(min, max, count) {
  if (min === max) return [min];
  const step = (max - min) / (count - 1);
  return Array.from({ length: count }, (_, i) => min + i * step);
}

function label(value) {
  const magnitude = Math.abs(value);
  if (magnitude >= 1e6) return `${(value / 1e6).toFixed(1)}M`;
  if (magnitude >= 1e3) return `${(value / 1e3).toFixed(1)}k`;
  if (magnitude >= 1 || value === 0) return value.toFixed(magnitude >= 100 ? 0 : 2);
  return value.toPrecision(2);
}

/**
 * @param series [{name, color, points: [[x, y], ...]}]
 * @param options {xLabel, yLabel, markX: a vertical marker at this x}
 */
export function lineChart(container, series, options = {}) {
  const width = 640, height = 260, left = 64, right = 16, top = 16, bottom = 40;
  container.replaceChildren();
  const svg = element('svg', { viewBox: `0 0 ${width} ${height}`, class: 'chart', role: 'img' }, container);
  const all = series.flatMap(s => s.points);
  if (!all.length) {
    element('text', { x: width / 2, y: height / 2, 'text-anchor': 'middle' }, svg).textContent = 'no data yet';
    return svg;
  }
  const xs = all.map(p => p[0]), ys = all.map(p => p[1]);
  const [x0, x1] = [Math.min(...xs), Math.max(...xs)];
  let [y0, y1] = [Math.min(...ys, 0), Math.max(...ys)];
  if (y0 === y1) y1 = y0 + 1;
  const sx = x => left + (x1 === x0 ? 0.5 : (x - x0) / (x1 - x0)) * (width - left - right);
  const sy = y => top + (1 - (y - y0) / (y1 - y0)) * (height - top - bottom);
  for (const y of ticks(y0, y1, 5)) {
    element('line', { x1: left, x2: width - right, y1: sy(y), y2: sy(y), class: 'grid' }, svg);
    element('text', { x: left - 6, y: sy(y) + 4, 'text-anchor': 'end', class: 'tick' }, svg).textContent = label(y);
  }
  for (const x of ticks(x0, x1, 7)) {
    element('text', { x: sx(x), y: height - bottom + 16, 'text-anchor': 'middle', class: 'tick' }, svg)
      .textContent = options.xFormat ? options.xFormat(x) : label(x);
  }
  if (options.xLabel) {
    element('text', { x: width / 2, y: height - 6, 'text-anchor': 'middle', class: 'axis' }, svg)
      .textContent = options.xLabel;
  }
  if (options.markX !== undefined) {
    element('line', { x1: sx(options.markX), x2: sx(options.markX), y1: top, y2: height - bottom, class: 'mark' },
      svg);
  }
  series.forEach((s, i) => {
    const d = s.points.map((p, j) => `${j ? 'L' : 'M'}${sx(p[0]).toFixed(1)},${sy(p[1]).toFixed(1)}`).join('');
    element('path', { d, fill: 'none', stroke: s.color, 'stroke-width': 2, class: 'series' }, svg);
    element('rect', { x: left + 8 + i * 150, y: top, width: 10, height: 10, fill: s.color }, svg);
    element('text', { x: left + 22 + i * 150, y: top + 9, class: 'legend' }, svg).textContent = s.name;
  });
  return svg;
}

/** Bars for a distribution: [{label, value}] with values in [0, 1]. */
export function barChart(container, bars, options = {}) {
  const width = 640, height = 220, left = 48, bottom = 44, top = 12;
  container.replaceChildren();
  const svg = element('svg', { viewBox: `0 0 ${width} ${height}`, class: 'chart', role: 'img' }, container);
  const max = Math.max(...bars.map(b => b.value), 1e-9);
  const slot = (width - left - 8) / Math.max(bars.length, 1);
  bars.forEach((bar, i) => {
    const h = (bar.value / max) * (height - top - bottom);
    element('rect', { x: left + i * slot + 2, y: height - bottom - h, width: slot - 4, height: h,
      class: 'bar' }, svg);
    element('text', { x: left + i * slot + slot / 2, y: height - bottom + 14, 'text-anchor': 'middle',
      class: 'tick' }, svg).textContent = bar.label;
    element('text', { x: left + i * slot + slot / 2, y: height - bottom - h - 3, 'text-anchor': 'middle',
      class: 'tick' }, svg).textContent = `${(bar.value * 100).toFixed(1)}%`;
  });
  if (options.xLabel) {
    element('text', { x: width / 2, y: height - 6, 'text-anchor': 'middle', class: 'axis' }, svg)
      .textContent = options.xLabel;
  }
  return svg;
}
