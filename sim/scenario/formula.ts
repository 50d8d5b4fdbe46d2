// Formulas in scenario fields: an expression of time and parameters, checked by the sandbox
// (formulaSandbox.ts) and evaluated once per day before a run, so the engine's hot loop only reads arrays.
import { formulaProblemText, type FormulaProblem } from './formulaLimits.ts';
import { compileFormula, FORMULA_CONSTANTS, FORMULA_FUNCTIONS, NotANumber } from './formulaSandbox.ts';
import type { Formula } from './schema.ts';
import { memoFits, type FormulaMemo } from './formulaMemo.ts';

export type { FormulaProblem } from './formulaLimits.ts';
export { FORMULA_LIMITS } from './formulaLimits.ts';

/** Calendar and parameter context a formula is evaluated in. */
export interface FormulaContext {
  days: number;
  /** Day 0 as YYYY-MM-DD. */
  startDate: string;
  params: Record<string, number>;
  /** Daily values already evaluated for this context (formulaMemo.ts); used, and filled, when it fits. */
  memo?: FormulaMemo;
}

/** A problem with a formula, phrased for the person who wrote it. */
export class FormulaError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FormulaError';
  }
}

/** Names every formula may use besides `params`. */
export const TIME_VARIABLES = ['t', 'day', 'days', 'dow', 'month', 'dayOfMonth', 'dayOfYear', 'year'] as const;

/** A formula as quoted in a message: long ones are shortened to their first 60 characters. */
export function shortFormula(expression: string): string {
  return expression.length > 60 ? `${expression.slice(0, 57)}...` : expression;
}

/** Every name a formula may use: the calendar variables and the scenario's params. */
function knownNames(params: Record<string, number>): Set<string> {
  return new Set<string>([...TIME_VARIABLES, ...Object.keys(params)]);
}

/**
 * Checks a formula's syntax, allowed content, budgets and names without evaluating it; returns
 * the problem as data, or null when it is fine. Unknown functions are listed with "()" ("foo()").
 */
export function inspectFormula(expression: string, params: Record<string, number>): FormulaProblem | null {
  const compiled = compileFormula(expression, knownNames(params));
  return compiled.ok ? null : compiled.problem;
}

/**
 * Checks a formula's syntax and names without evaluating it; returns the problem as a sentence,
 * or null when it is fine.
 */
export function checkFormula(expression: string, params: Record<string, number>): string | null {
  const problem = inspectFormula(expression, params);
  if (!problem) return null;
  if (problem.kind === 'unknown') {
    const names = problem.names.join(', ');
    return `formula "${shortFormula(expression)}" uses unknown ${problem.names.length === 1 ? 'name' : 'names'} ${names}; known: ${problem.known.join(', ')}, the constants ${Object.keys(FORMULA_CONSTANTS).join(', ')} and the functions ${Object.keys(FORMULA_FUNCTIONS).join(', ')}`;
  }
  if (problem.kind === 'assignment') return `formula "${shortFormula(expression)}" assigns a value; write an expression that gives a number`;
  if (problem.kind === 'syntax') return `formula "${shortFormula(expression)}" does not parse: ${problem.detail}`;
  return `formula "${shortFormula(expression)}": ${formulaProblemText(problem)}`;
}

/** Calendar variables of each day of the horizon; the last horizon's rows are kept for reuse. */
let calendarCache: { key: string; rows: readonly Readonly<Record<string, number>>[] } | null = null;

function calendar(ctx: FormulaContext): readonly Readonly<Record<string, number>>[] {
  const key = `${ctx.startDate}/${ctx.days}`;
  if (calendarCache?.key === key) return calendarCache.rows;
  const start = Date.parse(`${ctx.startDate}T00:00:00Z`);
  const rows: Record<string, number>[] = [];
  for (let t = 0; t < ctx.days; t++) {
    const d = new Date(start + t * 86_400_000);
    const year = d.getUTCFullYear();
    const yearStart = Date.UTC(year, 0, 1);
    rows.push({
      t,
      day: t,
      days: ctx.days,
      dow: (d.getUTCDay() + 6) % 7,
      month: d.getUTCMonth() + 1,
      dayOfMonth: d.getUTCDate(),
      dayOfYear: Math.floor((d.getTime() - yearStart) / 86_400_000) + 1,
      year,
    });
  }
  calendarCache = { key, rows };
  return rows;
}

/**
 * Evaluates a number or formula for every day of the horizon.
 * @throws FormulaError when it does not parse, names something unknown, or gives a value that is
 *   not a finite number on some day (e.g. a division by zero).
 */
export function evaluateDaily(formula: Formula, ctx: FormulaContext, where = 'formula'): Float64Array {
  const out = new Float64Array(ctx.days);
  if (typeof formula === 'number') {
    out.fill(formula);
    return out;
  }
  const memo = ctx.memo !== undefined && memoFits(ctx.memo, ctx) ? ctx.memo : undefined;
  const known = memo?.values[formula];
  if (known !== undefined && known.length === ctx.days) {
    out.set(known);
    return out;
  }
  const compiled = compileFormula(formula, knownNames(ctx.params));
  if (!compiled.ok) throw new FormulaError(`${where}: ${checkFormula(formula, ctx.params)}`);
  const run = compiled.run;
  const days = calendar(ctx);
  // One scope object reused across days (formulas cannot assign, so nothing else writes to it).
  const scope: Record<string, number> = { ...ctx.params };
  for (let t = 0; t < ctx.days; t++) {
    let value: unknown;
    try {
      Object.assign(scope, days[t]);
      value = run(scope);
    } catch (err) {
      if (err instanceof NotANumber) value = err.value;
      else throw new FormulaError(`${where}: formula "${shortFormula(formula)}" fails on day ${t}: ${(err as Error).message}`);
    }
    const num = typeof value === 'number' ? value : NaN;
    if (!Number.isFinite(num)) {
      const hint = num === Infinity || num === -Infinity ? ' (division by zero?)' : '';
      throw new FormulaError(
        `${where}: formula "${shortFormula(formula)}" gives ${describeResult(value)} on day ${t}${hint}; expected a finite number`,
      );
    }
    out[t] = num;
  }
  if (memo !== undefined) memo.values[formula] = out.slice();
  return out;
}

/** Names a non-number result in words ("a complex number", "a list"), numbers as written. */
function describeResult(value: unknown): string {
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return 'text';
  if (value === null || value === undefined) return 'no value';
  const type = (value as { type?: string }).type;
  if (type === 'Complex') return 'a complex number (square root or logarithm of a negative number?)';
  if (type === 'DenseMatrix' || type === 'SparseMatrix' || Array.isArray(value)) return 'a list';
  if (type === 'Unit') return 'a value with a unit';
  if (typeof value === 'function') return 'a function';
  return `a ${type ?? typeof value}`;
}
