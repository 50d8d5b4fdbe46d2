// Everything one run mutates, in one place the systems receive: the shoppers, the calendar, the
// orders in flight, stock, prices, the day's counters, the output arrays and the random streams.
import { Rng } from '../random.ts';
import { SERIES, type SeriesName } from '../result.ts';
import type { CompiledScenario } from './compile.ts';
import { DayCounters, makeLedger, type Ledger } from './counters.ts';
import { OrderBook, OrderQueue } from './orders.ts';
import { PromoTable } from './promotions.ts';
import { Schedule } from './schedule.ts';
import { World } from './world.ts';
import type { Tracer } from './trace.ts';

/** One random stream per purpose, so scenarios compared with one seed share draws purpose by purpose. */
export interface Streams {
  population: Rng;
  schedule: Rng;
  channels: Rng;
  funnel: Rng;
  basket: Rng;
  inventory: Rng;
  fulfilment: Rng;
  returns: Rng;
  retention: Rng;
}

export function makeStreams(seed: number, replication: number): Streams {
  const s = (p: string) => Rng.stream(seed, replication, p);
  return {
    population: s('population'),
    schedule: s('schedule'),
    channels: s('channels'),
    funnel: s('funnel'),
    basket: s('basket'),
    inventory: s('inventory'),
    fulfilment: s('fulfilment'),
    returns: s('returns'),
    retention: s('retention'),
  };
}

export class RunState {
  readonly days: number;
  readonly K: number;
  readonly S: number;
  readonly C: number;
  t = 0;
  /** The journeys being traced (null: tracing is off). */
  trace: Tracer | null = null;
  readonly world: World;
  readonly schedule: Schedule;
  readonly book = new OrderBook();
  readonly backlog = new OrderQueue();
  /** Per SKU: orders waiting for stock (backorders, released pre-orders, oversold orders). */
  readonly wait: OrderQueue[];
  /** Pre-orders held until their ship day. */
  readonly releaseHead: Int32Array;
  /** Shipped orders by delivery day. */
  readonly deliverHead: Int32Array;
  readonly onHand: Float64Array;
  readonly onOrder: Float64Array;
  /** Units promised to waiting or held orders (backorders, pre-orders). */
  readonly owed: Float64Array;
  /** Units the online shop shows beyond true stock when store stock is not synchronised. */
  readonly phantom: Float64Array;
  /** Supplier receipts due, sku-major: receipts[k * days + t]. */
  readonly receipts: Float64Array;
  /** Supplier invoices due by day (CNY). */
  readonly supplierDue: Float64Array;
  /** Dynamic-pricing factor on list price per SKU. */
  readonly dynFactor: Float64Array;
  /** Today's shelf price per SKU before promotions (list × dynamic × markdown). */
  readonly basePrice: Float64Array;
  readonly promo: PromoTable;
  /**
   * Per segment, the candidate-visit probability per day that bounds every day's true visit
   * probability — for prospects and for customers (habit and CRM lift) — and log(1 − it).
   */
  readonly pProspect: Float64Array;
  readonly logMissProspect: Float64Array;
  readonly pCustomer: Float64Array;
  readonly logMissCustomer: Float64Array;
  /** Per segment, for customers: probability that a candidate visit or churn comes on a day, and log(1 − it). */
  readonly pCustomerFirst: Float64Array;
  readonly logMissCustomerFirst: Float64Array;
  /** exp(−extra units mean) per segment, for the basket-size Poisson draw. */
  readonly segPoissonLimit: Float64Array;
  readonly adstock: Float64Array;
  /** Yesterday's clicks ÷ saturation per channel: competition that raises today's CPC. */
  readonly clickRatio: Float64Array;
  readonly chSpend: Float64Array;
  /** Per channel: spend by day (CNY, affiliate commission included). */
  readonly chDailySpend: Float64Array[];
  readonly chClicks: Float64Array;
  readonly chOrders: Float64Array;
  readonly chNew: Float64Array;
  readonly chGmv: Float64Array;
  /** Revenue per SKU today (for the mean price paid). */
  readonly skuRevenueToday: Float64Array;
  readonly day = new DayCounters();
  readonly series: Record<SeriesName, Float64Array>;
  readonly skuUnits: Float64Array[];
  readonly skuPrice: Float64Array[];
  readonly skuPromo: Float64Array[];
  readonly skuStock: Float64Array[];
  /** Units demanded per SKU per day (ordered + lost), the history replenishment forecasts from. */
  readonly demand: Float64Array[];
  readonly ledger: Ledger;
  cash: number;
  private scratchIds = new Int32Array(1024);
  /** Sink of \`World.warm\` (keeps its loads from being optimised away; means nothing). */
  warmth = 0;
  /** Shoppers ever created (day-0 population, newcomers, referrals). */
  created = 0;
  /** Shoppers who ordered at least once / twice in the run. */
  buyers = 0;
  repeatBuyers = 0;

  constructor(
    readonly c: CompiledScenario,
    readonly rng: Streams,
  ) {
    const days = (this.days = c.days);
    const K = (this.K = c.skus.ids.length);
    const S = (this.S = c.segIds.length);
    const C = (this.C = c.chIds.length);
    const sc = c.scenario;
    let joining = 0;
    for (let t = 0; t < days; t++) joining += c.newShoppers[t];
    // Room for newcomers and ~5 % referrals up front, so the columns rarely need to double.
    this.world = new World(Math.ceil((sc.population.size + joining) * 1.05 + 1024));
    this.schedule = new Schedule(days);
    this.wait = Array.from({ length: K }, () => new OrderQueue());
    this.releaseHead = new Int32Array(days).fill(-1);
    this.deliverHead = new Int32Array(days).fill(-1);
    this.onHand = Float64Array.from(c.skus.initialStock);
    this.onOrder = new Float64Array(K);
    this.owed = new Float64Array(K);
    this.phantom = new Float64Array(K);
    const omni = sc.omnichannel;
    if (omni.stores > 0 && !omni.stockSync) for (let k = 0; k < K; k++) this.phantom[k] = Math.round(omni.syncErrorShare * c.skus.initialStock[k]);
    this.receipts = new Float64Array(K * days);
    this.supplierDue = new Float64Array(days);
    this.dynFactor = new Float64Array(K).fill(1);
    this.basePrice = Float64Array.from(c.skus.listPrice);
    this.promo = new PromoTable(c.promotions, K, S);
    let dailyMax = 0;
    for (let t = 0; t < days; t++) dailyMax = Math.max(dailyMax, c.organicMult[t] * c.traffic[t]);
    const crmBoost = c.crmActive.includes(1) ? 1 + sc.retention.crmRepeatBoost : 1;
    const customerMultMax = sc.retention.postPurchaseVisitBoost * crmBoost;
    const log1m = (p: number) => Math.log(1 - p);
    this.pProspect = Float64Array.from(c.segDailyRate, (r) => Math.min(1, r * dailyMax));
    this.logMissProspect = this.pProspect.map(log1m);
    this.pCustomer = Float64Array.from(c.segDailyRate, (r) => Math.min(1, r * customerMultMax * dailyMax));
    this.logMissCustomer = this.pCustomer.map(log1m);
    this.pCustomerFirst = this.pCustomer.map((p, s) => 1 - (1 - p) * (1 - c.segChurnDaily[s]));
    this.logMissCustomerFirst = this.pCustomerFirst.map(log1m);
    this.segPoissonLimit = Float64Array.from(c.segExtraUnits, (x) => Math.exp(-x));
    this.adstock = new Float64Array(C);
    this.clickRatio = new Float64Array(C);
    this.chSpend = new Float64Array(C);
    // Every daily array the result carries is a view of one buffer: a result crosses to another
    // thread as one transfer and leaves the garbage collector one ArrayBuffer, not ~60.
    const out = new Float64Array(days * (SERIES.length + C + 4 * K));
    let at = 0;
    const daily = () => out.subarray(at, (at += days));
    this.chDailySpend = Array.from({ length: C }, daily);
    this.chClicks = new Float64Array(C);
    this.chOrders = new Float64Array(C);
    this.chNew = new Float64Array(C);
    this.chGmv = new Float64Array(C);
    this.skuRevenueToday = new Float64Array(K);
    this.series = Object.fromEntries(SERIES.map((n) => [n, daily()])) as Record<SeriesName, Float64Array>;
    const perSku = () => Array.from({ length: K }, daily);
    this.skuUnits = perSku();
    this.skuPrice = perSku();
    this.skuPromo = perSku();
    this.skuStock = perSku();
    this.demand = Array.from({ length: K }, () => new Float64Array(days));
    this.ledger = makeLedger(days, c.skus.initialStock.reduce((a, b) => a + b, 0), sc.finance.openingCashCny);
    this.cash = sc.finance.openingCashCny;
  }

  /** A reusable Int32Array view of length `n` (its contents are garbage; valid until the next call). */
  scratch(n: number): Int32Array {
    if (n > this.scratchIds.length) this.scratchIds = new Int32Array(Math.max(n, this.scratchIds.length * 2));
    return this.scratchIds.subarray(0, n);
  }
}
