import { describe, expect, it } from 'vitest';
import { hillClicks } from '../../../sim/engine/marketing.ts';
import { simulate } from '../../../sim/engine/simulate.ts';
import type { RunResult, SeriesName } from '../../../sim/result.ts';
import { smallShop } from '../../fixtures/scenario.ts';

const total = (r: RunResult, name: SeriesName, from = 0, to = r.days) => r.series[name].slice(from, to).reduce((a, b) => a + b, 0);
const conversion = (r: RunResult, from: number, to: number) => total(r, 'orders', from, to) / total(r, 'visits', from, to);

describe('marketing', () => {
  it('gives half the linear clicks at the saturation level and never more than it', () => {
    expect(hillClicks(1000, 1000, 1)).toBe(500);
    expect(hillClicks(1000, 1000, 2.5)).toBe(500);
    expect(hillClicks(1e9, 1000, 1)).toBeLessThan(1000);
    expect(hillClicks(10, 1000, 1)).toBeCloseTo(9.9, 1);
    expect(hillClicks(10, 1000, 3)).toBeLessThan(0.01);
  });

  it('buys more clicks with more budget, each extra yuan buying fewer', () => {
    const clicks = (budget: number) =>
      simulate(smallShop({ days: 40, channels: { paid_search: { budgetPerDayCny: budget } } }), { seed: 11 }).channels.paid_search.clicks;
    const [c1, c2, c4] = [clicks(300), clicks(600), clicks(1200)];
    expect(c2).toBeGreaterThan(c1);
    expect(c4).toBeGreaterThan(c2);
    expect((c4 - c2) / 600).toBeLessThan(0.8 * ((c2 - c1) / 300));
  });

  it('sends CRM clicks only to existing customers', () => {
    const r = simulate(smallShop({ days: 30 }), { seed: 2 });
    expect(r.channels.crm.clicks).toBeGreaterThan(100);
    expect(r.channels.crm.orders).toBeGreaterThan(0);
    expect(r.channels.crm.newCustomers).toBe(0);
  });
});

describe('price and promotions', () => {
  // Frequent visitors so reference prices have time to move.
  const shop = (promotions = {}) =>
    smallShop({
      days: 100,
      population: { segments: { regular: { share: 1, visitsPerYear: 60, priceSensitivity: 4 } } },
      skus: { tee: { initialStockUnits: 100000 }, jeans: { initialStockUnits: 100000 }, jacket: { initialStockUnits: 100000 } },
      promotions,
    });
  const base = simulate(shop(), { seed: 5 });
  const discounted = simulate(shop({ sale: { type: 'discount', pct: 0.35, startDay: 20, endDay: 69 } }), { seed: 5 });

  it('raises conversion while a discount runs', () => {
    expect(conversion(discounted, 20, 70)).toBeGreaterThan(1.3 * conversion(base, 20, 70));
  });

  it('leaves conversion below baseline after a long discount ends, as reference prices fell', () => {
    expect(conversion(discounted, 70, 85)).toBeLessThan(0.85 * conversion(base, 70, 85));
  });

  it('marks promotion days per SKU and records the lower price paid', () => {
    expect(discounted.skuPromo.tee[19]).toBe(0);
    expect(discounted.skuPromo.tee[20]).toBe(1);
    expect(discounted.skuPromo.tee[69]).toBe(1);
    expect(discounted.skuPromo.tee[70]).toBe(0);
    const day = discounted.skuUnits.tee.findIndex((u, t) => t >= 20 && t < 70 && u > 0);
    expect(discounted.skuPrice.tee[day]).toBeCloseTo(79 * 0.65, 6);
  });

  it('stops a flash sale once its units are sold', () => {
    const r = simulate(shop({ flash: { type: 'flashSale', pct: 0.5, unitsLimit: 15, startDay: 10, endDay: 40, skus: ['tee'] } }), { seed: 5 });
    let flashUnits = 0;
    for (let t = 10; t <= 40; t++) if (r.skuUnits.tee[t] > 0 && r.skuPrice.tee[t] < 79) flashUnits += r.skuUnits.tee[t];
    expect(flashUnits).toBeGreaterThanOrEqual(15);
    expect(flashUnits).toBeLessThan(15 + 30);
    expect(r.skuPrice.tee[40]).toBe(79);
  });

  it('raises order value with a free-shipping threshold that shoppers top up to', () => {
    const pricing = (freeShippingThresholdCny: number | null) => smallShop({ days: 60, pricing: { freeShippingThresholdCny, topUpProbability: 0.7 } });
    const without = simulate(pricing(null), { seed: 9 });
    const withThreshold = simulate(pricing(250), { seed: 9 });
    expect(withThreshold.kpis.aovCny).toBeGreaterThan(1.1 * without.kpis.aovCny);
  });

  it('blocks every checkout during a full outage', () => {
    const r = simulate(smallShop({ days: 20, shocks: { down: { type: 'outage', startDay: 5, durationDays: 3, magnitude: 1 } } }), { seed: 1 });
    expect(total(r, 'orders', 5, 8)).toBe(0);
    expect(total(r, 'carts', 5, 8)).toBeGreaterThan(0);
    expect(total(r, 'orders', 8, 11)).toBeGreaterThan(0);
  });
});

describe('shoppers', () => {
  it('brings new shoppers by referral and from outside the market', () => {
    const r = simulate(smallShop({ days: 30, population: { newShoppersPerDay: 20 }, retention: { referralPerOrder: 1, stockoutChurn: 0, complaintChurn: 0 } }), { seed: 4 });
    const churned = total(r, 'churned');
    expect(r.series.shoppers[29] + churned).toBe(4000 + 30 * 20 + r.kpis.orders);
  });

  it('loses customers at the yearly churn hazard', () => {
    const r = simulate(
      smallShop({ days: 90, population: { customersAtStart: 1, segments: { one: { share: 1, churnPerYear: 0.9, visitsPerYear: 1 } } }, retention: { stockoutChurn: 0, complaintChurn: 0 } }),
      { seed: 4 },
    );
    // Survival over 90 days at a 90 %/year hazard: 0.1^(90/365) ≈ 0.567.
    expect(r.series.activeCustomers[89] / 4000).toBeCloseTo(0.567, 1);
  });
});
