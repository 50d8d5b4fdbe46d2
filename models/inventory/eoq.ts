// Economic order quantity: the classic lot size that balances ordering and holding cost, and the
// variant with planned backorders (Hillier–Lieberman §18.3). Any consistent time unit works.
import { requirePositive } from './check.ts';

/** Inputs of the classic EOQ model (deterministic, constant demand, instant replenishment). */
export interface EoqInput {
  /** Demand rate (units per time unit, e.g. units/year). */
  demandRate: number;
  /** Fixed cost of placing one order (money/order). */
  orderCost: number;
  /** Cost of holding one unit for one time unit (money/unit/time unit), e.g. interest × unit cost. */
  holdingCostRate: number;
}

/** The EOQ solution. */
export interface EoqResult {
  /** Optimal order quantity Q* = √(2KD/h) (units). */
  orderQuantity: number;
  /** Orders per time unit D / Q*. */
  ordersPerTime: number;
  /** Time between orders Q* / D (time units). */
  cycleTime: number;
  /** Ordering cost per time unit KD / Q* (money/time unit). */
  orderingCostRate: number;
  /** Holding cost per time unit hQ* / 2 (money/time unit). */
  holdingCostRate: number;
  /** Total relevant cost per time unit √(2KDh) (money/time unit; excludes purchase cost). */
  totalCostRate: number;
}

function checkEoq(input: EoqInput): void {
  requirePositive('demandRate', input.demandRate);
  requirePositive('orderCost', input.orderCost);
  requirePositive('holdingCostRate', input.holdingCostRate);
}

/** Relevant cost per time unit of ordering `orderQuantity` units at a time: KD/Q + hQ/2. */
export function eoqCostRate(orderQuantity: number, input: EoqInput): number {
  checkEoq(input);
  requirePositive('orderQuantity', orderQuantity);
  return (input.orderCost * input.demandRate) / orderQuantity + (input.holdingCostRate * orderQuantity) / 2;
}

/** The classic economic order quantity (Harris 1913; Nahmias §4.5). */
export function eoq(input: EoqInput): EoqResult {
  checkEoq(input);
  const { demandRate: d, orderCost: k, holdingCostRate: h } = input;
  const q = Math.sqrt((2 * k * d) / h);
  return {
    orderQuantity: q,
    ordersPerTime: d / q,
    cycleTime: q / d,
    orderingCostRate: (k * d) / q,
    holdingCostRate: (h * q) / 2,
    totalCostRate: Math.sqrt(2 * k * d * h),
  };
}

/** EOQ inputs plus the cost of a unit waiting on backorder. */
export interface EoqBackorderInput extends EoqInput {
  /** Cost of one unit backordered for one time unit (money/unit/time unit). */
  backorderCostRate: number;
}

/** The EOQ-with-planned-backorders solution. */
export interface EoqBackorderResult {
  /** Optimal order quantity Q* = √(2KD/h) · √((p + h)/p) (units). */
  orderQuantity: number;
  /** Inventory right after a delivery, S* = √(2KD/h) · √(p/(p + h)) (units). */
  maxInventory: number;
  /** Largest backlog just before a delivery, Q* − S* (units). */
  maxBackorder: number;
  /** Share of each cycle with stock on hand, S* / Q* = p/(p + h). */
  inStockShare: number;
  /** Time between orders Q* / D. */
  cycleTime: number;
  /** Total cost per time unit √(2KDh) · √(p/(p + h)) (money/time unit). */
  totalCostRate: number;
}

/**
 * Cost per time unit of ordering Q with S units on hand after each delivery:
 * KD/Q + hS²/(2Q) + p(Q − S)²/(2Q).
 */
export function eoqBackorderCostRate(orderQuantity: number, maxInventory: number, input: EoqBackorderInput): number {
  checkEoq(input);
  requirePositive('backorderCostRate', input.backorderCostRate);
  requirePositive('orderQuantity', orderQuantity);
  const { demandRate: d, orderCost: k, holdingCostRate: h, backorderCostRate: p } = input;
  const short = orderQuantity - maxInventory;
  return (k * d) / orderQuantity + (h * maxInventory * maxInventory) / (2 * orderQuantity) + (p * short * short) / (2 * orderQuantity);
}

/** EOQ with planned backorders (Hillier–Lieberman §18.3, "EOQ model with planned shortages"). */
export function eoqWithBackorders(input: EoqBackorderInput): EoqBackorderResult {
  checkEoq(input);
  requirePositive('backorderCostRate', input.backorderCostRate);
  const { demandRate: d, orderCost: k, holdingCostRate: h, backorderCostRate: p } = input;
  const base = Math.sqrt((2 * k * d) / h);
  const q = base * Math.sqrt((p + h) / p);
  const s = base * Math.sqrt(p / (p + h));
  return {
    orderQuantity: q,
    maxInventory: s,
    maxBackorder: q - s,
    inStockShare: p / (p + h),
    cycleTime: q / d,
    totalCostRate: Math.sqrt(2 * k * d * h) * Math.sqrt(p / (p + h)),
  };
}
