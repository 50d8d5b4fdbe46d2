// Runs the replications a command needs — several scenarios, R each — in this thread or on a
// worker pool. Either way replication r of a scenario uses the streams of (seed, r) and results
// come back in replication order, so the output does not depend on the number of workers.
import { ProgressTracker, type Progress, simulate, type RunResult, type Scenario, runExperiment, type Transport } from '../sim/index.ts';
import { forecastersFor } from './forecasters.ts';
import { WorkerPool, type ReplicationTask } from './pool/pool.ts';

/** One scenario to run R times. */
export interface BatchJob {
  scenario: Scenario;
  seed: number;
  replications: number;
  /** Horizon override (days). */
  days?: number;
}

export interface BatchOptions<T> {
  /** Worker threads; 1 runs in this thread. */
  workers: number;
  signal?: AbortSignal;
  onProgress?: (progress: Progress) => void;
  /** Applied to each result as it arrives, e.g. to keep only the KPIs of a large sweep. */
  map: (result: RunResult) => T;
  /** Runs the replications there instead of on `workers` threads (e.g. the Redis queue); the caller closes it. */
  transport?: Transport;
}

/** Keeps results whole. */
export const wholeResults = (result: RunResult): RunResult => result;

function tasksOf(jobs: readonly BatchJob[]): ReplicationTask[] {
  return jobs.flatMap((job) => Array.from({ length: job.replications }, (_, r) => ({ scenario: job.scenario, seed: job.seed, replication: r, days: job.days })));
}

/** Runs every job's replications; `result[j][r]` is replication r of job j (after `map`). */
export async function runBatch<T>(jobs: readonly BatchJob[], options: BatchOptions<T>): Promise<T[][]> {
  if (options.transport) return runExperiment(jobs, { transport: options.transport, signal: options.signal, onProgress: options.onProgress, map: options.map });
  const tasks = tasksOf(jobs);
  const maxDays = Math.max(1, ...jobs.map((j) => j.days ?? j.scenario.days));
  const tracker = new ProgressTracker(tasks.length, maxDays, options.onProgress);
  let flat: T[];
  if (options.workers <= 1 || tasks.length <= 1) {
    const forecasters = await forecastersFor(jobs.map((j) => j.scenario));
    flat = [];
    for (let i = 0; i < tasks.length; i++) {
      // Yield between replications so Ctrl-C (a signal handler) gets a chance to run.
      await new Promise<void>((resolve) => setImmediate(resolve));
      if (options.signal?.aborted) throw new DOMException('The run was cancelled', 'AbortError');
      const t = tasks[i];
      flat.push(
        options.map(simulate(t.scenario, {
          seed: t.seed,
          replication: t.replication,
          days: t.days,
          signal: options.signal,
          forecasters,
          onProgress: options.onProgress ? (done) => tracker.update(i, done) : undefined,
        })),
      );
      tracker.finish(i);
    }
  } else {
    const pool = new WorkerPool(options.workers);
    flat = await pool.run(tasks, options.map, {
      signal: options.signal,
      onDays: options.onProgress ? (task, days) => tracker.update(task, days) : undefined,
      onDone: (task) => tracker.finish(task),
    });
  }
  const out: T[][] = [];
  let at = 0;
  for (const job of jobs) {
    out.push(flat.slice(at, at + job.replications));
    at += job.replications;
  }
  return out;
}
