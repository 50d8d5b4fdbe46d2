// Forecast combinations (M4's lesson: combinations beat single models): the median or mean of
// several models' forecasts, step by step, for the mean and for each quantile path alike (the
// quantile average keeps lower ≤ mean ≤ upper and the quantiles ordered).
import { ModelError } from './errors.ts';
import type { ForecastOutput } from './forecaster.ts';

/** How members are combined. */
export type Combiner = 'median' | 'mean';

/** Median or mean of `values` (sorted in place). */
export function combineValues(values: Float64Array, how: Combiner): number {
  const k = values.length;
  if (how === 'mean') {
    let sum = 0;
    for (let i = 0; i < k; i++) sum += values[i];
    return sum / k;
  }
  values.sort();
  return k % 2 === 1 ? values[(k - 1) / 2] : 0.5 * (values[k / 2 - 1] + values[k / 2]);
}

/** Combines paths of equal length step by step. */
export function combinePaths(paths: readonly ArrayLike<number>[], how: Combiner): Float64Array {
  const h = paths[0].length;
  const out = new Float64Array(h);
  const column = new Float64Array(paths.length);
  for (let i = 0; i < h; i++) {
    for (let k = 0; k < paths.length; k++) column[k] = paths[k][i];
    out[i] = combineValues(column, how);
  }
  return out;
}

/**
 * One output from several of the same horizon and quantile levels: mean and every quantile path
 * combined step by step. `model` names the result; `detail` lists the members.
 */
export function combineOutputs(outputs: readonly ForecastOutput[], how: Combiner, model: string): ForecastOutput {
  if (outputs.length === 0) throw new ModelError('combine.empty', {});
  const quantiles = new Map<number, Float64Array>();
  for (const p of outputs[0].quantiles.keys()) {
    const paths = outputs.map((o) => o.quantiles.get(p));
    if (paths.some((path) => path === undefined)) throw new ModelError('combine.quantile', { p });
    quantiles.set(p, combinePaths(paths as Float64Array[], how));
  }
  return {
    mean: combinePaths(outputs.map((o) => o.mean), how),
    quantiles,
    model,
    detail: `${how} of ${outputs.map((o) => o.model).join(', ')}`,
  };
}
