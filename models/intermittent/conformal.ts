// Prediction intervals for intermittent-demand methods: conformal calibration on the method's own
// one-step-ahead in-sample errors. These methods give a flat forecast from a process assumed
// stationary, so the error distribution of one step stands in for every step; demand is never
// negative, so every output is clamped at 0.
import type { ForecastOutput, PredictOptions } from '../forecaster.ts';
import { checkHorizon, residualOutput } from '../output.ts';

/** Sorted errors y_t − f_t over the periods where the one-step forecast f_t exists. */
export function sortedErrors(y: Float64Array, fitted: Float64Array): Float64Array {
  const errors: number[] = [];
  for (let t = 0; t < y.length; t++) {
    const f = fitted[t];
    if (Number.isFinite(f) && Number.isFinite(y[t])) errors.push(Math.max(y[t], 0) - f);
  }
  return Float64Array.from(errors).sort();
}

/** A flat forecast at `level` for h periods with conformal intervals, clamped at 0. */
export function intermittentOutput(model: string, level: number, errors: Float64Array, h: number, options: PredictOptions = {}, fitted?: Float64Array): ForecastOutput {
  checkHorizon(h);
  const mean = new Float64Array(h).fill(level);
  return residualOutput(model, mean, errors, { ...options, nonNegative: true }, fitted);
}
