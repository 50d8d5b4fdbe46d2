// One replication of the shop: compile the scenario, create the market, then step the days
// (`simulate` in simulate.ts runs this with the full scenario layer).
// Synchronous and pure (no I/O, no clock, no Math.random): same scenario, seed and replication
// give a bit-identical result anywhere.
//
// The order of systems within a day (fixed; every system is a plain function over RunState):
//   1. cancellation check, then newcomers join              population.arrivals
//   2. supplier receipts arrive, invoices due are paid      inventory.receive
//   3. pre-orders due today are released (balance paid)     fulfilment.releasePresales
//   4. waiting orders take stock FIFO                       fulfilment.serveWaiting
//   5. shelf prices (dynamic factor, markdown), promotions  inventory.shelfPrices, PromoTable.refresh
//   6. shoppers' own visits due today (thinned; churn days) visits.ownVisits → funnel.visit
//   7. channel spend → clicks → visits                      marketing.marketing → funnel.view
//   8. the warehouse ships its backlog up to capacity       fulfilment.ship
//   9. carriers deliver; complaints; returns and refunds    fulfilment.deliver
//  10. replenishment review, dynamic pricing step           inventory.replenish, dynamicPricing
//  11. money closes and every series is recorded            record.closeDay
//
// Modelling choices worth knowing when reading results:
// - Orders are for one SKU; stock is one pool per SKU, stores included (the schema has no
//   separate store stock). Pick-up orders use warehouse capacity but no carrier (no cost, no transit).
// - Returns and refunds happen on the delivery day; restockable units go back on the shelf then.
// - Unsynchronised store stock shows `syncErrorShare` × initial stock that is not there; an
//   order on it is cancelled at once (refund, complaint, counted as returned units) with
//   `oversellCancelReturnShare`, else it waits for stock like a backorder.
// - Pre-orders reserve stock (inventory position) from the order; the promise counts from the
//   ship day. Lost-sales demand is what a shopper at an empty shelf would have bought.
// - Customers visit at their tier's rate × postPurchaseVisitBoost (× 1 + crmRepeatBoost on days
//   a CRM channel spends) from the day after their first order. Cost per click rises with
//   yesterday's clicks.
// - profitCny also deducts payment fees, which have no series of their own (see the ledger).
import { makeStreams, RunState } from './state.ts';
import { compileScenario } from './compile.ts';
import { arrivals, createPopulation } from './population.ts';
import { receive, replenish, shelfPrices, dynamicPricing } from './inventory.ts';
import { deliver, releasePresales, serveWaiting, ship } from './fulfilment.ts';
import { ownVisits } from './visits.ts';
import { marketing } from './marketing.ts';
import { closeDay } from './record.ts';
import { computeKpis } from './kpis.ts';
import type { Ledger } from './counters.ts';
import type { SimulateOptions } from './options.ts';
import type { Scenario } from '../scenario/schema.ts';
import type { ChannelResult, RunResult } from '../result.ts';
import { Rng } from '../random.ts';
import { Tracer, tracedIds } from './trace.ts';
import { VERSION } from '../version.ts';
import type { ScenarioLayer } from './layer.ts';
import { codedRangeError } from '../scenario/codedError.ts';

/** A run with the bookkeeping that tests and benchmarks inspect beside the result. */
export interface SimulationRun {
  result: RunResult;
  ledger: Ledger;
  /** Calendar entries processed (candidate visits and churn days) over the run. */
  candidates: number;
  /** Shoppers ever created. */
  shoppers: number;
  /** Bytes of the shopper storage plus the calendar at its fullest (start of the run). */
  shopperBytes: number;
}

/**
 * Runs one replication of `scenario` with the scenario layer `layer` (field checks, formula
 * evaluation; see layer.ts) and returns its result with the ledger and work counters.
 */
export function runSimulationWith(scenario: Scenario, options: SimulateOptions, layer: ScenarioLayer): SimulationRun {
  const seed = options.seed ?? scenario.seed;
  const replication = options.replication ?? 0;
  const days = options.days ?? scenario.days;
  if (!Number.isInteger(days) || days < 1) throw codedRangeError('run.wholeAtLeast', { name: 'days', min: 1, got: days });
  if (!Number.isInteger(seed) || seed < 0) throw codedRangeError('run.wholeAtLeast', { name: 'seed', min: 0, got: seed });
  if (!Number.isInteger(replication) || replication < 0) throw codedRangeError('run.wholeAtLeast', { name: 'replication', min: 0, got: replication });
  checkAbort(options.signal);

  const compiled = compileScenario(scenario, days, Rng.stream(seed, replication, 'shocks'), options.forecasters ?? {}, options.formulas, layer);
  const st = new RunState(compiled, makeStreams(seed, replication));
  createPopulation(st);
  const traceCount = options.trace ?? 0;
  if (!(traceCount >= 0)) throw codedRangeError('run.badTrace', { got: traceCount });
  if (traceCount > 0) st.trace = new Tracer(tracedIds(st.created, traceCount), (i) => compiled.segIds[st.world.segment(i)]);
  // The calendar is fullest now, when every shopper holds an entry.
  const scheduleBytes = st.schedule.bytes();
  let candidates = 0;
  for (let t = 0; t < days; t++) {
    checkAbort(options.signal);
    st.t = t;
    st.day.reset();
    arrivals(st);
    receive(st);
    releasePresales(st);
    serveWaiting(st);
    shelfPrices(st);
    st.promo.refresh(t, compiled.campaignUrgency[t]);
    ownVisits(st);
    marketing(st);
    ship(st);
    deliver(st);
    replenish(st);
    dynamicPricing(st);
    closeDay(st);
    candidates += st.day.candidates;
    options.onProgress?.(t + 1, days);
  }

  const channels: Record<string, ChannelResult> = {};
  compiled.chIds.forEach((id, ch) => {
    channels[id] = { spendCny: st.chSpend[ch], clicks: st.chClicks[ch], orders: st.chOrders[ch], newCustomers: st.chNew[ch], gmvCny: st.chGmv[ch] };
  });
  const bySku = (arrays: Float64Array[]) => Object.fromEntries(compiled.skus.ids.map((id, k) => [id, arrays[k]]));
  const result: RunResult = {
    scenarioName: scenario.name,
    seed,
    replication,
    version: VERSION,
    days,
    startDate: scenario.startDate,
    series: st.series,
    kpis: computeKpis({ series: st.series, ledger: st.ledger, buyers: st.buyers, repeatBuyers: st.repeatBuyers, created: st.created }),
    channels,
    channelSpend: Object.fromEntries(compiled.chIds.map((id, ch) => [id, st.chDailySpend[ch]])),
    skuUnits: bySku(st.skuUnits),
    skuPrice: bySku(st.skuPrice),
    skuPromo: bySku(st.skuPromo),
    skuStock: bySku(st.skuStock),
  };
  if (st.trace !== null) result.trace = st.trace.traces();
  return { result, ledger: st.ledger, candidates, shoppers: st.created, shopperBytes: st.world.bytes() + Math.max(scheduleBytes, st.schedule.bytes()) };
}

function checkAbort(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new DOMException('Run cancelled', 'AbortError');
}
