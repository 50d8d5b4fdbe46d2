// The built-in `moving-average` replenishment forecaster: the mean of the daily demand it is given,
// with a normal quantile from the sample standard deviation (demand assumed independent by day).
import type { ReplenishmentForecaster } from './options.ts';
import { normalQuantile } from '../math/normal.ts';
import { codedRangeError } from '../scenario/codedError.ts';

/**
 * Forecasts total demand over `horizonDays` as mean × horizon with a normal quantile whose sd
 * grows with √horizon. An empty history forecasts zero.
 */
export const movingAverageForecaster: ReplenishmentForecaster = {
  forecastTotal(history, horizonDays, serviceLevel) {
    // The window is the history the engine passes: the scenario's `historyDays`.
    const n = history.length;
    if (n === 0 || horizonDays <= 0) return { mean: 0, quantile: 0 };
    const from = 0;
    let sum = 0;
    for (let i = from; i < history.length; i++) sum += history[i];
    const mean = sum / n;
    let ss = 0;
    for (let i = from; i < history.length; i++) ss += (history[i] - mean) ** 2;
    const sd = n > 1 ? Math.sqrt(ss / (n - 1)) : 0;
    const total = mean * horizonDays;
    const quantile = Math.max(0, total + normalQuantile(serviceLevel) * sd * Math.sqrt(horizonDays));
    return { mean: total, quantile };
  },
};

/**
 * Widens a demand-total forecast for a variable lead time: the forecast's own spread (read off
 * its quantile) plus the demand rate times the lead-time spread, combined as independent,
 * σ² = σ_forecast² + d² σ_L² (Silver–Pyke–Thomas). The mean is unchanged; units as given.
 */
export function withLeadTimeVariability(
  total: { mean: number; quantile: number },
  horizonDays: number,
  leadTimeSdDays: number,
  serviceLevel: number,
): { mean: number; quantile: number } {
  if (!(serviceLevel > 0 && serviceLevel < 1)) throw codedRangeError('run.probability', { name: 'serviceLevel', got: serviceLevel });
  if (!(leadTimeSdDays >= 0)) throw codedRangeError('run.atLeastZero', { name: 'leadTimeSdDays', got: leadTimeSdDays });
  if (!(horizonDays > 0) || leadTimeSdDays === 0) return total;
  const z = normalQuantile(serviceLevel);
  if (Math.abs(z) < 1e-12) return total;
  const forecastSd = Math.max(0, (total.quantile - total.mean) / z);
  const rate = total.mean / horizonDays;
  return { mean: total.mean, quantile: Math.max(0, total.mean + z * Math.sqrt(forecastSd ** 2 + rate * rate * leadTimeSdDays ** 2)) };
}
