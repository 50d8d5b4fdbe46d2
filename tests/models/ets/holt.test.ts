// Holt's linear method against an independent hand recursion in the textbook component form.
import { describe, expect, it } from 'vitest';
import { fitEts } from '../../../models/ets/fit.ts';
import { holt } from '../../../models/ets/holt.ts';
import { predictEts } from '../../../models/ets/predict.ts';

describe('holt', () => {
  const y = Float64Array.from([17.55, 21.86, 23.89, 26.93, 26.89, 28.83, 30.08, 30.95, 30.19, 31.58, 32.58, 33.48, 39.02, 41.39, 41.6]);

  it('matches the component form ℓt = αyt + (1−α)(ℓ + b), bt = β*(ℓt − ℓt−1) + (1−β*)b with β = αβ*', () => {
    const alpha = 0.8, betaStar = 0.2, l0 = 15.57, b0 = 2.1;
    let level = l0, trend = b0, sse = 0;
    for (const v of y) {
      sse += (v - level - trend) ** 2;
      const previous = level;
      level = alpha * v + (1 - alpha) * (level + trend);
      trend = betaStar * (level - previous) + (1 - betaStar) * trend;
    }
    const fit = fitEts(y, 1, { error: 'A', trend: 'A', season: 'N' }, { fixed: { alpha, beta: alpha * betaStar, l0, b0 } });
    expect(fit.level).toBeCloseTo(level, 10);
    expect(fit.slope).toBeCloseTo(trend, 10);
    const output = predictEts(fit, 'holt', 3);
    for (let h = 1; h <= 3; h++) expect(output.mean[h - 1]).toBeCloseTo(level + h * trend, 10);
    // σ² = SSE / (n − 4 free parameters).
    expect(fit.sigma2).toBeCloseTo(sse / (y.length - 4), 10);
  });

  it('gives the class-1 interval: var(h=2) = σ²(1 + (α + β)²)', () => {
    const fit = fitEts(y, 1, { error: 'A', trend: 'A', season: 'N' });
    const output = predictEts(fit, 'holt', 2, { levels: [95] });
    const sd2 = Math.sqrt(fit.sigma2 * (1 + (fit.alpha + fit.beta) ** 2));
    expect(output.quantiles.get(0.975)![1] - output.mean[1]).toBeCloseTo(1.959963984540054 * sd2, 6);
  });

  it('extrapolates a straight line exactly', () => {
    const line = Float64Array.from({ length: 30 }, (_, t) => 5 + 2 * t);
    const output = holt.forecast({ y: line, seasonLength: 1 }, 4);
    for (let h = 1; h <= 4; h++) expect(output.mean[h - 1]).toBeCloseTo(5 + 2 * (29 + h), 1);
  });
});
