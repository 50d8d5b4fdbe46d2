// Seasonal decompositions: classical indices, the ACF seasonality test, and STL.
import { describe, expect, it } from 'vitest';
import { classicalIndices, isSeasonal, seasonallyAdjust } from '../../../models/decompose/classical.ts';
import { stl } from '../../../models/decompose/stl.ts';
import { whiteNoise } from '../../fixtures/forecast-series.ts';

const season12 = Float64Array.from({ length: 12 }, (_, j) => 1 + 0.3 * Math.sin((2 * Math.PI * j) / 12));

describe('classical decomposition', () => {
  it('recovers multiplicative seasonal indices of a seasonal series with a trend', () => {
    const y = Float64Array.from({ length: 60 }, (_, t) => (100 + t) * season12[t % 12]);
    const { type, index } = classicalIndices(y, 12);
    expect(type).toBe('multiplicative');
    for (let j = 0; j < 12; j++) expect(index[j]).toBeCloseTo(season12[j], 2);
    const adjusted = seasonallyAdjust(y, { type, index });
    expect(Math.abs(adjusted[30] - 130)).toBeLessThan(1);
  });

  it('switches to additive indices when the data has zeros', () => {
    const y = Float64Array.from({ length: 36 }, (_, t) => (t % 12 === 0 ? 0 : 10));
    expect(classicalIndices(y, 12).type).toBe('additive');
  });

  it('finds the season by the ACF test, and none in white noise', () => {
    const seasonal = Float64Array.from({ length: 60 }, (_, t) => 100 * season12[t % 12] + (t % 5));
    expect(isSeasonal(seasonal, 12)).toBe(true);
    expect(isSeasonal(whiteNoise(60, 3), 12)).toBe(false);
    expect(isSeasonal(seasonal.subarray(0, 20), 12)).toBe(false);
  });
});

describe('STL', () => {
  it('splits trend + season into components that add up to the series', () => {
    const y = Float64Array.from({ length: 72 }, (_, t) => 50 + 0.5 * t + 10 * Math.sin((2 * Math.PI * t) / 12));
    const { seasonal, trend, remainder } = stl(y, 12);
    for (let t = 0; t < y.length; t++) expect(seasonal[t] + trend[t] + remainder[t]).toBeCloseTo(y[t], 9);
    // Away from the ends the season and the trend are recovered closely.
    for (let t = 12; t < 60; t++) {
      expect(seasonal[t]).toBeCloseTo(10 * Math.sin((2 * Math.PI * t) / 12), 0);
      expect(Math.abs(trend[t] - (50 + 0.5 * t))).toBeLessThan(1);
    }
  });

  it('refuses fewer than two full periods', () => {
    expect(() => stl(new Float64Array(20), 12)).toThrow(/two full periods/);
  });
});
