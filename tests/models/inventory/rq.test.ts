import { describe, expect, it } from 'vitest';
import { evaluateRq, optimiseRq } from '../../../models/inventory/rq.ts';

// Nahmias, Production and Operations Analysis, Example 5.4 (Harvey's Specialty Shop mustard):
// λ = 200 jars/year, K = $50, h = 20 % of $10, p = $25, lead-time demand N(100, 25²).
const harvey = { demandRate: 200, leadTimeDemandMean: 100, leadTimeDemandSd: 25, orderCost: 50, holdingCostRate: 2, shortageCost: 25 };

describe('the (r, Q) policy', () => {
  it('starts Nahmias Example 5.4 at Q = EOQ = 100 with R = 144, then Q = 110', () => {
    const { trace } = optimiseRq(harvey);
    expect(Math.round(trace[0].reorderPoint)).toBe(144);
    expect(Math.round(trace[0].orderQuantity)).toBe(110);
  });

  it('converges to Q = 111, R = 143 in Nahmias Example 5.4', () => {
    const best = optimiseRq(harvey);
    expect(Math.round(best.orderQuantity)).toBe(111);
    expect(Math.round(best.reorderPoint)).toBe(143);
    expect(Math.round(best.safetyStock)).toBe(43);
    expect(best.cycleServiceLevel).toBeCloseTo(0.956, 3);
    expect(best.iterations).toBeLessThan(30);
  });

  it('finds a point no nearby policy beats', () => {
    const best = optimiseRq(harvey);
    for (const [dq, dr] of [[2, 0], [-2, 0], [0, 2], [0, -2], [2, 2], [-2, -2], [2, -2]]) {
      expect(evaluateRq(best.reorderPoint + dr, best.orderQuantity + dq, harvey).totalCostRate).toBeGreaterThan(best.totalCostRate);
    }
  });

  it('adds up its cost from ordering, holding and shortage', () => {
    const e = evaluateRq(140, 100, harvey);
    expect(e.orderingCostRate).toBeCloseTo(100, 12);
    expect(e.holdingCostRate).toBeCloseTo(2 * (50 + 40), 12);
    expect(e.totalCostRate).toBeCloseTo(e.orderingCostRate + e.holdingCostRate + e.shortageCostRate, 12);
    expect(e.fillRate).toBeLessThan(1);
  });

  it('explains when shortages are too cheap for the model to have a solution', () => {
    expect(() => optimiseRq({ ...harvey, shortageCost: 0.5 })).toThrow(/shortageCost: .*raise the shortage cost/);
  });
});
