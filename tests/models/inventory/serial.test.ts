import { describe, expect, it } from 'vitest';
import { optimiseSerialBaseStock } from '../../../models/inventory/serial.ts';
import { baseStockDiscrete } from '../../../models/inventory/base-stock.ts';
import { poissonDemand } from '../../../models/inventory/discrete.ts';

// Snyder & Shen, Fundamentals of Supply Chain Theory (2nd ed.), Example 6.1: three stages, echelon
// holding costs 3, 2, 2 (local 7, 4, 2), lead times 1, 1, 2, p = 37.12, demand N(5, 1) per period.
// The book's optimal local base-stock levels are 6.49, 5.53, 10.69, i.e. echelon 6.49, 12.02, 22.71.
const stages = [
  { echelonHoldingCost: 3, leadTime: 1 },
  { echelonHoldingCost: 2, leadTime: 1 },
  { echelonHoldingCost: 2, leadTime: 2 },
];

describe('the serial Clark–Scarf base-stock system', () => {
  it('finds the echelon levels 6.49, 12.02, 22.71 of Snyder & Shen Example 6.1', () => {
    const r = optimiseSerialBaseStock({ stages, backorderCost: 37.12, demand: { mean: 5, sd: 1 } });
    expect(r.echelonLevels[0]).toBeCloseTo(6.49, 2);
    expect(r.echelonLevels[1]).toBeCloseTo(12.02, 2);
    expect(r.echelonLevels[2]).toBeCloseTo(22.71, 2);
    expect(r.localLevels[1]).toBeCloseTo(5.53, 2);
    expect(r.localLevels[2]).toBeCloseTo(10.69, 2);
    expect(r.localHoldingCosts).toEqual([7, 4, 2]);
    // 47.66; a finer grid moves it by less than 0.001.
    expect(r.costPerPeriod).toBeCloseTo(47.66, 2);
    expect(optimiseSerialBaseStock({ stages, backorderCost: 37.12, demand: { mean: 5, sd: 1 }, gridStep: 0.01 }).costPerPeriod).toBeCloseTo(r.costPerPeriod, 3);
  });

  // stockpyl (Snyder's library) gives the same levels and 72.04 (it truncates the demand tails; we sum them).
  it('gives the whole-unit levels 9, 15, 26 and cost 72.05 with Poisson(5) demand (Example 6.1, Poisson variant)', () => {
    const r = optimiseSerialBaseStock({ stages, backorderCost: 37.12, demand: { poissonMean: 5 } });
    expect(r.echelonLevels).toEqual([9, 15, 26]);
    expect(r.costPerPeriod).toBeCloseTo(72.04, 1);
  });

  it('reduces to the single-stage base-stock optimum with one stage', () => {
    const r = optimiseSerialBaseStock({ stages: [{ echelonHoldingCost: 1, leadTime: 3 }], backorderCost: 9, demand: { poissonMean: 4 } });
    const single = baseStockDiscrete({ demand: poissonDemand(4), leadTime: 2 }, { holdingCost: 1, backorderCost: 9 });
    expect(r.echelonLevels[0]).toBe(single.orderUpToLevel);
    expect(r.costPerPeriod).toBeCloseTo(single.expectedCostPerPeriod, 9);
  });

  it('names the stage whose input is wrong', () => {
    expect(() => optimiseSerialBaseStock({ stages: [{ echelonHoldingCost: 1, leadTime: 1 }, { echelonHoldingCost: 0, leadTime: 1 }], backorderCost: 5, demand: { mean: 5, sd: 1 } })).toThrow(/^echelonHoldingCosts\[1\]: expected a number > 0/);
    expect(() => optimiseSerialBaseStock({ stages: [{ echelonHoldingCost: 1, leadTime: 1.5 }], backorderCost: 5, demand: { poissonMean: 2 } })).toThrow(/^leadTimes\[0\]: Poisson demand needs whole periods/);
  });
});
