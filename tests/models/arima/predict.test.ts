// ARIMA forecasts: the recursion integrated back through the differences, and psi-weight intervals.
import { describe, expect, it } from 'vitest';
import { fitArima } from '../../../models/arima/fit.ts';
import { predictArima } from '../../../models/arima/predict.ts';
import { autoArima } from '../../../models/arima/auto-arima.ts';
import { Rng } from '../../../sim/random.ts';

const walk = (n: number, driftPerPeriod: number, seed: number): Float64Array => {
  const rng = Rng.stream(seed, 0, 'arima-predict-test');
  const y = new Float64Array(n);
  for (let t = 1; t < n; t++) y[t] = y[t - 1] + driftPerPeriod + rng.normal();
  return y;
};

describe('ARIMA prediction', () => {
  it('gives a random walk σ·√h intervals around its last value', () => {
    const y = walk(200, 0, 1);
    const fit = fitArima(y, { p: 0, d: 1, q: 0, P: 0, D: 0, Q: 0, m: 1, constant: false })!;
    const { mean, sd } = predictArima(y, fit, 9);
    for (let i = 0; i < 9; i++) {
      expect(mean[i]).toBeCloseTo(y[199], 12);
      expect(sd[i]).toBeCloseTo(Math.sqrt(fit.sigma2 * (i + 1)), 12);
    }
  });

  it('continues a drift chosen for a trending walk, one drift per period', () => {
    const y = walk(300, 0.5, 2);
    const { best } = autoArima(y, 1);
    expect(best.order.d).toBe(1);
    expect(best.order.constant).toBe(true);
    expect(best.mean).toBeGreaterThan(0.35);
    expect(best.mean).toBeLessThan(0.65);
    const { mean } = predictArima(y, best, 20);
    expect((mean[19] - mean[9]) / 10).toBeCloseTo(best.mean, 1);
  });

  it('returns one-step fits equal to the value minus its residual after the first d periods', () => {
    const y = walk(120, 0, 3);
    const fit = fitArima(y, { p: 0, d: 1, q: 1, P: 0, D: 0, Q: 0, m: 1, constant: false })!;
    const { fitted } = predictArima(y, fit, 1);
    expect(Number.isNaN(fitted[0])).toBe(true);
    for (let t = 1; t < 120; t++) expect(fitted[t]).toBeCloseTo(y[t] - fit.residuals[t - 1], 10);
  });
});
