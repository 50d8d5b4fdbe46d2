// Why a KPI moved between two scenarios: the GMV and profit differences split into effects that
// sum exactly to the difference, replication by replication on common random numbers, then
// averaged with 95 % intervals over the pairs.
//
// Method. List value L = GMV + discounts is a product of five factors,
//   L = visits × conversion × fill × basket × list price
// (conversion = orders / (visits × fill), i.e. orders per visit had every unit been in stock;
// fill = units / (units + lost-sales units); basket = units / order; list price = L / unit).
// Its change is split by the Shapley value over the five factors: the average of each factor's
// contribution over every order of switching factors from A to B. Shapley is exact (the parts sum
// to ΔL with no residual), symmetric, and, unlike log-mean Divisia (LMDI), it stays defined when a
// factor is zero in one scenario (a channel switched off, no lost sales). The traffic effect is
// shared among channels in proportion to each channel's change in visits, and the visits no
// channel brought (shoppers' own visits without an organic channel) are an effect of their own.
// GMV = L − discounts adds the discount effect; profit then subtracts each cost line of the
// engine's identity (refunds, COGS, marketing, logistics, holding, promotion costs, fixed,
// investment, payment fees) and adds shipping fees collected, so those effects are exact too.
import { meanInterval, mean } from '../experiment/stats.ts';
import type { RunResult } from '../result.ts';
import { codedRangeError } from '../scenario/codedError.ts';

/** Totals of one run that the identities use (CNY, visits, orders, units). */
export interface RunTotals {
  visits: number;
  channelVisits: Record<string, number>;
  orders: number;
  units: number;
  lostUnits: number;
  gmv: number;
  discount: number;
  refunds: number;
  netRevenue: number;
  cogs: number;
  marketing: number;
  logistics: number;
  holding: number;
  promo: number;
  fixed: number;
  investment: number;
  profit: number;
}

const sum = (a: Float64Array) => a.reduce((x, y) => x + y, 0);

/** The totals of one run. */
export function totalsOf(r: RunResult): RunTotals {
  const s = r.series;
  return {
    visits: sum(s.visits),
    channelVisits: Object.fromEntries(Object.entries(r.channels).map(([k, c]) => [k, c.clicks])),
    orders: sum(s.orders),
    units: sum(s.units),
    lostUnits: sum(s.lostSalesUnits),
    gmv: sum(s.gmvCny),
    discount: sum(s.discountCny),
    refunds: sum(s.refundsCny),
    netRevenue: sum(s.netRevenueCny),
    cogs: sum(s.cogsCny),
    marketing: sum(s.marketingCny),
    logistics: sum(s.logisticsCny),
    holding: sum(s.holdingCny),
    promo: sum(s.promoCostCny),
    fixed: sum(s.fixedCny),
    investment: sum(s.investmentCny),
    profit: sum(s.profitCny),
  };
}

/** Names of the five factors of list value, in order. */
export const LIST_VALUE_FACTORS = ['traffic', 'conversion', 'stockouts', 'basket', 'listPrice'] as const;

/** The five factors of L for one run; a factor undefined by a zero takes the other run's value (it then cannot move L). */
function factors(t: RunTotals, other: RunTotals): number[] {
  const raw = (x: RunTotals) => {
    const fill = x.units + x.lostUnits > 0 ? x.units / (x.units + x.lostUnits) : NaN;
    const conversion = x.orders === 0 ? 0 : x.orders / (x.visits * fill);
    return [x.visits, conversion, fill, x.units / x.orders, (x.gmv + x.discount) / x.units];
  };
  const mine = raw(t);
  const theirs = raw(other);
  return mine.map((v, i) => (Number.isFinite(v) ? v : Number.isFinite(theirs[i]) ? theirs[i] : 1));
}

/** Shapley values of a set function over `n` players: `value(mask)` with bit i set when player i is switched to B. */
export function shapley(n: number, value: (mask: number) => number): number[] {
  const fact = [1];
  for (let i = 1; i <= n; i++) fact[i] = fact[i - 1] * i;
  const cache = new Float64Array(1 << n);
  for (let m = 0; m < 1 << n; m++) cache[m] = value(m);
  const out = new Array<number>(n).fill(0);
  for (let i = 0; i < n; i++) {
    for (let m = 0; m < 1 << n; m++) {
      if (m & (1 << i)) continue;
      let size = 0;
      for (let k = m; k; k &= k - 1) size++;
      out[i] += ((fact[size] * fact[n - size - 1]) / fact[n]) * (cache[m | (1 << i)] - cache[m]);
    }
  }
  return out;
}

/** One effect of one pair: a name (and a channel for traffic), its part of the difference. */
export interface PairEffect {
  effect: string;
  channel?: string;
  value: number;
}

/** The effects of B − A for one pair of runs, on GMV and on profit; each list sums to its difference. */
export function explainPair(a: RunTotals, b: RunTotals): { gmv: PairEffect[]; profit: PairEffect[] } {
  const fa = factors(a, b);
  const fb = factors(b, a);
  const l = (mask: number) => fa.reduce((p, v, i) => p * (mask & (1 << i) ? fb[i] : v), 1);
  const phi = shapley(5, l);
  // The products may differ from L by rounding; put the (tiny) gap in the traffic effect so parts sum exactly.
  const dL = b.gmv + b.discount - (a.gmv + a.discount);
  phi[0] += dL - phi.reduce((x, y) => x + y, 0);
  // Visits no channel brought (shoppers' own visits, when no organic channel counts them) take
  // their share too, so the traffic parts always sum to the traffic effect.
  const dV = b.visits - a.visits;
  const channels = [...new Set([...Object.keys(a.channelVisits), ...Object.keys(b.channelVisits)])];
  const change = (ch: string) => (b.channelVisits[ch] ?? 0) - (a.channelVisits[ch] ?? 0);
  const traffic: PairEffect[] = channels.map((ch) => ({ effect: 'traffic', channel: ch, value: dV !== 0 ? (phi[0] * change(ch)) / dV : 0 }));
  const attributed = channels.reduce((sum, ch) => sum + change(ch), 0);
  const gmv: PairEffect[] = [
    ...traffic,
    { effect: 'ownVisits', value: dV !== 0 ? (phi[0] * (dV - attributed)) / dV : phi[0] },
    ...LIST_VALUE_FACTORS.slice(1).map((f, i) => ({ effect: f, value: phi[i + 1] })),
    { effect: 'discounts', value: -(b.discount - a.discount) },
  ];
  const fees = (x: RunTotals) => x.netRevenue - (x.gmv - x.refunds);
  const paymentFees = (x: RunTotals) => x.netRevenue - x.cogs - x.marketing - x.logistics - x.holding - x.promo - x.fixed - x.investment - x.profit;
  const minus = (f: (x: RunTotals) => number) => -(f(b) - f(a));
  const profit: PairEffect[] = [
    ...gmv,
    { effect: 'returns', value: minus((x) => x.refunds) },
    { effect: 'shippingFees', value: fees(b) - fees(a) },
    { effect: 'cogs', value: minus((x) => x.cogs) },
    { effect: 'marketing', value: minus((x) => x.marketing) },
    { effect: 'logistics', value: minus((x) => x.logistics) },
    { effect: 'holding', value: minus((x) => x.holding) },
    { effect: 'promotionCosts', value: minus((x) => x.promo) },
    { effect: 'fixed', value: minus((x) => x.fixed) },
    { effect: 'investment', value: minus((x) => x.investment) },
    { effect: 'paymentFees', value: minus(paymentFees) },
  ];
  return { gmv, profit };
}

/** One effect over the pairs: mean and 95 % interval (paired replications). */
export interface Effect {
  effect: string;
  channel?: string;
  mean: number;
  ciLow: number;
  ciHigh: number;
}

/** The explanation of one KPI's difference. */
export interface KpiExplanation {
  baselineMean: number;
  alternativeMean: number;
  /** Mean of B − A over the pairs (= the sum of the effects' means). */
  delta: number;
  ciLow: number;
  ciHigh: number;
  effects: Effect[];
}

export interface Explanation {
  pairs: number;
  gmv: KpiExplanation;
  profit: KpiExplanation;
}

function summarise(pairs: readonly PairEffect[][], before: number[], after: number[]): KpiExplanation {
  const deltas = after.map((v, i) => v - before[i]);
  const ci = meanInterval(deltas);
  const effects = pairs[0].map((e, j) => {
    const values = pairs.map((p) => p[j].value);
    const c = meanInterval(values);
    return { effect: e.effect, ...(e.channel !== undefined ? { channel: e.channel } : {}), mean: mean(values), ciLow: c.low, ciHigh: c.high };
  });
  return { baselineMean: mean(before), alternativeMean: mean(after), delta: mean(deltas), ciLow: ci.low, ciHigh: ci.high, effects };
}

/** Explains B − A over replications paired by index (the same seed: common random numbers). */
export function explain(baseline: readonly RunResult[], alternative: readonly RunResult[]): Explanation {
  if (baseline.length === 0 || baseline.length !== alternative.length) throw codedRangeError('decide.explainUnpaired', { baseline: baseline.length, alternative: alternative.length });
  const a = baseline.map(totalsOf);
  const b = alternative.map(totalsOf);
  // Every pair lists the same channels in the same order, so effects line up across pairs.
  const channels = [...new Set([...a, ...b].flatMap((t) => Object.keys(t.channelVisits)))];
  const pad = (t: RunTotals): RunTotals => ({ ...t, channelVisits: Object.fromEntries(channels.map((c) => [c, t.channelVisits[c] ?? 0])) });
  const pairs = a.map((x, i) => explainPair(pad(x), pad(b[i])));
  return {
    pairs: pairs.length,
    gmv: summarise(pairs.map((p) => p.gmv), a.map((t) => t.gmv), b.map((t) => t.gmv)),
    profit: summarise(pairs.map((p) => p.profit), a.map((t) => t.profit), b.map((t) => t.profit)),
  };
}
