// The Beer Game's board (Sterman 1989): four stages in series, their delays, starting stock and
// costs, and the customer demand step. Plain data, so a lesson or a classroom can change it.

/** The four stages, downstream first: index 0 meets the customer, index 3 brews. */
export const BEER_ROLES = ['retailer', 'wholesaler', 'distributor', 'factory'] as const;
/** One stage of the chain. */
export type BeerRole = (typeof BEER_ROLES)[number];

/** The board: delays in weeks, stock and flows in cases, costs in currency per case-week. */
export interface BeerGameConfig {
  /** Weeks played. */
  weeks: number;
  /** Customer demand before the step, cases per week. */
  initialDemandPerWeek: number;
  /** Customer demand from `stepWeek` on, cases per week. */
  steppedDemandPerWeek: number;
  /** First week (1-based) of the stepped demand. */
  stepWeek: number;
  /** Weeks an order takes to reach the supplier (retailer, wholesaler, distributor). */
  orderDelayWeeks: number;
  /** Weeks a factory's production request takes to start production. */
  productionRequestDelayWeeks: number;
  /** Weeks a shipment (or a production run) takes to arrive. */
  shippingDelayWeeks: number;
  /** Cases on hand at every stage at the start. */
  initialInventory: number;
  /** Cases in every slot of every order and shipping delay at the start. */
  initialPipelinePerWeek: number;
  /** Cost of one case on hand for a week. */
  holdingCostPerCaseWeek: number;
  /** Cost of one case owed (backlog) for a week. */
  backlogCostPerCaseWeek: number;
}

/**
 * The board game as Sterman (1989) describes it: 2-week order and shipping delays (the factory's
 * production request takes 1 week, production 2), 12 cases on hand, 4 in every pipeline slot,
 * demand 4 a week stepping to 8 in week 5, 36 weeks, 0.5 per case-week held and 1.0 owed.
 */
export const STERMAN_BOARD: Readonly<BeerGameConfig> = Object.freeze({
  weeks: 36,
  initialDemandPerWeek: 4,
  steppedDemandPerWeek: 8,
  stepWeek: 5,
  orderDelayWeeks: 2,
  productionRequestDelayWeeks: 1,
  shippingDelayWeeks: 2,
  initialInventory: 12,
  initialPipelinePerWeek: 4,
  holdingCostPerCaseWeek: 0.5,
  backlogCostPerCaseWeek: 1,
});

/** Customer demand in `week` (1-based), cases. */
export function customerDemand(config: BeerGameConfig, week: number): number {
  return week >= config.stepWeek ? config.steppedDemandPerWeek : config.initialDemandPerWeek;
}
