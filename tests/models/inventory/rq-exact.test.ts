import { describe, expect, it } from 'vitest';
import { normalLoss } from '../../../sim/math/normal.ts';
import { evaluateRqExact, optimalReorderPointForQuantity, optimiseRqExact } from '../../../models/inventory/rq-exact.ts';

// Snyder & Shen, Fundamentals of Supply Chain Theory (2nd ed.), Example 5.1: h = 0.225, p = 7.5
// per unit per year, K = 8, λ = 1300/yr, σ = 150/yr, L = 1/12 yr, so lead-time demand is
// N(1300/12, (150/√12)²).
const example51 = {
  demandRate: 1300,
  orderCost: 8,
  holdingCostRate: 0.225,
  backorderCostRate: 7.5,
  leadTimeDemand: { mean: 1300 / 12, sd: 150 * Math.sqrt(1 / 12) },
};
// Example 5.8: h = 20, p = 150, K = 100, λ = 1.5, L = 2, Poisson lead-time demand with mean 3.
const example58 = { demandRate: 1.5, orderCost: 100, holdingCostRate: 20, backorderCostRate: 150, leadTimeDemand: { poissonMean: 3 } };

describe('the exact (r, Q) cost with backorders per unit per time', () => {
  it('costs 78.07 at r = 126.8, Q = 328.5 and 87.35 at (100, 250) in Snyder & Shen Example 5.1', () => {
    expect(evaluateRqExact(126.8, 328.5, example51).totalCostRate).toBeCloseTo(78.071162509282942, 8);
    expect(evaluateRqExact(100, 250, example51).totalCostRate).toBeCloseTo(87.346478028174985, 8);
  });

  it('puts the best r for a given Q where g(r) = g(r + Q) (Snyder & Shen Example 5.1)', () => {
    expect(optimalReorderPointForQuantity(318, example51)).toBeCloseTo(127.7880348669655, 5);
    expect(optimalReorderPointForQuantity(150, example51)).toBeCloseTo(147.1949581740714, 5);
    expect(optimalReorderPointForQuantity(750, example51)).toBeCloseTo(99.85377339616528, 5);
  });

  // The book's optimum r* = 126.8, Q* = 328.5; its loss-function solution (Example 5.6) gives 126.867, 328.449.
  it('finds the optimum r* = 126.87, Q* = 328.45 of Snyder & Shen Example 5.1', () => {
    const best = optimiseRqExact(example51);
    expect(best.reorderPoint).toBeCloseTo(126.867, 2);
    expect(best.orderQuantity).toBeCloseTo(328.449, 2);
    expect(best.totalCostRate).toBeCloseTo(78.07, 2);
    for (const [dr, dq] of [[1, 0], [-1, 0], [0, 3], [0, -3]]) {
      expect(evaluateRqExact(best.reorderPoint + dr, best.orderQuantity + dq, example51).totalCostRate).toBeGreaterThan(best.totalCostRate);
    }
  });

  it('costs 107.92 at r = 3, Q = 5 with Poisson demand, and that is optimal (Snyder & Shen Example 5.8)', () => {
    expect(evaluateRqExact(3, 5, example58).totalCostRate).toBeCloseTo(107.9235806331498, 8);
    expect(evaluateRqExact(8, 12, example58).totalCostRate).toBeCloseTo(242.5281637662021, 8);
    const best = optimiseRqExact(example58);
    expect([best.reorderPoint, best.orderQuantity]).toEqual([3, 5]);
    expect(best.totalCostRate).toBeCloseTo(107.9235806331498, 8);
  });

  it('solves Snyder & Shen Problem 5.2 (Poisson, h = 4, p = 28, K = 4, λ = 12, L = 0.5): r = 6, Q = 7', () => {
    const input = { demandRate: 12, orderCost: 4, holdingCostRate: 4, backorderCostRate: 28, leadTimeDemand: { poissonMean: 6 } };
    const best = optimiseRqExact(input);
    expect([best.reorderPoint, best.orderQuantity]).toEqual([6, 7]);
    expect(best.totalCostRate).toBeCloseTo(28.241312842169155, 8);
    // Federgruen–Zheng's answer is the best of every (r, Q) on a grid around it.
    for (let r = 0; r <= 12; r++) for (let q = 1; q <= 20; q++) expect(evaluateRqExact(r, q, input).totalCostRate).toBeGreaterThanOrEqual(best.totalCostRate - 1e-9);
  });

  it('keeps fill rate, stock and backorders consistent with the cost', () => {
    const e = evaluateRqExact(126.8, 328.5, example51);
    expect(e.orderingCostRate + e.holdingCostRate + e.backorderCostRate).toBeCloseTo(e.totalCostRate, 10);
    expect(e.holdingCostRate).toBeCloseTo(0.225 * e.expectedOnHand, 10);
    // Units short per cycle: n(r) − n(r + Q), the normal loss at both ends of the position's range.
    const { mean, sd } = example51.leadTimeDemand;
    expect(e.fillRate).toBeCloseTo(1 - (sd * normalLoss((126.8 - mean) / sd) - sd * normalLoss((126.8 + 328.5 - mean) / sd)) / 328.5, 12);
  });

  it('names bad input: fractional Poisson policies and a missing spread', () => {
    expect(() => evaluateRqExact(3.5, 5, example58)).toThrow(/^reorderPoint: Poisson demand needs whole units/);
    expect(() => evaluateRqExact(3, 5, { ...example51, leadTimeDemand: { mean: 10, sd: 0 } })).toThrow(/^leadTimeDemandSd: expected a number > 0/);
  });
});
