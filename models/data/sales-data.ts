// Many sales series in one flat layout (statsforecast's): all values in one array, series i at
// offsets[i] … offsets[i+1]; covariates share the layout; known-future covariate rows have
// their own offsets.
import type { SeriesInput } from '../forecaster.ts';

/** Daily or weekly periods. */
export type Frequency = 'daily' | 'weekly';

/** A validated panel of regular series. */
export interface SalesData {
  ids: string[];
  /** Length ids.length + 1: series i's periods are offsets[i] … offsets[i+1] − 1 of `y`. */
  offsets: Int32Array;
  /** Observed values, gaps already filled (see `FillRule`). */
  y: Float64Array;
  /** Day number (days since 1970-01-01) of each series' first period. */
  startDay: Int32Array;
  frequency: Frequency;
  /** Days per period: 1 or 7. */
  periodDays: number;
  /** Season length in periods (7 for daily, 52 for weekly unless overridden). */
  seasonLength: number;
  /** Covariate names (all non-required columns that have values). */
  covariateNames: string[];
  /** History covariates, flat like `y`, forward-filled. */
  covariates: Record<string, Float64Array>;
  /** Future covariate rows (those after the last observed y): series i at futureOffsets[i] …. */
  futureOffsets: Int32Array;
  futureCovariates: Record<string, Float64Array>;
}

/** Periods of history of series i. */
export function seriesLength(data: SalesData, i: number): number {
  return data.offsets[i + 1] - data.offsets[i];
}

/** Series i as forecaster input (views into the flat arrays, no copies). Only covariates with future values come along. */
export function seriesInput(data: SalesData, i: number, seasonLength = data.seasonLength): SeriesInput {
  const from = data.offsets[i];
  const to = data.offsets[i + 1];
  const input: SeriesInput = { y: data.y.subarray(from, to), seasonLength };
  const futureFrom = data.futureOffsets[i];
  const futureTo = data.futureOffsets[i + 1];
  if (data.covariateNames.length > 0 && futureTo > futureFrom) {
    input.covariates = {};
    input.futureCovariates = {};
    for (const name of data.covariateNames) {
      input.covariates[name] = data.covariates[name].subarray(from, to);
      input.futureCovariates[name] = data.futureCovariates[name].subarray(futureFrom, futureTo);
    }
  }
  return input;
}

/** Day number of period k of series i (k may run past the history into the forecast). */
export function periodDay(data: SalesData, i: number, k: number): number {
  return data.startDay[i] + k * data.periodDays;
}
