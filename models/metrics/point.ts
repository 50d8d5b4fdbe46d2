// Point-forecast error metrics as free functions over aligned arrays (actual vs forecast).
// Non-finite pairs are skipped; a metric with no usable pair is NaN.
import { ModelError } from '../errors.ts';

function check(actual: ArrayLike<number>, forecast: ArrayLike<number>): void {
  if (actual.length !== forecast.length) throw new ModelError('metrics.lengths', { what: 'forecast', actual: actual.length, other: forecast.length });
}

/** Mean absolute error. */
export function mae(actual: ArrayLike<number>, forecast: ArrayLike<number>): number {
  check(actual, forecast);
  let sum = 0, n = 0;
  for (let i = 0; i < actual.length; i++) {
    const e = actual[i] - forecast[i];
    if (Number.isFinite(e)) { sum += Math.abs(e); n++; }
  }
  return n > 0 ? sum / n : NaN;
}

/** Mean squared error. */
export function mse(actual: ArrayLike<number>, forecast: ArrayLike<number>): number {
  check(actual, forecast);
  let sum = 0, n = 0;
  for (let i = 0; i < actual.length; i++) {
    const e = actual[i] - forecast[i];
    if (Number.isFinite(e)) { sum += e * e; n++; }
  }
  return n > 0 ? sum / n : NaN;
}

/** Root mean squared error. */
export function rmse(actual: ArrayLike<number>, forecast: ArrayLike<number>): number {
  return Math.sqrt(mse(actual, forecast));
}

/**
 * Symmetric MAPE in percent (M4 definition, 0–200): 200/h · Σ |y − ŷ| / (|y| + |ŷ|).
 * A period where both are 0 is a perfect forecast and adds 0.
 */
export function smape(actual: ArrayLike<number>, forecast: ArrayLike<number>): number {
  check(actual, forecast);
  let sum = 0, n = 0;
  for (let i = 0; i < actual.length; i++) {
    const y = actual[i], f = forecast[i];
    if (!Number.isFinite(y) || !Number.isFinite(f)) continue;
    const denominator = Math.abs(y) + Math.abs(f);
    sum += denominator === 0 ? 0 : Math.abs(y - f) / denominator;
    n++;
  }
  return n > 0 ? (200 * sum) / n : NaN;
}
