// The continuous-review (r, Q) policy with normal lead-time demand and backorders: evaluation of
// cost and service, and optimisation by the iterative Hadley–Whitin procedure (Nahmias §5.5).
import { ModelError } from '../errors.ts';
import { normalCdf, normalQuantile, normalLoss } from '../../sim/math/normal.ts';
import { eoq } from './eoq.ts';
import { requireNonNegative, requirePositive } from './check.ts';

/** Costs and demand of an (r, Q) problem, in one consistent time unit (e.g. a year). */
export interface RqInput {
  /** Mean demand rate (units per time unit). */
  demandRate: number;
  /** Mean demand over the lead time (units). */
  leadTimeDemandMean: number;
  /** Standard deviation of demand over the lead time (units); see `leadTimeDemand`. */
  leadTimeDemandSd: number;
  /** Fixed cost per order (money/order). */
  orderCost: number;
  /** Cost of holding one unit for one time unit (money/unit/time unit). */
  holdingCostRate: number;
  /** Cost per unit of demand not met from stock (money/unit short), e.g. lost goodwill. */
  shortageCost: number;
}

/** Expected performance of one (r, Q) policy. */
export interface RqEvaluation {
  /** Reorder point: order Q when the inventory position falls to r (units). */
  reorderPoint: number;
  /** Order quantity (units). */
  orderQuantity: number;
  /** r − mean lead-time demand (units). */
  safetyStock: number;
  /** Expected units short per cycle n(r) = σ G((r − μ)/σ). */
  expectedShortagePerCycle: number;
  /** P(no stock-out in a cycle) = Φ((r − μ)/σ). */
  cycleServiceLevel: number;
  /** 1 − n(r)/Q. */
  fillRate: number;
  /** Mean on-hand stock, approximated as Q/2 + r − μ (units). */
  averageInventory: number;
  orderingCostRate: number;
  holdingCostRate: number;
  shortageCostRate: number;
  /** K D/Q + h (Q/2 + r − μ) + p D n(r)/Q (money per time unit). */
  totalCostRate: number;
}

function check(input: RqInput): void {
  requirePositive('demandRate', input.demandRate);
  requireNonNegative('leadTimeDemandMean', input.leadTimeDemandMean);
  requirePositive('leadTimeDemandSd', input.leadTimeDemandSd);
  requirePositive('orderCost', input.orderCost);
  requirePositive('holdingCostRate', input.holdingCostRate);
  requirePositive('shortageCost', input.shortageCost);
}

/** Expected cost per time unit and service of the policy (r, Q), Hadley–Whitin's approximation. */
export function evaluateRq(reorderPoint: number, orderQuantity: number, input: RqInput): RqEvaluation {
  check(input);
  requirePositive('orderQuantity', orderQuantity);
  const { demandRate: d, leadTimeDemandMean: mu, leadTimeDemandSd: sigma, orderCost: k, holdingCostRate: h, shortageCost: p } = input;
  const z = (reorderPoint - mu) / sigma;
  const shortage = sigma * normalLoss(z);
  const averageInventory = orderQuantity / 2 + reorderPoint - mu;
  const orderingCostRate = (k * d) / orderQuantity;
  const holdingCostRate = h * averageInventory;
  const shortageCostRate = (p * d * shortage) / orderQuantity;
  return {
    reorderPoint,
    orderQuantity,
    safetyStock: reorderPoint - mu,
    expectedShortagePerCycle: shortage,
    cycleServiceLevel: normalCdf(z),
    fillRate: Math.max(0, 1 - shortage / orderQuantity),
    averageInventory,
    orderingCostRate,
    holdingCostRate,
    shortageCostRate,
    totalCostRate: orderingCostRate + holdingCostRate + shortageCostRate,
  };
}

/** The optimal (r, Q) and how the iteration went. */
export interface RqOptimum extends RqEvaluation {
  /** Iterations until Q and r moved less than 1e-9 units. */
  iterations: number;
  /** (Q, r) after each iteration; the first r is the one computed from the EOQ. */
  trace: Array<{ orderQuantity: number; reorderPoint: number }>;
}

/**
 * Optimal (r, Q) by Hadley–Whitin iteration: start at Q = EOQ; then alternately
 * r from 1 − F(r) = Qh/(pD) and Q = √(2D(K + p n(r))/h) until both settle (the fixed point is the
 * optimum of `evaluateRq`'s cost). When Qh/(pD) ≥ 1 the shortage cost is too low for the model's
 * optimality condition to have a solution, and it throws a RangeError naming `shortageCost`.
 */
export function optimiseRq(input: RqInput, maxIterations = 100): RqOptimum {
  check(input);
  const { demandRate: d, leadTimeDemandMean: mu, leadTimeDemandSd: sigma, orderCost: k, holdingCostRate: h, shortageCost: p } = input;
  let q = eoq({ demandRate: d, orderCost: k, holdingCostRate: h }).orderQuantity;
  let r = Number.NaN;
  const trace: Array<{ orderQuantity: number; reorderPoint: number }> = [];
  for (let i = 1; i <= maxIterations; i++) {
    const tail = (q * h) / (p * d);
    if (tail >= 1) {
      throw new ModelError('inventory.shortageTooLow', { q: q.toFixed(1), tail: tail.toFixed(3), p, ratio: ((q * h) / d).toFixed(3) });
    }
    const nextR = mu + sigma * normalQuantile(1 - tail);
    const nextQ = Math.sqrt((2 * d * (k + p * sigma * normalLoss((nextR - mu) / sigma))) / h);
    trace.push({ orderQuantity: nextQ, reorderPoint: nextR });
    const settled = Math.abs(nextQ - q) < 1e-9 && Math.abs(nextR - r) < 1e-9;
    q = nextQ;
    r = nextR;
    if (settled) return { ...evaluateRq(r, q, input), iterations: i, trace };
  }
  throw new ModelError('inventory.noConvergence', { iterations: maxIterations, q, r });
}
