// Forecast-driven replenishment: adapts ShopLab's forecasters to the simulator's
// ReplenishmentForecaster hook, which asks for the mean and a quantile of demand summed over the
// coming lead time + review period.
//
// How the total's quantile is formed. The forecaster predicts each day i = 1…h with its own
// interval; from the interval's upper bound at the requested service level we read the day's
// normal-equivalent spread σ_i = (q_i − mean_i)/z. Daily errors are then combined in one of two
// documented ways:
//   - 'independent' (default): total ~ N(Σ mean_i, Σ σ_i²) — exact when daily demand deviates from
//     the forecast independently day to day (stationary noise around a known level);
//   - 'comonotone': total quantile = Σ q_i — exact when the days' errors move together (one shared
//     level error), and an upper bound on the independent figure; the cautious choice when the
//     level itself is uncertain.
// A fractional horizon (e.g. 8.5 days) counts its last day with weight 0.5 in mean and variance.
// A model fitted on too short a history may return no spread at all (seasonal naive on one
// season has no residuals); ordering up to the mean would then carry no safety stock, so the
// history's own day-to-day standard deviation stands in for σ_i.
import { ModelError } from './errors.ts';
import type { ForecasterRegistry, ReplenishmentForecaster } from '../sim/engine/options.ts';
import type { Forecaster, ForecastOutput } from './forecaster.ts';
import { withFallback } from './fallback.ts';
import { forecasterNames, getForecaster } from './registry.ts';
import { normalQuantile } from '../sim/math/normal.ts';

/** How the daily forecast errors add up over the horizon. */
export type ErrorAggregation = 'independent' | 'comonotone';

/** Options of the adapter. */
export interface ReplenishmentOptions {
  /** Season length given to the forecaster (days; default 7, the weekly cycle of daily sales). */
  seasonLength?: number;
  /** How daily errors combine into the total's quantile (default 'independent'). */
  aggregation?: ErrorAggregation;
  /** Seed for forecasters whose intervals are simulated (default 0): same inputs, same answer. */
  seed?: number;
}

/**
 * The total over a horizon computed from one forecast output (exported for tests and the UI).
 * `fallbackSd` (units/day) replaces the daily spread when the output has none.
 */
export function totalFromForecast(output: ForecastOutput, horizonDays: number, serviceLevel: number, aggregation: ErrorAggregation = 'independent', fallbackSd = 0): { mean: number; quantile: number } {
  const h = Math.ceil(horizonDays);
  if (output.mean.length < h) throw new ModelError('replenishment.forecastShort', { covered: output.mean.length, h });
  const upper = quantilePath(output, serviceLevel);
  const z = normalQuantile(serviceLevel);
  let mean = 0;
  let variance = 0;
  let comonotone = 0;
  for (let i = 0; i < h; i++) {
    const weight = Math.min(1, horizonDays - i);
    const m = output.mean[i];
    mean += weight * m;
    comonotone += weight * upper[i];
    if (Math.abs(z) > 1e-12) {
      const sigma = Math.max(0, (upper[i] - m) / z);
      variance += weight * sigma * sigma;
    }
  }
  if (variance === 0 && fallbackSd > 0 && Math.abs(z) > 1e-12) {
    // No spread from the model: σ_i = fallbackSd each day.
    let days = 0;
    for (let i = 0; i < h; i++) days += Math.min(1, horizonDays - i);
    variance = days * fallbackSd * fallbackSd;
    comonotone = mean + z * fallbackSd * days;
  }
  const independent = mean + z * Math.sqrt(variance);
  const quantile = Math.abs(z) <= 1e-12 ? comonotone : aggregation === 'comonotone' ? comonotone : independent;
  return { mean: Math.max(0, mean), quantile: Math.max(0, quantile) };
}

/** Sample standard deviation (n − 1) of the values; 0 for fewer than two. */
function sampleSd(values: Float64Array): number {
  const n = values.length;
  if (n < 2) return 0;
  let mean = 0;
  for (let i = 0; i < n; i++) mean += values[i] / n;
  let ss = 0;
  for (let i = 0; i < n; i++) ss += (values[i] - mean) ** 2;
  return Math.sqrt(ss / (n - 1));
}

/** The quantile path closest to `prob` (outputs round their probabilities to 1e-9). */
function quantilePath(output: ForecastOutput, prob: number): Float64Array {
  let best: Float64Array | undefined;
  let distance = Infinity;
  for (const [p, path] of output.quantiles) {
    if (Math.abs(p - prob) < distance) {
      distance = Math.abs(p - prob);
      best = path;
    }
  }
  if (!best || distance > 1e-6) throw new ModelError('replenishment.noQuantile', { p: prob });
  return best;
}

/**
 * Wraps one forecaster as a ReplenishmentForecaster. Pure and deterministic: the model is refit
 * on the history given at every call (no hidden state), histories too short for the model go to
 * the fallback chain (seasonal naive → naive → mean), and an empty history forecasts zero.
 */
export function adaptForecaster(forecaster: Forecaster, options: ReplenishmentOptions = {}): ReplenishmentForecaster {
  const safe = withFallback(forecaster);
  const seasonLength = options.seasonLength ?? 7;
  const aggregation = options.aggregation ?? 'independent';
  const seed = options.seed ?? 0;
  return {
    forecastTotal(history, horizonDays, serviceLevel) {
      if (!(serviceLevel > 0 && serviceLevel < 1)) throw new ModelError('value.probability', { field: 'serviceLevel', got: serviceLevel });
      if (!Number.isFinite(horizonDays) || horizonDays < 0) throw new ModelError('value.nonNegative', { field: 'horizonDays', got: horizonDays });
      if (history.length === 0 || horizonDays === 0) return { mean: 0, quantile: 0 };
      const level = Math.abs(2 * serviceLevel - 1) * 100;
      const levels = level > 1e-9 ? [level] : [];
      const output = safe.forecast({ y: history, seasonLength }, Math.ceil(horizonDays), { levels, nonNegative: true, seed });
      return totalFromForecast(output, horizonDays, serviceLevel, aggregation, sampleSd(history));
    },
  };
}

/**
 * A ForecasterRegistry for `simulate`'s `forecasters` option, from a catalogue of forecasters by
 * name. `names` picks some (default: all); an unknown name throws a RangeError that lists the
 * known ones.
 */
export function replenishmentForecastersFrom(catalogue: Readonly<Record<string, Forecaster>>, names?: readonly string[], options: ReplenishmentOptions = {}): ForecasterRegistry {
  const wanted = names ?? Object.keys(catalogue);
  const registry: ForecasterRegistry = {};
  for (const name of wanted) {
    const forecaster = catalogue[name];
    if (!forecaster) throw new ModelError('replenishment.unknownForecaster', { name, known: Object.keys(catalogue).sort() });
    registry[name] = adaptForecaster(forecaster, options);
  }
  return registry;
}

/**
 * `simulate`'s `forecasters` option built from the model registry (`models/registry.ts`): every
 * registered forecaster, or the ones named. An unknown name throws the registry's
 * UnknownForecasterError, which lists the names and suggests the closest.
 */
export function replenishmentForecasters(names?: readonly string[], options: ReplenishmentOptions = {}): ForecasterRegistry {
  const wanted = names ?? forecasterNames();
  const catalogue: Record<string, Forecaster> = {};
  for (const name of wanted) catalogue[name] = getForecaster(name);
  return replenishmentForecastersFrom(catalogue, wanted, options);
}

/** Widens a forecast total for a random lead time; the engine's forecast policy applies it too. */
export { withLeadTimeVariability } from '../sim/engine/forecast.ts';
