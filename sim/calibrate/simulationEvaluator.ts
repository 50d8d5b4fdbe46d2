// The usual calibration evaluator: KPI means over a fixed set of replications of the simulation,
// run through the decision tools' one door (an `Evaluator` on the experiment runner, so a fit uses
// the CLI's worker threads or the Redis queue like every other command). Every evaluation uses the
// same seed and replication indices (common random numbers), so the objective is a deterministic
// function of the parameters and the optimiser is not chasing noise.
import { runnerEvaluator, type Evaluator } from '../decide/evaluator.ts';
import { KPIS } from '../result.ts';
import type { Scenario } from '../scenario/schema.ts';
import type { KpiEvaluator } from './calibrate.ts';

export interface SimulationEvaluatorOptions {
  /** Replications per evaluation (default 5). */
  replications?: number;
  /** Seed of every evaluation (default: each scenario's own seed). */
  seed?: number;
  /** Horizon override in days (default: the scenario's). */
  days?: number;
  /** Where the replications run (default: the runner in this thread). */
  evaluator?: Evaluator;
}

/** Mean of the finite values (NaN when there are none: the KPI is undefined in every run). */
function finiteMean(values: number[]): number {
  let sum = 0;
  let n = 0;
  for (const v of values) {
    if (Number.isFinite(v)) {
      sum += v;
      n++;
    }
  }
  return n === 0 ? NaN : sum / n;
}

/** An evaluator that simulates the scenario and returns each KPI's mean over the replications. */
export function simulationEvaluator(options: SimulationEvaluatorOptions = {}): KpiEvaluator {
  const replications = options.replications ?? 5;
  const evaluator = options.evaluator ?? runnerEvaluator();
  return async (scenario: Scenario) => {
    const [runs] = await evaluator([scenario], { seed: options.seed ?? scenario.seed, replications, days: options.days });
    const means: Record<string, number> = {};
    for (const k of KPIS) means[k] = finiteMean(runs.map((r) => r.kpis[k]));
    return means;
  };
}
