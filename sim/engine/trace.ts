// Follow one shopper: an opt-in record of K sampled shoppers' journeys (visits, prices against
// their reference, the add-to-cart and checkout probabilities the model used, orders, deliveries,
// returns, complaints, churn). The tracer only reads the run's state and draws nothing, so a traced
// run gives the same results as an untraced one; with tracing off the engine pays one null check
// per event.

/** Why a shopper left. */
export type ChurnReason = 'lapsed' | 'stock-out' | 'complaint';

/** Why a shopper complained. */
export type ComplaintReason = 'late delivery' | 'order cancelled';

/** One step of a traced shopper's journey, on simulation day `day` (0-based). */
export type TraceEvent =
  | { day: number; kind: 'visit'; channel: string | null; bounced: boolean }
  | {
      day: number;
      kind: 'view';
      channel: string | null;
      sku: string;
      units: number;
      /** Price paid for the basket's goods after discounts (CNY). */
      paidCny: number;
      /** Price per unit as a share of the list price. */
      priceRatio: number;
      /** The shopper's reference price before this visit, as a share of the list price. */
      referenceRatio: number;
      /** Probability of adding to cart the model used (logit of price gain/loss, fatigue, urgency…). */
      pCart: number;
      cart: boolean;
      /** Probability of completing checkout once in the cart (shipping fee and outages included). */
      pCheckout: number;
      /** Added to cart and went through checkout (an order follows when the stock allows). */
      checkout: boolean;
      /** Stock when the shopper looked: enough, only part of the basket, or none. */
      stock: 'in stock' | 'partial' | 'out of stock';
    }
  | { day: number; kind: 'order'; sku: string; units: number; paidCny: number; feeCny: number; channel: string | null; preorder: boolean }
  | { day: number; kind: 'delivered'; sku: string; units: number; late: boolean; returnedUnits: number }
  | { day: number; kind: 'complaint'; reason: ComplaintReason }
  | { day: number; kind: 'churned'; reason: ChurnReason };

/** One traced shopper: id, segment and the journey in day order. */
export interface ShopperTrace {
  id: number;
  segment: string;
  events: TraceEvent[];
}

/** Most shoppers one run may trace (a journey is for reading, not for statistics). */
export const MAX_TRACED_SHOPPERS = 1000;

/**
 * The ids of `count` shoppers spread evenly over the `population` present at the start
 * (deterministic: the same scenario and count give the same shoppers in every replication).
 */
export function tracedIds(population: number, count: number): number[] {
  const k = Math.min(Math.max(0, Math.floor(count)), population, MAX_TRACED_SHOPPERS);
  return Array.from({ length: k }, (_, j) => Math.floor(((j + 0.5) * population) / k));
}

/** Collects the events of the traced shoppers during one run. */
export class Tracer {
  private readonly byId = new Map<number, ShopperTrace>();
  /** 1 at the ids traced: the engine asks on every visit, and a byte is cheaper than a map lookup. */
  private readonly traced: Uint8Array;

  constructor(ids: readonly number[], segmentOf: (id: number) => string) {
    this.traced = new Uint8Array(ids.length === 0 ? 0 : Math.max(...ids) + 1);
    for (const id of ids) {
      this.byId.set(id, { id, segment: segmentOf(id), events: [] });
      this.traced[id] = 1;
    }
  }

  /** Records `event` if shopper `i` is traced. */
  record(i: number, event: TraceEvent): void {
    if (this.has(i)) this.byId.get(i)!.events.push(event);
  }

  /** True when shopper `i` is traced (lets a caller skip building an event). */
  has(i: number): boolean {
    return i < this.traced.length && this.traced[i] === 1;
  }

  /** The traces in id order. */
  traces(): ShopperTrace[] {
    return [...this.byId.values()].sort((a, b) => a.id - b.id);
  }
}
