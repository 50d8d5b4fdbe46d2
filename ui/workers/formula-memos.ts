// The formula values the validation worker evaluated for the scenarios it handed back, so runs
// pass them on to the simulation workers, which then never build the formula evaluator (most of a
// fresh worker's first replication). Values depend only on the formula text and the context
// (horizon, start date, params), so a memo serves any scenario with that context — lever edits,
// sweep points and compared variants included; the engine uses only the formulas it finds in it.
import { memoFits, type FormulaMemo } from '../../sim/light.ts';
import type { Scenario } from '../../sim/index.ts';

/** Memos kept, most recent first. */
const KEPT = 8;
const memos: FormulaMemo[] = [];

/** Keeps the formula values evaluated for a scenario. */
export function rememberFormulas(memo: FormulaMemo): void {
  const same = memos.findIndex((m) => m === memo);
  if (same >= 0) memos.splice(same, 1);
  memos.unshift(memo);
  memos.length = Math.min(memos.length, KEPT);
}

/** The most recent formula values evaluated in the context of `scenario` run for `days` days, if any. */
export function formulasOf(scenario: Scenario, days = scenario.days): FormulaMemo | undefined {
  return memos.find((memo) => memoFits(memo, { days, startDate: scenario.startDate, params: scenario.params }));
}
