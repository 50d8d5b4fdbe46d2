// The periodic-review base-stock (order-up-to, (R, S)) policy: every R periods order up to S, the
// demand over review period plus lead time being what S must cover. Normal and discrete demand.
import { ModelError } from '../errors.ts';
import { normalCdf, normalQuantile, normalLoss } from '../../sim/math/normal.ts';
import { demandCdf, demandLeftover, demandLoss, demandMean, demandOverPeriods, demandQuantile, type DiscreteDemand } from './discrete.ts';
import { requireNonNegative, requirePositive, requireProbability } from './check.ts';

/** How the order-up-to level is chosen. */
export type BaseStockTarget =
  /** Probability of no stock-out in a review cycle. */
  | { cycleServiceLevel: number }
  /** Share of demand served from stock. */
  | { fillRate: number }
  /** Cost-optimal for holding cost h and backorder cost b, both per unit per period (money). */
  | { holdingCost: number; backorderCost: number };

/** Normal demand per period and the review/lead-time structure. */
export interface BaseStockNormalInput {
  /** Mean demand per period (units/period). */
  demandMean: number;
  /** Standard deviation of demand (or forecast error) per period (units/period). */
  demandSd: number;
  /** Supplier lead time (periods). */
  leadTime: number;
  /** Periods between reviews R (default 1). */
  reviewPeriod?: number;
  /** Standard deviation of the lead time (periods; default 0). */
  leadTimeSd?: number;
}

/** An order-up-to level and its expected performance. */
export interface BaseStockResult {
  /** Order-up-to level S (units of inventory position after ordering). */
  orderUpToLevel: number;
  /** S minus mean demand over R + L (units). */
  safetyStock: number;
  /** Mean and sd of demand over the protection interval R + L (units). */
  protectionMean: number;
  protectionSd: number;
  /** P(demand over R + L ≤ S): no stock-out in a cycle. */
  cycleServiceLevel: number;
  /**
   * Share of demand served from stock: 1 − (E[(D_{R+L} − S)⁺] − E[(D_L − S)⁺]) / (R d) — the
   * shortage in a cycle net of backorders already counted in the cycle before.
   */
  fillRate: number;
  /** End-of-period on-hand stock averaged over the R periods of a cycle (units). */
  expectedOnHand: number;
  /** End-of-period backorders averaged over the cycle (units). */
  expectedBackorders: number;
  /** h·on hand + b·backorders per period, when costs were given (money/period), else NaN. */
  expectedCostPerPeriod: number;
}

function periodsOf(input: { leadTime: number; reviewPeriod?: number }): { l: number; r: number } {
  requireNonNegative('leadTime', input.leadTime);
  const r = input.reviewPeriod ?? 1;
  if (!Number.isInteger(r) || r < 1) throw new ModelError('value.whole', { field: 'reviewPeriod', min: 1, got: String(r), unit: 'periods' });
  return { l: input.leadTime, r };
}

function checkTarget(target: BaseStockTarget): void {
  if ('cycleServiceLevel' in target) requireProbability('cycleServiceLevel', target.cycleServiceLevel);
  else if ('fillRate' in target) requireProbability('fillRate', target.fillRate);
  else {
    requirePositive('holdingCost', target.holdingCost);
    requirePositive('backorderCost', target.backorderCost);
  }
}

/** Evaluates the order-up-to level S against normal demand. */
export function evaluateBaseStockNormal(orderUpToLevel: number, input: BaseStockNormalInput, costs?: { holdingCost: number; backorderCost: number }): BaseStockResult {
  const { l, r } = periodsOf(input);
  requireNonNegative('demandMean', input.demandMean);
  requireNonNegative('demandSd', input.demandSd);
  const leadTimeSd = input.leadTimeSd ?? 0;
  requireNonNegative('leadTimeSd', leadTimeSd);
  const d = input.demandMean;
  // Demand over t periods of a lead time with random length: mean d·t, variance t·σ² + d²σ_L².
  const over = (t: number) => ({ mean: d * t, sd: Math.sqrt(t * input.demandSd ** 2 + d * d * leadTimeSd ** 2) });
  const loss = (t: number) => {
    const { mean, sd } = over(t);
    return sd > 0 ? sd * normalLoss((orderUpToLevel - mean) / sd) : Math.max(0, mean - orderUpToLevel);
  };
  const protection = over(l + r);
  if (!(protection.sd > 0)) throw new ModelError('inventory.noSpread', {});
  let onHand = 0;
  let backorders = 0;
  for (let j = 1; j <= r; j++) {
    const short = loss(l + j);
    backorders += short / r;
    onHand += (orderUpToLevel - d * (l + j) + short) / r;
  }
  const cycleShortage = loss(l + r) - loss(l);
  return {
    orderUpToLevel,
    safetyStock: orderUpToLevel - protection.mean,
    protectionMean: protection.mean,
    protectionSd: protection.sd,
    cycleServiceLevel: normalCdf((orderUpToLevel - protection.mean) / protection.sd),
    fillRate: d > 0 ? Math.min(1, Math.max(0, 1 - cycleShortage / (r * d))) : 1,
    expectedOnHand: onHand,
    expectedBackorders: backorders,
    expectedCostPerPeriod: costs ? costs.holdingCost * onHand + costs.backorderCost * backorders : NaN,
  };
}

/** Order-up-to level for normal demand that meets a service target or minimises cost. */
export function baseStockNormal(input: BaseStockNormalInput, target: BaseStockTarget): BaseStockResult {
  checkTarget(target);
  const { r } = periodsOf(input);
  const { protectionMean: mean, protectionSd: sd } = evaluateBaseStockNormal(0, input);
  if ('cycleServiceLevel' in target) return evaluateBaseStockNormal(mean + sd * normalQuantile(target.cycleServiceLevel), input);
  if ('fillRate' in target) {
    const goal = target.fillRate;
    return evaluateBaseStockNormal(bisectIncreasing((level) => evaluateBaseStockNormal(level, input).fillRate - goal, mean, sd), input);
  }
  const ratio = target.backorderCost / (target.backorderCost + target.holdingCost);
  if (r === 1) return evaluateBaseStockNormal(mean + sd * normalQuantile(ratio), input, target);
  // R > 1: the cycle-average cost is convex in S with derivative h − (h + b)·(1/R)Σ_j P(D_{L+j} > S),
  // so the optimum solves (1/R) Σ_j P(D_{L+j} ≤ S) = b/(b + h).
  const { l } = periodsOf(input);
  const leadTimeSd = input.leadTimeSd ?? 0;
  const averageCdf = (level: number) => {
    let sum = 0;
    for (let j = 1; j <= r; j++) {
      const t = l + j;
      const jsd = Math.sqrt(t * input.demandSd ** 2 + input.demandMean ** 2 * leadTimeSd ** 2);
      sum += normalCdf((level - input.demandMean * t) / jsd);
    }
    return sum / r;
  };
  return evaluateBaseStockNormal(bisectIncreasing((level) => averageCdf(level) - ratio, mean, sd), input, target);
}

/** Root of an increasing function f near `centre`, bracketing outward in steps of `scale`. */
function bisectIncreasing(f: (x: number) => number, centre: number, scale: number): number {
  let lo = centre - 10 * scale;
  let hi = centre + 10 * scale;
  for (let i = 0; f(lo) >= 0 && i < 60; i++) lo -= 10 * scale;
  for (let i = 0; f(hi) < 0 && i < 60; i++) hi += 10 * scale;
  for (let i = 0; i < 200 && hi - lo > 1e-10 * (1 + Math.abs(hi)); i++) {
    const mid = (lo + hi) / 2;
    if (f(mid) >= 0) hi = mid;
    else lo = mid;
  }
  return hi;
}

/** Discrete demand per period; lead time in whole periods. */
export interface BaseStockDiscreteInput {
  /** Demand in one period (units). */
  demand: DiscreteDemand;
  /** Supplier lead time (whole periods). */
  leadTime: number;
  /** Periods between reviews R (default 1). */
  reviewPeriod?: number;
}

/** Evaluates a whole-unit order-up-to level against discrete demand (exact, with backorders). */
export function evaluateBaseStockDiscrete(orderUpToLevel: number, input: BaseStockDiscreteInput, costs?: { holdingCost: number; backorderCost: number }): BaseStockResult {
  const { l, r } = periodsOf(input);
  if (!Number.isInteger(l)) throw new ModelError('inventory.wholePeriods', { field: 'leadTime', demand: 'discrete', got: l });
  const d = demandMean(input.demand);
  let onHand = 0;
  let backorders = 0;
  for (let j = 1; j <= r; j++) {
    const over = demandOverPeriods(input.demand, l + j);
    onHand += demandLeftover(over, orderUpToLevel) / r;
    backorders += demandLoss(over, orderUpToLevel) / r;
  }
  const protection = demandOverPeriods(input.demand, l + r);
  const pm = demandMean(protection);
  let pv = 0;
  for (let k = 0; k < protection.pmf.length; k++) pv += (k - pm) ** 2 * protection.pmf[k];
  const cycleShortage = demandLoss(protection, orderUpToLevel) - demandLoss(demandOverPeriods(input.demand, l), orderUpToLevel);
  return {
    orderUpToLevel,
    safetyStock: orderUpToLevel - pm,
    protectionMean: pm,
    protectionSd: Math.sqrt(pv),
    cycleServiceLevel: demandCdf(protection, orderUpToLevel),
    fillRate: d > 0 ? Math.min(1, Math.max(0, 1 - cycleShortage / (r * d))) : 1,
    expectedOnHand: onHand,
    expectedBackorders: backorders,
    expectedCostPerPeriod: costs ? costs.holdingCost * onHand + costs.backorderCost * backorders : NaN,
  };
}

/** Smallest whole-unit order-up-to level meeting a service target, or the cost-optimal one. */
export function baseStockDiscrete(input: BaseStockDiscreteInput, target: BaseStockTarget): BaseStockResult {
  checkTarget(target);
  const { l, r } = periodsOf(input);
  const protection = demandOverPeriods(input.demand, l + r);
  if ('cycleServiceLevel' in target) return evaluateBaseStockDiscrete(demandQuantile(protection, target.cycleServiceLevel), input);
  if ('fillRate' in target) {
    // Fill rate is non-decreasing in S: binary search for the smallest level that reaches it.
    let lo = -1;
    let hi = protection.pmf.length;
    while (hi - lo > 1) {
      const mid = (lo + hi) >> 1;
      if (evaluateBaseStockDiscrete(mid, input).fillRate >= target.fillRate - 1e-12) hi = mid;
      else lo = mid;
    }
    return evaluateBaseStockDiscrete(hi, input);
  }
  if (r === 1) return evaluateBaseStockDiscrete(demandQuantile(protection, target.backorderCost / (target.backorderCost + target.holdingCost)), input, target);
  // R > 1: the cost over the cycle is convex in S; walk from the newsvendor guess to the minimum.
  let level = demandQuantile(protection, target.backorderCost / (target.backorderCost + target.holdingCost));
  let best = evaluateBaseStockDiscrete(level, input, target);
  for (const step of [1, -1]) {
    for (;;) {
      if (level + step < 0) break;
      const next = evaluateBaseStockDiscrete(level + step, input, target);
      if (next.expectedCostPerPeriod >= best.expectedCostPerPeriod) break;
      best = next;
      level += step;
    }
  }
  return best;
}
