import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runSimulation } from '../../../sim/engine/simulate.ts';
import type { ScenarioInput } from '../../../sim/scenario/schema.ts';
import type { SeriesName } from '../../../sim/result.ts';
import { makeScenario } from '../../fixtures/scenario.ts';

/** Random valid small shops: budgets, prices, capacity, policies, promotions, omnichannel, shocks. */
const shopArb: fc.Arbitrary<ScenarioInput> = fc
  .record({
    size: fc.integer({ min: 0, max: 500 }),
    days: fc.integer({ min: 1, max: 45 }),
    newPerDay: fc.double({ min: 0, max: 6, noNaN: true }),
    paid: fc.double({ min: 0, max: 400, noNaN: true }),
    crm: fc.double({ min: 0, max: 60, noNaN: true }),
    affiliate: fc.double({ min: 0, max: 0.2, noNaN: true }),
    capacity: fc.integer({ min: 0, max: 40 }),
    price: fc.double({ min: 5, max: 600, noNaN: true }),
    stock: fc.integer({ min: 0, max: 60 }),
    policy: fc.constantFrom('none', 'sS', 'RS', 'forecast'),
    lead: fc.double({ min: 0, max: 10, noNaN: true }),
    backorders: fc.boolean(),
    stores: fc.integer({ min: 0, max: 3 }),
    stockSync: fc.boolean(),
    pickupShare: fc.double({ min: 0, max: 1, noNaN: true }),
    threshold: fc.option(fc.double({ min: 0, max: 400, noNaN: true })),
    promo: fc.constantFrom('discount', 'presale', 'flashSale', 'tieredCoupon', 'spendSave', 'gift', 'none'),
    promoStart: fc.integer({ min: 0, max: 20 }),
    shock: fc.constantFrom('logisticsDisruption', 'outage', 'priceWar', 'supplierDelay', 'demandSurge'),
    shockRandom: fc.boolean(),
    dynamic: fc.boolean(),
    markdownDay: fc.option(fc.integer({ min: 0, max: 40 })),
    seed: fc.integer({ min: 0, max: 1000 }),
  })
  .map((r): ScenarioInput => {
    const promoCommon = { startDay: r.promoStart, endDay: r.promoStart + 6, urgencyBoost: 0.3 };
    const promotions: ScenarioInput['promotions'] =
      r.promo === 'none'
        ? {}
        : r.promo === 'discount'
          ? { p: { type: 'discount', pct: 0.3, ...promoCommon } }
          : r.promo === 'presale'
            ? { p: { type: 'presale', pct: 0.2, shipDay: r.promoStart + 8, ...promoCommon } }
            : r.promo === 'flashSale'
              ? { p: { type: 'flashSale', pct: 0.5, unitsLimit: 5, ...promoCommon } }
              : r.promo === 'tieredCoupon'
                ? { p: { type: 'tieredCoupon', tiers: [{ minSpendCny: 100, offCny: 10 }, { minSpendCny: 300, offCny: 50 }], ...promoCommon } }
                : r.promo === 'spendSave'
                  ? { p: { type: 'spendSave', everyCny: 100, offCny: 15, ...promoCommon } }
                  : { p: { type: 'gift', giftCostCny: 6, minSpendCny: 50, ...promoCommon } };
    return {
      seed: r.seed,
      days: r.days,
      population: { size: r.size, newShoppersPerDay: r.newPerDay, segments: { a: { share: 0.7, visitsPerYear: 30 }, b: { share: 0.3, visitsPerYear: 80, couponEligible: false } } },
      channels: {
        organic: { kind: 'organic', visitsMultiplier: '1 + 0.2 * sin(t)' },
        paid: { kind: 'paid', budgetPerDayCny: r.paid, costPerClickCny: 2, saturationClicksPerDay: 60 },
        crm: { kind: 'crm', budgetPerDayCny: r.crm, costPerClickCny: 0.5, saturationClicksPerDay: 20 },
        aff: { kind: 'affiliate', budgetPerDayCny: 10, commissionPct: r.affiliate, saturationClicksPerDay: 10 },
      },
      skus: {
        a: { listPriceCny: r.price, unitCostCny: r.price * 0.4, initialStockUnits: r.stock, markdown: r.markdownDay === null ? null : { day: r.markdownDay, pct: 0.3 }, replenishment: { policy: r.policy, reorderPointUnits: 10, orderUpToUnits: 50, reviewPeriodDays: 3, leadTimeDays: r.lead, historyDays: 7 } },
        b: { listPriceCny: 59, unitCostCny: 20, initialStockUnits: r.stock, popularity: 2, replenishment: { policy: 'sS', reorderPointUnits: 5, orderUpToUnits: 30, leadTimeDays: 3, minOrderUnits: 12 } },
      },
      inventory: { backorders: r.backorders },
      promotions,
      pricing: { freeShippingThresholdCny: r.threshold, dynamic: { enabled: r.dynamic, stepPct: 0.05 } },
      fulfilment: { capacityOrdersPerDay: r.capacity },
      omnichannel: { stores: r.stores, stockSync: r.stockSync, pickupShare: r.pickupShare },
      retention: { referralPerOrder: 0.3, stockoutChurn: 0.2, complaintChurn: 0.5 },
      finance: { supplierPaymentDays: 5, investments: { it: { day: 2, amountCny: 1000 } } },
      shocks: { s: r.shockRandom ? { type: r.shock, probabilityPerDay: 0.1, durationDays: 2, magnitude: 0.6 } : { type: r.shock, startDay: 3, durationDays: 4, magnitude: 0.6 } },
    };
  });

const COUNTS: SeriesName[] = [
  'shoppers', 'visits', 'productViews', 'carts', 'orders', 'units', 'newCustomers', 'repeatOrders', 'gmvCny', 'refundsCny',
  'marketingCny', 'logisticsCny', 'holdingCny', 'promoCostCny', 'fixedCny', 'investmentCny', 'stockUnits', 'onOrderUnits',
  'receivedUnits', 'backlogOrders', 'shippedOrders', 'deliveredOrders', 'onTimeOrders', 'lateOrders', 'stockoutVisits',
  'lostSalesUnits', 'returnedUnits', 'complaints', 'churned', 'activeCustomers',
];

const close = (a: number, b: number, what: string) => expect(Math.abs(a - b), `${what}: ${a} vs ${b}`).toBeLessThanOrEqual(1e-6 * Math.max(1, Math.abs(a), Math.abs(b)));

describe('conservation', () => {
  it('holds for stock, orders, cash, profit and shoppers on every day of random shops', () => {
    fc.assert(
      fc.property(shopArb, (input) => {
        const { result: r, ledger: l } = runSimulation(makeScenario(input));
        const s = r.series;
        let received = 0, allocated = 0, restocked = 0, cash = l.openingCashCny, orders = 0, units = 0, cancelled = 0;
        for (let t = 0; t < r.days; t++) {
          received += l.receivedUnits[t];
          allocated += l.allocatedUnits[t];
          restocked += l.restockedUnits[t];
          close(l.onHandUnits[t], l.initialUnits + received - allocated + restocked, `stock on day ${t}`);
          close(s.stockUnits[t], l.onHandUnits[t], `stock series on day ${t}`);
          orders += s.orders[t];
          units += s.units[t];
          cancelled += l.cancelledUnits[t];
          expect(l.closedOrders[t] + l.liveOrders[t], `orders on day ${t}`).toBe(orders);
          close(units, allocated + l.owedUnits[t] + cancelled, `units on day ${t}`);
          cash += l.cashInCny[t] - l.cashOutCny[t];
          close(s.cashCny[t], cash, `cash on day ${t}`);
          close(s.netRevenueCny[t], s.gmvCny[t] - s.refundsCny[t] + l.shippingFeesCny[t], `net revenue on day ${t}`);
          close(s.grossMarginCny[t], s.netRevenueCny[t] - s.cogsCny[t], `gross margin on day ${t}`);
          const costs = s.marketingCny[t] + s.logisticsCny[t] + s.holdingCny[t] + s.promoCostCny[t] + s.fixedCny[t] + s.investmentCny[t] + l.paymentFeesCny[t];
          close(s.profitCny[t], s.grossMarginCny[t] - costs, `profit on day ${t}`);
          expect(l.prospects[t] + l.customers[t] + l.churnedTotal[t], `shoppers on day ${t}`).toBe(l.createdTotal[t]);
          expect(s.shoppers[t]).toBe(l.prospects[t] + l.customers[t]);
          expect(s.activeCustomers[t]).toBe(l.customers[t]);
          expect(s.visits[t]).toBeGreaterThanOrEqual(s.productViews[t]);
          expect(s.productViews[t]).toBeGreaterThanOrEqual(s.carts[t]);
          expect(s.carts[t]).toBeGreaterThanOrEqual(s.orders[t]);
          expect(s.deliveredOrders[t]).toBe(s.onTimeOrders[t] + s.lateOrders[t]);
          expect(s.newCustomers[t] + s.repeatOrders[t]).toBe(s.orders[t]);
        }
        for (const name of Object.keys(s) as SeriesName[]) for (const v of s[name]) expect(Number.isFinite(v), name).toBe(true);
        for (const name of COUNTS) for (const v of s[name]) expect(v, name).toBeGreaterThanOrEqual(0);
        for (const stock of Object.values(r.skuStock)) for (const v of stock) expect(v).toBeGreaterThanOrEqual(0);
        close(r.kpis.endCashCny, cash, 'end cash');
      }),
      { numRuns: 40, seed: 42 },
    );
  });
});
