// Seasonal naive: each future period repeats the value one season earlier.
import type { FittedModel, SeriesInput } from '../forecaster.ts';
import { SeriesTooShortError } from '../errors.ts';
import { checkHorizon, defineForecaster, normalOutput, residualScale } from '../output.ts';

/** Seasonal naive: mean = value one season back; sd at step h = σ·√(⌊(h−1)/m⌋+1), σ from seasonal differences. */
export const seasonalNaive = defineForecaster('snaive', 1, fitSeasonalNaive);

function fitSeasonalNaive(series: SeriesInput): FittedModel {
  const y = series.y;
  const n = y.length;
  const m = Math.max(1, Math.floor(series.seasonLength));
  if (n < m) throw new SeriesTooShortError('snaive', m, n);
  const fitted = new Float64Array(n).fill(NaN);
  const residuals = new Float64Array(n).fill(NaN);
  for (let t = m; t < n; t++) {
    fitted[t] = y[t - m];
    residuals[t] = y[t] - y[t - m];
  }
  const sigma = residualScale(residuals);
  const lastSeason = y.slice(n - m);
  return {
    predict(h, options) {
      checkHorizon(h);
      const mean = new Float64Array(h);
      const sd = new Float64Array(h);
      for (let i = 0; i < h; i++) {
        mean[i] = lastSeason[i % m];
        sd[i] = sigma * Math.sqrt(Math.floor(i / m) + 1);
      }
      return normalOutput('snaive', mean, sd, options, fitted);
    },
  };
}
