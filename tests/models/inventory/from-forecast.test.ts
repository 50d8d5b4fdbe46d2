import { describe, expect, it } from 'vitest';
import { policiesFromForecast } from '../../../models/inventory/from-forecast.ts';
import { epq, lognormalFromMoments, newsvendorLognormal, optimiseRqExact, ssPowerApproximation } from '../../../models/inventory/index.ts';

const demand = { perPeriod: { mean: 40, sd: 9 }, leadTime: { mean: 280, sd: 30 }, horizon: { mean: 1120, sd: 60 }, leadTimePeriods: 7 };
const costs = { unitPrice: 129, unitCost: 55, salvageValue: 20, orderCost: 200, holdingCostPerPeriod: 0.05, backorderCostPerPeriod: 2, productionRatePerPeriod: 120 };

describe('policies fed by a forecast', () => {
  it('gives the same numbers as each model called directly', () => {
    const p = policiesFromForecast(demand, costs);
    if (!p.newsvendorLognormal.ok || !p.rq.ok || !p.ss.ok || !p.epq.ok) throw new Error('every model should answer');
    expect(p.newsvendorLognormal.value.orderQuantity).toBeCloseTo(newsvendorLognormal(lognormalFromMoments(1120, 60), costs).orderQuantity, 10);
    const rq = optimiseRqExact({ demandRate: 40, orderCost: 200, holdingCostRate: 0.05, backorderCostRate: 2, leadTimeDemand: { mean: 280, sd: 30 } });
    expect(p.rq.value.reorderPoint).toBeCloseTo(rq.reorderPoint, 10);
    expect(p.rq.value.orderQuantity).toBeCloseTo(rq.orderQuantity, 10);
    expect(p.ss.value.reorderLevel).toBeCloseTo(ssPowerApproximation({ demandMean: 40, demandSd: 9, leadTime: 7, orderCost: 200, holdingCost: 0.05, backorderCost: 2 }).reorderLevel, 10);
    expect(p.epq.value.batchSize).toBeCloseTo(epq({ demandRate: 40, productionRate: 120, orderCost: 200, holdingCostRate: 0.05 }).orderQuantity, 10);
  });

  it('answers the other models when one does not fit, with that one\'s reason', () => {
    const p = policiesFromForecast(demand, { ...costs, productionRatePerPeriod: 30 });
    expect(p.epq).toEqual({ ok: false, message: expect.stringMatching(/^productionRate: must exceed the demand rate/), code: 'inventory.productionRate', params: expect.objectContaining({ demandRate: expect.any(Number) }) });
    expect(p.rq.ok && p.ss.ok && p.newsvendorLognormal.ok).toBe(true);
  });
});
