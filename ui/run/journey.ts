// Follow one shopper: picks traced shoppers by segment and outcome, and says in one line what
// each step of a journey was, for the run view's timeline.
import type { ShopperTrace, TraceEvent } from '../../sim/light.ts';

/** Shoppers the workbench traces in replication 0 of every run (a journey costs a few KB). */
export const JOURNEY_SHOPPERS = 40;

/** What a learner or strategist may look for. */
export const OUTCOMES = ['any', 'ordered', 'stockout', 'complained', 'returned', 'churned'] as const;
export type Outcome = (typeof OUTCOMES)[number];

/** True when the journey shows `outcome`. */
export function hasOutcome(s: ShopperTrace, outcome: Outcome): boolean {
  switch (outcome) {
    case 'any':
      return true;
    case 'ordered':
      return s.events.some((e) => e.kind === 'order');
    case 'stockout':
      return s.events.some((e) => e.kind === 'view' && e.stock !== 'in stock');
    case 'complained':
      return s.events.some((e) => e.kind === 'complaint');
    case 'returned':
      return s.events.some((e) => e.kind === 'delivered' && e.returnedUnits > 0);
    case 'churned':
      return s.events.some((e) => e.kind === 'churned');
  }
}

/** The traced shoppers of `segment` ('' for any) with `outcome`, most eventful first. */
export function pickShoppers(traces: readonly ShopperTrace[], segment: string, outcome: Outcome): ShopperTrace[] {
  return traces
    .filter((s) => (segment === '' || s.segment === segment) && hasOutcome(s, outcome))
    .sort((a, b) => b.events.length - a.events.length || a.id - b.id);
}

/** Counts of a journey for its one-line summary. */
export function journeyCounts(s: ShopperTrace): { visits: number; views: number; orders: number; churned: boolean } {
  let visits = 0;
  let views = 0;
  let orders = 0;
  for (const e of s.events) {
    if (e.kind === 'visit') visits++;
    else if (e.kind === 'view') views++;
    else if (e.kind === 'order') orders++;
  }
  return { visits, views, orders, churned: s.events.some((e) => e.kind === 'churned') };
}

/** The message key and parameters that describe one event (rendered by the i18n layer). */
export type EventLine = { key: JourneyKey; params: Record<string, string | number> };

export type JourneyKey =
  | 'journey.visit'
  | 'journey.bounce'
  | 'journey.view'
  | 'journey.viewOut'
  | 'journey.viewPartial'
  | 'journey.order'
  | 'journey.preorder'
  | 'journey.delivered'
  | 'journey.deliveredLate'
  | 'journey.returned'
  | 'journey.complaint.late delivery'
  | 'journey.complaint.order cancelled'
  | 'journey.churned.lapsed'
  | 'journey.churned.stock-out'
  | 'journey.churned.complaint';

/**
 * One event as a message. Prices are shown as a % of list price against the shopper's reference;
 * probabilities as the model used them. `channel` and `sku` are ids (the view names channels).
 */
export function describeEvent(e: TraceEvent): EventLine[] {
  switch (e.kind) {
    case 'visit':
      return [{ key: e.bounced ? 'journey.bounce' : 'journey.visit', params: { channel: e.channel ?? '' } }];
    case 'view': {
      const key = e.stock === 'out of stock' ? 'journey.viewOut' : e.stock === 'partial' ? 'journey.viewPartial' : 'journey.view';
      return [
        {
          key,
          params: {
            sku: e.sku,
            units: e.units,
            paid: Math.round(e.paidCny),
            price: Math.round(e.priceRatio * 100),
            reference: Math.round(e.referenceRatio * 100),
            pCart: Math.round(e.pCart * 1000) / 10,
            cart: e.cart ? '✓' : '✗',
            pCheckout: Math.round(e.pCheckout * 1000) / 10,
            checkout: e.checkout ? '✓' : e.cart ? '✗' : '–',
          },
        },
      ];
    }
    case 'order':
      return [{ key: e.preorder ? 'journey.preorder' : 'journey.order', params: { sku: e.sku, units: e.units, paid: Math.round(e.paidCny + e.feeCny) } }];
    case 'delivered': {
      const lines: EventLine[] = [{ key: e.late ? 'journey.deliveredLate' : 'journey.delivered', params: { sku: e.sku, units: e.units } }];
      if (e.returnedUnits > 0) lines.push({ key: 'journey.returned', params: { units: e.returnedUnits } });
      return lines;
    }
    case 'complaint':
      return [{ key: `journey.complaint.${e.reason}`, params: {} }];
    case 'churned':
      return [{ key: `journey.churned.${e.reason}`, params: {} }];
  }
}
