// ADIDA (aggregate–disaggregate intermittent demand approach, Nikolopoulos et al. 2011): sum the
// series into buckets as long as the mean interval between demands, forecast the buckets with
// SES (α minimising squared error), and spread each bucket's forecast evenly over its periods.
import { defineForecaster } from '../output.ts';
import { intermittentOutput } from './conformal.ts';

/** Bucket length: the mean interval between demands, rounded, at least 1. */
export function aggregationLevel(y: Float64Array): number {
  let demands = 0;
  let first = -1;
  let last = -1;
  for (let t = 0; t < y.length; t++) {
    if (y[t] > 0) {
      demands++;
      if (first < 0) first = t;
      last = t;
    }
  }
  if (demands < 2) return Math.max(1, y.length);
  return Math.max(1, Math.round((last - first) / (demands - 1)));
}

/** SES over x with α chosen from a fine grid by in-sample squared one-step error; level starts at x[0]. */
export function optimisedSes(x: Float64Array): { alpha: number; level: number; fitted: Float64Array } {
  let best = { alpha: 0.1, sse: Infinity };
  for (let a = 0.01; a <= 0.99 + 1e-9; a += 0.01) {
    let level = x[0];
    let sse = 0;
    for (let t = 1; t < x.length; t++) {
      const e = x[t] - level;
      sse += e * e;
      level += a * e;
    }
    if (sse < best.sse - 1e-12) best = { alpha: a, sse };
  }
  const fitted = new Float64Array(x.length).fill(NaN);
  let level = x[0];
  for (let t = 1; t < x.length; t++) {
    fitted[t] = level;
    level += best.alpha * (x[t] - level);
  }
  return { alpha: best.alpha, level, fitted };
}

/** ADIDA with SES on buckets ending at the last observation; conformal intervals per period, non-negative. */
export const adida = defineForecaster('adida', 2, (series) => {
  const y = series.y;
  const n = y.length;
  const k = Math.min(aggregationLevel(y), n);
  const buckets = Math.floor(n / k);
  const offset = n - buckets * k;
  const sums = new Float64Array(buckets);
  for (let b = 0; b < buckets; b++) for (let i = 0; i < k; i++) sums[b] += Math.max(0, y[offset + b * k + i]);
  const ses = optimisedSes(sums);
  const fitted = new Float64Array(n).fill(NaN);
  for (let b = 0; b < buckets; b++) for (let i = 0; i < k; i++) fitted[offset + b * k + i] = ses.fitted[b] / k;
  const perPeriod = ses.level / k;
  return { predict: (h, options) => intermittentOutput('adida', perPeriod, y, fitted, h, options) };
});
