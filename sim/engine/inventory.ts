// Stock over time: supplier receipts arrive at the start of a day, each SKU's policy reviews the
// inventory position (on hand + on order − owed) at the end of the day and orders with a
// log-normal lead time (plus any supplier-delay shock), suppliers are paid after
// `supplierPaymentDays`, and dynamic pricing nudges prices by days of cover.
import { POLICY } from './compile-skus.ts';
import type { RunState } from './state.ts';
import { withLeadTimeVariability } from './forecast.ts';

/** Supplier deliveries due today go on the shelf; invoices due today are paid. */
export function receive(st: RunState): void {
  const t = st.t;
  for (let k = 0; k < st.K; k++) {
    const r = st.receipts[k * st.days + t];
    if (r > 0) {
      st.onHand[k] += r;
      st.onOrder[k] -= r;
      st.day.receivedUnits += r;
    }
  }
  st.day.supplierPaidCny += st.supplierDue[t];
}

function orderFromSupplier(st: RunState, k: number, quantity: number): void {
  const s = st.c.skus;
  const t = st.t;
  const q = Math.ceil(Math.max(quantity, s.minOrder[k]));
  const drawn = s.leadMean[k] > 0 ? st.rng.inventory.lognormal(s.leadMean[k], s.leadSd[k]) : 0;
  const lead = Math.max(1, Math.round(drawn + st.c.shocks.supplierDelayDays[t]));
  const arrives = t + lead;
  st.onOrder[k] += q;
  if (arrives < st.days) st.receipts[k * st.days + arrives] += q;
  const pay = arrives + st.c.p.supplierPaymentDays;
  if (pay < st.days) st.supplierDue[pay] += q * s.unitCost[k];
}

/** End-of-day review of every SKU's replenishment policy. */
export function replenish(st: RunState): void {
  const s = st.c.skus;
  const t = st.t;
  for (let k = 0; k < st.K; k++) {
    if (t >= s.delistDay[k]) continue;
    const policy = s.policy[k];
    if (policy === POLICY.none) continue;
    const position = st.onHand[k] + st.onOrder[k] - st.owed[k];
    if (policy === POLICY.sS) {
      if (position <= s.reorderPoint[k] && s.orderUpTo[k] > position) orderFromSupplier(st, k, s.orderUpTo[k] - position);
      continue;
    }
    if ((t + 1) % s.reviewDays[k] !== 0) continue;
    if (policy === POLICY.RS) {
      if (s.orderUpTo[k] > position) orderFromSupplier(st, k, s.orderUpTo[k] - position);
      continue;
    }
    // Forecast-driven: order up to the service-level quantile of demand over lead time + review,
    // widened for the lead time's own variability (the forecaster only knows the mean horizon).
    const history = st.demand[k].subarray(Math.max(0, t + 1 - s.historyDays[k]), t + 1);
    const horizon = s.leadMean[k] + s.reviewDays[k];
    const forecast = s.forecaster[k]!.forecastTotal(history, horizon, s.serviceLevel[k]);
    const target = withLeadTimeVariability(forecast, horizon, s.leadSd[k], s.serviceLevel[k]).quantile;
    if (Number.isFinite(target) && target > position) orderFromSupplier(st, k, target - position);
  }
}

/** Today's shelf price per SKU: list × dynamic factor × markdown. */
export function shelfPrices(st: RunState): void {
  const s = st.c.skus;
  for (let k = 0; k < st.K; k++) {
    st.basePrice[k] = s.listPrice[k] * st.dynFactor[k] * (st.t >= s.markdownDay[k] ? 1 - s.markdownPct[k] : 1);
  }
}

/** Days of cover per SKU over the last week moves the dynamic price one step up or down. */
export function dynamicPricing(st: RunState): void {
  const d = st.c.p.dynamic;
  if (!d.enabled) return;
  const t = st.t;
  const from = Math.max(0, t - 6);
  for (let k = 0; k < st.K; k++) {
    let sold = 0;
    for (let u = from; u <= t; u++) sold += st.skuUnits[k][u];
    const perDay = sold / (t - from + 1);
    const cover = perDay > 0 ? st.onHand[k] / perDay : st.onHand[k] > 0 ? Infinity : 0;
    if (cover < d.lowCoverDays) st.dynFactor[k] = Math.min(1 + d.maxUpPct, st.dynFactor[k] + d.stepPct);
    else if (cover > d.highCoverDays) st.dynFactor[k] = Math.max(1 - d.maxDownPct, st.dynFactor[k] - d.stepPct);
  }
}
