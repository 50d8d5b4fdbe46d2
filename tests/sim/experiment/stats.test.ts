import { describe, expect, it } from 'vitest';
import { mean, meanInterval, quantileSorted, sampleSd, studentTCdf, studentTQuantile } from '../../../sim/experiment/stats.ts';

describe('statistics helpers', () => {
  it('interpolates percentiles between ranks like numpy', () => {
    const oneToTen = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    expect(quantileSorted(oneToTen, 0.1)).toBeCloseTo(1.9, 12);
    expect(quantileSorted(oneToTen, 0.5)).toBeCloseTo(5.5, 12);
    expect(quantileSorted(oneToTen, 0.9)).toBeCloseTo(9.1, 12);
    expect(quantileSorted([7], 0.9)).toBe(7);
    expect(quantileSorted([], 0.5)).toBeNaN();
  });

  it('computes the sample standard deviation with n − 1', () => {
    expect(sampleSd([2, 4, 4, 4, 5, 5, 7, 9])).toBeCloseTo(2.138089935299395, 12);
    expect(sampleSd([3])).toBeNaN();
    expect(mean([1, 2, 3, 4])).toBe(2.5);
  });

  it('matches published Student t critical values', () => {
    expect(studentTQuantile(0.975, 1)).toBeCloseTo(12.7062, 3);
    expect(studentTQuantile(0.975, 2)).toBeCloseTo(4.3027, 3);
    expect(studentTQuantile(0.975, 4)).toBeCloseTo(2.7764, 3);
    expect(studentTQuantile(0.975, 9)).toBeCloseTo(2.2622, 3);
    expect(studentTQuantile(0.975, 29)).toBeCloseTo(2.0452, 3);
    expect(studentTQuantile(0.975, 1e6)).toBeCloseTo(1.96, 2);
    expect(studentTQuantile(0.025, 9)).toBeCloseTo(-2.2622, 3);
    expect(studentTCdf(0, 5)).toBeCloseTo(0.5, 12);
  });

  it('gives a t-interval of the mean that widens with spread and narrows with n', () => {
    // mean 3, sd 1.5811, n 5: half-width 2.7764 × 1.5811 / √5 = 1.9632
    const ci = meanInterval([1, 2, 3, 4, 5]);
    expect(ci.low).toBeCloseTo(3 - 1.96324, 4);
    expect(ci.high).toBeCloseTo(3 + 1.96324, 4);
    expect(meanInterval([4]).low).toBeNaN();
  });
});
