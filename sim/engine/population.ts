// Shoppers entering the market and their calendar: the day-0 population, newcomers and
// referrals, and the draw of each shopper's next calendar entry (candidate visit or churn day).
import { EVENT_CHURN, EVENT_VISIT, CUSTOMER, NOT_DUE, PROSPECT } from './world.ts';
import { geometricGap } from './schedule.ts';
import type { RunState } from './state.ts';

/** A segment index drawn by the scenario's shares. */
function drawSegment(st: RunState): number {
  const u = st.rng.population.next();
  const cum = st.c.segCumShare;
  let s = 0;
  while (s < cum.length - 1 && u >= cum[s]) s++;
  return s;
}

/**
 * Schedules shopper `i`'s next calendar entry after day `from` (replacing any earlier one): the
 * next candidate visit, or — for a customer whose churn hazard fires first (or the same day) —
 * the day they churn. The first of two daily Bernoulli processes is one Bernoulli process with
 * the combined probability, and on that day churn is the cause with probability
 * pChurn / pCombined. Memoryless draws make this exact for the day-by-day process the reference
 * model steps through, including when a prospect's first order switches them to the customer
 * process (checkout calls this again; the old entry is then stale).
 */
export function scheduleNext(st: RunState, i: number, from: number): void {
  const w = st.world;
  const seg = w.segment(i);
  const rng = st.rng.schedule;
  let day: number;
  if (w.state(i) === CUSTOMER) {
    day = from + geometricGap(rng, st.pCustomerFirst[seg], st.logMissCustomerFirst[seg]);
    w.setEvent(i, rng.next() * st.pCustomerFirst[seg] < st.c.segChurnDaily[seg] ? EVENT_CHURN : EVENT_VISIT);
  } else {
    day = from + geometricGap(rng, st.pProspect[seg], st.logMissProspect[seg]);
    w.setEvent(i, EVENT_VISIT);
  }
  w.setDueDay(i, day < st.days ? day : NOT_DUE);
  st.schedule.push(i, day);
}

/** Creates the day-0 market: `population.size` shoppers, `customersAtStart` of them customers. */
export function createPopulation(st: RunState): void {
  const { populationSize, customersAtStart } = st.c.p;
  const rng = st.rng.population;
  for (let n = 0; n < populationSize; n++) {
    const seg = drawSegment(st);
    const i = st.world.add(seg, rng.next() < customersAtStart ? CUSTOMER : PROSPECT);
    // Day 0 is itself a candidate day, so the first entry is drawn as if scheduled from day −1.
    scheduleNext(st, i, -1);
  }
  st.created = populationSize;
}

/** A new prospect joins on day `t` (newcomer or referral); their first visit can be tomorrow. */
export function addShopper(st: RunState, t: number): number {
  const i = st.world.add(drawSegment(st), PROSPECT);
  st.created++;
  scheduleNext(st, i, t);
  return i;
}

/** The day's newcomers from outside the market (`population.newShoppersPerDay`). */
export function arrivals(st: RunState): void {
  const expected = st.c.newShoppers[st.t];
  const whole = Math.floor(expected);
  const count = whole + (st.rng.population.next() < expected - whole ? 1 : 0);
  for (let n = 0; n < count; n++) addShopper(st, st.t);
}
