// Ordering rules the computer plays: Sterman's (1989) anchoring-and-adjustment heuristic fitted
// to people who played the game, and a base-stock (order-up-to) rule for the debrief's benchmark.

/** What a stage knows when it orders, after this week's delivery and incoming order. */
export interface StageView {
  /** 1-based week. */
  week: number;
  /** Cases on hand. */
  inventory: number;
  /** Cases owed downstream. */
  backlog: number;
  /** Cases ordered and not yet received (orders in the mail, at the supplier, in transit). */
  supplyLine: number;
  /** Cases ordered from this stage this week. */
  incomingOrder: number;
}

/** A rule that turns a stage's view into a whole number of cases to order. */
export interface OrderPolicy {
  /** Starts a fresh game (clears remembered expectations). */
  reset(): void;
  /** Cases to order this week, ≥ 0. */
  order(view: StageView): number;
}

/** Parameters of Sterman's rule. */
export interface StermanParameters {
  /** Weight of the latest incoming order in the expected demand (exponential smoothing), 0–1. */
  theta: number;
  /** Share of the stock gap ordered each week, 0–1. */
  alphaS: number;
  /** Weight given to the supply line relative to stock on hand, 0–1. */
  beta: number;
  /** Desired effective stock plus β times the desired supply line, cases. */
  sPrime: number;
}

/**
 * Mean estimates over the subjects in Sterman (1989), "Modeling managerial behavior:
 * misperceptions of feedback in a dynamic decision making experiment", Management Science
 * 35(3):321–339: θ 0.36, α_S 0.26, β 0.34, S′ 17.
 */
export const STERMAN_MEAN: Readonly<StermanParameters> = Object.freeze({ theta: 0.36, alphaS: 0.26, beta: 0.34, sPrime: 17 });

/**
 * Sterman's anchoring-and-adjustment rule: order = max(0, L̂ + α_S (S′ − S − β SL)), where L̂ is
 * the smoothed incoming order (anchor), S the effective stock (on hand − backlog) and SL the
 * supply line. Rounded to whole cases, as on the board.
 */
export function stermanPolicy(p: StermanParameters = STERMAN_MEAN, initialExpectation = 4): OrderPolicy {
  let expected = initialExpectation;
  return {
    reset() {
      expected = initialExpectation;
    },
    order(v) {
      expected = p.theta * v.incomingOrder + (1 - p.theta) * expected;
      const effectiveStock = v.inventory - v.backlog;
      const indicated = expected + p.alphaS * (p.sPrime - effectiveStock - p.beta * v.supplyLine);
      return Math.max(0, Math.round(indicated));
    },
  };
}

/**
 * Base-stock rule: order up to `levelCases` of inventory position (on hand − backlog + supply
 * line). Each week it orders what it was asked for plus any gap, so it passes demand upstream
 * unamplified.
 */
export function baseStockPolicy(levelCases: number): OrderPolicy {
  return {
    reset() {},
    order(v) {
      const position = v.inventory - v.backlog + v.supplyLine;
      return Math.max(0, Math.round(levelCases - position));
    },
  };
}
