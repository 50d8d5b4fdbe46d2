// What one stage of a Beer Game sees before it orders: the numbers on its corner of the board,
// read from the recorded history. Shared by the workbench's single-player game and the classroom.
import type { BeerRole } from './config.ts';
import type { BeerGameHistory } from './game.ts';

/** A stage's desk after the last week played (the start state before week 1). Cases, cost in currency. */
export interface BeerDesk {
  /** Weeks played so far. */
  week: number;
  inventory: number;
  backlog: number;
  /** Cases ordered from this stage in the last week (customer demand for the retailer). */
  incomingOrder: number;
  /** Cases received in the last week. */
  received: number;
  /** Cases ordered and not yet received, including the last week's order. */
  supplyLine: number;
  /** Cost of the stage over the weeks played. */
  costSoFar: number;
}

/** The desk of `role` in `history`. */
export function stageDesk(history: BeerGameHistory, role: BeerRole): BeerDesk {
  const s = history.stages[role];
  const c = history.config;
  const w = history.week - 1;
  if (w < 0) {
    const slots = (role === 'factory' ? c.productionRequestDelayWeeks : c.orderDelayWeeks) + c.shippingDelayWeeks;
    return { week: 0, inventory: c.initialInventory, backlog: 0, incomingOrder: c.initialDemandPerWeek, received: c.initialPipelinePerWeek, supplyLine: slots * c.initialPipelinePerWeek, costSoFar: 0 };
  }
  return {
    week: history.week,
    inventory: s.inventory[w],
    backlog: s.backlog[w],
    incomingOrder: s.incomingOrders[w],
    received: s.received[w],
    supplyLine: s.supplyLine[w] + s.orders[w],
    costSoFar: s.costPerWeek.reduce((a, b) => a + b, 0),
  };
}
