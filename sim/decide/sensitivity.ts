// Sensitivity of a KPI to the scenario's settings on common random numbers: a one-way tornado
// (each setting at its low and high value, the others as they are, paired against the base run
// with 95 % intervals and an arc elasticity) and a two-way grid of two settings.
import { compareKpi } from '../experiment/compare.ts';
import { finiteValues, mean } from '../experiment/stats.ts';
import type { KpiRun } from '../experiment/summarise.ts';
import { linspace } from '../experiment/vary.ts';
import type { KpiName } from '../result.ts';
import { sweepableLevers } from '../scenario/levers.ts';
import type { Scenario } from '../scenario/schema.ts';
import type { Evaluator, EvaluationPlan } from './evaluator.ts';
import { withLeverValues } from './optimise.ts';
import type { LeverRange } from './range.ts';
import { codedRangeError } from '../scenario/codedError.ts';

/** The KPI at one end of a bar, against the base on the same seeds. */
export interface TornadoEnd {
  value: number;
  mean: number;
  /** Mean paired difference from the base and its 95 % interval. */
  delta: number;
  ciLow: number;
  ciHigh: number;
}

export interface TornadoBar {
  path: string;
  current: number;
  low: TornadoEnd;
  high: TornadoEnd;
  /** |high.delta − low.delta|: the bars are sorted by it, largest first. */
  swing: number;
  /** Arc elasticity: (ΔKPI / |KPI at base|) / (Δsetting / setting today); NaN when either base is 0 (|·| keeps the sign the KPI's direction of change when the base is a loss). */
  elasticity: number;
}

export interface Tornado {
  kpi: KpiName;
  baseMean: number;
  bars: TornadoBar[];
}

/**
 * The editor's levers as ± `share` ranges (default ±20 %) around today's value, clipped to each
 * lever's limits: numeric levers only (no formulas, no zeros), without the run settings (seed,
 * replications, horizon) and promotion dates.
 */
export function defaultSensitivityRanges(scenario: Scenario, share = 0.2): LeverRange[] {
  return sweepableLevers(scenario)
    .filter((l) => l.group !== 'run' && l.label !== 'lever.promoDays' && l.value !== null && l.value !== 0)
    .map((l) => {
      const v = l.value as number;
      const round = (x: number) => (l.integer ? Math.round(x) : Number.parseFloat(x.toPrecision(10)));
      const a = round(Math.max(l.min, v * (1 - share)));
      const b = round(Math.min(l.max, v * (1 + share)));
      return { path: l.id, low: Math.min(a, b), high: Math.max(a, b), current: v, integer: l.integer === true };
    })
    .filter((r) => r.low < r.high);
}

function end(kpi: KpiName, value: number, base: readonly number[], runs: readonly number[]): TornadoEnd {
  const c = compareKpi(kpi, base.map((b, i) => [b, runs[i]] as const));
  return { value, mean: mean(finiteValues(runs)), delta: c.meanDelta, ciLow: c.ciLow, ciHigh: c.ciHigh };
}

/** The scenarios of a one-way tornado: the base, then each range's low and high end (1 + 2 × ranges). */
export function tornadoScenarios(scenario: Scenario, ranges: readonly LeverRange[]): Scenario[] {
  return [scenario, ...ranges.flatMap((r) => [withLeverValues(scenario, { [r.path]: r.low }), withLeverValues(scenario, { [r.path]: r.high })])];
}

/** The tornado of `kpi` from the runs of `tornadoScenarios(scenario, ranges)` (`runs[s][r]`, paired by replication). */
export function tornadoOf(kpi: KpiName, ranges: readonly LeverRange[], runs: readonly (readonly KpiRun[])[]): Tornado {
  if (runs.length !== 1 + 2 * ranges.length) throw codedRangeError('decide.tornadoRuns', { ranges: ranges.length, need: 1 + 2 * ranges.length, got: runs.length });
  const values = runs.map((rs) => rs.map((r) => r.kpis[kpi]));
  const baseMean = mean(finiteValues(values[0]));
  const bars = ranges.map((r, i): TornadoBar => {
    const low = end(kpi, r.low, values[0], values[1 + 2 * i]);
    const high = end(kpi, r.high, values[0], values[2 + 2 * i]);
    const rel = (high.mean - low.mean) / Math.abs(baseMean);
    const elasticity = baseMean !== 0 && r.current !== 0 ? rel / ((r.high - r.low) / r.current) : NaN;
    return { path: r.path, current: r.current, low, high, swing: Math.abs(high.delta - low.delta), elasticity };
  });
  bars.sort((a, b) => (Number.isFinite(b.swing) ? b.swing : -1) - (Number.isFinite(a.swing) ? a.swing : -1));
  return { kpi, baseMean, bars };
}

/** One-way sensitivity of `kpi` to each range, in one batch of 1 + 2 × ranges scenarios. */
export async function tornado(scenario: Scenario, kpi: KpiName, ranges: readonly LeverRange[], evaluate: Evaluator, plan: EvaluationPlan): Promise<Tornado> {
  return tornadoOf(kpi, ranges, await evaluate(tornadoScenarios(scenario, ranges), plan));
}

export interface TwoWayGrid {
  kpi: KpiName;
  a: { path: string; values: number[] };
  b: { path: string; values: number[] };
  /** means[i][j]: the KPI's mean at a.values[i], b.values[j]. */
  means: number[][];
}

/** Two-way sensitivity: the KPI's mean over a `steps` × `steps` grid of two ranges, in one batch. */
export async function twoWay(scenario: Scenario, kpi: KpiName, a: LeverRange, b: LeverRange, evaluate: Evaluator, plan: EvaluationPlan, steps = 3): Promise<TwoWayGrid> {
  const snap = (r: LeverRange) => linspace(r.low, r.high, steps).map((v) => (r.integer ? Math.round(v) : v));
  const av = snap(a);
  const bv = snap(b);
  const scenarios = av.flatMap((x) => bv.map((y) => withLeverValues(scenario, { [a.path]: x, [b.path]: y })));
  const runs = await evaluate(scenarios, plan);
  const means = av.map((_, i) => bv.map((_, j) => mean(finiteValues(runs[i * bv.length + j].map((r) => r.kpis[kpi])))));
  return { kpi, a: { path: a.path, values: av }, b: { path: b.path, values: bv }, means };
}
