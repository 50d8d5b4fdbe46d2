// Poisson helpers the inventory formulas share (pmf, CDF, quantile, loss function); the normal
// distribution lives in sim/math/normal.ts.
import { ModelError } from '../errors.ts';
import { logFactorial } from '../../sim/random.ts';

/** Poisson probability P(X = k) for mean λ ≥ 0, computed in log space (stable for large λ). */
export function poissonPmf(k: number, mean: number): number {
  if (!Number.isInteger(k) || k < 0) return 0;
  if (mean === 0) return k === 0 ? 1 : 0;
  return Math.exp(k * Math.log(mean) - mean - logFactorial(k));
}

/** Poisson CDF P(X ≤ k), summed by the pmf recurrence from 0 (exact to rounding for moderate λ). */
export function poissonCdf(k: number, mean: number): number {
  if (k < 0) return 0;
  const top = Math.floor(k);
  let p = Math.exp(-mean);
  if (p === 0) {
    // Large λ: start the recurrence at the mode instead of 0 to avoid underflow.
    let s = 0;
    for (let j = 0; j <= top; j++) s += poissonPmf(j, mean);
    return Math.min(1, s);
  }
  let s = p;
  for (let j = 1; j <= top; j++) {
    p *= mean / j;
    s += p;
  }
  return Math.min(1, s);
}

/** Smallest integer k with P(X ≤ k) ≥ prob (the prob-quantile of a Poisson variable). */
export function poissonQuantile(prob: number, mean: number): number {
  if (!(prob >= 0 && prob < 1)) throw new ModelError('inventory.poissonProbability', { got: prob });
  let k = 0;
  let cdf = poissonPmf(0, mean);
  while (cdf < prob) {
    k++;
    cdf += poissonPmf(k, mean);
  }
  return k;
}

/** Poisson loss function E[(X − k)⁺] = λ − k + Σ_{j<k} (k − j) P(X = j): expected units beyond k. */
export function poissonLoss(k: number, mean: number): number {
  let below = 0;
  for (let j = 0; j < k; j++) below += (k - j) * poissonPmf(j, mean);
  return Math.max(0, mean - k + below);
}
