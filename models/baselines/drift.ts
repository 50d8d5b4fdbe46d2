// Random walk with drift: the line from the first to the last observation, extended.
import type { FittedModel, SeriesInput } from '../forecaster.ts';
import { SeriesTooShortError } from '../errors.ts';
import { checkHorizon, defineForecaster, normalOutput, residualScale } from '../output.ts';

/** Drift: mean = last + h·slope; sd = σ·√(h(1 + h/(T−1))) (Hyndman & Athanasopoulos, fpp3 §5.5). */
export const drift = defineForecaster('drift', 2, fitDrift);

function fitDrift(series: SeriesInput): FittedModel {
  const y = series.y;
  const n = y.length;
  if (n < 2) throw new SeriesTooShortError('drift', 2, n);
  const slope = (y[n - 1] - y[0]) / (n - 1);
  const fitted = new Float64Array(n).fill(NaN);
  const residuals = new Float64Array(n).fill(NaN);
  for (let t = 1; t < n; t++) {
    fitted[t] = y[t - 1] + slope;
    residuals[t] = y[t] - fitted[t];
  }
  const sigma = residualScale(residuals, 1);
  const last = y[n - 1];
  return {
    predict(h, options) {
      checkHorizon(h);
      const mean = new Float64Array(h);
      const sd = new Float64Array(h);
      for (let i = 0; i < h; i++) {
        const steps = i + 1;
        mean[i] = last + steps * slope;
        sd[i] = sigma * Math.sqrt(steps * (1 + steps / (n - 1)));
      }
      return normalOutput('drift', mean, sd, options, fitted);
    },
  };
}
