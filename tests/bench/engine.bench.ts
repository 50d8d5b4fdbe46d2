// Engine benchmark: shopper-days/s, visits/s and bytes per shopper for 100k and 1M shoppers ×
// 365 days (one replication, one core); the scaling demo (double the shoppers at half the visit
// rate ⇒ time barely moves; double the visit rate ⇒ time about doubles); and the object-per-
// shopper reference model on the same shop, scaled per shopper-day, with the speed ratio.
import { runSimulation } from '../../sim/engine/simulate.ts';
import { ScenarioSchema, type Scenario, type ScenarioInput } from '../../sim/scenario/schema.ts';
import { deepMerge } from '../../sim/scenario/extends.ts';
import { runReference } from '../reference/object-model.ts';

/**
 * The default shop scaled to `size` shoppers: budgets, click saturation, stock, reorder levels,
 * capacity and fixed costs grow with the market so the shop behaves alike at every size.
 */
export function scaledShop(size: number, visitRate = 1, days = 365): Scenario {
  const f = size / 50_000;
  const base = ScenarioSchema.parse({});
  const channels: ScenarioInput['channels'] = {};
  for (const [id, c] of Object.entries(base.channels)) {
    channels[id] = { ...c, budgetPerDayCny: (c.budgetPerDayCny as number) * f, saturationClicksPerDay: c.saturationClicksPerDay * f };
  }
  const skus: ScenarioInput['skus'] = {};
  for (const [id, s] of Object.entries(base.skus)) {
    skus[id] = {
      ...s,
      initialStockUnits: Math.round(s.initialStockUnits * f),
      replenishment: { ...s.replenishment, reorderPointUnits: s.replenishment.reorderPointUnits * f, orderUpToUnits: s.replenishment.orderUpToUnits * f },
    };
  }
  const segments: ScenarioInput['population'] = { segments: {} };
  for (const [id, g] of Object.entries(base.population.segments)) segments.segments![id] = { ...g, visitsPerYear: g.visitsPerYear * visitRate };
  return ScenarioSchema.parse(
    deepMerge(
      { days, name: `Default shop × ${f}` },
      { population: { size, ...segments }, channels, skus, fulfilment: { capacityOrdersPerDay: 2000 * f }, finance: { fixedCostsPerDayCny: 8000 * f, openingCashCny: 2_000_000 * f } },
    ),
  );
}

function timeRun(scenario: Scenario) {
  const started = performance.now();
  const run = runSimulation(scenario, { seed: 1 });
  const seconds = (performance.now() - started) / 1000;
  return { run, seconds };
}

const fmt = (x: number) => (x >= 1e6 ? `${(x / 1e6).toFixed(2)} M` : x >= 1e3 ? `${(x / 1e3).toFixed(1)} k` : x.toFixed(1));

export async function bench(print: (line: string) => void, quick: boolean): Promise<void> {
  const sizes = quick ? [20_000] : [100_000, 1_000_000];
  const days = 365;
  // Warm the JIT and the formula compiler once, so the first size is not charged for them.
  runSimulation(scaledShop(5_000, 1, 30), { seed: 1 });
  for (const size of sizes) {
    const { run, seconds } = timeRun(scaledShop(size, 1, days));
    const visits = run.result.kpis.visits;
    print(
      `${fmt(size)} shoppers × ${days} days: ${seconds.toFixed(2)} s — ${fmt((size * days) / seconds)} shopper-days/s, ` +
        `${fmt(visits)} visits (${fmt(visits / seconds)}/s), ${fmt(run.candidates)} calendar entries, ` +
        `${(run.shopperBytes / run.shoppers).toFixed(1)} B/shopper, ${fmt(run.result.kpis.orders)} orders`,
    );
  }

  const demo = quick ? 20_000 : 200_000;
  const a = timeRun(scaledShop(demo, 1, days));
  const b = timeRun(scaledShop(demo * 2, 0.5, days));
  const c = timeRun(scaledShop(demo, 2, days));
  print(`scaling (${fmt(demo)} shoppers, own visits only vary):`);
  print(`  baseline                         ${a.seconds.toFixed(2)} s, ${fmt(a.run.candidates)} calendar entries`);
  print(`  2× shoppers, ½ visit rate        ${b.seconds.toFixed(2)} s (×${(b.seconds / a.seconds).toFixed(2)}), ${fmt(b.run.candidates)} entries`);
  print(`  2× visit rate                    ${c.seconds.toFixed(2)} s (×${(c.seconds / a.seconds).toFixed(2)}), ${fmt(c.run.candidates)} entries`);

  const refSize = quick ? 2_000 : 20_000;
  const refDays = quick ? 30 : 90;
  const refScenario = scaledShop(refSize, 1, refDays);
  const engine = timeRun(refScenario);
  const started = performance.now();
  const reference = runReference(refScenario, { seed: 1 });
  const refSeconds = (performance.now() - started) / 1000;
  const perDay = (s: number) => (refSize * refDays) / s;
  print(
    `reference object model (${fmt(refSize)} shoppers × ${refDays} days): ${refSeconds.toFixed(2)} s = ${fmt(perDay(refSeconds))} shopper-days/s; ` +
      `engine on the same shop ${engine.seconds.toFixed(3)} s = ${fmt(perDay(engine.seconds))} shopper-days/s; engine is ×${(refSeconds / engine.seconds).toFixed(0)} faster ` +
      `(orders: reference ${reference.orders}, engine ${engine.run.result.kpis.orders})`,
  );
}
