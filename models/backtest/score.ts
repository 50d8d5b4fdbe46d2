// Scores backtest windows with every metric: point errors, scaled errors against the training
// data before each window, pinball loss over the quantiles, and coverage of each interval level.
import { levelToQuantiles } from '../forecaster.ts';
import { mae, rmse, smape } from '../metrics/point.ts';
import { mase, rmsse } from '../metrics/scaled.ts';
import { coverage, pinball } from '../metrics/intervals.ts';
import type { BacktestWindow } from './cross-validation.ts';

/** Scores of one series and one model, averaged over its windows. Coverage keyed by level. */
export interface Scores {
  mae: number;
  rmse: number;
  smape: number;
  mase: number;
  rmsse: number;
  /** Mean pinball loss over the output's quantiles. */
  pinball: number;
  coverage: Record<number, number>;
}

/** Names of the scalar scores, in display order. */
export const SCORE_NAMES = ['mase', 'smape', 'rmsse', 'mae', 'rmse', 'pinball'] as const;

/** Scores windows of one series; `y` is the full series (each window scales by y before its cutoff). */
export function scoreWindows(windows: BacktestWindow[], y: Float64Array, seasonLength: number, levels: number[] = []): Scores {
  const total: Scores = { mae: 0, rmse: 0, smape: 0, mase: 0, rmsse: 0, pinball: 0, coverage: {} };
  for (const level of levels) total.coverage[level] = 0;
  for (const window of windows) {
    const insample = y.subarray(0, window.cutoff);
    const mean = window.forecast.mean;
    total.mae += mae(window.actual, mean);
    total.rmse += rmse(window.actual, mean);
    total.smape += smape(window.actual, mean);
    total.mase += mase(window.actual, mean, insample, seasonLength);
    total.rmsse += rmsse(window.actual, mean, insample);
    let loss = 0;
    for (const [q, path] of window.forecast.quantiles) loss += pinball(window.actual, path, q);
    total.pinball += loss / Math.max(1, window.forecast.quantiles.size);
    for (const level of levels) {
      const [lo, hi] = levelToQuantiles(level);
      const loPath = findQuantile(window.forecast.quantiles, lo);
      const hiPath = findQuantile(window.forecast.quantiles, hi);
      total.coverage[level] += loPath && hiPath ? coverage(window.actual, loPath, hiPath) : NaN;
    }
  }
  const k = windows.length;
  for (const name of SCORE_NAMES) total[name] /= k;
  for (const level of levels) total.coverage[level] /= k;
  return total;
}

/** The quantile path for probability p (tolerating float noise in the key). */
export function findQuantile(quantiles: Map<number, Float64Array>, p: number): Float64Array | undefined {
  for (const [q, path] of quantiles) if (Math.abs(q - p) < 1e-9) return path;
  return undefined;
}
