// The Beer Game as a step-by-step state machine: a learner may order for any stage each week;
// every other stage follows its policy. Each week runs in the board game's order: receive
// shipments, read incoming orders, ship what stock allows (the rest is backlog), pay costs, order.
import { CodedError } from '../scenario/codedError.ts';
import { loaderMessage, type LoaderMessage } from '../scenario/loaderMessages.ts';
import { BEER_ROLES, customerDemand, STERMAN_BOARD, type BeerGameConfig, type BeerRole } from './config.ts';
import { stermanPolicy, type OrderPolicy, type StageView } from './policies.ts';

/** Weekly history of one stage; index = week − 1. Cases, except `costPerWeek` (currency). */
export interface StageHistory {
  orders: number[];
  incomingOrders: number[];
  /** Cases received this week. */
  received: number[];
  /** Cases shipped downstream this week (to the customer for the retailer). */
  shipped: number[];
  /** On hand at the end of the week. */
  inventory: number[];
  /** Owed downstream at the end of the week. */
  backlog: number[];
  /** Supply line when the order was placed. */
  supplyLine: number[];
  /** What Sterman's rule would have ordered in this stage's place (a shadow, for the debrief). */
  ruleOrders: number[];
  costPerWeek: number[];
}

/** Everything a finished or running game has recorded. */
export interface BeerGameHistory {
  config: BeerGameConfig;
  /** Weeks played so far. */
  week: number;
  customerDemand: number[];
  stages: Record<BeerRole, StageHistory>;
}

/** A learner's order that is not a whole number of cases in range (a coded message). */
export class BeerOrderError extends CodedError {
  constructor(coded: LoaderMessage) {
    super(coded);
    this.name = 'BeerOrderError';
  }
}

/** Largest order a learner may place in one week, cases (keeps a typo from breaking charts). */
export const MAX_ORDER_CASES = 10_000;

function emptyHistory(): StageHistory {
  return { orders: [], incomingOrders: [], received: [], shipped: [], inventory: [], backlog: [], supplyLine: [], ruleOrders: [], costPerWeek: [] };
}

/** One game in progress. Deterministic: the same orders give the same history. */
export class BeerGame {
  readonly config: BeerGameConfig;
  private readonly policies: OrderPolicy[];
  private readonly shadows: OrderPolicy[];
  private readonly inventory: number[];
  private readonly backlog: number[];
  /** orderPipes[i]: orders in the mail from stage i to its supplier (the factory: production requests). */
  private readonly orderPipes: number[][];
  /** shipPipes[i]: shipments on their way to stage i (the factory: production runs). */
  private readonly shipPipes: number[][];
  private readonly ordered: number[];
  private readonly receivedTotal: number[];
  private readonly history: BeerGameHistory;
  /** Cases that entered the chain from production so far. */
  producedCases = 0;
  /** Cases delivered to customers so far. */
  deliveredCases = 0;

  /** `policies[i]` plays stage i when no order is given for it; Sterman's rule by default. */
  constructor(config: BeerGameConfig = STERMAN_BOARD, policies?: readonly OrderPolicy[]) {
    this.config = { ...config };
    const c = this.config;
    this.policies = BEER_ROLES.map((_, i) => policies?.[i] ?? stermanPolicy(undefined, c.initialDemandPerWeek));
    this.shadows = BEER_ROLES.map(() => stermanPolicy(undefined, c.initialDemandPerWeek));
    for (const p of [...this.policies, ...this.shadows]) p.reset();
    this.inventory = BEER_ROLES.map(() => c.initialInventory);
    this.backlog = BEER_ROLES.map(() => 0);
    this.orderPipes = BEER_ROLES.map((_, i) =>
      new Array<number>(i === 3 ? c.productionRequestDelayWeeks : c.orderDelayWeeks).fill(c.initialPipelinePerWeek));
    this.shipPipes = BEER_ROLES.map(() => new Array<number>(c.shippingDelayWeeks).fill(c.initialPipelinePerWeek));
    this.ordered = BEER_ROLES.map((_, i) => this.orderPipes[i].length * c.initialPipelinePerWeek + this.shipPipes[i].length * c.initialPipelinePerWeek);
    this.receivedTotal = BEER_ROLES.map(() => 0);
    const stages = Object.fromEntries(BEER_ROLES.map((r) => [r, emptyHistory()])) as Record<BeerRole, StageHistory>;
    this.history = { config: c, week: 0, customerDemand: [], stages };
  }

  /** Weeks played so far. */
  get week(): number {
    return this.history.week;
  }

  /** True once every week has been played. */
  get finished(): boolean {
    return this.history.week >= this.config.weeks;
  }

  /** The recorded history (live arrays: copy before keeping). */
  get record(): BeerGameHistory {
    return this.history;
  }

  /** Cases now on hand and in transit or in production, everywhere in the chain. */
  unitsInChain(): number {
    let total = 0;
    for (let i = 0; i < 4; i++) total += this.inventory[i] + this.shipPipes[i].reduce((a, b) => a + b, 0);
    return total;
  }

  /** What stage `role` sees before ordering in the current week (after `step` has received). */
  private view(i: number, incomingOrder: number): StageView {
    return { week: this.history.week, inventory: this.inventory[i], backlog: this.backlog[i], supplyLine: this.ordered[i] - this.receivedTotal[i], incomingOrder };
  }

  /**
   * Plays one week. `orders` gives whole-case orders for the stages a learner plays; the others
   * follow their policy. Throws `BeerOrderError` for an order that is not a whole number in
   * 0…MAX_ORDER_CASES, and before changing anything.
   */
  step(orders: Partial<Record<BeerRole, number>> = {}): void {
    if (this.finished) throw new BeerOrderError(loaderMessage('beer.over', { weeks: this.config.weeks }));
    for (const [role, value] of Object.entries(orders)) {
      if (!BEER_ROLES.includes(role as BeerRole)) throw new BeerOrderError(loaderMessage('beer.unknownRole', { role, roles: [...BEER_ROLES] }));
      if (value !== undefined && !(Number.isInteger(value) && value >= 0 && value <= MAX_ORDER_CASES))
        throw new BeerOrderError(loaderMessage('beer.badOrder', { role, max: MAX_ORDER_CASES, got: value }));
    }
    const c = this.config;
    const h = this.history;
    const week = ++h.week;
    const incoming: number[] = [];
    for (let i = 0; i < 4; i++) {
      const arrived = this.shipPipes[i].shift() ?? 0;
      this.inventory[i] += arrived;
      this.receivedTotal[i] += arrived;
      h.stages[BEER_ROLES[i]].received.push(arrived);
    }
    const demand = customerDemand(c, week);
    h.customerDemand.push(demand);
    incoming[0] = demand;
    for (let i = 1; i < 4; i++) incoming[i] = this.orderPipes[i - 1].shift() ?? 0;
    const productionStart = this.orderPipes[3].shift() ?? 0;
    this.shipPipes[3].push(productionStart);
    this.producedCases += productionStart;
    for (let i = 0; i < 4; i++) {
      const due = this.backlog[i] + incoming[i];
      const shipped = Math.min(this.inventory[i], due);
      this.inventory[i] -= shipped;
      this.backlog[i] = due - shipped;
      if (i === 0) this.deliveredCases += shipped;
      else this.shipPipes[i - 1].push(shipped);
      const s = h.stages[BEER_ROLES[i]];
      s.incomingOrders.push(incoming[i]);
      s.shipped.push(shipped);
      s.inventory.push(this.inventory[i]);
      s.backlog.push(this.backlog[i]);
      s.costPerWeek.push(c.holdingCostPerCaseWeek * this.inventory[i] + c.backlogCostPerCaseWeek * this.backlog[i]);
    }
    for (let i = 0; i < 4; i++) {
      const role = BEER_ROLES[i];
      const v = this.view(i, incoming[i]);
      const rule = this.shadows[i].order(v);
      const given = orders[role];
      const order = given ?? this.policies[i].order(v);
      const s = h.stages[role];
      s.supplyLine.push(v.supplyLine);
      s.ruleOrders.push(rule);
      s.orders.push(order);
      this.orderPipes[i].push(order);
      this.ordered[i] += order;
    }
  }
}

/** Plays a whole game with the given policies (Sterman's rule where none is given). */
export function playBeerGame(config: BeerGameConfig = STERMAN_BOARD, policies?: readonly OrderPolicy[]): BeerGameHistory {
  const game = new BeerGame(config, policies);
  while (!game.finished) game.step();
  return game.record;
}
