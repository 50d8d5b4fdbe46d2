import { describe, expect, it } from 'vitest';
import type { ShopperTrace } from '../../sim/light.ts';
import { describeEvent, hasOutcome, journeyCounts, pickShoppers } from '../../ui/run/journey.ts';
import { journeyEn } from '../../ui/i18n/journey.en.ts';
import { journeyZh } from '../../ui/i18n/journey.zh.ts';

const buyer: ShopperTrace = {
  id: 7,
  segment: 'vip',
  events: [
    { day: 1, kind: 'visit', channel: null, bounced: false },
    { day: 1, kind: 'view', channel: null, sku: 'tee', units: 2, paidCny: 150.4, priceRatio: 0.95, referenceRatio: 1, pCart: 0.123, cart: true, pCheckout: 0.5, checkout: true, stock: 'in stock' },
    { day: 1, kind: 'order', sku: 'tee', units: 2, paidCny: 150.4, feeCny: 8, channel: null, preorder: false },
    { day: 4, kind: 'delivered', sku: 'tee', units: 2, late: true, returnedUnits: 1 },
    { day: 4, kind: 'complaint', reason: 'late delivery' },
    { day: 4, kind: 'churned', reason: 'complaint' },
  ],
};
const browser: ShopperTrace = {
  id: 3,
  segment: 'base',
  events: [{ day: 2, kind: 'view', channel: 'social', sku: 'jeans', units: 1, paidCny: 199, priceRatio: 1, referenceRatio: 0.9, pCart: 0.05, cart: false, pCheckout: 0.4, checkout: false, stock: 'out of stock' }],
};

describe('following a shopper', () => {
  it('finds shoppers by segment and outcome, the most eventful first', () => {
    expect(pickShoppers([browser, buyer], '', 'any').map((s) => s.id)).toEqual([7, 3]);
    expect(pickShoppers([browser, buyer], 'base', 'any').map((s) => s.id)).toEqual([3]);
    expect(pickShoppers([browser, buyer], '', 'stockout').map((s) => s.id)).toEqual([3]);
    for (const o of ['ordered', 'complained', 'returned', 'churned'] as const) {
      expect(hasOutcome(buyer, o)).toBe(true);
      expect(hasOutcome(browser, o)).toBe(false);
    }
    expect(journeyCounts(buyer)).toEqual({ visits: 1, views: 1, orders: 1, churned: true });
  });

  it('describes each step with the numbers the model used', () => {
    const view = describeEvent(buyer.events[1]);
    expect(view).toEqual([{ key: 'journey.view', params: { sku: 'tee', units: 2, paid: 150, price: 95, reference: 100, pCart: 12.3, cart: '✓', pCheckout: 50, checkout: '✓' } }]);
    expect(describeEvent(buyer.events[2])[0].params.paid).toBe(158);
    expect(describeEvent(buyer.events[3]).map((l) => l.key)).toEqual(['journey.deliveredLate', 'journey.returned']);
    expect(describeEvent(browser.events[0])[0]).toMatchObject({ key: 'journey.viewOut', params: { cart: '✗', checkout: '–' } });
    // every key a description can produce has a text in both languages
    const keys = [buyer, browser].flatMap((s) => s.events.flatMap((e) => describeEvent(e).map((l) => l.key)));
    for (const k of keys) {
      expect(journeyEn[k]).toBeTruthy();
      expect(journeyZh[k]).toBeTruthy();
    }
  });
});
