// Probabilistic metrics: pinball (quantile) loss and the coverage of a prediction interval.
import { ModelError } from '../errors.ts';

/** Mean pinball loss of a q-quantile path: mean of max(q·(y − ŷ), (q − 1)·(y − ŷ)). */
export function pinball(actual: ArrayLike<number>, quantilePath: ArrayLike<number>, q: number): number {
  if (actual.length !== quantilePath.length) throw new ModelError('metrics.lengths', { what: 'quantilePath', actual: actual.length, other: quantilePath.length });
  if (!(q > 0 && q < 1)) throw new ModelError('metrics.probability', { q });
  let sum = 0, n = 0;
  for (let i = 0; i < actual.length; i++) {
    const e = actual[i] - quantilePath[i];
    if (!Number.isFinite(e)) continue;
    sum += e >= 0 ? q * e : (q - 1) * e;
    n++;
  }
  return n > 0 ? sum / n : NaN;
}

/** Share (0–1) of actual values inside [lo, hi], bounds included. */
export function coverage(actual: ArrayLike<number>, lo: ArrayLike<number>, hi: ArrayLike<number>): number {
  if (actual.length !== lo.length || actual.length !== hi.length) throw new ModelError('metrics.bandLengths', {});
  let inside = 0, n = 0;
  for (let i = 0; i < actual.length; i++) {
    if (!Number.isFinite(actual[i])) continue;
    if (actual[i] >= lo[i] && actual[i] <= hi[i]) inside++;
    n++;
  }
  return n > 0 ? inside / n : NaN;
}
