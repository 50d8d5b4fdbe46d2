import { describe, expect, it } from 'vitest';
import { allUnitsCostRate, eoqAllUnitsDiscount, eoqIncrementalDiscount, incrementalCostRate } from '../../../models/inventory/quantity-discount.ts';

// Snyder & Shen, Fundamentals of Supply Chain Theory (2nd ed.), Example 3.5: K = 8, i = 0.3/yr,
// λ = 1300/yr, prices 0.75 below 400 units, 0.72 from 400, 0.68 from 800.
const example35 = { demandRate: 1300, orderCost: 8, holdingRate: 0.3, breakpoints: [0, 400, 800], unitCosts: [0.75, 0.72, 0.68] };

describe('the EOQ with quantity discounts', () => {
  it('orders 800 at cost 978.60 with all-units discounts (Snyder & Shen Example 3.6)', () => {
    const r = eoqAllUnitsDiscount(example35);
    expect(r.orderQuantity).toBe(800);
    expect(r.region).toBe(2);
    expect(r.totalCostRate).toBeCloseTo(978.6, 9);
    expect(r.averageUnitCost).toBe(0.68);
  });

  it('orders 304.05 at cost 1043.41 with incremental discounts (Snyder & Shen Example 3.7)', () => {
    const r = eoqIncrementalDiscount(example35);
    expect(r.orderQuantity).toBeCloseTo(304.04678003, 7);
    expect(r.region).toBe(0);
    expect(r.totalCostRate).toBeCloseTo(1043.41052551, 7);
  });

  it('finds no cheaper quantity on a fine scan of either schedule', () => {
    const all = eoqAllUnitsDiscount(example35);
    const inc = eoqIncrementalDiscount(example35);
    for (let q = 50; q <= 3000; q += 7) {
      expect(allUnitsCostRate(q, example35)).toBeGreaterThanOrEqual(all.totalCostRate - 1e-9);
      expect(incrementalCostRate(q, example35)).toBeGreaterThanOrEqual(inc.totalCostRate - 1e-9);
    }
  });

  it('names the schedule that is wrong', () => {
    expect(() => eoqAllUnitsDiscount({ ...example35, breakpoints: [100, 400, 800] })).toThrow(/^breakpoints: the first breakpoint must be 0/);
    expect(() => eoqAllUnitsDiscount({ ...example35, unitCosts: [0.75, 0.72] })).toThrow(/^unitCosts: need one price per breakpoint/);
    expect(() => eoqIncrementalDiscount({ ...example35, unitCosts: [0.75, 0.78, 0.68] })).toThrow(/^unitCosts: a discount must lower the price/);
  });
});
