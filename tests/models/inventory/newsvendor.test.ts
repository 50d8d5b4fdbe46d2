import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { criticalRatio, evaluateNewsvendorDiscrete, evaluateNewsvendorNormal, newsvendorDiscrete, newsvendorFromQuantiles, newsvendorNormal } from '../../../models/inventory/newsvendor.ts';
import { demandFromPmf, empiricalDemand, poissonDemand } from '../../../models/inventory/discrete.ts';

const uniform40to50 = () => {
  const pmf = new Array<number>(51).fill(0);
  for (let k = 40; k <= 50; k++) pmf[k] = 1;
  return demandFromPmf(pmf);
};

describe('the newsvendor with normal demand', () => {
  it('has Mac order 14 papers in Nahmias Example 5.1 (buy 25¢, sell 75¢, μ = 11.73, σ = 4.74)', () => {
    const result = newsvendorNormal({ mean: 11.73, sd: 4.74 }, { unitPrice: 0.75, unitCost: 0.25 });
    expect(result.criticalRatio).toBeCloseTo(0.667, 3);
    expect(result.orderQuantity).toBeCloseTo(13.8, 1);
    expect(Math.round(result.orderQuantity)).toBe(14);
  });

  it('orders 469 parkas for an expected profit of $49,146 in Chopra–Meindl\'s L.L. Bean example (p = 250, c = 100, s = 80, μ = 350, σ = 100)', () => {
    const result = newsvendorNormal({ mean: 350, sd: 100 }, { unitPrice: 250, unitCost: 100, salvageValue: 80 });
    expect(result.criticalRatio).toBeCloseTo(0.88, 2);
    expect(Math.round(result.orderQuantity)).toBe(469);
    // Chopra–Meindl print the profit truncated to whole dollars.
    expect(Math.trunc(result.expectedProfit)).toBe(49_146);
  });

  it('balances sales, leftover and shortage: sales + shortage = mean, Q − leftover = sales', () => {
    const result = evaluateNewsvendorNormal(420, { mean: 350, sd: 100 }, { unitPrice: 250, unitCost: 100, salvageValue: 80 });
    expect(result.expectedSales + result.expectedShortage).toBeCloseTo(350, 10);
    expect(420 - result.expectedLeftover).toBeCloseTo(result.expectedSales, 10);
  });

  it('makes more expected profit at Q* than at any other order', () => {
    const prices = { unitPrice: 250, unitCost: 100, salvageValue: 80, shortagePenalty: 15 };
    const demand = { mean: 350, sd: 100 };
    const best = newsvendorNormal(demand, prices);
    for (const q of [0, 200, 400, best.orderQuantity - 1, best.orderQuantity + 1, 600]) {
      expect(evaluateNewsvendorNormal(q, demand, prices).expectedProfit).toBeLessThan(best.expectedProfit);
    }
  });

  it('orders more as the critical ratio rises', () => {
    fc.assert(
      fc.property(fc.double({ min: 1, max: 99, noNaN: true }), fc.double({ min: 1, max: 99, noNaN: true }), (a, b) => {
        fc.pre(Math.abs(a - b) > 1e-6);
        const demand = { mean: 100, sd: 30 };
        const low = newsvendorNormal(demand, { unitPrice: 100 + Math.min(a, b), unitCost: 100 });
        const high = newsvendorNormal(demand, { unitPrice: 100 + Math.max(a, b), unitCost: 100 });
        expect(high.criticalRatio).toBeGreaterThan(low.criticalRatio);
        expect(high.orderQuantity).toBeGreaterThan(low.orderQuantity);
      }),
    );
  });

  it('rejects prices under which no order or any order pays', () => {
    expect(() => criticalRatio({ unitPrice: 50, unitCost: 60 })).toThrow(/unitPrice: price \+ shortage penalty \(50\) must exceed unit cost \(60\)/);
    expect(() => criticalRatio({ unitPrice: 80, unitCost: 60, salvageValue: 70 })).toThrow(/salvageValue/);
    expect(() => newsvendorNormal({ mean: 10, sd: 0 }, { unitPrice: 2, unitCost: 1 })).toThrow(/sd: expected a number > 0/);
  });
});

describe('the newsvendor with discrete demand', () => {
  it('orders 45 copies for Freddie the newsboy (Hillier–Lieberman: cost $1.50, price $2.50, refund $0.50, demand uniform 40–50)', () => {
    const result = newsvendorDiscrete(uniform40to50(), { unitPrice: 2.5, unitCost: 1.5, salvageValue: 0.5 });
    expect(result.criticalRatio).toBe(0.5);
    expect(result.orderQuantity).toBe(45);
  });

  it('picks the whole-unit order with the lowest expected mismatch cost for Poisson demand', () => {
    const demand = poissonDemand(7.5);
    const prices = { unitPrice: 30, unitCost: 12, salvageValue: 2 };
    const best = newsvendorDiscrete(demand, prices);
    for (let q = 0; q <= 25; q++) {
      if (q === best.orderQuantity) continue;
      expect(evaluateNewsvendorDiscrete(q, demand, prices).expectedMismatchCost).toBeGreaterThan(best.expectedMismatchCost);
    }
    expect(best.inStockProbability).toBeGreaterThanOrEqual(best.criticalRatio);
  });

  it('orders more as the critical ratio rises, for empirical demand too', () => {
    const demand = empiricalDemand([3, 7, 7, 8, 10, 12, 12, 15, 21, 4]);
    let previous = -1;
    for (const price of [13, 15, 20, 30, 60, 200]) {
      const q = newsvendorDiscrete(demand, { unitPrice: price, unitCost: 12 }).orderQuantity;
      expect(q).toBeGreaterThanOrEqual(previous);
      previous = q;
    }
    expect(previous).toBe(21);
  });
});

describe('the newsvendor from forecast quantiles', () => {
  const quantiles = new Map([[0.1, 80], [0.5, 100], [0.9, 130], [0.975, 150]]);

  it('interpolates the quantile function at the critical ratio', () => {
    expect(newsvendorFromQuantiles(quantiles, 0.5)).toBe(100);
    expect(newsvendorFromQuantiles(quantiles, 0.7)).toBeCloseTo(115, 10);
    expect(newsvendorFromQuantiles(quantiles, 0.975)).toBe(150);
  });

  it('refuses to extrapolate beyond the quantiles given', () => {
    expect(() => newsvendorFromQuantiles(quantiles, 0.99)).toThrow(/outside the forecast's quantiles \(0.1…0.975\)/);
  });
});
