// The CLI's Evaluator for the decision commands (optimise, sensitivity, explain): every batch runs
// through the CLI's one batch runner (cli/batch.ts: this thread or the worker pool, with the
// scenario's forecasters), so a decision command scales like `run` and `compare`.
import { type Evaluator, evaluationJobs, type Progress, type Transport, kpisOnly, type RunResult } from '../sim/index.ts';
import { flagNumber, type ParsedArgs } from './args.ts';
import { cliTransport, runBatch, wholeResults } from './batch.ts';
import { queueTransportFromFlags } from './queue/flags.ts';
import type { CliIO } from './io.ts';

/** Workers for a decision command: `--workers`, else one per core (io.defaultWorkers). */
export function decisionWorkers(parsed: ParsedArgs, io: CliIO): number {
  return Math.max(1, flagNumber(parsed, 'workers') ?? io.defaultWorkers ?? 1);
}

/**
 * The transport of a decision command: the Redis queue with `--redis`, else worker threads (this
 * thread with one) kept warm for every batch the command runs, so a search's polls do not each
 * pay the threads' start-up. The caller closes it.
 */
export async function decisionTransport(parsed: ParsedArgs, io: CliIO): Promise<Transport> {
  return (await queueTransportFromFlags(parsed, io)) ?? cliTransport(decisionWorkers(parsed, io), Number.MAX_SAFE_INTEGER);
}

function evaluator<T>(workers: number, io: CliIO, map: (r: RunResult) => T, onProgress?: (p: Progress) => void, transport?: Transport): Evaluator<T> {
  return (scenarios, plan) =>
    runBatch(evaluationJobs(scenarios, plan), {
      workers: Math.min(workers, scenarios.length * plan.replications),
      signal: io.interrupt,
      onProgress,
      map,
      transport,
    });
}

/** An Evaluator keeping each run's KPIs, on `workers` threads (1: this thread) or over `transport` (`--redis`). */
export function cliEvaluator(workers: number, io: CliIO, onProgress?: (p: Progress) => void, transport?: Transport): Evaluator {
  return evaluator(workers, io, kpisOnly, onProgress, transport);
}

/** An Evaluator keeping whole runs (series, channels). */
export function cliWholeEvaluator(workers: number, io: CliIO, onProgress?: (p: Progress) => void, transport?: Transport): Evaluator<RunResult> {
  return evaluator(workers, io, wholeResults, onProgress, transport);
}
