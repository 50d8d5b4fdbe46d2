// Chart maths for fan charts: which uPlot series and bands a set of mean/P10/P90 layers needs,
// the day axis as timestamps, and a palette readable on white and for colour-blind viewers.

/** One scenario's (or series') line with an optional P10–P90 band. */
export interface FanLayer {
  label: string;
  mean: ArrayLike<number>;
  p10?: ArrayLike<number>;
  p90?: ArrayLike<number>;
  /** CSS colour; the palette is used when absent. */
  color?: string;
  /** Draw the values as separate large points instead of a line (e.g. a marked best point). */
  points?: boolean;
}

/** A series slot of the chart, in uPlot order after x. */
export interface SeriesSpec {
  label: string;
  color: string;
  width: number;
  /** Band edges are drawn faintly and kept out of the legend values. */
  role: 'mean' | 'p10' | 'p90';
  values: ArrayLike<number>;
  points?: boolean;
}

/** A filled band between two series indices (1-based, as uPlot counts after x). */
export interface BandSpec {
  upper: number;
  lower: number;
  fill: string;
}

/** Okabe–Ito colours (colour-blind safe), dark enough on white. */
export const PALETTE = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9'];

/** `#rrggbb` with an alpha, as an rgba() string. */
export function withAlpha(hex: string, alpha: number): string {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) return hex;
  return `rgba(${parseInt(m[1], 16)}, ${parseInt(m[2], 16)}, ${parseInt(m[3], 16)}, ${alpha})`;
}

/** Series and bands for `layers`: per layer its P90 and P10 edges (when given), then its mean. */
export function fanLayout(layers: readonly FanLayer[]): { series: SeriesSpec[]; bands: BandSpec[] } {
  const series: SeriesSpec[] = [];
  const bands: BandSpec[] = [];
  layers.forEach((layer, i) => {
    const color = layer.color ?? PALETTE[i % PALETTE.length];
    if (layer.p10 && layer.p90) {
      series.push({ label: `${layer.label} P90`, color: withAlpha(color, 0.35), width: 1, role: 'p90', values: layer.p90 });
      series.push({ label: `${layer.label} P10`, color: withAlpha(color, 0.35), width: 1, role: 'p10', values: layer.p10 });
      bands.push({ upper: series.length - 1, lower: series.length, fill: withAlpha(color, 0.18) });
    }
    series.push({ label: layer.label, color, width: layer.points ? 0 : 2, role: 'mean', values: layer.mean, ...(layer.points ? { points: true } : {}) });
  });
  return { series, bands };
}

/** Unix seconds (UTC midnight) of day 0…days−1 from `startDate` (YYYY-MM-DD), for a time axis. */
export function dayTimestamps(startDate: string, days: number): Float64Array {
  const t0 = Date.parse(`${startDate}T00:00:00Z`) / 1000;
  const out = new Float64Array(days);
  for (let d = 0; d < days; d++) out[d] = t0 + d * 86_400;
  return out;
}

/** `values` cut or padded with NaN to length `n`, so layers of different horizons share one x axis. */
export function alignTo(values: ArrayLike<number>, n: number): Float64Array {
  const out = new Float64Array(n).fill(NaN);
  for (let i = 0; i < Math.min(n, values.length); i++) out[i] = values[i];
  return out;
}

/** Values as uPlot wants them: gaps as null (uPlot reads NaN as a number and loses its scale). */
export function forUplot(values: ArrayLike<number>): ArrayLike<number> | (number | null)[] {
  for (let i = 0; i < values.length; i++) {
    if (!Number.isFinite(values[i])) return Array.from(values, (v) => (Number.isFinite(v) ? v : null));
  }
  return values;
}
