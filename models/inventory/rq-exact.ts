// The continuous-review (r, Q) policy with backorders charged per unit per time unit, evaluated
// and optimised exactly (Zipkin §6.4; Snyder & Shen §5.2, §5.5) — beside rq.ts's Hadley–Whitin
// approximation, which charges a cost per unit short. The inventory position is uniform on
// (r, r + Q], so c(r, Q) = (Kλ + ∫_r^{r+Q} g(y) dy)/Q with g(y) = h E[(y − D)⁺] + p E[(D − y)⁺],
// D the lead-time demand (normal, or Poisson with whole units where the integral is a sum).
import { ModelError } from '../errors.ts';
import { normalLoss, normalSecondOrderLoss } from '../../sim/math/normal.ts';
import { demandLeftover, demandLoss, poissonDemand, type DiscreteDemand } from './discrete.ts';
import { requireNonNegative, requirePositive } from './check.ts';

/** Costs and demand of an exact (r, Q) problem, in one consistent time unit (e.g. a year). */
export interface RqExactInput {
  /** Mean demand rate λ (units per time unit). */
  demandRate: number;
  /** Fixed cost per order K (money/order). */
  orderCost: number;
  /** Cost of one unit on hand for one time unit h (money/unit/time unit). */
  holdingCostRate: number;
  /** Cost of one unit backordered for one time unit p (money/unit/time unit). */
  backorderCostRate: number;
  /** Lead-time demand: normal (mean, sd in units) or Poisson (mean in units, whole-unit policy). */
  leadTimeDemand: { mean: number; sd: number } | { poissonMean: number };
}

/** Long-run performance of one (r, Q) policy under the exact model. */
export interface RqExactEvaluation {
  reorderPoint: number;
  orderQuantity: number;
  /** Mean on-hand stock (units). */
  expectedOnHand: number;
  /** Mean backorders outstanding (units). */
  expectedBackorders: number;
  /** Share of demand met from stock: 1 − (n(r) − n(r + Q))/Q. */
  fillRate: number;
  orderingCostRate: number;
  holdingCostRate: number;
  backorderCostRate: number;
  /** Kλ/Q + h·on hand + p·backorders (money per time unit). */
  totalCostRate: number;
}

interface Kernel {
  /** ∫ (or Σ over whole units) of E[(y − D)⁺] and E[(D − y)⁺] for y in (r, r + Q]. */
  integrals(r: number, q: number): { leftover: number; shortage: number; shortAtR: number; shortAtTop: number };
  g(y: number): number;
  discrete: boolean;
  mean: number;
  sd: number;
}

function kernel(input: RqExactInput): Kernel {
  requirePositive('demandRate', input.demandRate);
  requirePositive('orderCost', input.orderCost);
  requirePositive('holdingCostRate', input.holdingCostRate);
  requirePositive('backorderCostRate', input.backorderCostRate);
  const h = input.holdingCostRate;
  const p = input.backorderCostRate;
  const ltd = input.leadTimeDemand;
  if ('poissonMean' in ltd) {
    requireNonNegative('poissonMean', ltd.poissonMean);
    const demand: DiscreteDemand = poissonDemand(ltd.poissonMean);
    const g = (y: number) => h * demandLeftover(demand, y) + p * demandLoss(demand, y);
    return {
      discrete: true,
      mean: ltd.poissonMean,
      sd: Math.sqrt(ltd.poissonMean),
      g,
      integrals(r, q) {
        let leftover = 0;
        let shortage = 0;
        for (let y = r + 1; y <= r + q; y++) {
          leftover += demandLeftover(demand, y);
          shortage += demandLoss(demand, y);
        }
        return { leftover, shortage, shortAtR: demandLoss(demand, r), shortAtTop: demandLoss(demand, r + q) };
      },
    };
  }
  requireNonNegative('leadTimeDemandMean', ltd.mean);
  requirePositive('leadTimeDemandSd', ltd.sd);
  const { mean: mu, sd: sigma } = ltd;
  const n = (y: number) => sigma * normalLoss((y - mu) / sigma);
  return {
    discrete: false,
    mean: mu,
    sd: sigma,
    g: (y) => h * (y - mu + n(y)) + p * n(y),
    integrals(r, q) {
      const shortage = sigma * sigma * (normalSecondOrderLoss((r - mu) / sigma) - normalSecondOrderLoss((r + q - mu) / sigma));
      return { leftover: q * (r - mu) + (q * q) / 2 + shortage, shortage, shortAtR: n(r), shortAtTop: n(r + q) };
    },
  };
}

function evaluateWith(k: Kernel, r: number, q: number, input: RqExactInput): RqExactEvaluation {
  const { leftover, shortage, shortAtR, shortAtTop } = k.integrals(r, q);
  const orderingCostRate = (input.orderCost * input.demandRate) / q;
  const holdingCostRate = (input.holdingCostRate * leftover) / q;
  const backorderCostRate = (input.backorderCostRate * shortage) / q;
  return {
    reorderPoint: r,
    orderQuantity: q,
    expectedOnHand: leftover / q,
    expectedBackorders: shortage / q,
    fillRate: Math.min(1, Math.max(0, 1 - (shortAtR - shortAtTop) / q)),
    orderingCostRate,
    holdingCostRate,
    backorderCostRate,
    totalCostRate: orderingCostRate + holdingCostRate + backorderCostRate,
  };
}

/** Exact expected cost and service of (r, Q); with Poisson demand r and Q must be whole units. */
export function evaluateRqExact(reorderPoint: number, orderQuantity: number, input: RqExactInput): RqExactEvaluation {
  const k = kernel(input);
  requirePositive('orderQuantity', orderQuantity);
  if (k.discrete && (!Number.isInteger(reorderPoint) || !Number.isInteger(orderQuantity))) {
    throw new ModelError('inventory.poissonWhole', { reorderPoint, orderQuantity });
  }
  return evaluateWith(k, reorderPoint, orderQuantity, input);
}

/**
 * The best reorder point for a given Q: where g(r) = g(r + Q), g being convex (continuous
 * demand; found by bisection). Snyder & Shen eq. (5.13).
 */
export function optimalReorderPointForQuantity(orderQuantity: number, input: RqExactInput): number {
  const k = kernel(input);
  requirePositive('orderQuantity', orderQuantity);
  if (k.discrete) throw new ModelError('inventory.normalOnly', {});
  let lo = k.mean - 12 * k.sd - orderQuantity;
  let hi = k.mean + 12 * k.sd;
  for (let i = 0; i < 200 && hi - lo > 1e-10 * (1 + Math.abs(hi)); i++) {
    const mid = (lo + hi) / 2;
    if (k.g(mid + orderQuantity) - k.g(mid) >= 0) hi = mid;
    else lo = mid;
  }
  return (lo + hi) / 2;
}

/** The optimal (r, Q) and how it was found. */
export interface RqExactOptimum extends RqExactEvaluation {
  /** 'golden-section' over Q with r(Q) (normal) or 'federgruen-zheng' (Poisson). */
  method: 'golden-section' | 'federgruen-zheng';
}

/**
 * Optimal (r, Q). Normal demand: min over Q of c(r(Q), Q), which is convex in Q, by golden-section
 * search. Poisson demand: Federgruen & Zheng (1992) — grow a window of whole-unit positions around
 * the minimiser of g, always adding the cheaper neighbour, while the next g is below the average
 * cost; the window is (r, r + Q].
 */
export function optimiseRqExact(input: RqExactInput): RqExactOptimum {
  const k = kernel(input);
  const fixed = input.orderCost * input.demandRate;
  if (k.discrete) {
    let y = Math.round(k.mean);
    while (k.g(y - 1) < k.g(y)) y--;
    while (k.g(y + 1) < k.g(y)) y++;
    let lo = y;
    let hi = y;
    let sum = k.g(y);
    let q = 1;
    for (;;) {
      const left = k.g(lo - 1);
      const right = k.g(hi + 1);
      const next = Math.min(left, right);
      if (next >= (fixed + sum) / q) break;
      if (left <= right) lo--;
      else hi++;
      sum += next;
      q++;
    }
    return { ...evaluateWith(k, lo - 1, q, input), method: 'federgruen-zheng' };
  }
  const costAt = (q: number) => evaluateWith(k, optimalReorderPointForQuantity(q, input), q, input).totalCostRate;
  // Bracket the minimum, starting from the EOQ, then shrink by golden sections.
  let a = 1e-9;
  let b = Math.max(Math.sqrt((2 * fixed) / input.holdingCostRate), k.sd);
  while (costAt(2 * b) < costAt(b)) b *= 2;
  b *= 2;
  const ratio = (Math.sqrt(5) - 1) / 2;
  let c = b - ratio * (b - a);
  let d = a + ratio * (b - a);
  let fc = costAt(c);
  let fd = costAt(d);
  for (let i = 0; i < 200 && b - a > 1e-9 * (1 + b); i++) {
    if (fc < fd) {
      b = d;
      d = c;
      fd = fc;
      c = b - ratio * (b - a);
      fc = costAt(c);
    } else {
      a = c;
      c = d;
      fc = fd;
      d = a + ratio * (b - a);
      fd = costAt(d);
    }
  }
  const q = (a + b) / 2;
  return { ...evaluateWith(k, optimalReorderPointForQuantity(q, input), q, input), method: 'golden-section' };
}

