import { describe, expect, it } from 'vitest';
import { runSimulation, simulate } from '../../../sim/engine/simulate.ts';
import type { RunResult, SeriesName } from '../../../sim/result.ts';
import { makeScenario, smallShop } from '../../fixtures/scenario.ts';
import { UNDEFINABLE_KPIS } from '../../../sim/engine/kpis.ts';
import { ScenarioSchema } from '../../../sim/scenario/schema.ts';

const total = (r: RunResult, name: SeriesName) => r.series[name].reduce((a, b) => a + b, 0);

describe('KPIs', () => {
  const { result: r, ledger } = runSimulation(smallShop({ days: 60 }), { seed: 21 });
  const k = r.kpis;

  it('are the documented ratios of the series', () => {
    expect(k.gmvCny).toBeCloseTo(total(r, 'gmvCny'), 6);
    expect(k.aovCny).toBeCloseTo(total(r, 'gmvCny') / total(r, 'orders'), 9);
    expect(k.conversionRate).toBeCloseTo(total(r, 'orders') / total(r, 'visits'), 12);
    expect(k.roas).toBeCloseTo(total(r, 'gmvCny') / total(r, 'marketingCny'), 9);
    expect(k.roi).toBeCloseTo(total(r, 'profitCny') / (total(r, 'marketingCny') + total(r, 'investmentCny')), 9);
    expect(k.cacCny).toBeCloseTo(total(r, 'marketingCny') / total(r, 'newCustomers'), 9);
    expect(k.grossMarginPct).toBeCloseTo(total(r, 'grossMarginCny') / total(r, 'netRevenueCny'), 12);
    expect(k.onTimeRate).toBeCloseTo(total(r, 'onTimeOrders') / total(r, 'deliveredOrders'), 12);
    expect(k.stockoutRate).toBeCloseTo(total(r, 'stockoutVisits') / total(r, 'productViews'), 12);
    expect(k.fillRate).toBeCloseTo(total(r, 'units') / (total(r, 'units') + total(r, 'lostSalesUnits')), 12);
    expect(k.returnRate).toBeCloseTo(total(r, 'returnedUnits') / ledger.deliveredUnits.reduce((a, b) => a + b, 0), 12);
    expect(k.complaintRate).toBeCloseTo(total(r, 'complaints') / total(r, 'deliveredOrders'), 12);
    expect(k.endCashCny).toBe(r.series.cashCny[59]);
    expect(k.minCashCny).toBe(Math.min(200_000, ...r.series.cashCny));
    expect(k.peakBacklogOrders).toBe(Math.max(...r.series.backlogOrders));
  });

  it("count repeat buyers among this run's buyers and churn among everyone present", () => {
    expect(k.repeatRate).toBeGreaterThan(0);
    expect(k.repeatRate).toBeLessThan(1);
    expect(k.churnRate).toBeCloseTo(total(r, 'churned') / ledger.createdTotal[59], 12);
  });

  it('are NaN, not Infinity, when a denominator is zero', () => {
    const quiet = simulate(makeScenario({ days: 5, population: { size: 0 }, channels: { organic: { kind: 'organic' } } }));
    expect(quiet.kpis.roas).toBeNaN();
    expect(quiet.kpis.aovCny).toBeNaN();
    expect(quiet.kpis.conversionRate).toBeNaN();
    expect(quiet.kpis.orders).toBe(0);
  });
});

describe('prices over time', () => {
  it('cuts the shelf price from the markdown day', () => {
    const r = simulate(smallShop({ days: 40, skus: { tee: { initialStockUnits: 10000, markdown: { day: 20, pct: 0.4 } } } }), { seed: 2 });
    const before = r.skuPrice.tee.slice(0, 20).filter((_, t) => r.skuUnits.tee[t] > 0);
    const after = r.skuPrice.tee.slice(20).filter((_, t) => r.skuUnits.tee[t + 20] > 0);
    expect(Math.min(...before)).toBeCloseTo(79, 6);
    expect(Math.max(...after)).toBeCloseTo(79 * 0.6, 6);
  });

  it('raises dynamic prices when cover is short and cuts them when stock piles up', () => {
    const r = simulate(
      smallShop({
        days: 40,
        pricing: { dynamic: { enabled: true, lowCoverDays: 10, highCoverDays: 60, maxUpPct: 0.1, maxDownPct: 0.2, stepPct: 0.02 } },
        skus: { tee: { initialStockUnits: 30, replenishment: { policy: 'none' } }, jacket: { initialStockUnits: 50000 } },
      }),
      { seed: 2 },
    );
    const paid = (id: string) => Array.from(r.skuPrice[id]).filter((_, t) => r.skuUnits[id][t] > 0);
    expect(Math.max(...paid('tee'))).toBeGreaterThan(79 * 1.02);
    expect(Math.min(...paid('jacket').slice(-5))).toBeLessThan(349 * 0.85);
  });
});

describe('shocks', () => {
  const shock = (type: string, magnitude: number) =>
    simulate(smallShop({ days: 40, skus: { tee: { initialStockUnits: 10000 }, jeans: { initialStockUnits: 10000 }, jacket: { initialStockUnits: 10000 } }, shocks: { s: { type: type as 'outage', startDay: 10, durationDays: 20, magnitude } } }), { seed: 4 });
  const calm = shock('demandSurge', 0);
  const window = (r: RunResult, name: SeriesName) => r.series[name].slice(10, 30).reduce((a, b) => a + b, 0);

  it('brings more visits in a demand surge', () => {
    expect(window(shock('demandSurge', 1), 'visits')).toBeGreaterThan(1.7 * window(calm, 'visits'));
  });

  it("makes clicks dearer and the shop's prices look worse in a price war", () => {
    const war = shock('priceWar', 0.2);
    const clicksPerCny = (r: RunResult) => r.channels.paid_search.clicks / r.channels.paid_search.spendCny;
    expect(clicksPerCny(war)).toBeLessThan(clicksPerCny(calm));
    expect(window(war, 'orders') / window(war, 'visits')).toBeLessThan(0.8 * (window(calm, 'orders') / window(calm, 'visits')));
  });

  it('delays supplier deliveries ordered during a supplier delay', () => {
    const scenario = (magnitude: number) =>
      smallShop({ days: 40, skus: { tee: { initialStockUnits: 40, replenishment: { policy: 'sS', reorderPointUnits: 35, orderUpToUnits: 60, leadTimeDays: 2, leadTimeSdDays: 0 } } }, shocks: { s: { type: 'supplierDelay', startDay: 0, durationDays: 40, magnitude } } });
    const firstReceipt = (r: RunResult) => r.series.receivedUnits.findIndex((x) => x > 0);
    expect(firstReceipt(simulate(scenario(6), { seed: 4 })) - firstReceipt(simulate(scenario(0), { seed: 4 }))).toBeGreaterThanOrEqual(5);
  });
});

describe('scenario problems', () => {
  it('names the promotion field that points at an unknown SKU', () => {
    expect(() => simulate(smallShop({ promotions: { p: { type: 'discount', pct: 0.1, startDay: 0, endDay: 3, skus: ['socks'] } } }))).toThrow(
      'promotions.p.skus: unknown id "socks"; known: tee, jeans, jacket',
    );
  });

  it('names the channel whose budget formula fails', () => {
    expect(() => simulate(smallShop({ channels: { paid_search: { budgetPerDayCny: '100 * boost' } } }))).toThrow(/channels\.paid_search\.budgetPerDayCny/);
  });

  it('are NaN only where nothing can be divided: an empty shop leaves exactly the undefinable KPIs undefined, a busy one none', () => {
    const empty = simulate(ScenarioSchema.parse({ days: 3, population: { size: 0, newShoppersPerDay: 0 }, channels: { organic: { kind: 'organic' } } }));
    const undefinedKpis = Object.entries(empty.kpis).filter(([, v]) => Number.isNaN(v)).map(([name]) => name);
    expect(new Set(undefinedKpis)).toEqual(UNDEFINABLE_KPIS);
    expect(Object.values(empty.kpis).every((v) => Number.isFinite(v) || Number.isNaN(v))).toBe(true);
    const busy = simulate(smallShop({ days: 60 }), { seed: 21 }).kpis;
    expect(Object.entries(busy).filter(([name, v]) => !Number.isFinite(v) && name !== 'paybackDay')).toEqual([]);
  });
});
