// A shop whose only lever is the split of a paid budget over three channels with Hill (h = 1)
// saturation and nothing else binding, so the best split is known in closed form: equal marginal
// clicks per CNY. Also a synthetic evaluator of that response, for fast, exact search tests.
import type { Evaluator } from '../../../sim/decide/evaluator.ts';
import type { KpiRun } from '../../../sim/experiment/summarise.ts';
import { KPIS, type KpiName } from '../../../sim/result.ts';
import type { Scenario } from '../../../sim/scenario/schema.ts';
import type { ScenarioInput } from '../../../sim/scenario/schema.ts';
import { makeScenario } from '../../fixtures/scenario.ts';

/** Cost per click (CNY) and half-saturation (clicks/day) of the three channels. */
export const HILL_CHANNELS = {
  a: { costPerClickCny: 0.5, saturationClicksPerDay: 400 },
  b: { costPerClickCny: 1.0, saturationClicksPerDay: 900 },
  c: { costPerClickCny: 2.0, saturationClicksPerDay: 1600 },
} as const;

export type HillChannel = keyof typeof HILL_CHANNELS;

/** The channel budgets (CNY/day) that maximise Σ clicks for `total`: x_i = s_i (μ √c_i − c_i), μ = (T + Σ s c) / Σ s √c. */
export function closedFormSplit(total: number): Record<HillChannel, number> {
  const ch = Object.entries(HILL_CHANNELS) as [HillChannel, { costPerClickCny: number; saturationClicksPerDay: number }][];
  const mu = (total + ch.reduce((s, [, v]) => s + v.saturationClicksPerDay * v.costPerClickCny, 0)) / ch.reduce((s, [, v]) => s + v.saturationClicksPerDay * Math.sqrt(v.costPerClickCny), 0);
  return Object.fromEntries(ch.map(([k, v]) => [k, v.saturationClicksPerDay * (mu * Math.sqrt(v.costPerClickCny) - v.costPerClickCny)])) as Record<HillChannel, number>;
}

/** Expected clicks per day of a split (the engine's hillClicks with h = 1 and no adstock). */
export function expectedClicks(budgets: Record<HillChannel, number>): number {
  let sum = 0;
  for (const [k, v] of Object.entries(HILL_CHANNELS) as [HillChannel, (typeof HILL_CHANNELS)[HillChannel]][]) {
    const a = budgets[k] / v.costPerClickCny;
    sum += (v.saturationClicksPerDay * a) / (v.saturationClicksPerDay + a);
  }
  return sum;
}

/** A tiny shop with the three channels (same targeting, no adstock, no CPC rise) and ample stock and capacity. */
export function hillShop(budgets: Record<HillChannel, number>, overrides: ScenarioInput = {}): Scenario {
  const channels: NonNullable<ScenarioInput['channels']> = { organic: { kind: 'organic' } };
  for (const [k, v] of Object.entries(HILL_CHANNELS)) {
    channels[k] = { kind: 'paid', budgetPerDayCny: budgets[k as HillChannel], ...v, hillShape: 1, adstockDecay: 0, cpcRisePerSaturation: 0, conversionMultiplier: 1, prospectShare: 0.7 };
  }
  return makeScenario({ name: 'Hill shop', seed: 5, days: 7, replications: 2, population: { size: 3000 }, channels, fulfilment: { capacityOrdersPerDay: 100_000 }, ...overrides });
}

/** An evaluator that returns the expected clicks of the scenario's split as `visits` (no simulation, no noise). */
export const syntheticHillEvaluator: Evaluator = async (scenarios, plan) =>
  scenarios.map((s) => {
    const b = Object.fromEntries(Object.keys(HILL_CHANNELS).map((k) => [k, s.channels[k].budgetPerDayCny as number])) as Record<HillChannel, number>;
    const kpis = Object.fromEntries(KPIS.map((k) => [k, 0])) as Record<KpiName, number>;
    kpis.visits = expectedClicks(b);
    kpis.marketingCny = b.a + b.b + b.c;
    return Array.from({ length: plan.replications }, (_, r): KpiRun => ({ replication: r, kpis: { ...kpis } }));
  });
