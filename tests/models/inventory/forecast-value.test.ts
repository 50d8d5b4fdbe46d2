// What a better forecast is worth: the same shop run with forecast-driven replenishment under
// different forecasters (naive vs ETS; the engine's moving average vs ETS in a growing shop), and
// with the default hand-set (s, S) levels, on common random numbers.
import { describe, expect, it } from 'vitest';
import { simulate } from '../../../sim/engine/simulate.ts';
import { ScenarioSchema } from '../../../sim/scenario/schema.ts';
import { replenishmentForecasters } from '../../../models/replenishment.ts';

const forecasters = replenishmentForecasters(['naive', 'ets']);

/** A two-SKU shop whose only difference between runs is the replenishment policy. */
function shop(replenishment: Record<string, unknown>) {
  return ScenarioSchema.parse({
    name: 'forecast value',
    days: 100,
    seed: 1,
    population: { size: 5000 },
    skus: {
      tee: { listPriceCny: 79, unitCostCny: 28, popularity: 3, initialStockUnits: 940, replenishment: { reorderPointUnits: 310, orderUpToUnits: 1250, ...replenishment } },
      jeans: { listPriceCny: 199, unitCostCny: 80, popularity: 2, initialStockUnits: 560, replenishment: { reorderPointUnits: 190, orderUpToUnits: 750, ...replenishment } },
    },
  });
}

// A fixed 7-day lead time, so that the forecast's own error is all the policy protects against.
const forecastPolicy = (forecastModel: string) => ({ policy: 'forecast', forecastModel, leadTimeDays: 7, leadTimeSdDays: 0, reviewPeriodDays: 7, serviceLevel: 0.95, historyDays: 56 });

/** A shop whose demand grows about eightfold over 120 days (paid search and new shoppers ramp up). */
function growingShop(replenishment: Record<string, unknown>) {
  return ScenarioSchema.parse({
    name: 'growing shop',
    days: 120,
    seed: 1,
    population: { size: 5000, newShoppersPerDay: 't * 3' },
    channels: { organic: { kind: 'organic' }, paid_search: { kind: 'paid', budgetPerDayCny: '200 + 30 * t', costPerClickCny: 1.8, saturationClicksPerDay: 40000 } },
    skus: {
      tee: { listPriceCny: 79, unitCostCny: 28, popularity: 3, initialStockUnits: 600, replenishment },
      jeans: { listPriceCny: 199, unitCostCny: 80, popularity: 2, initialStockUnits: 400, replenishment },
    },
  });
}

function outcome(replenishment: Record<string, unknown>, build = shop) {
  const result = simulate(build(replenishment), { forecasters });
  const total = (name: 'lostSalesUnits' | 'holdingCny') => result.series[name].reduce((a, b) => a + b, 0);
  return { lostSalesUnits: total('lostSalesUnits'), holdingCny: total('holdingCny'), fillRate: result.kpis.fillRate, stockoutRate: result.kpis.stockoutRate };
}

describe('forecast-driven replenishment in the simulator', () => {
  const naive = outcome(forecastPolicy('naive'));
  const ets = outcome(forecastPolicy('ets'));
  const handSet = outcome({ policy: 'sS', leadTimeDays: 7, leadTimeSdDays: 0 });

  it('meets the service target with either forecaster', () => {
    expect(naive.fillRate).toBeGreaterThan(0.99);
    expect(ets.fillRate).toBeGreaterThan(0.99);
    expect(ets.stockoutRate).toBeLessThan(0.01);
  });

  it('holds at least 15 % less stock with ETS than with the noisier naive forecast', () => {
    expect(ets.holdingCny).toBeLessThan(0.85 * naive.holdingCny);
  });

  it('loses far fewer sales than hand-set (s, S) levels that ignore demand', () => {
    expect(handSet.lostSalesUnits).toBeGreaterThan(500);
    expect(ets.lostSalesUnits).toBeLessThan(handSet.lostSalesUnits / 5);
    expect(naive.lostSalesUnits).toBeLessThan(handSet.lostSalesUnits / 5);
  });
});

describe('forecast-driven replenishment in a growing shop', () => {
  const movingAverage = outcome(forecastPolicy('moving-average'), growingShop);
  const ets = outcome(forecastPolicy('ets'), growingShop);

  it('runs short with the moving average, which lags the growth', () => {
    expect(movingAverage.fillRate).toBeLessThan(0.95);
    expect(movingAverage.lostSalesUnits).toBeGreaterThan(300);
  });

  it('keeps up with ETS, which follows the trend: a quarter of the lost sales or fewer', () => {
    expect(ets.fillRate).toBeGreaterThan(0.98);
    expect(ets.lostSalesUnits).toBeLessThan(movingAverage.lostSalesUnits / 4);
  });
});
