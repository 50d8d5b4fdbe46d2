// The periodic-review (s, S) policy with discrete demand and backorders: exact evaluation by
// renewal theory and the optimal policy by the Zheng–Federgruen (1991) algorithm.
//
// Each period starts with a review: if the inventory position is at or below s, order up to S;
// the order arrives L periods later. Holding and backorder costs are charged on the net stock at
// the end of each period. With y the position after ordering, the cost charged L periods later
// is G(y) = h E[(y − D)⁺] + b E[(D − y)⁺], D the demand over L + 1 periods. Positions after
// ordering form a renewal process on s+1…S, so (Veinott–Wagner; Zheng–Federgruen eq. 2)
//   c(s, S) = (K + Σ_{j=0}^{S−s−1} m(j) G(S − j)) / M(S − s),
// with m(0) = 1/(1 − p₀), m(j) = Σ_{l=1}^{j} p_l m(j − l)/(1 − p₀), M(n) = Σ_{j<n} m(j): M(n) is
// the expected number of periods until one-period demands add up to n or more.
import { ModelError } from '../errors.ts';
import { demandCdf, demandLeftover, demandLoss, demandMean, demandOverPeriods, type DiscreteDemand } from './discrete.ts';
import { requireNonNegative, requirePositive } from './check.ts';

/** One (s, S) problem: demand per period, lead time and costs (money per period or per order). */
export interface SsInput {
  /** Demand in one period (units). */
  demand: DiscreteDemand;
  /** Lead time (whole periods ≥ 0). */
  leadTime: number;
  /** Fixed cost per order (money/order). */
  orderCost: number;
  /** Cost per unit on hand at the end of a period (money/unit/period). */
  holdingCost: number;
  /** Cost per unit backordered at the end of a period (money/unit/period). */
  backorderCost: number;
}

/** Expected long-run performance of one (s, S) policy. */
export interface SsEvaluation {
  /** Reorder level s: order when the inventory position is ≤ s (units). */
  reorderLevel: number;
  /** Order-up-to level S (units). */
  orderUpToLevel: number;
  /** Long-run expected cost per period (money/period). */
  costPerPeriod: number;
  /** Probability that a review places an order. */
  orderProbability: number;
  /** Mean end-of-period on-hand stock (units). */
  expectedOnHand: number;
  /** Mean end-of-period backorders (units). */
  expectedBackorders: number;
  /** P(no backorders at the end of a period). */
  cycleServiceLevel: number;
  /** Share of demand met from stock on hand. */
  fillRate: number;
}

/** Precomputed pieces shared by every policy evaluated for one problem. */
export class SsModel {
  readonly input: SsInput;
  private readonly over: DiscreteDemand;
  private readonly overLead: DiscreteDemand;
  private readonly meanPerPeriod: number;
  private readonly p0: number;
  private readonly m: number[] = [];
  private readonly bigM: number[] = [0];
  private readonly gCache = new Map<number, number>();

  constructor(input: SsInput) {
    if (!Number.isInteger(input.leadTime) || input.leadTime < 0) throw new ModelError('value.whole', { field: 'leadTime', min: 0, got: String(input.leadTime), unit: 'periods' });
    requireNonNegative('orderCost', input.orderCost);
    requirePositive('holdingCost', input.holdingCost);
    requirePositive('backorderCost', input.backorderCost);
    this.input = input;
    this.p0 = input.demand.pmf[0];
    if (!(this.p0 < 1 - 1e-12)) throw new ModelError('inventory.alwaysZero', {});
    this.over = demandOverPeriods(input.demand, input.leadTime + 1);
    this.overLead = demandOverPeriods(input.demand, input.leadTime);
    this.meanPerPeriod = demandMean(input.demand);
  }

  /** G(y): expected holding + backorder cost charged for a position y after ordering. */
  g(y: number): number {
    let v = this.gCache.get(y);
    if (v === undefined) {
      v = this.input.holdingCost * demandLeftover(this.over, y) + this.input.backorderCost * demandLoss(this.over, y);
      this.gCache.set(y, v);
    }
    return v;
  }

  private ensureRenewal(n: number): void {
    const pmf = this.input.demand.pmf;
    const scale = 1 / (1 - this.p0);
    for (let j = this.m.length; j < n; j++) {
      let v = j === 0 ? scale : 0;
      for (let l = 1; l <= j && l < pmf.length; l++) v += pmf[l] * this.m[j - l] * scale;
      this.m.push(v);
      this.bigM.push(this.bigM[j] + v);
    }
  }

  /** c(s, S): long-run expected cost per period of the policy (money/period). */
  cost(s: number, S: number): number {
    checkLevels(s, S);
    const n = S - s;
    this.ensureRenewal(n);
    let sum = this.input.orderCost;
    for (let j = 0; j < n; j++) sum += this.m[j] * this.g(S - j);
    return sum / this.bigM[n];
  }

  /** Full evaluation of (s, S): cost, order frequency, stock, backorders and service. */
  evaluate(s: number, S: number): SsEvaluation {
    const cost = this.cost(s, S);
    const n = S - s;
    let onHand = 0;
    let backorders = 0;
    let inStock = 0;
    let shortPerPeriod = 0;
    for (let j = 0; j < n; j++) {
      // Stationary probability that the position after ordering is S − j.
      const w = this.m[j] / this.bigM[n];
      const y = S - j;
      onHand += w * demandLeftover(this.over, y);
      const late = demandLoss(this.over, y);
      backorders += w * late;
      inStock += w * demandCdf(this.over, y);
      shortPerPeriod += w * (late - demandLoss(this.overLead, y));
    }
    return {
      reorderLevel: s,
      orderUpToLevel: S,
      costPerPeriod: cost,
      orderProbability: 1 / this.bigM[n],
      expectedOnHand: onHand,
      expectedBackorders: backorders,
      cycleServiceLevel: inStock,
      fillRate: this.meanPerPeriod > 0 ? Math.min(1, Math.max(0, 1 - shortPerPeriod / this.meanPerPeriod)) : 1,
    };
  }

  /** The myopic minimiser y* of G (the best base-stock level when ordering is free). */
  bestBaseStock(): number {
    let y = Math.round(demandMean(this.over));
    while (this.g(y - 1) < this.g(y)) y--;
    while (this.g(y + 1) < this.g(y)) y++;
    return y;
  }
}

function checkLevels(s: number, S: number): void {
  if (!Number.isInteger(s) || !Number.isInteger(S)) throw new ModelError('inventory.wholeLevels', { s, S });
  if (!(S > s)) throw new ModelError('inventory.levelsOrder', { s, S });
}

/** Expected performance of the (s, S) policy (exact for the model described above). */
export function evaluateSs(reorderLevel: number, orderUpToLevel: number, input: SsInput): SsEvaluation {
  return new SsModel(input).evaluate(reorderLevel, orderUpToLevel);
}

/** The optimal (s, S) policy and how much work finding it took. */
export interface SsOptimum extends SsEvaluation {
  /** Policies whose cost was computed during the search. */
  evaluations: number;
}

/**
 * Optimal (s, S) by Zheng & Federgruen (1991), "Finding optimal (s, S) policies is about as
 * simple as evaluating a single policy", Operations Research 39(4): start at S = y*, lower s
 * until c(s, y*) ≤ G(s); then raise S while G(S) ≤ the best cost, moving s up whenever a better
 * S is found. Exact for integer demand.
 */
export function optimiseSs(input: SsInput): SsOptimum {
  const model = new SsModel(input);
  let evaluations = 0;
  const c = (s: number, S: number) => {
    evaluations++;
    return model.cost(s, S);
  };
  const yStar = model.bestBaseStock();
  let s = yStar - 1;
  while (c(s, yStar) > model.g(s)) s--;
  let bestS = yStar;
  let bestCost = c(s, bestS);
  for (let S = yStar + 1; model.g(S) <= bestCost; S++) {
    if (c(s, S) < bestCost) {
      bestS = S;
      while (c(s, bestS) <= model.g(s + 1)) s++;
      bestCost = c(s, bestS);
    }
  }
  return { ...model.evaluate(s, bestS), evaluations };
}
