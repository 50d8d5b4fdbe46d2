import { describe, expect, it } from 'vitest';
import { wagnerWhitin } from '../../../models/inventory/wagner-whitin.ts';

// Snyder & Shen, Fundamentals of Supply Chain Theory (2nd ed.), §3.7: Example 3.9 and Problems 3.27, 3.29.
describe('Wagner–Whitin dynamic lot sizing', () => {
  it('orders 210 in period 1 and 150 in period 3 at cost 1380 (Snyder & Shen Example 3.9)', () => {
    const r = wagnerWhitin({ demands: [90, 120, 80, 70], orderCost: 500, holdingCost: 2 });
    expect(r.orderQuantities).toEqual([210, 0, 150, 0]);
    expect(r.orderPeriods).toEqual([0, 2]);
    expect(r.totalCost).toBeCloseTo(1380, 9);
    expect(r.orderingCost + r.holdingCost).toBeCloseTo(1380, 9);
    expect(r.endingInventory).toEqual([120, 0, 70, 0]);
  });

  it('solves Snyder & Shen Problem 3.27 (cost 424) and Problem 3.29 (cost 423)', () => {
    const p327 = wagnerWhitin({ demands: [150, 100, 80, 200], orderCost: 120, holdingCost: 0.8 });
    expect(p327.orderQuantities).toEqual([150, 180, 0, 200]);
    expect(p327.totalCost).toBeCloseTo(424, 9);
    const p329 = wagnerWhitin({ demands: [730, 580, 445, 650, 880], orderCost: 100, holdingCost: 0.1 });
    expect(p329.orderQuantities).toEqual([1310, 0, 1095, 0, 880]);
    expect(p329.totalCost).toBeCloseTo(423, 9);
  });

  it('matches brute force over every order plan of a 10-period horizon with purchase costs', () => {
    const demands = [40, 0, 75, 20, 90, 10, 0, 55, 60, 30];
    const input = { demands, orderCost: [80, 90, 70, 85, 100, 60, 75, 90, 65, 80], holdingCost: 1.2, purchaseCost: [3, 3.2, 2.9, 3.1, 3, 3.4, 2.8, 3, 3.1, 3] };
    let best = Infinity;
    for (let mask = 0; mask < 1 << 10; mask++) {
      if (!(mask & 1)) continue; // period 1 has demand, so it must order
      let cost = 0;
      let stock = 0;
      for (let t = 0; t < 10; t++) {
        if (mask & (1 << t)) {
          let next = t + 1;
          while (next < 10 && !(mask & (1 << next))) next++;
          const q = demands.slice(t, next).reduce((a, b) => a + b, 0);
          if (q > 0) cost += input.orderCost[t] + input.purchaseCost[t] * q;
          stock += q;
        }
        stock -= demands[t];
        cost += 1.2 * stock;
      }
      best = Math.min(best, cost);
    }
    const r = wagnerWhitin(input);
    expect(r.totalCost).toBeCloseTo(best, 9);
    expect(r.orderingCost + r.holdingCost + r.purchaseCost).toBeCloseTo(best, 9);
  });

  it('names a per-period list of the wrong length and a negative demand', () => {
    expect(() => wagnerWhitin({ demands: [1, 2, 3], orderCost: [1, 2], holdingCost: 1 })).toThrow(/^orderCost: give one number or one per period \(3\), got 2/);
    expect(() => wagnerWhitin({ demands: [1, -2], orderCost: 1, holdingCost: 1 })).toThrow(/^demands\[1\]: expected a number ≥ 0/);
  });
});
