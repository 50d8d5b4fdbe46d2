// Summary KPIs of one run from its series and ledger (definitions in sim/result.ts). A ratio
// whose denominator is zero is NaN (e.g. ROAS without marketing spend), never Infinity.
import type { KpiName, SeriesName } from '../result.ts';
import type { Ledger } from './counters.ts';

const sum = (a: Float64Array) => a.reduce((s, x) => s + x, 0);
const ratio = (a: number, b: number) => (b > 0 ? a / b : NaN);

/**
 * The KPIs that may be NaN: the ratios, when there is nothing to divide by (no spend, no orders,
 * no deliveries…), and paybackDay, when profit is still negative at the end. Every other KPI of
 * a run is always a finite number.
 */
export const UNDEFINABLE_KPIS: ReadonlySet<KpiName> = new Set<KpiName>([
  'grossMarginPct', 'roi', 'roas', 'cacCny', 'ltvCny', 'aovCny', 'conversionRate', 'repeatRate', 'returnRate',
  'onTimeRate', 'stockoutRate', 'fillRate', 'inventoryDays', 'paybackDay', 'complaintRate', 'churnRate',
]);

/**
 * Payback day: the first day (index) from which cumulative profit stays ≥ 0 to the end of the
 * horizon, as finance reads it (a dip back into loss after an early good week resets it);
 * 0 when it is never negative; NaN when it is still negative at the end.
 */
export function paybackDay(profit: Float64Array): number {
  let cum = 0;
  let lastNegative = -1;
  for (let t = 0; t < profit.length; t++) {
    cum += profit[t];
    if (cum < 0) lastNegative = t;
  }
  if (cum < 0) return NaN;
  return lastNegative + 1;
}

export interface KpiInputs {
  series: Record<SeriesName, Float64Array>;
  ledger: Ledger;
  /** Shoppers with ≥ 1 and ≥ 2 orders in the run. */
  buyers: number;
  repeatBuyers: number;
  /** Shoppers ever present (day-0 population plus all who joined). */
  created: number;
}

export function computeKpis({ series: s, ledger, buyers, repeatBuyers, created }: KpiInputs): Record<KpiName, number> {
  const gmv = sum(s.gmvCny);
  const net = sum(s.netRevenueCny);
  const gm = sum(s.grossMarginCny);
  const profit = sum(s.profitCny);
  const marketing = sum(s.marketingCny);
  const investment = sum(s.investmentCny);
  const orders = sum(s.orders);
  const units = sum(s.units);
  const visits = sum(s.visits);
  const newCustomers = sum(s.newCustomers);
  const delivered = sum(s.deliveredOrders);
  const lost = sum(s.lostSalesUnits);
  const days = s.cashCny.length;
  const shippedUnits = sum(ledger.shippedUnits);
  return {
    gmvCny: gmv,
    netRevenueCny: net,
    grossMarginCny: gm,
    grossMarginPct: ratio(gm, net),
    profitCny: profit,
    marketingCny: marketing,
    roi: ratio(profit, marketing + investment),
    roas: ratio(gmv, marketing),
    cacCny: ratio(marketing, newCustomers),
    ltvCny: ratio(gm, buyers),
    aovCny: ratio(gmv, orders),
    orders,
    units,
    visits,
    conversionRate: ratio(orders, visits),
    newCustomers,
    repeatRate: ratio(repeatBuyers, buyers),
    returnRate: ratio(sum(s.returnedUnits), sum(ledger.deliveredUnits)),
    onTimeRate: ratio(sum(s.onTimeOrders), delivered),
    stockoutRate: ratio(sum(s.stockoutVisits), sum(s.productViews)),
    fillRate: ratio(units, units + lost),
    inventoryDays: ratio(sum(s.stockUnits) / days, shippedUnits / days),
    endCashCny: s.cashCny[days - 1],
    minCashCny: Math.min(ledger.openingCashCny, ...s.cashCny),
    paybackDay: paybackDay(s.profitCny),
    complaintRate: ratio(sum(s.complaints), delivered),
    churnRate: ratio(sum(s.churned), created),
    peakBacklogOrders: Math.max(...s.backlogOrders),
  };
}
