// The day closes: costs of the day (holding, fixed, investments, payment fees), profit and cash,
// then every series, per-SKU array and ledger entry is written for day t.
import type { RunState } from './state.ts';
import { SERIES, type SeriesName } from '../result.ts';
import { DayCounters } from './counters.ts';

/** Series that are a day counter of the same name, copied as they are. */
const COPIED = SERIES.filter((name): name is SeriesName & keyof DayCounters => name in new DayCounters());

export function closeDay(st: RunState): void {
  const { c, day, series: s, ledger } = st;
  const p = c.p;
  const t = st.t;
  let holding = 0;
  let stock = 0;
  let onOrder = 0;
  let owed = 0;
  for (let k = 0; k < st.K; k++) {
    holding += st.onHand[k] * c.skus.unitCost[k] * p.holdingRatePerDay;
    stock += st.onHand[k];
    onOrder += st.onOrder[k];
    owed += st.owed[k];
    st.skuStock[k][t] = st.onHand[k];
    const u = st.skuUnits[k][t];
    st.skuPrice[k][t] = u > 0 ? st.skuRevenueToday[k] / u : c.skus.listPrice[k];
    st.skuPromo[k][t] = st.promo.skuPromo[k];
    st.skuRevenueToday[k] = 0;
  }
  day.holdingCny = holding;
  day.fixedCny = c.fixedCostCny[t];
  day.investmentCny = c.investmentCny[t];
  day.paymentFeesCny = day.collectedCny * p.paymentFeePct;

  const netRevenue = day.gmvCny - day.refundsCny + day.shippingFeesCny;
  const grossMargin = netRevenue - day.cogsCny;
  const costs = day.marketingCny + day.logisticsCny + day.holdingCny + day.promoCostCny + day.fixedCny + day.investmentCny + day.paymentFeesCny;
  const cashIn = day.collectedCny;
  const cashOut = costs + day.refundsCny + day.supplierPaidCny;
  st.cash += cashIn - cashOut;

  const w = st.world;
  s.shoppers[t] = w.nProspects + w.nCustomers;
  for (const name of COPIED) s[name][t] = day[name];
  s.netRevenueCny[t] = netRevenue;
  s.grossMarginCny[t] = grossMargin;
  s.profitCny[t] = grossMargin - costs;
  s.cashCny[t] = st.cash;
  s.stockUnits[t] = stock;
  s.onOrderUnits[t] = onOrder;
  s.backlogOrders[t] = st.backlog.length;
  s.activeCustomers[t] = w.nCustomers;

  ledger.onHandUnits[t] = stock;
  ledger.receivedUnits[t] = day.receivedUnits;
  ledger.allocatedUnits[t] = day.allocatedUnits;
  ledger.restockedUnits[t] = day.restockedUnits;
  ledger.cashInCny[t] = cashIn;
  ledger.cashOutCny[t] = cashOut;
  ledger.prospects[t] = w.nProspects;
  ledger.customers[t] = w.nCustomers;
  ledger.churnedTotal[t] = w.nChurned;
  ledger.createdTotal[t] = st.created;
  ledger.paymentFeesCny[t] = day.paymentFeesCny;
  ledger.shippingFeesCny[t] = day.shippingFeesCny;
  ledger.candidates[t] = day.candidates;
  ledger.deliveredUnits[t] = day.deliveredUnits;
  ledger.shippedUnits[t] = day.shippedUnits;
  ledger.liveOrders[t] = st.book.live;
  ledger.closedOrders[t] = st.book.closed;
  ledger.owedUnits[t] = owed;
  ledger.cancelledUnits[t] = day.cancelledUnits;
}
