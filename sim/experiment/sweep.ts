// Parameter sweeps (NetLogo BehaviorSpace style): every combination of lever values, each run
// for R replications with the same seed, reported as a tidy table (one row per run ×
// replication × KPI) plus a per-cell KPI summary.
import { KPIS, type KpiName, type RunResult } from '../result.ts';
import { loaderMessage } from '../scenario/loaderMessages.ts';
import type { Scenario } from '../scenario/schema.ts';
import { bestIndex } from './compare.ts';
import type { Clock, Progress } from './progress.ts';
import { runExperiment, type ExperimentJob } from './runner.ts';
import type { Transport } from './transport.ts';
import { LeverError, setPath } from './set-path.ts';
import { summariseKpis, type KpiRun, type KpiSummary } from './summarise.ts';
import type { Lever } from './vary.ts';

/** Most grid points a sweep may have. */
export const MAX_SWEEP_CELLS = 10_000;

/** One grid point: its index (`run`), its lever values by path, and the scenario they give. */
export interface SweepCell {
  run: number;
  values: Record<string, number>;
  scenario: Scenario;
}

/** One row of the tidy table. */
export interface TidyRow {
  run: number;
  /** Lever values of the run, by path (in lever order). */
  levers: Record<string, number>;
  replication: number;
  kpi: KpiName;
  value: number;
}

/** One grid point's KPI summary over its replications. */
export interface SweepCellSummary {
  run: number;
  values: Record<string, number>;
  kpis: Record<KpiName, KpiSummary>;
}

/** What `sweep` returns. */
export interface SweepResult {
  levers: Lever[];
  replications: number;
  seed: number;
  cells: SweepCellSummary[];
  rows: TidyRow[];
}

/** The part of a run a sweep keeps. */
export function kpisOnly(result: RunResult): KpiRun {
  return { replication: result.replication, kpis: result.kpis };
}

/** Every combination of lever values; the first lever varies slowest, the last fastest. */
export function sweepGrid(levers: readonly Lever[]): Record<string, number>[] {
  let grid: Record<string, number>[] = [{}];
  for (const lever of levers) grid = grid.flatMap((point) => lever.values.map((v) => ({ ...point, [lever.path]: v })));
  return grid;
}

/**
 * Builds the grid's scenarios: each a validated copy of `scenario` with its lever values set.
 * Throws LeverError for no levers, a lever without values, a path given twice, a bad path
 * (naming the keys available where it failed), a value the schema refuses, or too many cells.
 */
export function planSweep(scenario: Scenario, levers: readonly Lever[]): SweepCell[] {
  if (levers.length === 0) throw new LeverError(loaderMessage('lever.none', {}));
  const seen = new Set<string>();
  let cells = 1;
  for (const lever of levers) {
    if (lever.values.length === 0) throw new LeverError(loaderMessage('lever.noValues', {}), lever.path);
    if (seen.has(lever.path)) throw new LeverError(loaderMessage('lever.twice', { path: lever.path }));
    if (lever.path === 'seed') throw new LeverError(loaderMessage('lever.seed', {}));
    if (lever.path === 'replications') throw new LeverError(loaderMessage('lever.replications', {}));
    seen.add(lever.path);
    cells *= lever.values.length;
    // Check the path once on its own so a typo is reported before any grid point.
    setPath(scenario, lever.path, lever.values[0]);
  }
  if (cells > MAX_SWEEP_CELLS) throw new LeverError(loaderMessage('lever.tooManyCells', { cells, max: MAX_SWEEP_CELLS }));
  return sweepGrid(levers).map((values, run) => {
    let cellScenario = scenario;
    for (const [path, v] of Object.entries(values)) cellScenario = setPath(cellScenario, path, v);
    return { run, values, scenario: cellScenario };
  });
}

/** The tidy table of a sweep's results (`results[i]` are cell i's replications). */
export function tidyRows(cells: readonly SweepCell[] | readonly SweepCellSummary[], results: readonly (readonly KpiRun[])[]): TidyRow[] {
  const rows: TidyRow[] = [];
  cells.forEach((cell, i) => {
    for (const result of results[i]) {
      for (const kpi of KPIS) rows.push({ run: cell.run, levers: cell.values, replication: result.replication, kpi, value: result.kpis[kpi] });
    }
  });
  return rows;
}

/** Summaries of a sweep's cells from their results. */
export function summariseCells(cells: readonly SweepCell[], results: readonly (readonly KpiRun[])[]): SweepCellSummary[] {
  return cells.map((cell, i) => ({ run: cell.run, values: cell.values, kpis: summariseKpis(results[i]) }));
}

/**
 * The grid point with the best mean of `kpi` (in the KPI's direction), or undefined when the KPI
 * is neutral or never finite.
 */
export function bestCell(cells: readonly SweepCellSummary[], kpi: KpiName): SweepCellSummary | undefined {
  const i = bestIndex(kpi, cells.map((c) => c.kpis[kpi].mean));
  return i < 0 ? undefined : cells[i];
}

/** Options of `sweep`. */
export interface SweepOptions {
  /** Replications per grid point (default: the scenario's). */
  replications?: number;
  /** Seed of every grid point (default: the scenario's): common random numbers across points. */
  seed?: number;
  /** Horizon override (days). */
  days?: number;
  /** Where the replications run (default: this thread, the engine's built-in forecaster only). */
  transport?: Transport;
  signal?: AbortSignal;
  /** Aggregate progress over every (point, replication). */
  onProgress?: (progress: Progress) => void;
  /** Clock for the progress ETA (default performance.now). */
  now?: Clock;
}

/** The experiment jobs of a planned sweep: every cell, `replications` each, all on `seed` (common random numbers). */
export function sweepJobs(cells: readonly SweepCell[], replications: number, seed: number, days?: number): ExperimentJob[] {
  return cells.map((cell) => ({ scenario: cell.scenario, seed, replications, days }));
}

/** A sweep's result from its planned cells and the KPI runs of their jobs (`sweepJobs`, in order). */
export function sweepResult(levers: readonly Lever[], cells: readonly SweepCell[], replications: number, seed: number, results: readonly (readonly KpiRun[])[]): SweepResult {
  return { levers: [...levers], replications, seed, cells: summariseCells(cells, results), rows: tidyRows(cells, results) };
}

/**
 * Runs the full grid of `levers` over `scenario` on the experiment runner, R replications per
 * point with the same seed (common random numbers across points). Only each run's KPIs are kept,
 * so a large grid does not hold every run's daily series. Front ends that run the jobs their own
 * way (a worker pool, the workbench's progress) use the same three steps: `planSweep`,
 * `sweepJobs`, `sweepResult`.
 */
export async function sweep(scenario: Scenario, levers: readonly Lever[], options: SweepOptions = {}): Promise<SweepResult> {
  const cells = planSweep(scenario, levers);
  const replications = options.replications ?? scenario.replications;
  const seed = options.seed ?? scenario.seed;
  const results = await runExperiment(sweepJobs(cells, replications, seed, options.days), {
    transport: options.transport,
    signal: options.signal,
    onProgress: options.onProgress,
    now: options.now,
    map: kpisOnly,
  });
  return sweepResult(levers, cells, replications, seed, results);
}
