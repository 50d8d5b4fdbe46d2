// After the order: pre-orders released on their ship day, waiting orders served as stock
// allows (FIFO per SKU), the warehouse ships its backlog FIFO up to the day's capacity, carriers
// deliver after a log-normal transit, late deliveries bring complaints, and returns come back
// (part of them to the shelf) with refunds.
import { complain } from './checkout.ts';
import { LATE, PICKUP } from './orders.ts';
import type { RunState } from './state.ts';

/** Pre-orders whose ship day is today join their SKU's wait queue; the balance is collected. */
export function releasePresales(st: RunState): void {
  const book = st.book;
  let o = st.releaseHead[st.t];
  st.releaseHead[st.t] = -1;
  while (o >= 0) {
    const next = book.next[o];
    st.day.collectedCny += book.balanceCny[o];
    book.balanceCny[o] = 0;
    // The delivery promise counts from the release, when the balance is paid.
    book.day[o] = st.t;
    book.enqueue(st.wait[book.sku[o]], o);
    o = next;
  }
}

/** Waiting orders take stock in arrival order while the shelf has enough for the head one. */
export function serveWaiting(st: RunState): void {
  const book = st.book;
  for (let k = 0; k < st.K; k++) {
    const q = st.wait[k];
    while (q.length > 0 && st.onHand[k] >= book.units[q.head]) {
      const o = book.dequeue(q);
      const u = book.units[o];
      st.onHand[k] -= u;
      st.owed[k] -= u;
      st.day.allocatedUnits += u;
      book.enqueue(st.backlog, o);
    }
  }
}

/** The warehouse ships up to today's capacity from the backlog, oldest first. */
export function ship(st: RunState): void {
  const { book, day, c } = st;
  const p = c.p;
  const t = st.t;
  const rng = st.rng.fulfilment;
  let capacity = c.capacity[t];
  while (capacity > 0 && st.backlog.length > 0) {
    capacity--;
    const o = book.dequeue(st.backlog);
    const k = book.sku[o];
    let transit = 0;
    if (p.pickupShare > 0 && rng.next() < p.pickupShare) book.flags[o] |= PICKUP;
    else {
      transit = p.transitSd > 0 ? rng.lognormal(p.transitMean, p.transitSd) : p.transitMean;
      day.logisticsCny += p.logisticsCostCny;
    }
    day.shippedOrders++;
    day.shippedUnits += book.units[o];
    day.cogsCny += book.units[o] * c.skus.unitCost[k];
    if ((t - book.day[o] + transit) * 24 > p.promiseHours) book.flags[o] |= LATE;
    const arrives = t + Math.floor(transit);
    if (arrives < st.days) book.pushBucket(st.deliverHead, arrives, o);
    else book.release(o);
  }
}

/** Today's deliveries: on-time or late (complaints), then returns and refunds. */
export function deliver(st: RunState): void {
  const { book, day, c, world: w } = st;
  const p = c.p;
  const rng = st.rng.returns;
  let o = st.deliverHead[st.t];
  st.deliverHead[st.t] = -1;
  while (o >= 0) {
    const next = book.next[o];
    const k = book.sku[o];
    const units = book.units[o];
    const i = book.shopper[o];
    const late = (book.flags[o] & LATE) !== 0;
    day.deliveredOrders++;
    day.deliveredUnits += units;
    // The complaint is decided now (returns stream) and raised after the return (retention
    // stream), so a traced journey reads delivery → complaint; each stream's draws keep their order.
    let complains = false;
    if (late) {
      day.lateOrders++;
      complains = rng.next() < p.complaintIfLate;
    } else day.onTimeOrders++;
    const returnProb = Math.min(1, c.skus.baseReturn[k] * c.segReturnMult[w.segment(i)] + (late ? p.lateReturnExtra : 0));
    const returned = rng.binomial(units, returnProb);
    if (returned > 0) {
      const restocked = rng.binomial(returned, c.skus.restockShare[k]);
      day.returnedUnits += returned;
      day.restockedUnits += restocked;
      st.onHand[k] += restocked;
      day.refundsCny += (book.valueCny[o] * returned) / units;
      day.cogsCny -= restocked * c.skus.unitCost[k];
    }
    if (st.trace !== null && st.trace.has(i)) st.trace.record(i, { day: st.t, kind: 'delivered', sku: c.skus.ids[k], units, late, returnedUnits: returned });
    if (complains) complain(st, i, 'late delivery');
    book.release(o);
    o = next;
  }
}
