// Prediction intervals for intermittent-demand methods: conformal calibration on the method's own
// in-sample errors, one error distribution per step ahead: the k-step error at origin t is
// y_{t+k−1} − f_t (the flat forecast made before period t). Level drift makes far steps miss by
// more, so the intervals widen with the horizon; they are made monotone (never narrower than the
// step before). Demand is never negative: every output is clamped at 0.
import type { ForecastOutput, PredictOptions } from '../forecaster.ts';
import { checkHorizon, quantileProbabilities } from '../output.ts';
import { quantileSorted } from '../../sim/math/quantile.ts';

/** Fewest in-sample errors a step's own distribution needs; further steps reuse the last such step. */
export const MIN_STEP_ERRORS = 20;

/** Sorted k-step errors y_{t+k−1} − f_t (k ≥ 1) over the origins where f_t exists. */
export function sortedErrors(y: Float64Array, fitted: Float64Array, k = 1): Float64Array {
  const errors: number[] = [];
  for (let t = 0; t + k - 1 < y.length; t++) {
    const f = fitted[t];
    const v = y[t + k - 1];
    if (Number.isFinite(f) && Number.isFinite(v)) errors.push(Math.max(v, 0) - f);
  }
  return Float64Array.from(errors).sort();
}

/**
 * A flat forecast at `level` for h periods with per-step conformal intervals from the history `y`
 * and its one-step forecasts `fitted`; lower quantiles never rise and upper ones never fall with
 * the step, and every quantile band contains the mean (SBA's deliberate shrinkage). Clamped at 0.
 */
export function intermittentOutput(model: string, level: number, y: Float64Array, fitted: Float64Array, h: number, options: PredictOptions = {}): ForecastOutput {
  checkHorizon(h);
  const mean = new Float64Array(h).fill(level);
  const probs = quantileProbabilities(options.levels);
  const quantiles = new Map<number, Float64Array>(probs.map((p) => [p, new Float64Array(h)]));
  let errors = sortedErrors(y, fitted, 1);
  const previous = new Float64Array(probs.length);
  for (let k = 1; k <= h; k++) {
    if (k > 1) {
      const own = sortedErrors(y, fitted, k);
      if (own.length >= MIN_STEP_ERRORS) errors = own;
    }
    probs.forEach((p, i) => {
      let offset = errors.length > 0 ? quantileSorted(errors, p) : 0;
      if (k > 1) offset = p < 0.5 ? Math.min(offset, previous[i]) : p > 0.5 ? Math.max(offset, previous[i]) : offset;
      previous[i] = offset;
      const v = level + offset;
      quantiles.get(p)![k - 1] = Math.max(0, p < 0.5 ? Math.min(v, level) : p > 0.5 ? Math.max(v, level) : v);
    });
  }
  return { mean, quantiles, fitted, model };
}
