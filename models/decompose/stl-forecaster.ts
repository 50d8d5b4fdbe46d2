// `stl`: STL decomposition, then non-seasonal ETS on the seasonally adjusted series (trend +
// remainder) and the last cycle of the seasonal component repeated (statsforecast's MSTL with
// one season). Additive: the season is added back to the mean and every quantile.
import type { FittedModel, SeriesInput } from '../forecaster.ts';
import { SeriesTooShortError } from '../errors.ts';
import { withCovariates } from '../covariates.ts';
import { defineForecaster, shiftOutput } from '../output.ts';
import { ADJUSTED_MIN_LENGTH, fitAdjustedEts } from '../ets/adjusted.ts';
import { predictEts, describeEts } from '../ets/predict.ts';
import { stl } from './stl.ts';

function fitStl(series: SeriesInput): FittedModel {
  const y = series.y;
  const n = y.length;
  const m = Math.max(1, Math.floor(series.seasonLength));
  if (n < ADJUSTED_MIN_LENGTH) throw new SeriesTooShortError('stl', ADJUSTED_MIN_LENGTH, n);
  // Without two full seasons there is nothing to decompose: ETS on the series as it is.
  const seasonal = m >= 2 && n >= 2 * m ? stl(y, m).seasonal : null;
  const adjusted = seasonal ? Float64Array.from(y, (v, t) => v - seasonal[t]) : y;
  const fit = fitAdjustedEts('stl', adjusted);
  return {
    predict(h, options) {
      const output = predictEts(fit, 'stl', h, { ...options, nonNegative: false });
      const ahead = new Float64Array(h);
      if (seasonal) for (let i = 0; i < h; i++) ahead[i] = seasonal[n - m + (i % m)];
      shiftOutput(output, ahead, options?.nonNegative);
      output.detail = seasonal ? `STL season ${m} + ${describeEts(fit)}` : `${describeEts(fit)} (no season: fewer than ${2 * m} periods)`;
      return output;
    },
  };
}

/** STL + non-seasonal ETS on the adjusted series; covariates by two-stage regression. */
export const stlEts = defineForecaster('stl', ADJUSTED_MIN_LENGTH, withCovariates(fitStl));
