// Croston's classic method for intermittent demand (α = 0.1 for sizes and intervals).
import { defineForecaster } from '../output.ts';
import { crostonPass } from './croston-kernel.ts';
import { intermittentOutput } from './conformal.ts';

/** Smoothing constant of Croston and SBA (the customary 0.1, as statsforecast's CrostonClassic). */
export const CROSTON_ALPHA = 0.1;

/** Croston: size/interval, conformal intervals from one-step errors, non-negative. */
export const croston = defineForecaster('croston', 2, (series) => {
  const { forecast, fitted } = crostonPass(series.y, CROSTON_ALPHA, 1);
  return { predict: (h, options) => intermittentOutput('croston', forecast, series.y, fitted, h, options) };
});
