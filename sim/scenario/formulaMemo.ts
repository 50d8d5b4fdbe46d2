// A scenario's formulas evaluated once, for every day of a horizon, and handed to the runs that
// need them. A web worker that receives them never builds the formula evaluator (mathjs), which
// is most of what its first replication costs; the values are those the run would compute itself.
import { FORMULA_BOUNDS } from './formulaFields.ts';
import { evaluateDaily, FormulaError, type FormulaContext } from './formula.ts';
import type { Scenario } from './schema.ts';
import type { FormulaMemo } from './formulaMemoFit.ts';

export { memoFits, type FormulaMemo } from './formulaMemoFit.ts';

/** Every value at `path` in `data`, where "*" in the path stands for each key. */
function valuesAt(data: unknown, path: readonly string[]): unknown[] {
  if (path.length === 0) return [data];
  if (typeof data !== 'object' || data === null) return [];
  const [head, ...rest] = path;
  const record = data as Record<string, unknown>;
  const keys = head === '*' ? Object.keys(record) : [head];
  return keys.flatMap((key) => valuesAt(record[key], rest));
}

/**
 * Evaluates every formula field of `scenario` (FORMULA_BOUNDS lists them) for a run of `days`
 * days. A formula that fails is left out: the run then evaluates it and reports the error where
 * it always does.
 */
export function formulaMemo(scenario: Scenario, days = scenario.days): FormulaMemo {
  const memo: FormulaMemo = { days, startDate: scenario.startDate, params: { ...scenario.params }, values: {} };
  const ctx: FormulaContext = { days, startDate: scenario.startDate, params: scenario.params, memo };
  for (const { pattern } of FORMULA_BOUNDS) {
    for (const value of valuesAt(scenario, pattern)) {
      if (typeof value !== 'string' || Object.hasOwn(memo.values, value)) continue;
      try {
        evaluateDaily(value, ctx);
      } catch (err) {
        if (!(err instanceof FormulaError)) throw err;
      }
    }
  }
  return memo;
}
