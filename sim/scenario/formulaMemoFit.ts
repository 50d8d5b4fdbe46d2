// The context a memo of formula values was evaluated in, and whether a run may use it: kept apart
// from the evaluator so that the page can match memos to runs without loading it.
import type { FormulaContext } from './formula.ts';

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


/**
 * A formula's values for every day of `ctx`'s horizon from `ctx.memo`, without the formula
 * evaluator (a fresh copy); undefined when the memo does not hold it for this context.
 */
export function memoDaily(formula: string, ctx: FormulaContext): Float64Array | undefined {
  const known = ctx.memo !== undefined && memoFits(ctx.memo, ctx) ? ctx.memo.values[formula] : undefined;
  return known !== undefined && known.length === ctx.days ? Float64Array.from(known) : undefined;
}
