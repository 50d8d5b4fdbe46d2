import { describe, expect, it } from 'vitest';
import { explain, explainPair, shapley, type RunTotals } from '../../../sim/decide/explain.ts';
import { runExperiment } from '../../../sim/experiment/runner.ts';
import { smallShop } from '../../fixtures/scenario.ts';

const totals = (over: Partial<RunTotals>): RunTotals => ({
  visits: 1000,
  channelVisits: { organic: 500, ads: 500 },
  orders: 100,
  units: 150,
  lostUnits: 0,
  gmv: 15_000,
  discount: 0,
  refunds: 0,
  netRevenue: 15_000,
  cogs: 6_000,
  marketing: 1_000,
  logistics: 500,
  holding: 100,
  promo: 0,
  fixed: 2_000,
  investment: 0,
  profit: 5_400,
  ...over,
});

const effect = (list: { effect: string; channel?: string; value: number }[], name: string, channel?: string) => list.find((e) => e.effect === name && e.channel === channel)!.value;

describe('shapley', () => {
  it('splits x·y from (2, 3) to (4, 5) into 8 and 6', () => {
    const a = [2, 3];
    const b = [4, 5];
    const phi = shapley(2, (m) => (m & 1 ? b[0] : a[0]) * (m & 2 ? b[1] : a[1]));
    expect(phi[0]).toBeCloseTo(8, 12);
    expect(phi[1]).toBeCloseTo(6, 12);
  });
});

describe('explainPair', () => {
  it('puts all of a proportional rise in traffic on the channel that brought it', () => {
    const a = totals({});
    const b = totals({ visits: 2000, channelVisits: { organic: 500, ads: 1500 }, orders: 200, units: 300, gmv: 30_000, netRevenue: 30_000, cogs: 12_000, profit: 5_400 + 15_000 - 6_000 });
    const e = explainPair(a, b);
    expect(effect(e.gmv, 'traffic', 'ads')).toBeCloseTo(15_000, 9);
    expect(effect(e.gmv, 'traffic', 'organic')).toBeCloseTo(0, 9);
    for (const name of ['conversion', 'stockouts', 'basket', 'listPrice', 'discounts']) expect(effect(e.gmv, name)).toBeCloseTo(0, 9);
    expect(effect(e.profit, 'cogs')).toBe(-6_000);
    expect(effect(e.profit, 'paymentFees')).toBeCloseTo(0, 9);
  });

  it('gives visits no channel brought an effect of their own, so the traffic parts still sum to the traffic effect', () => {
    // 400 of 1,000 visits are shoppers' own (no organic channel counts them); ads bring 100 more, own visits 100 more.
    const a = totals({ channelVisits: { ads: 600 } });
    const b = totals({ visits: 1200, channelVisits: { ads: 700 }, orders: 120, units: 180, gmv: 18_000, netRevenue: 18_000, cogs: 7_200, profit: 7_200 });
    const e = explainPair(a, b);
    expect(effect(e.gmv, 'traffic', 'ads')).toBeCloseTo(1_500, 9);
    expect(effect(e.gmv, 'ownVisits')).toBeCloseTo(1_500, 9);
    expect(e.gmv.reduce((s, x) => s + x.value, 0)).toBeCloseTo(3_000, 9);
  });

  it('shows lost sales as a stock-out effect and a deeper discount as a discount effect', () => {
    const a = totals({});
    // same shoppers and wishes, but 50 of 150 units were out of stock, and 1,000 CNY more discount
    const b = totals({ orders: 100 * (100 / 150), units: 100, lostUnits: 50, gmv: 10_000 - 1_000, discount: 1_000, netRevenue: 9_000, profit: 5_400 - 6_000 });
    const e = explainPair(a, b);
    expect(effect(e.gmv, 'stockouts')).toBeCloseTo(-5_000, 6);
    expect(effect(e.gmv, 'conversion')).toBeCloseTo(0, 6);
    expect(effect(e.gmv, 'discounts')).toBe(-1_000);
    expect(e.gmv.reduce((s, x) => s + x.value, 0)).toBeCloseTo(-6_000, 6);
  });
});

describe('explain', () => {
  it('splits simulated GMV and profit differences into effects that sum exactly to them', async () => {
    const a = smallShop({ days: 15 });
    const b = smallShop({ days: 15, funnel: { checkoutRate: 0.7 }, channels: { social: { budgetPerDayCny: 400 } } });
    const [ra, rb] = await runExperiment([a, b].map((scenario) => ({ scenario, seed: 4, replications: 3 })));
    const x = explain(ra, rb);
    expect(x.pairs).toBe(3);
    for (const k of [x.gmv, x.profit]) {
      const total = k.effects.reduce((s, e) => s + e.mean, 0);
      expect(Math.abs(total - k.delta)).toBeLessThan(1e-6 * Math.max(1, Math.abs(k.delta)));
    }
    expect(x.gmv.delta).toBeCloseTo(x.gmv.alternativeMean - x.gmv.baselineMean, 6);
    // more social spend shows up as social traffic and as marketing cost
    expect(x.gmv.effects.find((e) => e.effect === 'traffic' && e.channel === 'social')!.mean).toBeGreaterThan(0);
    expect(x.profit.effects.find((e) => e.effect === 'marketing')!.mean).toBeCloseTo(-(400 - 120) * 15, 6);
  });
});
