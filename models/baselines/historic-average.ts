// Historic average: the mean of the whole history, the last resort of the fallback chain.
import type { FittedModel, SeriesInput } from '../forecaster.ts';
import { checkHorizon, defineForecaster, normalOutput, residualScale } from '../output.ts';

/**
 * Mean of all observations; sd = σ·√(1 + 1/T). With no observations at all it forecasts 0 with
 * no interval width (there is nothing to learn from).
 */
export const historicAverage = defineForecaster('mean', 0, fitHistoricAverage);

function fitHistoricAverage(series: SeriesInput): FittedModel {
  const y = series.y;
  const n = y.length;
  let sum = 0;
  for (let t = 0; t < n; t++) sum += y[t];
  const level = n > 0 ? sum / n : 0;
  const deviations = new Float64Array(n);
  for (let t = 0; t < n; t++) deviations[t] = y[t] - level;
  const sigma = n > 1 ? residualScale(deviations, 1) : 0;
  const fitted = new Float64Array(n).fill(level);
  return {
    predict(h, options) {
      checkHorizon(h);
      const mean = new Float64Array(h).fill(level);
      const sd = new Float64Array(h).fill(sigma * Math.sqrt(1 + 1 / Math.max(n, 1)));
      return normalOutput('mean', mean, sd, options, fitted);
    },
  };
}
