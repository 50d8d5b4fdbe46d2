// Window average: the mean of the last k observations (k = 4 seasons, e.g. 28 days for daily data).
import type { FittedModel, SeriesInput } from '../forecaster.ts';
import { SeriesTooShortError } from '../errors.ts';
import { checkHorizon, defineForecaster, normalOutput, residualScale } from '../output.ts';

/** Observations averaged: four seasons, at least 4 (28 for daily data with weekly seasonality). */
export function windowSize(seasonLength: number): number {
  return Math.max(4, 4 * Math.floor(seasonLength));
}

/**
 * Window average: flat mean of the last k values (k = `windowSize`, fewer if the series is shorter);
 * sd = σ·√(1 + 1/k), σ from the spread of the window around its mean.
 */
export const windowAverage = defineForecaster('window-average', 1, fitWindowAverage);

function fitWindowAverage(series: SeriesInput): FittedModel {
  const y = series.y;
  const n = y.length;
  if (n < 1) throw new SeriesTooShortError('window-average', 1, n);
  const k = Math.min(windowSize(series.seasonLength), n);
  let sum = 0;
  for (let t = n - k; t < n; t++) sum += y[t];
  const level = sum / k;
  const deviations = new Float64Array(k);
  for (let i = 0; i < k; i++) deviations[i] = y[n - k + i] - level;
  const sigma = residualScale(deviations, 1);
  const fitted = new Float64Array(n).fill(NaN);
  let running = 0;
  for (let t = 0; t < n; t++) {
    if (t >= k) fitted[t] = running / k;
    running += y[t];
    if (t >= k) running -= y[t - k];
  }
  return {
    predict(h, options) {
      checkHorizon(h);
      const mean = new Float64Array(h).fill(level);
      const sd = new Float64Array(h).fill(sigma * Math.sqrt(1 + 1 / k));
      return normalOutput('window-average', mean, sd, options, fitted);
    },
  };
}
