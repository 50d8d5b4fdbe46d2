// The CLI's Evaluator for the decision commands (optimise, sensitivity, explain, calibrate): sim's
// runner evaluator over the CLI's transports (this thread or the worker pool, with the scenario's
// forecasters, or the Redis queue), so a decision command scales like `run` and `compare`.
import { type Evaluator, type Progress, type Transport, type RunResult, runnerEvaluator, wholeRunEvaluator, type RunnerEvaluatorOptions } from '../sim/index.ts';
import { flagNumber, type ParsedArgs } from './args.ts';
import { cliTransport } from './batch.ts';
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

/**
 * sim's runner evaluator over `transport`, or, without one, over `workers` threads started for
 * each batch and closed after it: the jobs of a batch are built in one place, sim/decide.
 */
function evaluator<T>(workers: number, io: CliIO, make: (options: RunnerEvaluatorOptions) => Evaluator<T>, onProgress?: (p: Progress) => void, transport?: Transport): Evaluator<T> {
  const options = { signal: io.interrupt, onProgress };
  if (transport) return make({ ...options, transport });
  return async (scenarios, plan) => {
    const tasks = scenarios.length * plan.replications;
    const own = cliTransport(Math.min(workers, tasks), tasks);
    try {
      return await make({ ...options, transport: own })(scenarios, plan);
    } finally {
      await own.close();
    }
  };
}

/** An Evaluator keeping each run's KPIs, on `workers` threads (1: this thread) or over `transport` (`--redis`). */
export function cliEvaluator(workers: number, io: CliIO, onProgress?: (p: Progress) => void, transport?: Transport): Evaluator {
  return evaluator(workers, io, runnerEvaluator, onProgress, transport);
}

/** An Evaluator keeping whole runs (series, channels). */
export function cliWholeEvaluator(workers: number, io: CliIO, onProgress?: (p: Progress) => void, transport?: Transport): Evaluator<RunResult> {
  return evaluator(workers, io, wholeRunEvaluator, onProgress, transport);
}
