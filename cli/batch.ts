// Runs the replications a command needs — several scenarios, R each — with the experiment runner,
// in this thread or on worker threads. Replication r of a scenario uses the streams of (seed, r)
// and results come back in replication order, so the output does not depend on the number of workers.
import { type Progress, InThreadTransport, runExperiment, type ExperimentJob, type Transport, type RunResult } from '../sim/index.ts';
import { modelsExecutor } from '../models/light.ts';
import { WorkerThreadsTransport } from './transport/worker-threads.ts';
import type { ParsedArgs } from './args.ts';
import type { CliIO } from './io.ts';
import { workerCount } from './options.ts';
import { progressBar } from './progress-bar.ts';
import { queueTransportFromFlags } from './queue/flags.ts';

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

/**
 * A command's replications as its flags say (`run`, `compare`, `sweep`): on the Redis queue with
 * --redis, else on --workers threads; a progress bar when stderr is a terminal; Ctrl-C cancels.
 */
export async function runCommandBatch<T>(parsed: ParsedArgs, io: CliIO, jobs: readonly BatchJob[], map: (result: RunResult) => T): Promise<T[][]> {
  const transport = await queueTransportFromFlags(parsed, io);
  const bar = progressBar(io);
  try {
    const tasks = jobs.reduce((sum, j) => sum + j.replications, 0);
    return await runBatch(jobs, { workers: workerCount(parsed, io, tasks), signal: io.interrupt, transport, onProgress: bar.onProgress, map });
  } finally {
    bar.done();
    await transport?.close();
  }
}
