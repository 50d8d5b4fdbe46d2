// A static SVG line chart with P10–P90 bands, for the self-contained HTML report (no canvas).
import { fanLayout, type FanLayer } from './fan.ts';

function extent(arrays: ArrayLike<number>[]): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (const a of arrays) {
    for (let i = 0; i < a.length; i++) {
      const v = a[i];
      if (Number.isFinite(v)) {
        if (v < lo) lo = v;
        if (v > hi) hi = v;
      }
    }
  }
  if (lo === Infinity) return [0, 1];
  return lo === hi ? [lo - 1, hi + 1] : [lo, hi];
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * An SVG of the layers over day index 0…n−1, `width` × `height` px, with min/max labels on the
 * y axis formatted by `formatY`. Points that are NaN break the line.
 */
export function svgFanChart(layers: readonly FanLayer[], width: number, height: number, formatY: (v: number) => string): string {
  const { series, bands } = fanLayout(layers);
  const n = Math.max(...series.map((s) => s.values.length), 1);
  const [lo, hi] = extent(series.map((s) => s.values));
  const left = 64;
  const pad = 6;
  const x = (i: number) => left + ((width - left - pad) * i) / Math.max(1, n - 1);
  const y = (v: number) => pad + (height - 2 * pad) * (1 - (v - lo) / (hi - lo));
  const path = (values: ArrayLike<number>) => {
    let d = '';
    let pen = false;
    for (let i = 0; i < values.length; i++) {
      if (!Number.isFinite(values[i])) {
        pen = false;
        continue;
      }
      d += `${pen ? 'L' : 'M'}${x(i).toFixed(1)},${y(values[i]).toFixed(1)}`;
      pen = true;
    }
    return d;
  };
  const parts: string[] = [];
  for (const b of bands) {
    const upper = series[b.upper - 1].values;
    const lower = series[b.lower - 1].values;
    const pts: string[] = [];
    for (let i = 0; i < upper.length; i++) if (Number.isFinite(upper[i])) pts.push(`${x(i).toFixed(1)},${y(upper[i]).toFixed(1)}`);
    for (let i = lower.length - 1; i >= 0; i--) if (Number.isFinite(lower[i])) pts.push(`${x(i).toFixed(1)},${y(lower[i]).toFixed(1)}`);
    if (pts.length > 2) parts.push(`<polygon points="${pts.join(' ')}" fill="${b.fill}" stroke="none"/>`);
  }
  for (const s of series) if (s.role === 'mean') parts.push(`<path d="${path(s.values)}" fill="none" stroke="${s.color}" stroke-width="${s.width}"><title>${esc(s.label)}</title></path>`);
  const axis = `<line x1="${left}" y1="${pad}" x2="${left}" y2="${height - pad}" stroke="#999"/><text x="${left - 4}" y="${pad + 10}" text-anchor="end" font-size="11">${esc(formatY(hi))}</text><text x="${left - 4}" y="${height - pad}" text-anchor="end" font-size="11">${esc(formatY(lo))}</text>`;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img">${axis}${parts.join('')}</svg>`;
}
