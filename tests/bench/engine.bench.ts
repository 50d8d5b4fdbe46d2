// Engine benchmark: shopper-days/s, visits/s and bytes per shopper for 100k and 1M shoppers ×
// 365 days (one replication, one core); the scaling demo (double the shoppers at half the visit
// rate ⇒ time barely moves; double the visit rate ⇒ time about doubles); and the object-per-
// shopper reference model on the same shop, scaled per shopper-day, with the speed ratio.
import { runSimulation } from '../../sim/engine/simulate.ts';
import { ScenarioSchema, type Scenario, type ScenarioInput } from '../../sim/scenario/schema.ts';
import { deepMerge } from '../../sim/scenario/extends.ts';
import { runReference } from '../reference/object-model.ts';
import { Rng } from '../../sim/random.ts';

/**
 * The default shop with `size` shoppers whose own visit rates are × `visitRate`; budgets, click
 * saturation, stock, reorder levels, capacity and fixed costs are scaled to a market of
 * `marketSize` shoppers (default: `size`, so the shop behaves alike at every size).
 */
export function scaledShop(size: number, visitRate = 1, days = 365, marketSize = size): Scenario {
  const f = marketSize / 50_000;
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
      { days, name: `Default shop, ${size} shoppers` },
      { population: { size, ...segments }, channels, skus, fulfilment: { capacityOrdersPerDay: 2000 * f }, finance: { fixedCostsPerDayCny: (base.finance.fixedCostsPerDayCny as number) * f, openingCashCny: 2_000_000 * f } },
    ),
  );
}

/** Wall-clock and CPU seconds of one run (the machine may be shared: CPU time is the steadier figure). */
function timeRun(scenario: Scenario, trace = 0) {
  const cpu0 = process.cpuUsage();
  const started = performance.now();
  const run = runSimulation(scenario, { seed: 1, trace });
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpu0);
  return { run, seconds, cpuSeconds: (cpu.user + cpu.system) / 1e6 };
}

const fmt = (x: number) => (x >= 1e6 ? `${(x / 1e6).toFixed(2)} M` : x >= 1e3 ? `${(x / 1e3).toFixed(1)} k` : x.toFixed(1));

/** CPU nanoseconds per Rng.next(): a yardstick for how fast (or how loaded) the machine is. */
function calibrate(): number {
  const rng = new Rng(1);
  const n = 20_000_000;
  const cpu0 = process.cpuUsage();
  let x = 0;
  for (let i = 0; i < n; i++) x += rng.next();
  const cpu = process.cpuUsage(cpu0);
  if (x < 0) throw new Error('unreachable');
  return ((cpu.user + cpu.system) * 1000) / n;
}

export async function bench(print: (line: string) => void, quick: boolean): Promise<void> {
  const sizes = quick ? [20_000] : [100_000, 1_000_000];
  const days = 365;
  print(`machine yardstick: ${calibrate().toFixed(2)} CPU-ns per Rng.next()`);
  // Warm the JIT and the formula compiler once, so the first size is not charged for them.
  runSimulation(scaledShop(5_000, 1, 30), { seed: 1 });
  for (const size of sizes) {
    for (const [label, scenario] of [
      ['default shop scaled', scaledShop(size, 1, days)],
      ['own visits only (no paid channels)', ScenarioSchema.parse({ ...scaledShop(size, 1, days), channels: { organic: { kind: 'organic' } } })],
    ] as const) {
      const { run, seconds, cpuSeconds } = timeRun(scenario);
      const visits = run.result.kpis.visits;
      print(
        `${fmt(size)} shoppers × ${days} days, ${label}: ${seconds.toFixed(2)} s wall, ${cpuSeconds.toFixed(2)} s CPU — ` +
          `${fmt((size * days) / cpuSeconds)} shopper-days/CPU-s, ${fmt(visits)} visits (${fmt(visits / cpuSeconds)}/CPU-s, ${((cpuSeconds * 1e9) / visits).toFixed(0)} CPU-ns per visit), ` +
          `${fmt(run.candidates)} calendar entries, ${(run.shopperBytes / run.shoppers).toFixed(1)} B/shopper, ${fmt(run.result.kpis.orders)} orders`,
      );
    }
  }

  // Own visits only (no paid channels), so the work is the shoppers' calendars.
  const demo = quick ? 50_000 : 500_000;
  const ownOnly = (size: number, rate: number) => ScenarioSchema.parse({ ...scaledShop(size, rate, days, demo), channels: { organic: { kind: 'organic' } } });
  const a = timeRun(ownOnly(demo, 1));
  const b = timeRun(ownOnly(demo * 2, 0.5));
  const c = timeRun(ownOnly(demo, 2));
  const line = (label: string, x: typeof a) =>
    `  ${label.padEnd(30)} ${x.cpuSeconds.toFixed(2)} CPU-s (×${(x.cpuSeconds / a.cpuSeconds).toFixed(2)}), ${fmt(x.run.candidates)} calendar entries, ${fmt(x.run.result.kpis.visits)} visits`;
  print(`scaling demo (${fmt(demo)} shoppers, own visits only):`);
  print(line('baseline', a));
  print(line('2× shoppers, ½ visit rate', b));
  print(line('2× visit rate', c));

  const refSize = quick ? 2_000 : 20_000;
  const refDays = quick ? 30 : 90;
  const refScenario = scaledShop(refSize, 1, refDays);
  const engine = timeRun(refScenario);
  const cpu0 = process.cpuUsage();
  const reference = runReference(refScenario, { seed: 1 });
  const cpu = process.cpuUsage(cpu0);
  const refSeconds = (cpu.user + cpu.system) / 1e6;
  const perDay = (s: number) => (refSize * refDays) / s;
  print(
    `reference object model (${fmt(refSize)} shoppers × ${refDays} days, every shopper every day): ${refSeconds.toFixed(2)} CPU-s = ${fmt(perDay(refSeconds))} shopper-days/CPU-s; ` +
      `engine on the same shop ${engine.cpuSeconds.toFixed(3)} CPU-s = ${fmt(perDay(engine.cpuSeconds))} shopper-days/CPU-s: engine ×${(refSeconds / engine.cpuSeconds).toFixed(0)} faster ` +
      `(orders: reference ${reference.orders}, engine ${engine.run.result.kpis.orders}). The reference runs a smaller shop because it is slow; compare per shopper-day.`,
  );

  // Follow one shopper: the trace is off by default and must cost nothing then; on, it records
  // the journeys of K shoppers. Alternate the rounds so drift in the machine's load hits both.
  const traceShop = scaledShop(quick ? 20_000 : 100_000, 1, quick ? 90 : 365);
  const rounds = quick ? 2 : 3;
  const cpuOf = { off: [] as number[], on: [] as number[] };
  let traced = 0;
  for (let round = 0; round < rounds; round++) {
    cpuOf.off.push(timeRun(traceShop).cpuSeconds);
    const on = timeRun(traceShop, 100);
    cpuOf.on.push(on.cpuSeconds);
    traced = on.run.result.trace?.reduce((n, s) => n + s.events.length, 0) ?? 0;
  }
  const best = (xs: number[]) => Math.min(...xs);
  print(
    `shopper trace (${fmt(traceShop.population.size)} shoppers × ${traceShop.days} days, best of ${rounds}): off ${best(cpuOf.off).toFixed(2)} CPU-s, ` +
      `100 shoppers traced ${best(cpuOf.on).toFixed(2)} CPU-s (${(((best(cpuOf.on) - best(cpuOf.off)) / best(cpuOf.off)) * 100).toFixed(1)} %), ${fmt(traced)} events recorded`,
  );
}
