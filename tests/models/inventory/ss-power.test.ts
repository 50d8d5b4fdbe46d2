import { describe, expect, it } from 'vitest';
import { ssPowerApproximation } from '../../../models/inventory/ss-power.ts';
import { optimiseSs, SsModel } from '../../../models/inventory/ss.ts';
import { poissonDemand } from '../../../models/inventory/discrete.ts';

// Snyder & Shen, Fundamentals of Supply Chain Theory (2nd ed.), Example 4.8: h = 0.18, p = 0.70,
// K = 2.5, demand N(50, 8²) per period, lead time 0; and Problem 4.32.
describe('the (s, S) power approximation', () => {
  it('gives s = 40.19, S = 74.29 for Snyder & Shen Example 4.8', () => {
    const r = ssPowerApproximation({ demandMean: 50, demandSd: 8, leadTime: 0, orderCost: 2.5, holdingCost: 0.18, backorderCost: 0.7 });
    expect(r.reorderLevel).toBeCloseTo(40.194616956474071, 9);
    expect(r.orderUpToLevel).toBeCloseTo(74.290170109805786, 9);
  });

  it('gives s = 226.61, S = 324.38 for Snyder & Shen Problem 4.32 (h = 2, p = 36, K = 60, N(190, 48²))', () => {
    const r = ssPowerApproximation({ demandMean: 190, demandSd: 48, leadTime: 0, orderCost: 60, holdingCost: 2, backorderCost: 36 });
    expect(r.reorderLevel).toBeCloseTo(226.6137928222839, 9);
    expect(r.orderUpToLevel).toBeCloseTo(324.3797868133974, 9);
  });

  // Zheng & Federgruen's (1991) instances: K = 64, h = 1, p = 9, Poisson demand; here with lead times 0 and 2.
  it('costs within 9 % of the exact Zheng–Federgruen optimum (and within 0.3 % when demand is small)', () => {
    for (const [mean, leadTime] of [[10, 0], [15, 2], [20, 2], [30, 0], [40, 0], [65, 2]]) {
      const input = { demand: poissonDemand(mean), leadTime, orderCost: 64, holdingCost: 1, backorderCost: 9 };
      const exact = optimiseSs(input);
      const approx = ssPowerApproximation({ demandMean: mean, demandSd: Math.sqrt(mean), leadTime, orderCost: 64, holdingCost: 1, backorderCost: 9 });
      const cost = new SsModel(input).cost(Math.round(approx.reorderLevel), Math.round(approx.orderUpToLevel));
      expect(cost / exact.costPerPeriod).toBeGreaterThanOrEqual(1 - 1e-12);
      expect(cost / exact.costPerPeriod).toBeLessThan(mean <= 20 ? 1.003 : 1.09);
    }
  });

  it('names a missing spread', () => {
    expect(() => ssPowerApproximation({ demandMean: 50, demandSd: 0, leadTime: 0, orderCost: 2.5, holdingCost: 0.18, backorderCost: 0.7 })).toThrow(/^demandSd: expected a number > 0/);
  });
});
