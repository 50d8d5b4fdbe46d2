// Price and promotion covariates by two-stage regression.
import { describe, expect, it } from 'vitest';
import { regressOnCovariates, usableCovariates } from '../../models/covariates.ts';
import { getForecaster } from '../../models/registry.ts';
import { Rng } from '../../sim/random.ts';

function promoSeries(n: number, seed: number) {
  const rng = Rng.stream(seed, 0, 'promo');
  const promo = Float64Array.from({ length: n }, (_, t) => (t % 10 < 2 ? 1 : 0));
  const price = Float64Array.from({ length: n }, (_, t) => (promo[t] ? 80 : 100));
  const y = Float64Array.from({ length: n }, (_, t) => 40 + 15 * promo[t] + 2 * rng.normal());
  return { y, promo, price };
}

describe('covariates', () => {
  it('recovers a regression coefficient and gives 0 to a constant covariate', () => {
    const { y, promo } = promoSeries(300, 1);
    const constant = new Float64Array(300).fill(3);
    const fit = regressOnCovariates(y, { promo, constant }, ['constant', 'promo']);
    expect(fit.coefficients[0]).toBe(0);
    expect(fit.coefficients[1]).toBeCloseTo(15, 0);
  });

  it('uses only covariates given both over the history and over the future', () => {
    const y = new Float64Array(5);
    expect(usableCovariates({ y, seasonLength: 1, covariates: { price: y, views: y }, futureCovariates: { price: new Float64Array(2) } })).toEqual(['price']);
  });

  it('lifts the ETS forecast on promotion days known in advance', () => {
    const { y, promo } = promoSeries(200, 2);
    const future = Float64Array.from({ length: 10 }, (_, i) => (i === 3 ? 1 : 0));
    for (const name of ['ses', 'ets']) {
      const output = getForecaster(name).forecast({ y, seasonLength: 7, covariates: { promo }, futureCovariates: { promo: future } }, 10, { levels: [80] });
      expect(output.mean[3] - output.mean[2]).toBeCloseTo(15, -0.5);
      expect(output.detail).toMatch(/on y − \(promo×1[45]\.\d\)/);
      // The interval moves with the mean (up to the sampling noise of simulated intervals).
      expect(output.quantiles.get(0.9)![3] - output.quantiles.get(0.9)![2]).toBeCloseTo(output.mean[3] - output.mean[2], 0);
    }
  });

  it('adds the covariate effect back to the fitted values, the same on every predict', () => {
    const { y, promo } = promoSeries(120, 4);
    const fitted = getForecaster('ses').fit({ y, seasonLength: 7, covariates: { promo }, futureCovariates: { promo: new Float64Array(3) } });
    const a = Float64Array.from(fitted.predict(3).fitted!);
    const b = fitted.predict(3).fitted!;
    expect(Array.from(b)).toEqual(Array.from(a));
    // Fitted values track the promotion days.
    expect(a[100] - a[99]).toBeGreaterThan(10); // t = 100 is a promotion day, 99 is not
  });

  it('refuses a horizon beyond the known future covariates', () => {
    const { y, promo } = promoSeries(100, 3);
    const fitted = getForecaster('ses').fit({ y, seasonLength: 7, covariates: { promo }, futureCovariates: { promo: new Float64Array(5) } });
    expect(() => fitted.predict(6)).toThrow('future covariates (promo) cover 5 periods but the horizon is 6');
  });
});
