// Runs built-in scenarios for tests: loads a file from scenarios/, optionally shrinks its market
// (scale.ts) and runs a few replications with the scenario's own seed, so an alternative and its
// baseline share common random numbers and their difference is the lever's effect, not noise.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { simulate } from '../../sim/engine/simulate.ts';
import type { KpiName, RunResult, SeriesName } from '../../sim/result.ts';
import { formatIssue, loadScenario } from '../../sim/scenario/index.ts';
import type { Scenario } from '../../sim/scenario/schema.ts';
import { scaleMarket } from './scale.ts';

export const scenariosRoot = join(import.meta.dirname, '../../scenarios');

/** The built-in scenario `id` ("003-double11/spend-save"), validated; throws with its issues. */
export function loadBuiltin(id: string): Scenario {
  const r = loadScenario(join(scenariosRoot, `${id}.yaml`), (p) => readFileSync(p, 'utf8'));
  if (!r.ok) throw new Error(r.issues.map(formatIssue).join('\n'));
  return r.scenario;
}

export interface RunSpec {
  /** Market size factor (default 0.1). */
  scale?: number;
  /** Replications (default 2). */
  reps?: number;
  /** Horizon override (days). */
  days?: number;
}

/** Replications of the built-in scenario `id` under `spec`. */
export function runBuiltin(id: string, spec: RunSpec = {}): RunResult[] {
  const scale = spec.scale ?? 0.1;
  const scenario = scale === 1 ? loadBuiltin(id) : scaleMarket(loadBuiltin(id), scale);
  return Array.from({ length: spec.reps ?? 2 }, (_, replication) => simulate(scenario, { replication, days: spec.days }));
}

/** Mean of a KPI over runs (finite values only). */
export function kpi(runs: readonly RunResult[], name: KpiName): number {
  const values = runs.map((r) => r.kpis[name]).filter(Number.isFinite);
  return values.reduce((s, v) => s + v, 0) / values.length;
}

/** Mean over runs of the sum of a daily series over days [from, to). */
export function seriesSum(runs: readonly RunResult[], name: SeriesName, from = 0, to = Infinity): number {
  let total = 0;
  for (const r of runs) {
    const s = r.series[name];
    for (let d = from; d < Math.min(to, s.length); d++) total += s[d];
  }
  return total / runs.length;
}

/** Mean over runs of the ratio of two series summed over the given days. */
export function ratioOn(runs: readonly RunResult[], num: SeriesName, den: SeriesName, days: readonly number[]): number {
  let n = 0;
  let d = 0;
  for (const r of runs) for (const t of days) {
    n += r.series[num][t];
    d += r.series[den][t];
  }
  return n / d;
}
