// One replication of a scenario, with every field checked and formulas evaluated as needed (the
// full scenario layer): the engine's entry for callers. The day loop is in run.ts.
import type { RunResult } from '../result.ts';
import type { Scenario } from '../scenario/schema.ts';
import { FULL_LAYER } from './full-layer.ts';
import type { SimulateOptions } from './options.ts';
import { runSimulationWith, type SimulationRun } from './run.ts';

export type { SimulationRun } from './run.ts';

/**
 * Runs one replication of `scenario` and returns its daily series and KPIs.
 * @throws DOMException named 'AbortError' when `options.signal` aborts (checked each day).
 * @throws ScenarioRunError or FormulaError when the scenario cannot be run (message names the field).
 */
export function simulate(scenario: Scenario, options: SimulateOptions = {}): RunResult {
  return runSimulation(scenario, options).result;
}

/** `simulate`, also returning the ledger and work counters (for conservation tests and benchmarks). */
export function runSimulation(scenario: Scenario, options: SimulateOptions = {}): SimulationRun {
  return runSimulationWith(scenario, options, FULL_LAYER);
}
