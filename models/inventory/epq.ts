// Economic production quantity: the EOQ when a batch arrives at a finite production rate P > D
// instead of all at once, so stock builds up while producing (Snyder & Shen §3.6; Nahmias §4.6).
import { ModelError } from '../errors.ts';
import { requirePositive } from './check.ts';
import type { EoqInput } from './eoq.ts';

/** EOQ inputs plus the rate at which a batch is produced. */
export interface EpqInput extends EoqInput {
  /** Production rate while a batch runs (units per time unit); must exceed the demand rate. */
  productionRate: number;
}

/** The EPQ solution. */
export interface EpqResult {
  /** Optimal batch size Q* = √(2KD / (h(1 − D/P))) (units). */
  orderQuantity: number;
  /** Peak stock Q*(1 − D/P), reached when a batch ends (units). */
  maxInventory: number;
  /** Time between batch starts Q* /D (time units). */
  cycleTime: number;
  /** Time a batch takes to produce Q* /P (time units). */
  productionTime: number;
  /** Share of time the line produces, D/P. */
  utilisation: number;
  /** Set-up cost per time unit KD/Q* (money/time unit). */
  orderingCostRate: number;
  /** Holding cost per time unit h(1 − D/P)Q* /2 (money/time unit). */
  holdingCostRate: number;
  /** √(2KDh(1 − D/P)) (money/time unit; excludes production cost). */
  totalCostRate: number;
}

function checkEpq(input: EpqInput): number {
  requirePositive('demandRate', input.demandRate);
  requirePositive('orderCost', input.orderCost);
  requirePositive('holdingCostRate', input.holdingCostRate);
  requirePositive('productionRate', input.productionRate);
  const rho = input.demandRate / input.productionRate;
  if (!(rho < 1)) throw new ModelError('inventory.productionRate', { demandRate: input.demandRate, got: input.productionRate });
  return rho;
}

/** Relevant cost per time unit of batches of `orderQuantity`: KD/Q + h(1 − D/P)Q/2. */
export function epqCostRate(orderQuantity: number, input: EpqInput): number {
  const rho = checkEpq(input);
  requirePositive('orderQuantity', orderQuantity);
  return (input.orderCost * input.demandRate) / orderQuantity + (input.holdingCostRate * (1 - rho) * orderQuantity) / 2;
}

/** The economic production quantity and its costs. */
export function epq(input: EpqInput): EpqResult {
  const rho = checkEpq(input);
  const { demandRate: d, orderCost: k, holdingCostRate: h, productionRate: p } = input;
  const effectiveH = h * (1 - rho);
  const q = Math.sqrt((2 * k * d) / effectiveH);
  return {
    orderQuantity: q,
    maxInventory: q * (1 - rho),
    cycleTime: q / d,
    productionTime: q / p,
    utilisation: rho,
    orderingCostRate: (k * d) / q,
    holdingCostRate: (effectiveH * q) / 2,
    totalCostRate: Math.sqrt(2 * k * d * effectiveH),
  };
}
