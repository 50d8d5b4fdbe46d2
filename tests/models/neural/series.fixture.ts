// Synthetic daily sales for the neural tests: Poisson counts around a weekly pattern, optional
// promotions that lift sales, at levels that differ by series (so scaling matters).
import { Rng } from '../../../sim/random.ts';
import type { NeuralSeries } from '../../../models/neural/index.ts';

/** Weekly multipliers, Monday first: a clear weekend peak. */
export const WEEKLY = [0.7, 0.6, 0.7, 0.9, 1.2, 1.8, 1.6];

/** Options of `weeklySeries`. */
export interface WeeklyOptions {
  count?: number;
  days?: number;
  seed?: number;
  /** Probability a day is a promotion day (sales × promoLift); 0 = no promo covariate. */
  promoShare?: number;
  promoLift?: number;
}

/** `count` series of `days` Poisson sales with the weekly pattern, starting on a Monday. */
export function weeklySeries({ count = 4, days = 200, seed = 11, promoShare = 0, promoLift = 2 }: WeeklyOptions = {}): NeuralSeries[] {
  const rng = Rng.stream(seed, 0, 'forecast');
  return Array.from({ length: count }, (_, s) => {
    const level = 4 + 6 * s;
    const y = new Float64Array(days);
    const promo = new Float64Array(days);
    for (let t = 0; t < days; t++) {
      promo[t] = promoShare > 0 && rng.bernoulli(promoShare) ? 1 : 0;
      y[t] = rng.poisson(level * WEEKLY[t % 7] * (promo[t] ? promoLift : 1));
    }
    return { id: `sku-${s}`, y, seasonLength: 7, startDate: '2025-01-06', ...(promoShare > 0 ? { covariates: { promo } } : {}) };
  });
}

/** The first `days` days of a series (covariates cut alike) and the days after them. */
export function splitAt(series: NeuralSeries, days: number): { history: NeuralSeries; future: Float64Array; futurePromo?: Float64Array } {
  const promo = series.covariates?.promo;
  return {
    history: {
      ...series,
      y: series.y.slice(0, days),
      ...(promo ? { covariates: { promo: promo.slice(0, days) }, futureCovariates: { promo: promo.slice(days) } } : {}),
    },
    future: series.y.slice(days),
    futurePromo: promo?.slice(days),
  };
}

/** Mean absolute error of a forecast against the actual values (over the forecast's length). */
export function mae(forecast: ArrayLike<number>, actual: ArrayLike<number>): number {
  let sum = 0;
  for (let i = 0; i < forecast.length; i++) sum += Math.abs(forecast[i] - actual[i]);
  return sum / forecast.length;
}
