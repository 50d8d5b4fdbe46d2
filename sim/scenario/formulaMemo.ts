// A scenario's formulas evaluated once, for every day of a horizon, and handed to the runs that
// need them. A web worker that receives them never builds the formula evaluator (mathjs), which
// is most of what its first replication costs; the values are those the run would compute itself.
import { FORMULA_BOUNDS } from './formulaFields.ts';
import { evaluateDaily, FormulaError, type FormulaContext } from './formula.ts';
import type { Scenario } from './schema.ts';

/** Daily values of formulas, with the context (horizon, calendar start, params) they were evaluated in. */
export interface FormulaMemo {
  days: number;
  /** Day 0 as YYYY-MM-DD. */
  startDate: string;
  params: Record<string, number>;
  /** One value per day of the horizon, by formula text. */
  values: Record<string, Float64Array>;
}

/** Whether `memo` was evaluated in the context `ctx` (same horizon, start date and params). */
export function memoFits(memo: FormulaMemo, ctx: Pick<FormulaContext, 'days' | 'startDate' | 'params'>): boolean {
  if (memo.days !== ctx.days || memo.startDate !== ctx.startDate) return false;
  const names = Object.keys(ctx.params);
  if (names.length !== Object.keys(memo.params).length) return false;
  return names.every((name) => Object.is(memo.params[name], ctx.params[name]));
}

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
