// STL: seasonal-trend decomposition by loess (Cleveland, Cleveland, McRae & Terpenning 1990),
// the non-robust inner loop: cycle-subseries smoothing, low-pass filter, trend smoothing.
// Windows default as in statsmodels' STL (seasonal 7, trend and low-pass from the period).
import { ModelError } from '../errors.ts';

/** Components of y = seasonal + trend + remainder. */
export interface StlResult {
  seasonal: Float64Array;
  trend: Float64Array;
  remainder: Float64Array;
}

/** Options: odd loess windows (in points) and inner iterations. */
export interface StlOptions {
  seasonalWindow?: number;
  trendWindow?: number;
  lowPassWindow?: number;
  innerIterations?: number;
}

const nextOdd = (x: number): number => {
  const k = Math.ceil(x);
  return k % 2 === 1 ? k : k + 1;
};

/**
 * Loess at position x (may lie outside 0 … n−1) of values[0 … n−1] at positions 0 … n−1, with the
 * q nearest points and tricube weights; degree 0 (weighted mean) or 1 (weighted line).
 */
export function loessAt(values: Float64Array, n: number, x: number, q: number, degree: 0 | 1, offset = 0, stride = 1): number {
  const width = Math.min(q, n);
  let left = Math.round(x) - Math.floor((width - 1) / 2);
  left = Math.max(0, Math.min(left, n - width));
  const right = left + width - 1;
  let h = Math.max(x - left, right - x);
  if (q > n) h += Math.floor((q - n) / 2);
  const h9 = 0.999 * h;
  const h1 = 0.001 * h;
  let sw = 0, swx = 0, swy = 0, swxx = 0, swxy = 0;
  for (let i = left; i <= right; i++) {
    const r = Math.abs(i - x);
    if (r > h9) continue;
    let w = 1;
    if (r > h1) {
      const u = r / h;
      const v = 1 - u * u * u;
      w = v * v * v;
    }
    const value = values[offset + i * stride];
    // Positions relative to x keep the sums small and the line's value at x is the intercept.
    const d = i - x;
    sw += w;
    swx += w * d;
    swy += w * value;
    swxx += w * d * d;
    swxy += w * d * value;
  }
  if (sw <= 0) return values[offset + Math.max(0, Math.min(n - 1, Math.round(x))) * stride];
  const meanY = swy / sw;
  if (degree === 0) return meanY;
  const meanD = swx / sw;
  const sxx = swxx - swx * meanD;
  const range = right - left;
  if (!(sxx > 1e-3 * range * range)) return meanY;
  const slope = (swxy - swx * meanY) / sxx;
  return meanY - slope * meanD;
}

/**
 * Loess of values[0 … n−1] at every position, evaluated every `jump` positions (and at the last)
 * and interpolated linearly in between (STL's speed-up; statsmodels' default jump is ⌈0.15·q⌉).
 */
export function loessSmooth(values: Float64Array, n: number, q: number, degree: 0 | 1, out: Float64Array, jump = Math.max(1, Math.ceil(0.15 * q))): void {
  let previous = 0;
  out[0] = loessAt(values, n, 0, q, degree);
  for (let t = jump; ; t += jump) {
    const at = Math.min(t, n - 1);
    if (at === previous) break;
    out[at] = loessAt(values, n, at, q, degree);
    for (let k = previous + 1; k < at; k++) out[k] = out[previous] + ((out[at] - out[previous]) * (k - previous)) / (at - previous);
    previous = at;
    if (at === n - 1) break;
  }
}

function movingAverage(a: Float64Array, length: number): Float64Array {
  const out = new Float64Array(a.length - length + 1);
  let sum = 0;
  for (let i = 0; i < length; i++) sum += a[i];
  out[0] = sum / length;
  for (let i = 1; i < out.length; i++) {
    sum += a[i + length - 1] - a[i - 1];
    out[i] = sum / length;
  }
  return out;
}

/** Decomposes y (n ≥ 2·period) with season length `period` ≥ 2. */
export function stl(y: Float64Array, period: number, options: StlOptions = {}): StlResult {
  const n = y.length;
  const np = period;
  if (!(np >= 2) || n < 2 * np) throw new ModelError('stl.tooShort', { needed: 2 * np, got: n });
  const ns = nextOdd(Math.max(3, options.seasonalWindow ?? 7));
  const nt = nextOdd(options.trendWindow ?? (1.5 * np) / (1 - 1.5 / ns));
  const nl = nextOdd(options.lowPassWindow ?? np);
  const iterations = options.innerIterations ?? 2;
  const trend = new Float64Array(n);
  const seasonal = new Float64Array(n);
  const detrended = new Float64Array(n);
  const cycle = new Float64Array(n + 2 * np);
  const adjusted = new Float64Array(n);
  const smoothLow = new Float64Array(n);
  for (let iteration = 0; iteration < iterations; iteration++) {
    for (let t = 0; t < n; t++) detrended[t] = y[t] - trend[t];
    // Cycle-subseries: smooth each position's values and extend them one cycle either side.
    for (let j = 0; j < np; j++) {
      const k = Math.floor((n - 1 - j) / np) + 1;
      for (let p = -1; p <= k; p++) cycle[(p + 1) * np + j] = loessAt(detrended, k, p, ns, 0, j, np);
    }
    // Low-pass: moving averages of np, np and 3, then loess; what it keeps is trend, not season.
    const low = movingAverage(movingAverage(movingAverage(cycle, np), np), 3);
    loessSmooth(low, n, nl, 1, smoothLow);
    for (let t = 0; t < n; t++) seasonal[t] = cycle[t + np] - smoothLow[t];
    for (let t = 0; t < n; t++) adjusted[t] = y[t] - seasonal[t];
    loessSmooth(adjusted, n, nt, 1, trend);
  }
  const remainder = new Float64Array(n);
  for (let t = 0; t < n; t++) remainder[t] = y[t] - seasonal[t] - trend[t];
  return { seasonal, trend, remainder };
}
