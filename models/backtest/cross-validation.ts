// Rolling-origin cross-validation: forecast the last `windows` stretches of a series, each from
// only the data before it (Prophet-style free function, statsforecast's cross_validation shape).
import { ModelError } from '../errors.ts';
import type { ForecastOutput, Forecaster, SeriesInput } from '../forecaster.ts';

/** Where and how to backtest. */
export interface BacktestOptions {
  /** Periods forecast from each origin. */
  h: number;
  /** Number of origins (windows), ≥ 1. */
  windows: number;
  /** Periods between consecutive origins (default h: windows do not overlap). */
  step?: number;
  /** Interval levels in percent, passed to predict. */
  levels?: number[];
  nonNegative?: boolean;
  seed?: number;
  /** Fewest training periods the first window must keep (default 1). */
  minTrain?: number;
}

/** One window: the training length (= index of the first forecast period), truth, and forecast. */
export interface BacktestWindow {
  cutoff: number;
  actual: Float64Array;
  forecast: ForecastOutput;
}

/**
 * Training lengths of the windows, oldest first: the last window ends at the series' end, and
 * each earlier one `step` periods before. Throws RangeError if the series cannot hold them.
 */
export function windowCutoffs(length: number, options: Pick<BacktestOptions, 'h' | 'windows' | 'step' | 'minTrain'>): number[] {
  const { h, windows } = options;
  const step = options.step ?? h;
  const minTrain = options.minTrain ?? 1;
  if (!Number.isInteger(h) || h < 1) throw new ModelError('backtest.wholeAtLeastOne', { what: 'horizon', got: String(h) });
  if (!Number.isInteger(windows) || windows < 1) throw new ModelError('backtest.wholeAtLeastOne', { what: 'windows', got: String(windows) });
  if (!Number.isInteger(step) || step < 1) throw new ModelError('backtest.wholeAtLeastOne', { what: 'step', got: String(step) });
  const first = length - h - (windows - 1) * step;
  if (first < minTrain) {
    throw new ModelError('backtest.tooShort', { length, windows, h, needed: minTrain + h + (windows - 1) * step });
  }
  return Array.from({ length: windows }, (_, w) => first + w * step);
}

/** Cuts a series at `cutoff`: training part, and future covariates for the next h periods. */
export function trainingSlice(series: SeriesInput, cutoff: number, h: number): SeriesInput {
  const slice: SeriesInput = { y: series.y.subarray(0, cutoff), seasonLength: series.seasonLength };
  if (series.covariates) {
    slice.covariates = {};
    slice.futureCovariates = {};
    for (const [name, values] of Object.entries(series.covariates)) {
      slice.covariates[name] = values.subarray(0, cutoff);
      slice.futureCovariates[name] = values.subarray(cutoff, cutoff + h);
    }
  }
  return slice;
}

/** Backtests one forecaster on one series: one window per cutoff of `windowCutoffs`. */
export function crossValidate(forecaster: Forecaster, series: SeriesInput, options: BacktestOptions): BacktestWindow[] {
  const cutoffs = windowCutoffs(series.y.length, options);
  return cutoffs.map((cutoff) => ({
    cutoff,
    actual: series.y.slice(cutoff, cutoff + options.h),
    forecast: forecaster.forecast(trainingSlice(series, cutoff, options.h), options.h, {
      levels: options.levels,
      nonNegative: options.nonNegative,
      seed: options.seed,
    }),
  }));
}
