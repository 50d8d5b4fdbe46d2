// Metrics on numbers computed by hand.
import { describe, expect, it } from 'vitest';
import { mae, mse, rmse, smape } from '../../../models/metrics/point.ts';
import { mase, maseScale, rmsse, rmsseScale } from '../../../models/metrics/scaled.ts';
import { coverage, pinball } from '../../../models/metrics/intervals.ts';
import { recentRevenue, weightedMean } from '../../../models/metrics/weighted.ts';

const actual = [3, 5, 2, 0];
const forecast = [2, 5, 4, 1];

describe('point metrics', () => {
  it('compute MAE, MSE and RMSE from the errors 1, 0, −2, −1', () => {
    expect(mae(actual, forecast)).toBeCloseTo(1, 12);
    expect(mse(actual, forecast)).toBeCloseTo(1.5, 12);
    expect(rmse(actual, forecast)).toBeCloseTo(Math.sqrt(1.5), 12);
  });

  it('compute sMAPE in percent, a 0/0 period counting as perfect', () => {
    // 200/4 · (1/5 + 0/10 + 2/6 + 1/1) = 50 · 1.5333… = 76.666…
    expect(smape(actual, forecast)).toBeCloseTo(50 * (0.2 + 0 + 1 / 3 + 1), 10);
    expect(smape([0, 0], [0, 0])).toBe(0);
  });

  it('skip pairs with a missing value and reject arrays of different lengths', () => {
    expect(mae([1, NaN, 3], [2, 2, 2])).toBeCloseTo(1, 12);
    expect(() => mae([1, 2], [1])).toThrow(/2 values, forecast 1/);
  });
});

describe('scaled metrics', () => {
  const insample = [1, 3, 2, 6, 4];

  it('scale MASE by the in-sample mean absolute (seasonal) difference', () => {
    // One-step differences 2, 1, 4, 2 → 2.25; lag-2 differences 1, 3, 2 → 2.
    expect(maseScale(insample, 1)).toBeCloseTo(2.25, 12);
    expect(maseScale(insample, 2)).toBeCloseTo(2, 12);
    expect(mase(actual, forecast, insample, 1)).toBeCloseTo(1 / 2.25, 12);
    expect(mase(actual, forecast, insample, 2)).toBeCloseTo(0.5, 12);
  });

  it('give the same MASE and RMSSE to a series and to its tenfold copy', () => {
    const times10 = (v: number[]) => v.map((x) => 10 * x);
    expect(mase(times10(actual), times10(forecast), times10(insample), 1)).toBeCloseTo(mase(actual, forecast, insample, 1), 12);
    expect(rmsse(times10(actual), times10(forecast), times10(insample))).toBeCloseTo(rmsse(actual, forecast, insample), 12);
  });

  it('scale RMSSE by squared one-step differences from the first non-zero value (M5)', () => {
    // Leading zeros dropped: 2, 4, 4 → differences 2, 0 → mean square 2.
    expect(rmsseScale([0, 0, 2, 4, 4])).toBeCloseTo(2, 12);
    expect(rmsse(actual, forecast, [0, 0, 2, 4, 4])).toBeCloseTo(Math.sqrt(1.5 / 2), 12);
  });

  it('are infinite for a wrong forecast after a flat history, 0 for a right one', () => {
    expect(mase([5, 5], [4, 4], [5, 5, 5])).toBe(Infinity);
    expect(mase([5, 5], [5, 5], [5, 5, 5])).toBe(0);
  });
});

describe('interval metrics', () => {
  it('compute the pinball loss of a quantile path', () => {
    // q = 0.9, errors y − ŷ = 1, 0, −2, −1 → 0.9, 0, 0.2, 0.1 → mean 0.3.
    expect(pinball(actual, forecast, 0.9)).toBeCloseTo(0.3, 12);
    expect(pinball(actual, forecast, 0.5)).toBeCloseTo(0.5 * mae(actual, forecast), 12);
  });

  it('count the share of actual values inside the interval, bounds included', () => {
    expect(coverage([1, 2, 3, 4], [1, 0, 4, 0], [2, 1, 5, 4])).toBeCloseTo(0.5, 12);
  });
});

describe('revenue weighting', () => {
  it('weights scores by units × price over the last periods', () => {
    expect(recentRevenue([1, 2, 3, 4], 10, 2)).toBe(70);
    expect(recentRevenue([1, 2, 3, 4], [1, 1, 2, 3], 2)).toBe(18);
    expect(weightedMean([1, 3, NaN], [1, 3, 5])).toBeCloseTo(2.5, 12);
    expect(weightedMean([1], [0])).toBeNaN();
  });
});
