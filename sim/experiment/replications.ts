// Monte Carlo replications of one scenario. Replication r always draws from the streams of
// (seed, r), so any split of the indices over workers gives the same results as one loop.
import { simulate } from '../engine/simulate.ts';
import type { ForecasterRegistry, SimulateOptions } from '../engine/options.ts';
import type { RunResult } from '../result.ts';
import type { Scenario } from '../scenario/schema.ts';
import { ProgressTracker, type Clock, type Progress } from './progress.ts';

/** Runs one replication; the engine's `simulate` unless a caller substitutes its own. */
export type Simulator = (scenario: Scenario, options: SimulateOptions) => RunResult;

/** Options of `runReplications` and `runReplicationRange`. */
export interface ReplicationOptions {
  /** Number of replications (default: the scenario's `replications`). */
  replications?: number;
  /** Seed (default: the scenario's `seed`). */
  seed?: number;
  /** Horizon override (days; default: the scenario's `days`). */
  days?: number;
  /** Cancels between days; the run throws a DOMException named AbortError. */
  signal?: AbortSignal;
  /** Aggregate progress over all replications of the call. */
  onProgress?: (progress: Progress) => void;
  forecasters?: ForecasterRegistry;
  /** Substitute for the engine (tests, instrumented runs). */
  simulator?: Simulator;
  /** Clock for the progress ETA (default performance.now). */
  now?: Clock;
}

function checkCount(name: string, value: number): void {
  if (!Number.isInteger(value) || value < 0) throw new RangeError(`${name} must be a whole number ≥ 0, got ${value}`);
}

/**
 * Runs replications `from` … `to − 1` (the form a worker pool uses: each worker takes a range
 * and the results concatenate in replication order).
 */
export function runReplicationRange(scenario: Scenario, from: number, to: number, options: ReplicationOptions = {}): RunResult[] {
  checkCount('from', from);
  checkCount('to', to);
  if (to < from) throw new RangeError(`replication range ${from}…${to} is empty backwards`);
  const run = options.simulator ?? simulate;
  const seed = options.seed ?? scenario.seed;
  const days = options.days ?? scenario.days;
  const tracker = new ProgressTracker(to - from, days, options.onProgress, options.now);
  const results: RunResult[] = [];
  for (let r = from; r < to; r++) {
    if (options.signal?.aborted) throw new DOMException('The run was cancelled', 'AbortError');
    const result = run(scenario, {
      seed,
      replication: r,
      days: options.days,
      signal: options.signal,
      forecasters: options.forecasters,
      onProgress: options.onProgress ? (done) => tracker.update(r, done) : undefined,
    });
    tracker.finish(r);
    results.push(result);
  }
  return results;
}

/** Runs replications 0 … R − 1 of `scenario` (R = `options.replications` or the scenario's). */
export function runReplications(scenario: Scenario, options: ReplicationOptions = {}): RunResult[] {
  const replications = options.replications ?? scenario.replications;
  checkCount('replications', replications);
  return runReplicationRange(scenario, 0, replications, options);
}
