// Paid channels: the day's spend buys clicks through geometric adstock (carry-over) and a Hill
// saturation curve, at a cost per click that rises with yesterday's competition for the
// auction and with a competitor's price war. Clicks become visits by shoppers picked from the
// pools: CRM reaches existing customers; other channels reach prospects with `prospectShare`.
// A shopper picked twice visits twice.
import { KIND } from './compile.ts';
import { view } from './funnel.ts';
import type { RunState } from './state.ts';
import { CHURNED, WARM_BLOCK } from './world.ts';

/**
 * Expected clicks from an adstocked linear click volume `a` (clicks/day at base CPC):
 * sat · aʰ / (satʰ + aʰ). With h = 1 it is linear at low spend and gives half the linear volume
 * at `a = sat`; h > 1 makes it S-shaped; it never exceeds `sat`.
 */
export function hillClicks(a: number, sat: number, h: number): number {
  if (!(a > 0)) return 0;
  const ah = h === 1 ? a : Math.pow(a, h);
  const clicks = (sat * ah) / (h === 1 ? sat + a : Math.pow(sat, h) + ah);
  // At an enormous volume the products overflow; the rearranged form cannot (and tends to sat).
  return Number.isFinite(clicks) ? clicks : sat / (1 + Math.pow(sat / a, h));
}

/** Spends every channel's budget for day `t` and runs the visits its clicks bring. */
export function marketing(st: RunState): void {
  const c = st.c;
  const t = st.t;
  const w = st.world;
  const rng = st.rng.channels;
  const viewRate = c.p.viewRate;
  for (let ch = 0; ch < st.C; ch++) {
    const spend = c.chBudget[ch][t];
    st.chSpend[ch] += spend;
    st.chDailySpend[ch][t] += spend;
    st.day.marketingCny += spend;
    const kind = c.chKind[ch];
    // Organic spend (content, SEO) is a cost; its effect is the visit multiplier, not clicks.
    if (kind === KIND.organic) continue;
    const cpc = c.chCpc[ch] * (1 + c.chCpcRise[ch] * st.clickRatio[ch]) * (1 + c.shocks.priceWarCut[t]);
    const decay = c.chDecay[ch];
    st.adstock[ch] = (1 - decay) * (spend / cpc) + decay * st.adstock[ch];
    const expected = hillClicks(st.adstock[ch], c.chSat[ch], c.chHill[ch]);
    st.clickRatio[ch] = expected / c.chSat[ch];
    const clicks = rng.poisson(expected * c.traffic[t]);
    const prospectShare = kind === KIND.crm ? 0 : c.chProspectShare[ch];
    // CRM reaches customers only; other channels' clicks aimed at an empty pool land on the other.
    const reachable = kind === KIND.crm ? w.nCustomers > 0 : w.nProspects + w.nCustomers > 0;
    if (!reachable) continue;
    // A bouncing click changes nothing about its shopper, so only the clicks that view a product
    // get a shopper (at a million shoppers, touching a shopper's record is the main cost).
    let toProspects = 0;
    let toCustomers = 0;
    for (let n = 0; n < clicks; n++) {
      if (rng.next() >= viewRate) continue;
      if (rng.next() < prospectShare) toProspects++;
      else toCustomers++;
    }
    const bounced = clicks - toProspects - toCustomers;
    st.day.visits += bounced;
    st.chClicks[ch] += bounced;
    if (w.nProspects === 0) {
      toCustomers += toProspects;
      toProspects = 0;
    } else if (w.nCustomers === 0) {
      toProspects += toCustomers;
      toCustomers = 0;
    }
    // Picks are drawn before any visit so that today's pools are those of the start of the channel's turn.
    const ids = st.scratch(toProspects + toCustomers);
    for (let n = 0; n < toProspects; n++) ids[n] = w.pool[Math.floor(rng.next() * w.nProspects)];
    for (let n = toProspects; n < ids.length; n++) ids[n] = w.pool[w.cap - 1 - Math.floor(rng.next() * w.nCustomers)];
    for (let n = 0; n < ids.length; n++) {
      if ((n & (WARM_BLOCK - 1)) === 0) st.warmth |= w.warm(ids, n, Math.min(ids.length, n + WARM_BLOCK));
      const i = ids[n];
      // A shopper who left earlier today (a stock-out, a complaint) no longer clicks.
      if (w.state(i) === CHURNED) continue;
      st.chClicks[ch]++;
      st.day.visits++;
      view(st, i, ch);
    }
  }
}
