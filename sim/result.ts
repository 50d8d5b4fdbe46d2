// The shape of one simulation run's output: daily series and KPI totals. This is the contract
// between the engine, the experiment layer (Monte Carlo, compare, sweep), the CLI and the UI.
import type { ShopperTrace } from './engine/trace.ts';

/** Daily series every run records, one value per day (units in the name). */
export const SERIES = [
  'shoppers', // shoppers in the market (not churned) at end of day
  'visits', // all visits (organic + channel clicks)
  'productViews',
  'carts',
  'orders', // orders placed
  'units', // units ordered
  'newCustomers', // first-ever orders
  'repeatOrders', // orders from shoppers who had ordered before
  'gmvCny', // value of orders placed at the price paid (after discounts, before returns)
  'discountCny', // list value minus price paid, summed over orders
  'refundsCny', // money paid back for returns and cancellations
  'netRevenueCny', // gmvCny − refundsCny (+ shipping fees collected)
  'cogsCny', // cost of units shipped and kept (returned restockable units credited back)
  'grossMarginCny', // netRevenueCny − cogsCny
  'marketingCny', // spend on all channels (incl. affiliate commission)
  'logisticsCny', // carrier and handling cost of shipped orders
  'holdingCny', // cost of holding stock
  'promoCostCny', // gifts and other promotion costs not in price
  'fixedCny', // fixed costs
  'investmentCny', // one-off investments paid
  'profitCny', // grossMarginCny − all costs above
  'cashCny', // cash at end of day
  'stockUnits', // units on hand (all SKUs, all locations)
  'onOrderUnits', // units ordered from suppliers and not yet received
  'receivedUnits', // units received from suppliers
  'backlogOrders', // orders waiting for warehouse capacity at end of day
  'shippedOrders', // orders handed to carriers or pick-up that day
  'deliveredOrders',
  'onTimeOrders', // delivered within the promise
  'lateOrders',
  'stockoutVisits', // product views that met an empty shelf
  'lostSalesUnits', // demand not served (lost sales mode)
  'returnedUnits',
  'complaints',
  'churned', // shoppers who churned that day
  'activeCustomers', // customers (≥ 1 order) not churned at end of day
] as const;
export type SeriesName = (typeof SERIES)[number];

/** Summary KPIs of one run; each is a plain number (NaN where undefined, e.g. ROAS with no spend). */
export const KPIS = [
  'gmvCny',
  'netRevenueCny',
  'grossMarginCny',
  'grossMarginPct', // grossMarginCny / netRevenueCny
  'profitCny',
  'marketingCny',
  'roi', // profitCny / (marketingCny + investmentCny)
  'roas', // gmvCny / marketingCny
  'cacCny', // marketingCny / newCustomers
  'ltvCny', // gross margin per customer who ordered in the run
  'aovCny', // gmvCny / orders
  'orders',
  'units',
  'visits',
  'conversionRate', // orders / visits
  'newCustomers',
  'repeatRate', // share of ordering customers with ≥ 2 orders in the run
  'returnRate', // returned units / delivered units
  'onTimeRate', // on-time / delivered orders
  'stockoutRate', // stock-out views / product views
  'fillRate', // units served / units demanded
  'inventoryDays', // mean stock / mean daily units shipped
  'endCashCny',
  'minCashCny',
  'paybackDay', // first day from which cumulative profit stays ≥ 0; NaN if negative at the end
  'complaintRate', // complaints / delivered orders
  'churnRate', // churned shoppers / shoppers ever present
  'peakBacklogOrders',
] as const;
export type KpiName = (typeof KPIS)[number];

/** Per-channel totals of one run. */
export interface ChannelResult {
  spendCny: number;
  clicks: number;
  orders: number;
  newCustomers: number;
  gmvCny: number;
}

/** Everything one replication produces. Series are Float64Array so they transfer between workers. */
export interface RunResult {
  scenarioName: string;
  seed: number;
  replication: number;
  /** ShopLab version that produced the result. */
  version: string;
  days: number;
  startDate: string;
  series: Record<SeriesName, Float64Array>;
  kpis: Record<KpiName, number>;
  channels: Record<string, ChannelResult>;
  /** Marketing spend per channel per day (channel id → CNY/day, affiliate commission included); sums to `series.marketingCny`. */
  channelSpend: Record<string, Float64Array>;
  /** Units sold per SKU per day (sku id → daily units), for forecasting and gen-sales. */
  skuUnits: Record<string, Float64Array>;
  /** Mean price paid per SKU per day (CNY/unit; list price on days without sales). */
  skuPrice: Record<string, Float64Array>;
  /** 1 on days a promotion applied to the SKU, else 0. */
  skuPromo: Record<string, Float64Array>;
  /** Stock on hand per SKU at end of day (units). */
  skuStock: Record<string, Float64Array>;
  /** Journeys of the sampled shoppers, when the run was asked to trace them (`SimulateOptions.trace`). */
  trace?: ShopperTrace[];
}

/** The calendar date (YYYY-MM-DD, UTC) of day `day` of a run that starts on `startDate`. */
export function dateOfDay(startDate: string, day: number): string {
  return new Date(Date.parse(`${startDate}T00:00:00Z`) + day * 86_400_000).toISOString().slice(0, 10);
}
