// Revenue weighting of per-series scores, as the M5 competition's WRMSSE: each series counts in
// proportion to its revenue (units × price) over the last periods of its training data.
import { ModelError } from '../errors.ts';

/** Revenue of the last `periods` values: Σ units × price (price a number or a series aligned with units). */
export function recentRevenue(units: ArrayLike<number>, price: number | ArrayLike<number>, periods = 28): number {
  let sum = 0;
  for (let t = Math.max(0, units.length - periods); t < units.length; t++) {
    const p = typeof price === 'number' ? price : price[t];
    const r = units[t] * p;
    if (Number.isFinite(r)) sum += r;
  }
  return sum;
}

/**
 * Σ w_i · score_i / Σ w_i over the series whose score is finite and weight positive
 * (e.g. revenue-weighted RMSSE from per-series RMSSE and `recentRevenue` weights). NaN if none.
 */
export function weightedMean(scores: ArrayLike<number>, weights: ArrayLike<number>): number {
  if (scores.length !== weights.length) throw new ModelError('metrics.lengths', { what: 'weights', actual: scores.length, other: weights.length });
  let sum = 0, total = 0;
  for (let i = 0; i < scores.length; i++) {
    if (!Number.isFinite(scores[i]) || !(weights[i] > 0)) continue;
    sum += weights[i] * scores[i];
    total += weights[i];
  }
  return total > 0 ? sum / total : NaN;
}
