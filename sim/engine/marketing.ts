// Paid channels: the day's spend buys clicks through geometric adstock (carry-over) and a Hill
// saturation curve, at a cost per click that rises with yesterday's competition for the
// auction and with a competitor's price war. Clicks become visits by shoppers picked from the
// pools: CRM reaches existing customers; other channels reach prospects with `prospectShare`.
import { KIND } from './compile.ts';
import { visit } from './funnel.ts';
import type { RunState } from './state.ts';

/**
 * Expected clicks from an adstocked linear click volume `a` (clicks/day at base CPC):
 * sat · aʰ / (satʰ + aʰ). With h = 1 it is linear at low spend and gives half the linear volume
 * at `a = sat`; h > 1 makes it S-shaped; it never exceeds `sat`.
 */
export function hillClicks(a: number, sat: number, h: number): number {
  if (!(a > 0)) return 0;
  if (h === 1) return (sat * a) / (sat + a);
  const ah = Math.pow(a, h);
  return (sat * ah) / (Math.pow(sat, h) + ah);
}

/** Spends every channel's budget for day `t` and runs the visits its clicks bring. */
export function marketing(st: RunState): void {
  const c = st.c;
  const t = st.t;
  const w = st.world;
  const rng = st.rng.channels;
  for (let ch = 0; ch < st.C; ch++) {
    const spend = c.chBudget[ch][t];
    st.chSpend[ch] += spend;
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
    for (let n = 0; n < clicks; n++) {
      const toProspect = rng.next() < prospectShare;
      const u = rng.next();
      let i = toProspect ? w.randomProspect(u) : w.randomCustomer(u);
      // A click aimed at an empty pool lands on the other pool (CRM reaches customers only).
      if (i < 0 && kind !== KIND.crm) i = toProspect ? w.randomCustomer(u) : w.randomProspect(u);
      if (i < 0) continue;
      st.chClicks[ch]++;
      visit(st, i, ch);
    }
  }
}
