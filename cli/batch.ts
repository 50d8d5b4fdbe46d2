// Runs the replications a command needs — several scenarios, R each — with the experiment runner,
// in this thread or on worker threads. Replication r of a scenario uses the streams of (seed, r)
// and results come back in replication order, so the output does not depend on the number of workers.
import type { Progress } from '../sim/experiment/progress.ts';
import { InThreadTransport } from '../sim/experiment/in-thread.ts';
import { runExperiment, type ExperimentJob } from '../sim/experiment/runner.ts';
import type { Transport } from '../sim/experiment/transport.ts';
import type { RunResult } from '../sim/result.ts';
import { modelsExecutor } from '../models/task-executor.ts';
import { WorkerThreadsTransport } from './transport/worker-threads.ts';

/** One scenario to run R times. */
export type BatchJob = ExperimentJob;

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

/** The CLI's transport for `workers` threads (this thread for 1) and `tasks` tasks. */
export function cliTransport(workers: number, tasks: number): Transport {
  return workers <= 1 || tasks <= 1 ? new InThreadTransport(modelsExecutor()) : new WorkerThreadsTransport(Math.min(workers, tasks));
}

/** Runs every job's replications; `result[j][r]` is replication r of job j (after `map`). */
export async function runBatch<T>(jobs: readonly BatchJob[], options: BatchOptions<T>): Promise<T[][]> {
  if (options.transport) return runExperiment(jobs, { transport: options.transport, signal: options.signal, onProgress: options.onProgress, map: options.map });
  const transport = cliTransport(options.workers, jobs.reduce((sum, j) => sum + j.replications, 0));
  try {
    return await runExperiment(jobs, { transport, signal: options.signal, onProgress: options.onProgress, map: options.map });
  } finally {
    await transport.close();
  }
}
