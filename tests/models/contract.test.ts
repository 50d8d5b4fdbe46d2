// One contract, every registered forecaster: the shape, ordering and determinism of what it returns.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { forecasterNames, getForecaster } from '../../models/registry.ts';
import type { ForecastOutput, SeriesInput } from '../../models/forecaster.ts';
import { constantSeries, intermittentSeries, seasonalSeries } from '../fixtures/forecast-series.ts';

const H = 10;
const LEVELS = [80, 95];

function expectWellFormed(output: ForecastOutput, h: number): void {
  expect(output.mean).toHaveLength(h);
  const probs = [...output.quantiles.keys()].sort((a, b) => a - b);
  for (const p of [0.025, 0.1, 0.5, 0.9, 0.975]) expect(probs.some((q) => Math.abs(q - p) < 1e-9)).toBe(true);
  for (const path of output.quantiles.values()) {
    expect(path).toHaveLength(h);
    for (const v of path) expect(Number.isFinite(v)).toBe(true);
  }
  for (let i = 0; i < h; i++) {
    let previous = -Infinity;
    for (const p of probs) {
      const v = output.quantiles.get(p)![i];
      expect(v).toBeGreaterThanOrEqual(previous - 1e-9);
      previous = v;
    }
    const lo = output.quantiles.get(probs[0])![i];
    const hi = output.quantiles.get(probs[probs.length - 1])![i];
    expect(lo).toBeLessThanOrEqual(output.mean[i] + 1e-9);
    expect(output.mean[i]).toBeLessThanOrEqual(hi + 1e-9);
  }
}

const names = forecasterNames();

describe('every registered forecaster', () => {
  it('includes the built-in names the CLI documents', () => {
    for (const name of ['naive', 'snaive', 'window-average', 'drift', 'ses', 'holt', 'hw', 'ets', 'arima', 'croston', 'sba', 'tsb', 'adida', 'auto']) {
      expect(names).toContain(name);
    }
  });

  describe.each(names.filter((n) => n !== 'neural'))('%s', (name) => {
    const forecaster = getForecaster(name);
    const seasonal: SeriesInput = { y: seasonalSeries(112, 11), seasonLength: 7 };
    const sparse: SeriesInput = { y: intermittentSeries(112, 12), seasonLength: 7 };

    it('gives the same forecast from fit + predict as from forecast', () => {
      const a = forecaster.fit(seasonal).predict(H, { levels: LEVELS, seed: 5 });
      const b = forecaster.forecast(seasonal, H, { levels: LEVELS, seed: 5 });
      expect(Array.from(a.mean)).toEqual(Array.from(b.mean));
      expect([...a.quantiles.entries()].map(([q, v]) => [q, Array.from(v)])).toEqual([...b.quantiles.entries()].map(([q, v]) => [q, Array.from(v)]));
    });

    it('returns h means and ordered quantiles with lo ≤ mean ≤ hi', () => {
      expectWellFormed(forecaster.forecast(seasonal, H, { levels: LEVELS }), H);
      expectWellFormed(forecaster.forecast(sparse, H, { levels: LEVELS, nonNegative: true }), H);
    });

    it('is deterministic for a seed', () => {
      const a = forecaster.forecast(seasonal, H, { levels: LEVELS, seed: 9 });
      const b = forecaster.forecast(seasonal, H, { levels: LEVELS, seed: 9 });
      expect(Array.from(a.quantiles.get(0.975)!)).toEqual(Array.from(b.quantiles.get(0.975)!));
    });

    it('never goes below zero when asked for non-negative output', () => {
      const output = forecaster.forecast(sparse, H, { levels: LEVELS, nonNegative: true });
      for (const path of [output.mean, ...output.quantiles.values()]) for (const v of path) expect(v).toBeGreaterThanOrEqual(0);
    });

    it('forecasts a constant series as that constant (SBA: with its 1 − α/2 shrinkage)', () => {
      const output = forecaster.forecast({ y: constantSeries(70, 7), seasonLength: 7 }, H, { levels: LEVELS });
      expectWellFormed(output, H);
      for (const v of output.mean) expect(v).toBeCloseTo(name === 'sba' ? 7 * 0.95 : 7, 3);
    });

    it('forecasts a series of zeros as zero', () => {
      const output = forecaster.forecast({ y: new Float64Array(70), seasonLength: 7 }, H, { levels: LEVELS, nonNegative: true });
      expectWellFormed(output, H);
      for (const v of output.mean) expect(v).toBeCloseTo(0, 6);
    });
  });
});

describe('every registered forecaster on generated sales series', () => {
  it('keeps its quantiles ordered around the mean and non-negative when asked', () => {
    const models = names.filter((n) => !['neural', 'auto', 'ets', 'hw'].includes(n)).map(getForecaster);
    // AutoETS and Holt–Winters are slower: they get fewer cases below.
    const series = fc.array(fc.integer({ min: 0, max: 60 }), { minLength: 30, maxLength: 60 }).map((v) => Float64Array.from(v));
    fc.assert(
      fc.property(series, (y) => {
        for (const model of models) expectNonNegativeOrdered(model.forecast({ y, seasonLength: 7 }, 5, { levels: LEVELS, nonNegative: true }));
      }),
      { numRuns: 40, seed: 7 },
    );
    fc.assert(
      fc.property(series, (y) => {
        for (const name of ['ets', 'hw']) expectNonNegativeOrdered(getForecaster(name).forecast({ y, seasonLength: 7 }, 5, { levels: LEVELS, nonNegative: true }));
      }),
      { numRuns: 8, seed: 8 },
    );
  });
});

function expectNonNegativeOrdered(output: ForecastOutput): void {
  expectWellFormed(output, 5);
  for (const path of [output.mean, ...output.quantiles.values()]) for (const v of path) expect(v).toBeGreaterThanOrEqual(0);
}
