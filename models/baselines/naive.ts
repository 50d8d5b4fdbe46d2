// Naive forecast: every future period equals the last observation (a random walk's forecast).
import type { FittedModel, SeriesInput } from '../forecaster.ts';
import { SeriesTooShortError } from '../errors.ts';
import { checkHorizon, defineForecaster, normalOutput, residualScale } from '../output.ts';

/** Naive: mean = last value; interval sd at step h = σ·√h, σ from one-step differences. */
export const naive = defineForecaster('naive', 1, fitNaive);

function fitNaive(series: SeriesInput): FittedModel {
  const y = series.y;
  const n = y.length;
  if (n < 1) throw new SeriesTooShortError('naive', 1, n);
  const fitted = new Float64Array(n).fill(NaN);
  const residuals = new Float64Array(n).fill(NaN);
  for (let t = 1; t < n; t++) {
    fitted[t] = y[t - 1];
    residuals[t] = y[t] - y[t - 1];
  }
  const sigma = residualScale(residuals);
  const last = y[n - 1];
  return {
    predict(h, options) {
      checkHorizon(h);
      const mean = new Float64Array(h).fill(last);
      const sd = new Float64Array(h);
      for (let i = 0; i < h; i++) sd[i] = sigma * Math.sqrt(i + 1);
      return normalOutput('naive', mean, sd, options, fitted);
    },
  };
}
