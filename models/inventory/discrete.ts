// Discrete demand distributions on 0, 1, 2, … units as probability arrays: Poisson, empirical
// (from observed demands), sums over several periods, and their CDF, quantile and loss function.
import { ModelError } from '../errors.ts';
import { poissonPmf } from './stats.ts';
import { requireFinite, requireNonNegative, requireProbability } from './check.ts';

/** A demand distribution on 0…pmf.length−1 units: `pmf[k]` = P(D = k); sums to 1 (±1e-12). */
export interface DiscreteDemand {
  readonly pmf: Float64Array;
}

/** Tail mass left out when a distribution with unbounded support is cut to an array. */
export const TAIL_EPSILON = 1e-12;

/** Poisson demand with mean λ (units/period), truncated where the tail falls below 1e-12. */
export function poissonDemand(mean: number): DiscreteDemand {
  requireNonNegative('mean', mean);
  if (mean > 1e6) throw new ModelError('inventory.poissonTooLarge', { mean });
  const values: number[] = [];
  let cum = 0;
  for (let k = 0; ; k++) {
    const p = poissonPmf(k, mean);
    values.push(p);
    cum += p;
    if (k >= mean && 1 - cum < TAIL_EPSILON) break;
  }
  return normalise(values);
}

/**
 * Empirical demand: each observation (a non-negative integer number of units) is equally likely.
 * Non-integer observations are rounded to the nearest unit.
 */
export function empiricalDemand(observations: ArrayLike<number>): DiscreteDemand {
  if (observations.length === 0) throw new ModelError('value.noneGiven', { field: 'observations', what: 'observation' });
  let max = 0;
  for (let i = 0; i < observations.length; i++) {
    requireNonNegative(`observations[${i}]`, observations[i]);
    max = Math.max(max, Math.round(observations[i]));
  }
  const pmf = new Float64Array(max + 1);
  for (let i = 0; i < observations.length; i++) pmf[Math.round(observations[i])] += 1 / observations.length;
  return { pmf };
}

/** A distribution from explicit probabilities P(D = k) = probabilities[k]; normalised to sum 1. */
export function demandFromPmf(probabilities: ArrayLike<number>): DiscreteDemand {
  if (probabilities.length === 0) throw new ModelError('value.noneGiven', { field: 'probabilities', what: 'value' });
  const values: number[] = [];
  for (let k = 0; k < probabilities.length; k++) {
    requireNonNegative(`probabilities[${k}]`, probabilities[k]);
    values.push(probabilities[k]);
  }
  return normalise(values);
}

/** Distribution of the sum of `periods` independent copies of `demand` (periods ≥ 0, integer). */
export function demandOverPeriods(demand: DiscreteDemand, periods: number): DiscreteDemand {
  if (!Number.isInteger(periods) || periods < 0) throw new ModelError('value.whole', { field: 'periods', min: 0, got: String(periods), unit: 'none' });
  let result: Float64Array = Float64Array.of(1);
  let base = demand.pmf;
  let n = periods;
  // Binary powering: log2(periods) convolutions.
  while (n > 0) {
    if (n & 1) result = trim(convolve(result, base));
    n >>= 1;
    if (n > 0) base = trim(convolve(base, base));
  }
  return { pmf: result };
}

/** Mean of a discrete demand (units). */
export function demandMean(demand: DiscreteDemand): number {
  let m = 0;
  for (let k = 1; k < demand.pmf.length; k++) m += k * demand.pmf[k];
  return m;
}

/** Variance of a discrete demand (units²). */
export function demandVariance(demand: DiscreteDemand): number {
  const m = demandMean(demand);
  let v = 0;
  for (let k = 0; k < demand.pmf.length; k++) v += (k - m) * (k - m) * demand.pmf[k];
  return v;
}

/** P(D ≤ k) for an integer k. */
export function demandCdf(demand: DiscreteDemand, k: number): number {
  requireFinite('k', k);
  const top = Math.min(Math.floor(k), demand.pmf.length - 1);
  let s = 0;
  for (let j = 0; j <= top; j++) s += demand.pmf[j];
  return Math.min(1, s);
}

/** Smallest k with P(D ≤ k) ≥ prob − 1e-12 (the tolerance absorbs rounding in sums of the pmf). */
export function demandQuantile(demand: DiscreteDemand, prob: number): number {
  requireProbability('prob', prob);
  let s = 0;
  for (let k = 0; k < demand.pmf.length; k++) {
    s += demand.pmf[k];
    if (s >= prob - 1e-12) return k;
  }
  return demand.pmf.length - 1;
}

/** Expected units above y: E[(D − y)⁺] (the discrete loss function), for any real y. */
export function demandLoss(demand: DiscreteDemand, y: number): number {
  let s = 0;
  for (let k = Math.max(0, Math.floor(y) + 1); k < demand.pmf.length; k++) s += (k - y) * demand.pmf[k];
  return s;
}

/** Expected units left below y: E[(y − D)⁺], for any real y. */
export function demandLeftover(demand: DiscreteDemand, y: number): number {
  let s = 0;
  const top = Math.min(Math.ceil(y) - 1, demand.pmf.length - 1);
  for (let k = 0; k <= top; k++) s += (y - k) * demand.pmf[k];
  return s;
}

function convolve(a: Float64Array, b: Float64Array): Float64Array {
  const out = new Float64Array(a.length + b.length - 1);
  for (let i = 0; i < a.length; i++) {
    const ai = a[i];
    if (ai === 0) continue;
    for (let j = 0; j < b.length; j++) out[i + j] += ai * b[j];
  }
  return out;
}

/** Drops the far tail once its mass is below TAIL_EPSILON, so repeated convolutions stay small. */
function trim(pmf: Float64Array): Float64Array {
  let tail = 0;
  let end = pmf.length;
  while (end > 1 && tail + pmf[end - 1] < TAIL_EPSILON) tail += pmf[--end];
  return end === pmf.length ? pmf : pmf.slice(0, end);
}

function normalise(values: number[]): DiscreteDemand {
  const total = values.reduce((a, b) => a + b, 0);
  if (!(total > 0)) throw new ModelError('inventory.probabilitiesZero', {});
  return { pmf: Float64Array.from(values, (v) => v / total) };
}
