// Classical seasonal decomposition (centred moving average, per-position mean of the ratios or
// differences) and the ACF seasonality test, as used to seasonally adjust series for the Theta
// method in the M4 competition (Hyndman's forecast::thetaf, statsforecast's AutoTheta).
import { ModelError } from '../errors.ts';

/** Seasonal indices of a classical decomposition, one per position of the season (t mod m). */
export interface SeasonalIndices {
  type: 'additive' | 'multiplicative';
  /** Length m; index[t mod m] is the seasonal factor (×) or offset (+) of period t. */
  index: Float64Array;
}

/** Sample autocorrelation of y at `lag` (NaN when undefined). */
export function autocorrelation(y: Float64Array, lag: number): number {
  const n = y.length;
  let mean = 0;
  for (let t = 0; t < n; t++) mean += y[t];
  mean /= n;
  let denominator = 0;
  for (let t = 0; t < n; t++) denominator += (y[t] - mean) ** 2;
  let numerator = 0;
  for (let t = lag; t < n; t++) numerator += (y[t] - mean) * (y[t - lag] - mean);
  return denominator > 0 ? numerator / denominator : NaN;
}

/**
 * The 90 % ACF test of forecast::thetaf: seasonal when |r_m| > 1.645 · √((1 + 2 Σ_{k<m} r_k²) / n).
 * False for m < 2 or fewer than 2m observations.
 */
export function isSeasonal(y: Float64Array, m: number): boolean {
  if (m < 2 || y.length < 2 * m) return false;
  let sum = 0;
  for (let k = 1; k < m; k++) {
    const r = autocorrelation(y, k);
    if (Number.isFinite(r)) sum += r * r;
  }
  const rm = autocorrelation(y, m);
  return Number.isFinite(rm) && Math.abs(rm) > 1.645 * Math.sqrt((1 + 2 * sum) / y.length);
}

/**
 * Classical decomposition's seasonal indices: the centred moving average of order m (2×m for
 * even m) as trend; per position, the mean ratio y/trend (multiplicative) or difference y − trend
 * (additive); normalised to mean 1 (or 0). Multiplicative needs positive data, else additive is used.
 * Needs n ≥ 2m.
 */
export function classicalIndices(y: Float64Array, m: number, type: 'additive' | 'multiplicative' = 'multiplicative'): SeasonalIndices {
  const n = y.length;
  if (n < 2 * m) throw new ModelError('classical.tooShort', { needed: 2 * m, got: n });
  let kind = type;
  if (kind === 'multiplicative') for (let t = 0; t < n; t++) if (!(y[t] > 0)) kind = 'additive';
  const half = Math.floor(m / 2);
  const even = m % 2 === 0;
  const sums = new Float64Array(m);
  const counts = new Float64Array(m);
  // Running window sum of y[t − half … t + half] (even m: end points at half weight).
  for (let t = half; t < n - half; t++) {
    let trend = 0;
    if (even) {
      for (let k = -half + 1; k < half; k++) trend += y[t + k];
      trend = (trend + 0.5 * (y[t - half] + y[t + half])) / m;
    } else {
      for (let k = -half; k <= half; k++) trend += y[t + k];
      trend /= m;
    }
    const j = t % m;
    if (kind === 'multiplicative') {
      if (!(trend > 0)) continue;
      sums[j] += y[t] / trend;
    } else {
      sums[j] += y[t] - trend;
    }
    counts[j]++;
  }
  const index = new Float64Array(m);
  let total = 0;
  for (let j = 0; j < m; j++) {
    index[j] = counts[j] > 0 ? sums[j] / counts[j] : kind === 'multiplicative' ? 1 : 0;
    total += index[j];
  }
  const centre = total / m;
  for (let j = 0; j < m; j++) index[j] = kind === 'multiplicative' ? (centre > 0 ? index[j] / centre : 1) : index[j] - centre;
  return { type: kind, index };
}

/** y with the season removed (divided by or minus index[t mod m]). */
export function seasonallyAdjust(y: Float64Array, indices: SeasonalIndices): Float64Array {
  const m = indices.index.length;
  const out = new Float64Array(y.length);
  for (let t = 0; t < y.length; t++) out[t] = indices.type === 'multiplicative' ? y[t] / indices.index[t % m] : y[t] - indices.index[t % m];
  return out;
}

/** Puts the season back on `values` of periods start, start+1, … (in place). */
export function reseason(values: Float64Array, indices: SeasonalIndices, start: number): void {
  const m = indices.index.length;
  for (let i = 0; i < values.length; i++) {
    const s = indices.index[(start + i) % m];
    values[i] = indices.type === 'multiplicative' ? values[i] * s : values[i] + s;
  }
}
