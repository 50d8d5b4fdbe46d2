// An order is placed: money and counters, the shopper becomes a customer, and the order takes
// its route — on the shelf → warehouse backlog; pre-order → held until ship day; short of stock
// with backorders → the SKU's wait queue; sold on phantom (unsynchronised) stock → cancelled or
// waiting. Also complaints, which every later stage can raise.
import { OVERSOLD, PRESALE } from './orders.ts';
import { addShopper, scheduleNext } from './population.ts';
import { PROMO } from './promotions.ts';
import type { RunState } from './state.ts';
import type { ComplaintReason } from './trace.ts';
import { PROSPECT } from './world.ts';

/** Shopper `i` complains (`reason` is for the trace); with `complaintChurn` they leave. */
export function complain(st: RunState, i: number, reason: ComplaintReason): void {
  st.day.complaints++;
  if (st.trace?.has(i)) st.trace.record(i, { day: st.t, kind: 'complaint', reason });
  if (st.rng.retention.next() < st.c.p.complaintChurn && st.world.churn(i)) {
    st.day.churned++;
    if (st.trace?.has(i)) st.trace.record(i, { day: st.t, kind: 'churned', reason: 'complaint' });
  }
}

/**
 * Places an order of `units` of SKU `k` paying `paidCny` for goods (list value `listCny`) plus a
 * shipping `feeCny`. `priceSource` is the promotion behind the price cut (−1 if none); `presale`
 * the presale promotion holding it (−1 if none); `oversold` marks an order accepted on stock that
 * exists only in the unsynchronised display.
 */
export function placeOrder(
  st: RunState,
  i: number,
  k: number,
  units: number,
  paidCny: number,
  listCny: number,
  feeCny: number,
  giftCostCny: number,
  ch: number,
  priceSource: number,
  presale: number,
  oversold: boolean,
): void {
  const { c, day, world: w, book } = st;
  const p = c.p;
  const t = st.t;
  day.orders++;
  day.units += units;
  if (st.trace !== null && st.trace.has(i)) {
    st.trace.record(i, { day: t, kind: 'order', sku: c.skus.ids[k], units, paidCny, feeCny, channel: ch >= 0 ? c.chIds[ch] : null, preorder: presale >= 0 });
  }
  day.gmvCny += paidCny;
  day.discountCny += listCny - paidCny;
  day.shippingFeesCny += feeCny;
  day.promoCostCny += giftCostCny;
  st.skuUnits[k][t] += units;
  st.skuRevenueToday[k] += paidCny;
  st.demand[k][t] += units;
  if (priceSource >= 0) {
    const promo = st.promo;
    promo.unitsSold[priceSource] += units;
    const pr = promo.promos[priceSource];
    if (pr.type === PROMO.flashSale && promo.unitsSold[priceSource] >= pr.unitsLimit) promo.refresh(t, c.campaignUrgency[t]);
  }
  const isNew = w.state(i) === PROSPECT;
  if (isNew) {
    day.newCustomers++;
    w.makeCustomer(i);
    // From tomorrow the shopper follows the customer process (habit, churn hazard).
    scheduleNext(st, i, t);
  } else day.repeatOrders++;
  const n = w.orders(i);
  if (n === 0) st.buyers++;
  else if (n === 1) st.repeatBuyers++;
  w.addOrder(i);
  if (ch >= 0) {
    st.chOrders[ch]++;
    st.chGmv[ch] += paidCny;
    if (isNew) st.chNew[ch]++;
    const commission = paidCny * c.chCommission[ch];
    day.marketingCny += commission;
    st.chSpend[ch] += commission;
    st.chDailySpend[ch][t] += commission;
  }

  const o = book.alloc();
  book.shopper[o] = i;
  book.day[o] = t;
  book.sku[o] = k;
  book.units[o] = units;
  book.channel[o] = ch;
  book.valueCny[o] = paidCny;
  book.balanceCny[o] = 0;
  book.flags[o] = 0;
  if (presale >= 0) {
    const pr = st.promo.promos[presale];
    const deposit = paidCny * pr.depositShare;
    day.collectedCny += deposit + feeCny;
    book.balanceCny[o] = paidCny - deposit;
    book.flags[o] = PRESALE;
    st.owed[k] += units;
    if (pr.shipDay < st.days) book.pushBucket(st.releaseHead, pr.shipDay, o);
  } else {
    day.collectedCny += paidCny + feeCny;
    if (oversold) {
      book.flags[o] = OVERSOLD;
      if (st.rng.retention.next() < p.oversellCancelShare) {
        // The shop finds it cannot fill the order: refund, count the units as returned, complaint.
        day.cancelledOrders++;
        day.cancelledUnits += units;
        day.refundsCny += paidCny + feeCny;
        day.returnedUnits += units;
        book.release(o);
        complain(st, i, 'order cancelled');
      } else {
        st.owed[k] += units;
        book.enqueue(st.wait[k], o);
      }
    } else if (st.wait[k].length === 0 && st.onHand[k] - st.owed[k] >= units) {
      st.onHand[k] -= units;
      day.allocatedUnits += units;
      book.enqueue(st.backlog, o);
    } else {
      st.owed[k] += units;
      book.enqueue(st.wait[k], o);
    }
  }
  if (st.rng.retention.next() < p.referralPerOrder) addShopper(st, t);
}

