import { describe, expect, it } from 'vitest';
import { Rng } from '../../../sim/random.ts';
import { baseStockDiscrete, baseStockNormal, evaluateBaseStockDiscrete, evaluateBaseStockNormal } from '../../../models/inventory/base-stock.ts';
import { poissonDemand } from '../../../models/inventory/discrete.ts';

/** Simulates order-up-to-S with review every r periods, lead time l, backorders; returns averages. */
function simulateBaseStock(mean: number, l: number, r: number, level: number, periods: number, seed: number) {
  const rng = new Rng(seed);
  const pipeline: number[] = new Array(l + 1).fill(0);
  let net = level;
  let position = level;
  let onHand = 0;
  let backorders = 0;
  let demanded = 0;
  let servedFromStock = 0;
  for (let t = 0; t < periods; t++) {
    if (t % r === 0) {
      pipeline[l] += level - position;
      position = level;
    }
    net += pipeline[0]; // arrivals (lead time 0: this period's own order)
    pipeline.shift();
    pipeline.push(0);
    const d = rng.poisson(mean);
    servedFromStock += Math.min(d, Math.max(0, net));
    net -= d;
    position -= d;
    demanded += d;
    onHand += Math.max(0, net);
    backorders += Math.max(0, -net);
  }
  return { onHand: onHand / periods, backorders: backorders / periods, fillRate: servedFromStock / demanded };
}

describe('the base-stock (order-up-to) policy', () => {
  it('orders up to 16,570 with safety stock 1,570 (Chopra–Meindl periodic review: 2,500/week, σ 500, T = 4, L = 2, CSL 0.90)', () => {
    const result = baseStockNormal({ demandMean: 2500, demandSd: 500, leadTime: 2, reviewPeriod: 4 }, { cycleServiceLevel: 0.9 });
    expect(Math.round(result.protectionSd)).toBe(1225);
    expect(Math.round(result.safetyStock)).toBe(1570);
    expect(Math.round(result.orderUpToLevel)).toBe(16_570);
  });

  it('sets S at the newsvendor fractile b/(b + h) of demand over L + 1 when reviewing every period', () => {
    const result = baseStockNormal({ demandMean: 100, demandSd: 20, leadTime: 3 }, { holdingCost: 1, backorderCost: 19 });
    expect(result.cycleServiceLevel).toBeCloseTo(0.95, 10);
    expect(result.orderUpToLevel).toBeCloseTo(400 + 40 * 1.6448536269514722, 8);
    for (const delta of [-5, 5]) {
      expect(evaluateBaseStockNormal(result.orderUpToLevel + delta, { demandMean: 100, demandSd: 20, leadTime: 3 }, { holdingCost: 1, backorderCost: 19 }).expectedCostPerPeriod).toBeGreaterThan(result.expectedCostPerPeriod);
    }
  });

  it('minimises the cycle-average cost when reviewing every R > 1 periods', () => {
    const input = { demandMean: 100, demandSd: 30, leadTime: 2, reviewPeriod: 5 };
    const costs = { holdingCost: 1, backorderCost: 9 };
    const best = baseStockNormal(input, costs);
    for (const delta of [-3, -1, 1, 3]) expect(evaluateBaseStockNormal(best.orderUpToLevel + delta, input, costs).expectedCostPerPeriod).toBeGreaterThan(best.expectedCostPerPeriod);
  });

  it('reaches a fill-rate target exactly, and the fill rate rises with S and stays ≤ 1', () => {
    const input = { demandMean: 50, demandSd: 15, leadTime: 4, reviewPeriod: 2 };
    const result = baseStockNormal(input, { fillRate: 0.98 });
    expect(result.fillRate).toBeCloseTo(0.98, 8);
    let previous = 0;
    for (let level = 100; level <= 600; level += 20) {
      const fr = evaluateBaseStockNormal(level, input).fillRate;
      expect(fr).toBeGreaterThanOrEqual(previous);
      expect(fr).toBeLessThanOrEqual(1);
      previous = fr;
    }
  });

  it('picks the smallest whole-unit S that meets a CSL or fill rate with Poisson demand', () => {
    const input = { demand: poissonDemand(1.5), leadTime: 3 };
    const byCsl = baseStockDiscrete(input, { cycleServiceLevel: 0.95 });
    expect(byCsl.orderUpToLevel).toBe(10); // Poisson(6): F(9) = 0.916, F(10) = 0.957
    expect(evaluateBaseStockDiscrete(9, input).cycleServiceLevel).toBeLessThan(0.95);
    const byFill = baseStockDiscrete(input, { fillRate: 0.99 });
    expect(byFill.fillRate).toBeGreaterThanOrEqual(0.99);
    expect(evaluateBaseStockDiscrete(byFill.orderUpToLevel - 1, input).fillRate).toBeLessThan(0.99);
  });

  it('finds the cost-optimal whole-unit S with Poisson demand and R > 1', () => {
    const input = { demand: poissonDemand(4), leadTime: 1, reviewPeriod: 3 };
    const costs = { holdingCost: 1, backorderCost: 12 };
    const best = baseStockDiscrete(input, costs);
    for (const level of [best.orderUpToLevel - 1, best.orderUpToLevel + 1]) {
      expect(evaluateBaseStockDiscrete(level, input, costs).expectedCostPerPeriod).toBeGreaterThan(best.expectedCostPerPeriod);
    }
  });

  it('predicts the on-hand stock, backorders and fill rate of a simulated system (Poisson 4, L = 2, R = 3, S = 24)', () => {
    const exact = evaluateBaseStockDiscrete(24, { demand: poissonDemand(4), leadTime: 2, reviewPeriod: 3 });
    const simulated = simulateBaseStock(4, 2, 3, 24, 150_000, 7);
    expect(simulated.onHand).toBeCloseTo(exact.expectedOnHand, 1);
    expect(simulated.backorders).toBeCloseTo(exact.expectedBackorders, 1);
    expect(simulated.fillRate).toBeCloseTo(exact.fillRate, 2);
  });
});
