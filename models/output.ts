// Builds a ForecastOutput from a point forecast plus either per-step normal standard deviations
// (analytic intervals) or sample paths (simulated intervals), and defines forecasters from a fit.
import { ModelError } from './errors.ts';
import { levelToQuantiles, type FittedModel, type ForecastOutput, type Forecaster, type PredictOptions, type SeriesInput } from './forecaster.ts';
import { normalQuantile } from '../sim/math/normal.ts';
import { quantileRanks, quantileSorted, selectRanks } from '../sim/math/quantile.ts';

/** Quantile probabilities every output carries: 0.1, 0.5, 0.9 and both ends of each level, ascending. */
export function quantileProbabilities(levels: readonly number[] = []): number[] {
  const probs = new Set<number>([0.1, 0.5, 0.9]);
  for (const level of levels) {
    if (!(level > 0 && level < 100)) throw new ModelError('output.level', { level });
    for (const p of levelToQuantiles(level)) probs.add(Math.round(p * 1e9) / 1e9);
  }
  return [...probs].sort((a, b) => a - b);
}

/** Clamps in place at ≥ 0 when asked (sales cannot be negative). */
function clampOutput(output: ForecastOutput, nonNegative: boolean | undefined): ForecastOutput {
  if (!nonNegative) return output;
  clampArray(output.mean);
  for (const path of output.quantiles.values()) clampArray(path);
  return output;
}

function clampArray(values: Float64Array): void {
  for (let i = 0; i < values.length; i++) if (values[i] < 0) values[i] = 0;
}

/**
 * Output with normal intervals: quantile q at step i is `mean[i] + z_q · sd[i]`.
 * `sd` may contain NaN or 0 (then every quantile equals the mean).
 */
export function normalOutput(model: string, mean: Float64Array, sd: Float64Array, options: PredictOptions = {}, fitted?: Float64Array): ForecastOutput {
  const quantiles = new Map<number, Float64Array>();
  for (const p of quantileProbabilities(options.levels)) {
    const z = normalQuantile(p);
    const path = new Float64Array(mean.length);
    for (let i = 0; i < mean.length; i++) {
      const s = sd[i];
      path[i] = s > 0 && Number.isFinite(s) ? mean[i] + z * s : mean[i];
    }
    quantiles.set(p, path);
  }
  return clampOutput({ mean: Float64Array.from(mean), quantiles, fitted, model }, options.nonNegative);
}

/**
 * Output with intervals from simulated paths: `paths` holds `count` paths of length h, path-major.
 * Quantiles are empirical per step; the mean is the given point forecast.
 */
export function sampleOutput(model: string, mean: Float64Array, paths: Float64Array, count: number, options: PredictOptions = {}, fitted?: Float64Array): ForecastOutput {
  const h = mean.length;
  const probs = quantileProbabilities(options.levels);
  const quantiles = new Map<number, Float64Array>(probs.map((p) => [p, new Float64Array(h)]));
  const column = new Float64Array(count);
  // Only the ranks the quantiles read are put in place (a partial sort: same values, a fraction of
  // the work of sorting 1,000 paths at every step); a column with NaN is sorted in full.
  const ranks = quantileRanks(count, probs);
  for (let i = 0; i < h; i++) {
    let hasNaN = false;
    for (let k = 0; k < count; k++) {
      const v = paths[k * h + i];
      column[k] = v;
      if (v !== v) hasNaN = true;
    }
    if (hasNaN) column.sort();
    else selectRanks(column, ranks);
    for (const p of probs) quantiles.get(p)![i] = quantileSorted(column, p);
  }
  return clampOutput({ mean: Float64Array.from(mean), quantiles, fitted, model }, options.nonNegative);
}

/**
 * Output with intervals from an empirical error distribution shared by every step
 * (conformal-style): quantile q at step i is `mean[i] + quantile_q(errors)`.
 */
export function residualOutput(model: string, mean: Float64Array, sortedErrors: Float64Array, options: PredictOptions = {}, fitted?: Float64Array): ForecastOutput {
  const quantiles = new Map<number, Float64Array>();
  for (const p of quantileProbabilities(options.levels)) {
    const offset = sortedErrors.length > 0 ? quantileSorted(sortedErrors, p) : 0;
    const path = new Float64Array(mean.length);
    // A biased point forecast (SBA's deliberate shrinkage) can leave the error band beside it:
    // the band is widened to contain it, lower quantiles ≤ mean ≤ upper ones.
    for (let i = 0; i < mean.length; i++) {
      const v = mean[i] + offset;
      path[i] = p < 0.5 ? Math.min(v, mean[i]) : p > 0.5 ? Math.max(v, mean[i]) : v;
    }
    quantiles.set(p, path);
  }
  return clampOutput({ mean: Float64Array.from(mean), quantiles, fitted, model }, options.nonNegative);
}

/**
 * Adds `offsets[i]` to the mean and every quantile at step i (in place), then clamps at 0 when
 * asked: puts back a component forecast separately (a season, a regression effect).
 */
export function shiftOutput(output: ForecastOutput, offsets: ArrayLike<number>, nonNegative?: boolean): ForecastOutput {
  for (const values of [output.mean, ...output.quantiles.values()]) {
    for (let i = 0; i < values.length; i++) values[i] += offsets[i];
  }
  return clampOutput(output, nonNegative);
}

/** Checks a horizon: a positive whole number of periods. */
export function checkHorizon(h: number): void {
  if (!Number.isInteger(h) || h < 1) throw new ModelError('output.horizon', { h: String(h) });
}

/** Builds a Forecaster from a name, a minimum length and a fit function (forecast = fit + predict). */
export function defineForecaster(name: string, minLength: number, fit: (series: SeriesInput) => FittedModel): Forecaster {
  return {
    name,
    minLength,
    fit,
    forecast(series: SeriesInput, h: number, options?: PredictOptions): ForecastOutput {
      return fit(series).predict(h, options);
    },
  };
}

/** Standard deviation of the finite values of `residuals` around zero (root mean square), NaN when none. */
export function residualScale(residuals: Float64Array, degreesOfFreedomUsed = 0): number {
  let sum = 0;
  let count = 0;
  for (let i = 0; i < residuals.length; i++) {
    const r = residuals[i];
    if (Number.isFinite(r)) {
      sum += r * r;
      count++;
    }
  }
  const dof = count - degreesOfFreedomUsed;
  return dof > 0 ? Math.sqrt(sum / dof) : NaN;
}
