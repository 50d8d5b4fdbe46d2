import { describe, expect, it } from 'vitest';
import { Rng } from '../../sim/random.ts';
import { adaptForecaster, replenishmentForecasters, replenishmentForecastersFrom, totalFromForecast, withLeadTimeVariability } from '../../models/replenishment.ts';
import { forecasterNames } from '../../models/registry.ts';
import { naive } from '../../models/baselines/naive.ts';
import { historicAverage } from '../../models/baselines/historic-average.ts';
import { autoEts } from '../../models/ets/auto-ets.ts';
import { normalQuantile } from '../../sim/math/normal.ts';
import type { ForecastOutput } from '../../models/forecaster.ts';

function noisyHistory(days: number, mean: number, sd: number, seed: number): Float64Array {
  const rng = new Rng(seed);
  return Float64Array.from({ length: days }, () => Math.max(0, mean + sd * rng.normal()));
}

function output(mean: number[], upper: number[], prob: number): ForecastOutput {
  return { mean: Float64Array.from(mean), quantiles: new Map([[prob, Float64Array.from(upper)]]), model: 'test' };
}

describe('the total over a horizon', () => {
  it('has a mean equal to the sum of the daily means', () => {
    const out = output([10, 12, 14], [13, 16, 19], 0.9);
    expect(totalFromForecast(out, 3, 0.9).mean).toBe(36);
  });

  it('adds daily variances when errors are independent: Σ mean + z √Σσ²', () => {
    const z = normalQuantile(0.9);
    const out = output([10, 10, 10, 10], [10 + 3 * z, 10 + 3 * z, 10 + 3 * z, 10 + 3 * z], 0.9);
    expect(totalFromForecast(out, 4, 0.9, 'independent').quantile).toBeCloseTo(40 + z * 6, 10);
  });

  it('adds daily quantiles when errors move together, which is never below the independent figure', () => {
    const out = output([10, 20, 5], [14, 26, 9], 0.95);
    const together = totalFromForecast(out, 3, 0.95, 'comonotone').quantile;
    expect(together).toBe(49);
    expect(together).toBeGreaterThan(totalFromForecast(out, 3, 0.95, 'independent').quantile);
  });

  it('uses the given daily spread when the forecast has none', () => {
    const z = normalQuantile(0.9);
    const flat = output([10, 10, 10, 10], [10, 10, 10, 10], 0.9);
    expect(totalFromForecast(flat, 4, 0.9).quantile).toBe(40);
    expect(totalFromForecast(flat, 4, 0.9, 'independent', 3).quantile).toBeCloseTo(40 + z * 6, 10);
    expect(totalFromForecast(flat, 4, 0.9, 'comonotone', 3).quantile).toBeCloseTo(40 + z * 12, 10);
    const spread = output([10, 10], [12, 12], 0.9);
    expect(totalFromForecast(spread, 2, 0.9, 'independent', 100).quantile).toBeCloseTo(totalFromForecast(spread, 2, 0.9).quantile, 12);
  });

  it('weighs a fractional last day by its fraction', () => {
    const out = output([10, 10, 10], [12, 12, 12], 0.9);
    expect(totalFromForecast(out, 2.5, 0.9).mean).toBe(25);
    expect(totalFromForecast(out, 2.5, 0.9, 'comonotone').quantile).toBe(30);
  });
});

describe('forecasters adapted for replenishment', () => {
  it('cover the realised total at about the service level for independent daily demand (mean model, 95 %)', () => {
    const adapted = adaptForecaster(historicAverage);
    const serviceLevel = 0.95;
    const horizon = 10;
    let covered = 0;
    const trials = 400;
    for (let trial = 0; trial < trials; trial++) {
      const history = noisyHistory(120, 50, 8, 1000 + trial);
      const { quantile } = adapted.forecastTotal(history, horizon, serviceLevel);
      const future = noisyHistory(horizon, 50, 8, 5000 + trial).reduce((a, b) => a + b, 0);
      if (future <= quantile) covered++;
    }
    expect(covered / trials).toBeGreaterThan(0.92);
    expect(covered / trials).toBeLessThan(0.98);
  });

  it('give the naive forecast\'s total: last value × horizon', () => {
    const history = Float64Array.from([3, 5, 4, 6, 8, 7, 9]);
    const { mean, quantile } = adaptForecaster(naive).forecastTotal(history, 5, 0.9);
    expect(mean).toBeCloseTo(45, 10);
    expect(quantile).toBeGreaterThan(mean);
  });

  it('are deterministic: the same history gives the same answer', () => {
    const history = noisyHistory(60, 30, 6, 3);
    const adapted = adaptForecaster(autoEts);
    expect(adapted.forecastTotal(history, 14, 0.95)).toEqual(adapted.forecastTotal(history, 14, 0.95));
  });

  it('keep safety stock when a one-season history leaves the model without residuals', () => {
    // Seven days: ETS falls back to seasonal naive, whose interval has zero width.
    const week = Float64Array.from([40, 52, 47, 38, 55, 44, 49]);
    const { mean, quantile } = adaptForecaster(autoEts).forecastTotal(week, 7, 0.95);
    expect(mean).toBe(325);
    expect(quantile).toBeCloseTo(325 + normalQuantile(0.95) * Math.sqrt(7) * 6.187545093630776, 9);
  });

  it('forecast zero from an empty history and fall back when the history is too short for the model', () => {
    const adapted = adaptForecaster(autoEts);
    expect(adapted.forecastTotal(new Float64Array(0), 7, 0.95)).toEqual({ mean: 0, quantile: 0 });
    const short = adapted.forecastTotal(Float64Array.from([4, 6, 5]), 7, 0.95);
    expect(short.mean).toBeGreaterThan(0);
    expect(short.quantile).toBeGreaterThanOrEqual(short.mean);
  });

  it('reject a service level outside (0, 1)', () => {
    expect(() => adaptForecaster(naive).forecastTotal(Float64Array.of(1, 2), 3, 1)).toThrow(/serviceLevel/);
  });

  it('come as a registry by name, refusing unknown names with the list of known ones', () => {
    const registry = replenishmentForecastersFrom({ naive, mean: historicAverage }, ['naive']);
    expect(Object.keys(registry)).toEqual(['naive']);
    expect(() => replenishmentForecastersFrom({ naive }, ['nope'])).toThrow(/unknown forecaster "nope"; known: naive/);
  });
});

describe('the registry of replenishment forecasters', () => {
  it('adapts every registered model by default and the named ones on request', () => {
    expect(Object.keys(replenishmentForecasters()).sort()).toEqual(forecasterNames().sort());
    const some = replenishmentForecasters(['naive', 'ets']);
    expect(Object.keys(some)).toEqual(['naive', 'ets']);
    const history = Float64Array.from({ length: 28 }, (_, i) => 10 + (i % 7));
    expect(some.ets.forecastTotal(history, 7, 0.9).mean).toBeGreaterThan(0);
    expect(() => replenishmentForecasters(['etz'])).toThrow(/unknown model "etz" \(did you mean "ets"\?\)/);
  });
});

describe('lead-time variability', () => {
  it('widens the total as σ_LTD = √(σ_fc² + d² σ_L²) (Chopra–Meindl: d 2,500, σ_fc √7·500, σ_L 7 → 17,550)', () => {
    const z = normalQuantile(0.9);
    const forecast = { mean: 17_500, quantile: 17_500 + z * Math.sqrt(7) * 500 };
    const wide = withLeadTimeVariability(forecast, 7, 7, 0.9);
    expect(wide.mean).toBe(17_500);
    expect(Math.round((wide.quantile - wide.mean) / z)).toBe(17_550);
  });

  it('leaves the total alone for a fixed lead time', () => {
    const forecast = { mean: 100, quantile: 130 };
    expect(withLeadTimeVariability(forecast, 10, 0, 0.95)).toEqual(forecast);
    expect(() => withLeadTimeVariability(forecast, 10, -1, 0.95)).toThrow(/leadTimeSdDays/);
  });
});
