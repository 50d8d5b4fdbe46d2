// The formula values the validation worker evaluated for each scenario it handed back, so runs of
// that scenario pass them on to the simulation workers, which then never build the formula
// evaluator (most of a fresh worker's first replication). Keyed by the scenario object itself.
import type { FormulaMemo, Scenario } from '../../sim/index.ts';

const memos = new WeakMap<Scenario, FormulaMemo>();

/** Keeps the formula values evaluated for `scenario`. */
export function rememberFormulas(scenario: Scenario, memo: FormulaMemo): void {
  memos.set(scenario, memo);
}

/** The formula values evaluated for this very scenario object, if any. */
export function formulasOf(scenario: Scenario): FormulaMemo | undefined {
  return memos.get(scenario);
}
