import { describe, expect, it } from 'vitest';
import { epq, epqCostRate } from '../../../models/inventory/epq.ts';

// Snyder & Shen, Fundamentals of Supply Chain Theory (2nd ed.), Example 3.1 (K = 8, h = 0.75 × 0.3,
// λ = 1300/yr) with a production rate of 2000/yr, §3.6; and Problem 3.22.
const example31 = { demandRate: 1300, orderCost: 8, holdingCostRate: 0.75 * 0.3, productionRate: 2000 };

describe('the economic production quantity', () => {
  it('gives Q* = 513.93 and cost 40.47 for Snyder & Shen Example 3.1 with P = 2000', () => {
    const r = epq(example31);
    expect(r.orderQuantity).toBeCloseTo(513.9328595516969, 9);
    expect(r.totalCostRate).toBeCloseTo(40.47221268969612, 9);
    expect(r.maxInventory).toBeCloseTo(513.9328595516969 * (1 - 0.65), 9);
    expect(r.orderingCostRate + r.holdingCostRate).toBeCloseTo(r.totalCostRate, 9);
  });

  it('gives Q* = 171.27 and cost 3.737 for Snyder & Shen Problem 3.22 (K = 4, h = 0.08, λ = 80, P = 110)', () => {
    const r = epq({ demandRate: 80, orderCost: 4, holdingCostRate: 0.08, productionRate: 110 });
    expect(r.orderQuantity).toBeCloseTo(171.2697677155351, 9);
    expect(r.totalCostRate).toBeCloseTo(3.73679493197531, 9);
  });

  it('tends to the EOQ as production becomes instant, and no batch size beats Q*', () => {
    const fast = epq({ ...example31, productionRate: 1e12 });
    expect(fast.orderQuantity).toBeCloseTo(304.0467800264368, 4);
    const best = epq(example31);
    for (const q of [best.orderQuantity * 0.9, best.orderQuantity * 1.1]) expect(epqCostRate(q, example31)).toBeGreaterThan(best.totalCostRate);
  });

  it('refuses a production rate at or below demand, naming it', () => {
    expect(() => epq({ ...example31, productionRate: 1300 })).toThrow(/^productionRate: must exceed the demand rate/);
  });
});
