// The fallback chain: seasonal naive → naive → mean, with the reason in the output.
import { describe, expect, it } from 'vitest';
import { withFallback } from '../../models/fallback.ts';
import { getForecaster } from '../../models/registry.ts';
import { defineForecaster, normalOutput } from '../../models/output.ts';

describe('withFallback', () => {
  it('forecasts a series too short for the model with seasonal naive and says why', () => {
    const y = Float64Array.from([5, 6, 7, 8, 9, 10, 11, 12, 13, 14]);
    const output = withFallback(getForecaster('hw')).forecast({ y, seasonLength: 7 }, 3);
    expect(output.model).toBe('snaive');
    expect(output.note).toBe('series too short for hw (10 < 14 observations); used snaive');
    expect(Array.from(output.mean)).toEqual([8, 9, 10]);
  });

  it('falls to naive when the series is shorter than a season, and to the mean when it is empty', () => {
    const short = withFallback(getForecaster('ets')).forecast({ y: Float64Array.from([4, 6]), seasonLength: 7 }, 2);
    expect(short.model).toBe('naive');
    expect(short.note).toMatch(/series too short for ets \(2 < 8 observations\); used naive/);
    expect(Array.from(short.mean)).toEqual([6, 6]);
    const empty = withFallback(getForecaster('ets')).forecast({ y: new Float64Array(0), seasonLength: 7 }, 2);
    expect(empty.model).toBe('mean');
    expect(Array.from(empty.mean)).toEqual([0, 0]);
  });

  it('catches a model that throws or returns non-finite values', () => {
    const broken = defineForecaster('broken', 1, () => {
      throw new Error('singular matrix');
    });
    const output = withFallback(broken).forecast({ y: Float64Array.from({ length: 14 }, (_, t) => t % 7), seasonLength: 7 }, 7);
    expect(output.note).toBe('broken failed: singular matrix; used snaive');
    const nan = defineForecaster('nan', 1, () => ({ predict: (h, o) => normalOutput('nan', new Float64Array(h).fill(NaN), new Float64Array(h), o) }));
    expect(withFallback(nan).forecast({ y: Float64Array.from([1, 2, 3]), seasonLength: 7 }, 1).note).toBe('nan produced non-finite values; used naive');
  });

  it('leaves a model that works untouched and still rejects a bad horizon', () => {
    const y = Float64Array.from({ length: 30 }, (_, t) => 10 + (t % 7));
    const output = withFallback(getForecaster('snaive')).forecast({ y, seasonLength: 7 }, 7);
    expect(output.note).toBeUndefined();
    expect(() => withFallback(getForecaster('snaive')).forecast({ y, seasonLength: 7 }, 0)).toThrow(/horizon/);
  });
});
