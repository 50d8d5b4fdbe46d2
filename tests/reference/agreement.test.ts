import { describe, expect, it } from 'vitest';
import { simulate } from '../../sim/engine/simulate.ts';
import { makeScenario } from '../fixtures/scenario.ts';
import { runReference } from './object-model.ts';

// A shop inside what the reference model covers: no returns, referrals, fulfilment effects
// on demand, coupons or shocks; a discount, a campaign phase and tight stock exercise the rest.
const scenario = makeScenario({
  days: 60,
  population: { size: 3000, customersAtStart: 0.3 },
  channels: {
    organic: { kind: 'organic', visitsMultiplier: '1 + 0.3 * (dow >= 5)' },
    paid: { kind: 'paid', budgetPerDayCny: 200, costPerClickCny: 1.8, saturationClicksPerDay: 240 },
    crm: { kind: 'crm', budgetPerDayCny: 20, costPerClickCny: 0.2, saturationClicksPerDay: 90, conversionMultiplier: 1.3 },
  },
  skus: {
    tee: { listPriceCny: 79, unitCostCny: 28, popularity: 3, initialStockUnits: 60, baseReturnRate: 0, replenishment: { reorderPointUnits: 20, orderUpToUnits: 80, leadTimeDays: 4 } },
    jacket: { listPriceCny: 349, unitCostCny: 150, initialStockUnits: 40, baseReturnRate: 0, seasonality: '1 + 0.5 * cos(2 * pi * t / 30)', replenishment: { policy: 'none' } },
  },
  promotions: { sale: { type: 'discount', pct: 0.25, startDay: 20, endDay: 34, urgencyBoost: 0.2 } },
  campaign: { peak: { startDay: 40, endDay: 45, trafficMultiplier: 1.6, urgencyBoost: 0.3 } },
  pricing: { freeShippingThresholdCny: 99 },
  retention: { referralPerOrder: 0, complaintChurn: 0 },
  fulfilment: { complaintIfLate: 0 },
});

const REPS = 6;
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const sd = (xs: number[]) => Math.sqrt(xs.reduce((s, x) => s + (x - mean(xs)) ** 2, 0) / (xs.length - 1));

/** The two means differ by less than 4 standard errors of their difference (and a 2 % floor). */
function agrees(engine: number[], reference: number[], what: string) {
  const se = Math.sqrt(sd(engine) ** 2 / engine.length + sd(reference) ** 2 / reference.length);
  const gap = Math.abs(mean(engine) - mean(reference));
  expect(gap, `${what}: engine ${mean(engine).toFixed(1)} vs reference ${mean(reference).toFixed(1)} (se ${se.toFixed(1)})`).toBeLessThan(Math.max(4 * se, 0.02 * mean(reference)));
}

describe('the engine against the object-per-shopper reference model', () => {
  const engine = Array.from({ length: REPS }, (_, r) => simulate(scenario, { seed: 100, replication: r }));
  const reference = Array.from({ length: REPS }, (_, r) => runReference(scenario, { seed: 100, replication: r }));
  const sumRange = (xs: ArrayLike<number>, from: number, to: number) => Array.from(xs).slice(from, to).reduce((a, b) => a + b, 0);

  it('agrees on visits, orders, units and new customers', () => {
    agrees(engine.map((r) => r.kpis.visits), reference.map((r) => r.visits), 'visits');
    agrees(engine.map((r) => r.kpis.orders), reference.map((r) => r.orders), 'orders');
    agrees(engine.map((r) => r.kpis.units), reference.map((r) => r.units), 'units');
    agrees(engine.map((r) => r.kpis.newCustomers), reference.map((r) => r.newCustomers), 'new customers');
  });

  it('agrees on stock-outs and on customers left at the end (churn)', () => {
    agrees(engine.map((r) => r.kpis.stockoutRate * 1000), reference.map((r) => (r.stockoutVisits / r.productViews) * 1000), 'stock-out views per 1000 product views');
    agrees(engine.map((r) => r.series.activeCustomers[59]), reference.map((r) => r.activeCustomersAtEnd), 'active customers');
  });

  it('agrees on orders in each phase: before, during and after the discount, and in the campaign peak', () => {
    for (const [from, to] of [[0, 20], [20, 35], [35, 40], [40, 46], [46, 60]]) {
      agrees(engine.map((r) => sumRange(r.series.orders, from, to)), reference.map((r) => sumRange(r.ordersPerDay, from, to)), `orders on days ${from}–${to - 1}`);
    }
  });
});
