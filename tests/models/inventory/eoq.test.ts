import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { eoq, eoqBackorderCostRate, eoqCostRate, eoqWithBackorders } from '../../../models/inventory/eoq.ts';

describe('the classic EOQ', () => {
  it('orders 3,870 pencils at a time in Nahmias Example 4.1 (60/week, K = $12, 25 % of 2¢)', () => {
    const result = eoq({ demandRate: 60 * 52, orderCost: 12, holdingCostRate: 0.25 * 0.02 });
    expect(Math.round(result.orderQuantity)).toBe(3870);
    expect(result.cycleTime * 52).toBeCloseTo(64.5, 1); // weeks between orders
  });

  it('orders 980 units in Chopra–Meindl Example 11-1 (Best Buy: D = 12,000, S = $4,000, hC = $100)', () => {
    const result = eoq({ demandRate: 12_000, orderCost: 4_000, holdingCostRate: 0.2 * 500 });
    expect(Math.round(result.orderQuantity)).toBe(980);
    expect(Math.round(result.ordersPerTime * 10) / 10).toBe(12.2);
    expect(result.orderingCostRate).toBeCloseTo(result.holdingCostRate, 9);
    expect(Math.round(result.orderingCostRate + result.holdingCostRate)).toBe(97_980);
  });

  it('has its total cost at √(2KDh), the sum of the two equal halves', () => {
    const input = { demandRate: 1200, orderCost: 100, holdingCostRate: 6 };
    const result = eoq(input);
    expect(result.orderQuantity).toBeCloseTo(200, 10);
    expect(result.totalCostRate).toBeCloseTo(1200, 10);
    expect(eoqCostRate(result.orderQuantity, input)).toBeCloseTo(result.totalCostRate, 10);
  });

  it('puts the minimum of the cost curve at Q*', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1, max: 1e6, noNaN: true }),
        fc.double({ min: 0.1, max: 1e4, noNaN: true }),
        fc.double({ min: 0.01, max: 100, noNaN: true }),
        fc.double({ min: 0.05, max: 20, noNaN: true }),
        (d, k, h, factor) => {
          const input = { demandRate: d, orderCost: k, holdingCostRate: h };
          const best = eoq(input);
          expect(eoqCostRate(best.orderQuantity * factor, input)).toBeGreaterThanOrEqual(best.totalCostRate * (1 - 1e-12));
        },
      ),
    );
  });

  it('names the parameter that is wrong', () => {
    expect(() => eoq({ demandRate: -5, orderCost: 10, holdingCostRate: 1 })).toThrow(/demandRate: expected a number > 0, got -5/);
    expect(() => eoq({ demandRate: 5, orderCost: Number.NaN, holdingCostRate: 1 })).toThrow(/orderCost/);
    expect(() => eoqCostRate(0, { demandRate: 5, orderCost: 10, holdingCostRate: 1 })).toThrow(/orderQuantity/);
  });
});

describe('the EOQ with planned backorders', () => {
  it('gives Q* = 28,540 and S* = 22,424 in Hillier–Lieberman\'s speaker example (d = 8,000/month, K = $12,000, h = $0.30, p = $1.10)', () => {
    const input = { demandRate: 8000, orderCost: 12_000, holdingCostRate: 0.3, backorderCostRate: 1.1 };
    const result = eoqWithBackorders(input);
    expect(Math.round(result.orderQuantity)).toBe(28_540);
    expect(Math.round(result.maxInventory)).toBe(22_424);
    expect(Math.round(result.maxBackorder)).toBe(6_116);
    expect(result.cycleTime).toBeCloseTo(3.57, 2); // months
  });

  it('costs less than the classic EOQ and tends to it as backorders become expensive', () => {
    const base = { demandRate: 8000, orderCost: 12_000, holdingCostRate: 0.3 };
    const classic = eoq(base);
    const cheap = eoqWithBackorders({ ...base, backorderCostRate: 1.1 });
    const dear = eoqWithBackorders({ ...base, backorderCostRate: 1e9 });
    expect(cheap.totalCostRate).toBeLessThan(classic.totalCostRate);
    expect(dear.orderQuantity).toBeCloseTo(classic.orderQuantity, 3);
    expect(dear.totalCostRate).toBeCloseTo(classic.totalCostRate, 3);
  });

  it('minimises its own cost function at (Q*, S*)', () => {
    const input = { demandRate: 8000, orderCost: 12_000, holdingCostRate: 0.3, backorderCostRate: 1.1 };
    const best = eoqWithBackorders(input);
    const atBest = eoqBackorderCostRate(best.orderQuantity, best.maxInventory, input);
    expect(atBest).toBeCloseTo(best.totalCostRate, 6);
    for (const [dq, ds] of [[500, 0], [-500, 0], [0, 500], [0, -500], [300, 300]]) {
      expect(eoqBackorderCostRate(best.orderQuantity + dq, best.maxInventory + ds, input)).toBeGreaterThan(atBest);
    }
  });
});
