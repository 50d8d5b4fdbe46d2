// Experiment-layer benchmark: the cost of summarising and comparing Monte Carlo results (what the
// workbench does in its summary worker during and after a run, and the CLI after its workers return).
import { summarise } from '../../sim/experiment/summarise.ts';
import { RunningSummary } from '../../sim/experiment/running-summary.ts';
import { compareRuns } from '../../sim/experiment/compare.ts';
import { simulate } from '../../sim/engine/simulate.ts';
import { ScenarioSchema } from '../../sim/scenario/schema.ts';
import type { RunResult } from '../../sim/result.ts';

/** Copies of one real result with every series value jittered, so summaries do real work. */
function syntheticRuns(template: RunResult, count: number): RunResult[] {
  const runs: RunResult[] = [];
  for (let r = 0; r < count; r++) {
    const series = {} as RunResult['series'];
    for (const [name, values] of Object.entries(template.series)) {
      const copy = new Float64Array(values.length);
      for (let i = 0; i < values.length; i++) copy[i] = values[i] * (1 + (((r * 7919 + i * 104_729) % 1000) - 500) / 10_000);
      series[name as keyof RunResult['series']] = copy;
    }
    const kpis = { ...template.kpis };
    for (const k of Object.keys(kpis) as (keyof typeof kpis)[]) kpis[k] = kpis[k] * (1 + ((r % 13) - 6) / 100);
    runs.push({ ...template, replication: r, series, kpis });
  }
  return runs;
}

function time<T>(f: () => T): [T, number] {
  const started = performance.now();
  const value = f();
  return [value, performance.now() - started];
}

export async function bench(print: (line: string) => void, quick: boolean): Promise<void> {
  const scenario = ScenarioSchema.parse({ days: 365, population: { size: quick ? 5_000 : 20_000 } });
  const template = simulate(scenario, { replication: 0 });
  const seriesCount = Object.keys(template.series).length;
  for (const count of quick ? [20, 100] : [20, 200, 1000]) {
    const runs = syntheticRuns(template, count);
    const [, summariseMs] = time(() => summarise(runs));
    const [, compareMs] = time(() => compareRuns(runs, runs.slice().reverse().map((r, i) => ({ ...r, replication: i }))));
    print(
      `${count} replications × ${seriesCount} daily series × ${scenario.days} days: summarise ${summariseMs.toFixed(0)} ms, compareRuns ${compareMs.toFixed(1)} ms`,
    );
  }
  // Progressive results: a summary of the runs landed so far, asked for again and again while a
  // run is under way. Summarising afresh re-sorts every day's column each time; RunningSummary
  // pays a sorted insert as each run lands and then only sums.
  const count = quick ? 40 : 100;
  const runs = syntheticRuns(template, count);
  const running = new RunningSummary();
  const [, addMs] = time(() => runs.forEach((r) => running.add(r)));
  const best = (f: () => unknown) => Math.min(...Array.from({ length: 5 }, () => time(f)[1]));
  const runningMs = best(() => running.summary());
  const freshMs = best(() => summarise(runs));
  print(
    `progressive summary of ${count} landed runs × ${scenario.days} days: RunningSummary ${runningMs.toFixed(1)} ms (best of 5) (+ ${(addMs / count).toFixed(2)} ms per landing) against summarise ${freshMs.toFixed(1)} ms (best of 5; ${(freshMs / runningMs).toFixed(1)}× less per refinement)`,
  );
}
