// One replication of a runner job where the bundle must stay light (a web worker): the light
// scenario layer first, then, only for a formula the job's memo does not hold, the full one.
import type { RunResult } from '../result.ts';
import type { Scenario } from '../scenario/schema.ts';
import { FormulaEvaluatorNeeded, LIGHT_LAYER } from './layer.ts';
import type { SimulateOptions } from './options.ts';
import { runSimulationWith } from './run.ts';

/**
 * Runs one replication of a job's `scenario`, which the runner's caller validated (the page's
 * loader, or a lever set through the schema). Equals `simulate(scenario, options)`: formulas come
 * from `options.formulas` when it holds them; otherwise the full layer (zod, mathjs) is loaded
 * on first need and the run starts again with it (before any day is simulated).
 */
export async function simulateJob(scenario: Scenario, options: SimulateOptions): Promise<RunResult> {
  try {
    return runSimulationWith(scenario, options, LIGHT_LAYER).result;
  } catch (error) {
    if (!(error instanceof FormulaEvaluatorNeeded)) throw error;
  }
  const { simulate } = await import('./simulate.ts');
  return simulate(scenario, options);
}
