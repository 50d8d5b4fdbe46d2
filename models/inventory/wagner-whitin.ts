// Wagner–Whitin dynamic lot sizing: deterministic demand that varies by period, a fixed cost per
// order and a holding cost on stock carried to the next period; the cheapest order plan by
// dynamic programming over "order in period i to cover periods i…j" (Snyder & Shen §3.7).
import { ModelError } from '../errors.ts';
import { requireNonNegative } from './check.ts';

/** Demands and costs per period (any currency and period, consistently). */
export interface WagnerWhitinInput {
  /** Demand in each period (units), period 1 first. */
  demands: readonly number[];
  /** Fixed cost of ordering in a period (money/order): one number, or one per period. */
  orderCost: number | readonly number[];
  /** Cost of carrying one unit from a period to the next (money/unit/period): one number, or one per period. */
  holdingCost: number | readonly number[];
  /** Purchase cost per unit in each period (money/unit; default 0): one number, or one per period. */
  purchaseCost?: number | readonly number[];
}

/** The optimal plan. */
export interface WagnerWhitinResult {
  /** Units to order at the start of each period (0 where no order is placed). */
  orderQuantities: number[];
  /** Periods (0-based) in which an order is placed. */
  orderPeriods: number[];
  /** Stock carried from each period to the next (units). */
  endingInventory: number[];
  /** Σ order costs + holding costs + purchase costs (money). */
  totalCost: number;
  orderingCost: number;
  holdingCost: number;
  purchaseCost: number;
}

function perPeriod(name: string, value: number | readonly number[], n: number): number[] {
  const values = typeof value === 'number' ? new Array<number>(n).fill(value) : [...value];
  if (values.length !== n) throw new ModelError('value.perPeriod', { field: name, periods: n, got: values.length });
  values.forEach((v, t) => requireNonNegative(`${name}[${t}]`, v));
  return values;
}

/**
 * The cost-minimising order plan in O(T²): f(j) = min_{i≤j} f(i−1) + K_i + c_i D(i…j) + holding of
 * D(i…j) from i to j. Ties go to the later order period (less stock carried).
 */
export function wagnerWhitin(input: WagnerWhitinInput): WagnerWhitinResult {
  const n = input.demands.length;
  if (n === 0) throw new ModelError('value.noneGiven', { field: 'demands', what: 'demand' });
  input.demands.forEach((d, t) => requireNonNegative(`demands[${t}]`, d));
  const k = perPeriod('orderCost', input.orderCost, n);
  const h = perPeriod('holdingCost', input.holdingCost, n);
  const c = perPeriod('purchaseCost', input.purchaseCost ?? 0, n);
  const d = input.demands;
  const best = new Float64Array(n + 1);
  const lastOrder = new Int32Array(n + 1);
  for (let j = 1; j <= n; j++) {
    best[j] = Infinity;
    // Walk the order period i down from j, growing the cost of covering i…j incrementally.
    let carried = 0; // holding cost of covering periods i+1…j from period i
    let units = 0;
    let purchase = 0;
    for (let i = j; i >= 1; i--) {
      if (i < j) {
        // Moving the order from i+1 to i carries everything for i+1…j one period longer.
        carried += h[i - 1] * units;
      }
      units += d[i - 1];
      purchase = c[i - 1] * units;
      const orderCost = units > 0 ? k[i - 1] : 0;
      const cost = best[i - 1] + orderCost + carried + purchase;
      if (cost < best[j] - 1e-9 * Math.max(1, Math.abs(cost))) {
        best[j] = cost;
        lastOrder[j] = i;
      }
    }
  }
  const orderQuantities = new Array<number>(n).fill(0);
  for (let j = n; j >= 1; ) {
    const i = lastOrder[j];
    let units = 0;
    for (let t = i; t <= j; t++) units += d[t - 1];
    orderQuantities[i - 1] = units;
    j = i - 1;
  }
  const endingInventory: number[] = [];
  let stock = 0;
  let holdingCost = 0;
  let orderingCost = 0;
  let purchaseCost = 0;
  for (let t = 0; t < n; t++) {
    if (orderQuantities[t] > 0) orderingCost += k[t];
    purchaseCost += c[t] * orderQuantities[t];
    stock += orderQuantities[t] - d[t];
    endingInventory.push(stock);
    holdingCost += h[t] * stock;
  }
  return {
    orderQuantities,
    orderPeriods: orderQuantities.flatMap((q, t) => (q > 0 ? [t] : [])),
    endingInventory,
    totalCost: best[n],
    orderingCost,
    holdingCost,
    purchaseCost,
  };
}
