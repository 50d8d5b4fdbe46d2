// Shoppers' own visits: the calendar bucket of the day is served once; each entry is a churn
// day or a candidate visit, thinned to the shopper's true probability today (tier rate × habit
// and CRM lift for customers × organic multiplier × campaign traffic × demand surge), and then
// the shopper's next entry is drawn. Shoppers with nothing due today are never touched.
import { scheduleNext } from './population.ts';
import { visit } from './funnel.ts';
import type { RunState } from './state.ts';
import { CHURNED, CUSTOMER, EVENT_CHURN, WARM_BLOCK } from './world.ts';

export function ownVisits(st: RunState): void {
  const c = st.c;
  const t = st.t;
  const w = st.world;
  const day = st.day;
  const rng = st.rng.schedule;
  const daily = c.organicMult[t] * c.traffic[t];
  const customerMult = c.p.postPurchaseBoost * (c.crmActive[t] ? 1 + c.p.crmRepeatBoost : 1);
  const ch = c.organicChannel;
  const due = st.schedule.take(t);
  for (let n = 0; n < due.length; n++) {
    if ((n & (WARM_BLOCK - 1)) === 0) st.warmth |= w.warm(due, n, Math.min(due.length, n + WARM_BLOCK));
    const i = due[n];
    day.candidates++;
    // Stale entries (superseded when a prospect became a customer) and churned shoppers are skipped.
    if (w.dueDay(i) === t && w.state(i) !== CHURNED) {
      if (w.event(i) === EVENT_CHURN) {
        if (w.churn(i)) {
          day.churned++;
          if (st.trace !== null && st.trace.has(i)) st.trace.record(i, { day: t, kind: 'churned', reason: 'lapsed' });
        }
      } else {
        const seg = w.segment(i);
        const customer = w.state(i) === CUSTOMER;
        const prob = Math.min(1, c.segDailyRate[seg] * daily * (customer ? customerMult : 1));
        if (rng.next() * (customer ? st.pCustomer[seg] : st.pProspect[seg]) < prob) {
          if (ch >= 0) st.chClicks[ch]++;
          visit(st, i, ch);
        }
        if (w.state(i) !== CHURNED) scheduleNext(st, i, t);
      }
    }
  }
}
