// The built-in `moving-average` replenishment forecaster: the mean of the daily demand it is given,
// with a normal quantile from the sample standard deviation (demand assumed independent by day).
import type { ReplenishmentForecaster } from './options.ts';
import { normalQuantile } from '../math/normal.ts';

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
