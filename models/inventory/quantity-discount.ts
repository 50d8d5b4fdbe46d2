// EOQ with quantity discounts: the unit price falls at order-size breakpoints, either on every
// unit of the order (all-units) or only on the units beyond each breakpoint (incremental).
// Holding cost is a rate i times the unit price paid (Snyder & Shen §3.4; Nahmias §4.7).
import { ModelError } from '../errors.ts';
import { requireNonNegative, requirePositive } from './check.ts';

/** A price schedule and the demand it serves, in one consistent time unit. */
export interface QuantityDiscountInput {
  /** Demand rate (units per time unit). */
  demandRate: number;
  /** Fixed cost per order (money/order). */
  orderCost: number;
  /** Holding cost per money of stock per time unit (e.g. 0.3 = 30 % a year). */
  holdingRate: number;
  /** Order sizes where each price starts: [0, b₁, b₂, …], increasing, first 0 (units). */
  breakpoints: readonly number[];
  /** Unit price from each breakpoint on (money/unit), decreasing; same length as breakpoints. */
  unitCosts: readonly number[];
}

/** The best order under a discount schedule. */
export interface QuantityDiscountResult {
  /** Best order quantity (units). */
  orderQuantity: number;
  /** Index of the price region it falls in (0 = no discount). */
  region: number;
  /** Average price paid per unit at that quantity (money/unit). */
  averageUnitCost: number;
  /** Purchase + ordering + holding cost per time unit (money/time unit). */
  totalCostRate: number;
  /** Best quantity and cost rate found in each region (NaN where the region has no candidate). */
  candidates: Array<{ region: number; orderQuantity: number; totalCostRate: number }>;
}

function checkSchedule(input: QuantityDiscountInput): void {
  requirePositive('demandRate', input.demandRate);
  requirePositive('orderCost', input.orderCost);
  requirePositive('holdingRate', input.holdingRate);
  const { breakpoints: b, unitCosts: c } = input;
  if (b.length === 0 || b[0] !== 0) throw new ModelError('inventory.firstBreakpoint', { got: [...b] });
  if (c.length !== b.length) throw new ModelError('inventory.pricePerBreakpoint', { breakpoints: b.length, got: c.length });
  for (let j = 0; j < b.length; j++) {
    requireNonNegative(`breakpoints[${j}]`, b[j]);
    requirePositive(`unitCosts[${j}]`, c[j]);
    if (j > 0 && !(b[j] > b[j - 1])) throw new ModelError('inventory.breakpointsIncrease', { previous: b[j - 1], next: b[j] });
    if (j > 0 && !(c[j] < c[j - 1])) throw new ModelError('inventory.discountLowers', { previous: c[j - 1], next: c[j] });
  }
}

const regionOf = (q: number, b: readonly number[]) => {
  let j = 0;
  while (j + 1 < b.length && q >= b[j + 1]) j++;
  return j;
};

/** Cost per time unit of ordering `orderQuantity` under the all-units schedule. */
export function allUnitsCostRate(orderQuantity: number, input: QuantityDiscountInput): number {
  checkSchedule(input);
  requirePositive('orderQuantity', orderQuantity);
  const c = input.unitCosts[regionOf(orderQuantity, input.breakpoints)];
  return c * input.demandRate + (input.orderCost * input.demandRate) / orderQuantity + (input.holdingRate * c * orderQuantity) / 2;
}

/** Best order when the price of a region applies to every unit of the order. */
export function eoqAllUnitsDiscount(input: QuantityDiscountInput): QuantityDiscountResult {
  checkSchedule(input);
  const { demandRate: d, orderCost: k, holdingRate: i, breakpoints: b, unitCosts: c } = input;
  const candidates = b.map((from, j) => {
    // Each region's cost is convex in Q; its best point is the EOQ at that price clamped to the region.
    const to = j + 1 < b.length ? b[j + 1] : Infinity;
    const eoqJ = Math.sqrt((2 * k * d) / (i * c[j]));
    if (eoqJ >= to) return { region: j, orderQuantity: NaN, totalCostRate: NaN };
    const q = Math.max(eoqJ, from);
    return { region: j, orderQuantity: q, totalCostRate: allUnitsCostRate(q, input) };
  });
  return pick(candidates, (q) => c[regionOf(q, b)]);
}

/** Total purchase price of an order of q units under the incremental schedule (money). */
export function incrementalPrice(q: number, input: Pick<QuantityDiscountInput, 'breakpoints' | 'unitCosts'>): number {
  const { breakpoints: b, unitCosts: c } = input;
  let price = 0;
  for (let j = 0; j < b.length && q > b[j]; j++) price += c[j] * (Math.min(q, j + 1 < b.length ? b[j + 1] : Infinity) - b[j]);
  return price;
}

/** Cost per time unit of ordering `orderQuantity` under the incremental schedule. */
export function incrementalCostRate(orderQuantity: number, input: QuantityDiscountInput): number {
  checkSchedule(input);
  requirePositive('orderQuantity', orderQuantity);
  const { demandRate: d, orderCost: k, holdingRate: i } = input;
  const average = incrementalPrice(orderQuantity, input) / orderQuantity;
  return average * d + (k * d) / orderQuantity + (i * average * orderQuantity) / 2;
}

/**
 * Best order when each price applies only to the units beyond its breakpoint. In region j the
 * order costs c_j Q + F_j, F_j = Σ_{l<j} (c_l − c_j)(b_{l+1} − b_l); the fixed part joins the order
 * cost, giving Q_j = √(2D(K + F_j)/(i c_j)), kept only when it lies inside region j.
 */
export function eoqIncrementalDiscount(input: QuantityDiscountInput): QuantityDiscountResult {
  checkSchedule(input);
  const { demandRate: d, orderCost: k, holdingRate: i, breakpoints: b, unitCosts: c } = input;
  const candidates = b.map((from, j) => {
    const to = j + 1 < b.length ? b[j + 1] : Infinity;
    const fixed = incrementalPrice(from, input) - c[j] * from;
    const q = Math.sqrt((2 * d * (k + fixed)) / (i * c[j]));
    if (!(q >= from && q < to)) return { region: j, orderQuantity: NaN, totalCostRate: NaN };
    return { region: j, orderQuantity: q, totalCostRate: incrementalCostRate(q, input) };
  });
  return pick(candidates, (q) => incrementalPrice(q, input) / q);
}

function pick(candidates: QuantityDiscountResult['candidates'], averageUnitCost: (q: number) => number): QuantityDiscountResult {
  let best = candidates[0];
  for (const c of candidates) if (Number.isFinite(c.totalCostRate) && !(c.totalCostRate >= best.totalCostRate)) best = c;
  return { orderQuantity: best.orderQuantity, region: best.region, averageUnitCost: averageUnitCost(best.orderQuantity), totalCostRate: best.totalCostRate, candidates };
}
