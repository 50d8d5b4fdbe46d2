// The one door through which the decision tools (optimiser, allocator, sensitivity, explain)
// simulate: a batch of scenarios, each on the same seed and replications (common random numbers),
// run by the experiment runner over whatever transport the front end supplies.
import { runExperiment, type ExperimentJob } from '../experiment/runner.ts';
import type { KpiRun } from '../experiment/summarise.ts';
import { kpisOnly } from '../experiment/sweep.ts';
import type { Transport } from '../experiment/transport.ts';
import type { Progress } from '../experiment/progress.ts';
import type { RunResult } from '../result.ts';
import type { Scenario } from '../scenario/schema.ts';

/** Seeds and horizon of one batch of evaluations: replication r of every scenario uses the streams of (seed, r). */
export interface EvaluationPlan {
  seed: number;
  replications: number;
  /** Horizon override (days). */
  days?: number;
}

/** Runs every scenario for the plan's replications; `result[s][r]` is replication r of scenario s. */
export type Evaluator<T = KpiRun> = (scenarios: readonly Scenario[], plan: EvaluationPlan) => Promise<T[][]>;

/** The runner's jobs for a batch: every scenario on the plan's seed, replications and horizon. */
export function evaluationJobs(scenarios: readonly Scenario[], plan: EvaluationPlan): ExperimentJob[] {
  return scenarios.map((scenario) => ({ scenario, seed: plan.seed, replications: plan.replications, days: plan.days }));
}

/** Options of `runnerEvaluator`. */
export interface RunnerEvaluatorOptions {
  /** Where replications run (default: this thread). Reused across batches; the caller closes it. */
  transport?: Transport;
  signal?: AbortSignal;
  /** Progress of each batch (the runner's aggregate over the batch's replications). */
  onProgress?: (progress: Progress) => void;
  /** Called after every batch with the number of scenarios and replications it ran. */
  onBatch?: (scenarios: number, replications: number) => void;
}

/** An Evaluator that keeps each run's KPIs only, through `runExperiment`. */
export function runnerEvaluator(options: RunnerEvaluatorOptions = {}): Evaluator {
  return mappedEvaluator(kpisOnly, options);
}

/** An Evaluator that keeps each run whole (explain needs series and channels). */
export function wholeRunEvaluator(options: RunnerEvaluatorOptions = {}): Evaluator<RunResult> {
  return mappedEvaluator((r) => r, options);
}

function mappedEvaluator<T>(map: (result: RunResult) => T, options: RunnerEvaluatorOptions): Evaluator<T> {
  return async (scenarios, plan) => {
    const out = await runExperiment(evaluationJobs(scenarios, plan), { transport: options.transport, signal: options.signal, onProgress: options.onProgress, map });
    options.onBatch?.(scenarios.length, plan.replications);
    return out;
  };
}
