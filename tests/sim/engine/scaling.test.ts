import { describe, expect, it } from 'vitest';
import { runSimulation } from '../../../sim/engine/simulate.ts';
import { makeScenario } from '../../fixtures/scenario.ts';
import { scaledShop } from '../../bench/engine.bench.ts';

/** An organic-only shop: the work is the shoppers' own calendar entries. */
const organicShop = (size: number, visitsPerYear: number) =>
  makeScenario({
    days: 120,
    population: { size, segments: { all: { share: 1, visitsPerYear, churnPerYear: 0 } } },
    channels: { organic: { kind: 'organic' } },
    retention: { postPurchaseVisitBoost: 1, referralPerOrder: 0, stockoutChurn: 0, complaintChurn: 0 },
  });

describe('cost of a run', () => {
  const base = runSimulation(organicShop(10_000, 6), { seed: 1 });

  it('processes about one calendar entry per own visit when rates are constant', () => {
    // Every entry is a visit, except entries left stale when a prospect's first order moved
    // them onto the customer process (at most two per new customer).
    expect(base.candidates).toBeGreaterThanOrEqual(base.result.kpis.visits);
    expect(base.candidates).toBeLessThanOrEqual(base.result.kpis.visits + 2 * base.result.kpis.newCustomers);
    // 10,000 shoppers × 120 days × a daily probability of 6/365.
    expect(base.candidates / (10_000 * 120 * (6 / 365))).toBeCloseTo(1, 1);
  });

  it('grows with visits, not with shoppers × days', () => {
    const twiceThePeopleHalfTheRate = runSimulation(organicShop(20_000, 3), { seed: 1 });
    const twiceTheRate = runSimulation(organicShop(10_000, 12), { seed: 1 });
    expect(twiceThePeopleHalfTheRate.candidates / base.candidates).toBeGreaterThan(0.93);
    expect(twiceThePeopleHalfTheRate.candidates / base.candidates).toBeLessThan(1.07);
    expect(twiceTheRate.candidates / base.candidates).toBeGreaterThan(1.85);
    expect(twiceTheRate.candidates / base.candidates).toBeLessThan(2.15);
  });

  it('keeps shoppers under 64 bytes each, scheduler included', () => {
    expect(base.shopperBytes / base.shoppers).toBeLessThan(64);
  });
});

describe('memory of a large market', () => {
  it('keeps the default shop at 100,000 shoppers for a year within 32 bytes per shopper, calendar included', () => {
    const run = runSimulation(scaledShop(100_000, 1, 365), { seed: 1 });
    expect(run.shoppers).toBeGreaterThanOrEqual(100_000);
    expect(run.shopperBytes / run.shoppers).toBeLessThanOrEqual(32);
  });
});
