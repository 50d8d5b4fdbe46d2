// Formulas in scenario fields: an expression of time and parameters, checked by the sandbox
// (formulaSandbox.ts) and evaluated once per day before a run, so the engine's hot loop only reads arrays.
import type { FormulaProblem } from './formulaLimits.ts';
import { compileFormula, FORMULA_CONSTANTS, FORMULA_FUNCTIONS, NotANumber } from './formulaSandbox.ts';
import { CodedError } from './codedError.ts';
import { loaderMessage, type FormulaResult, type LoaderMessage } from './loaderMessages.ts';
import type { Formula } from './schema.ts';
import { memoDaily, memoFits, type FormulaMemo } from './formulaMemoFit.ts';

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

/** A problem with a formula, phrased for the person who wrote it, at field `where`; `coded` is the message without the field. */
export class FormulaError extends CodedError {
  constructor(
    readonly coded: LoaderMessage,
    where: string,
  ) {
    super(coded, where);
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
  return problem ? problemMessage(expression, problem).message : null;
}

/** A formula's problem as a coded message naming the formula. */
function problemMessage(expression: string, problem: FormulaProblem): LoaderMessage {
  const formula = shortFormula(expression);
  if (problem.kind !== 'unknown') return loaderMessage('formula.problem', { formula, problem });
  const { names, known } = problem;
  const all = { names, known, constants: Object.keys(FORMULA_CONSTANTS), functions: Object.keys(FORMULA_FUNCTIONS) };
  return loaderMessage('formula.problem', { formula, problem: { kind: 'unknown', ...all } });
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
  if (typeof formula === 'number') return new Float64Array(ctx.days).fill(formula);
  const known = memoDaily(formula, ctx);
  if (known !== undefined) return known;
  const out = new Float64Array(ctx.days);
  const compiled = compileFormula(formula, knownNames(ctx.params));
  if (!compiled.ok) {
    const coded = problemMessage(formula, compiled.problem);
    throw new FormulaError(coded, where);
  }
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
      else {
        const coded = loaderMessage('formula.failsOnDay', { formula: shortFormula(formula), day: t, detail: (err as Error).message });
        throw new FormulaError(coded, where);
      }
    }
    const num = typeof value === 'number' ? value : NaN;
    if (!Number.isFinite(num)) {
      const divisionByZero = num === Infinity || num === -Infinity;
      const coded = loaderMessage('formula.notFinite', { formula: shortFormula(formula), result: describeResult(value), day: t, divisionByZero });
      throw new FormulaError(coded, where);
    }
    out[t] = num;
  }
  if (ctx.memo !== undefined && memoFits(ctx.memo, ctx)) ctx.memo.values[formula] = out.slice();
  return out;
}

/** What a non-number result is ("a complex number", "a list"); numbers as written. */
function describeResult(value: unknown): FormulaResult {
  if (typeof value === 'number') return { kind: 'number', text: String(value) };
  if (typeof value === 'string') return { kind: 'text' };
  if (value === null || value === undefined) return { kind: 'none' };
  const type = (value as { type?: string }).type;
  if (type === 'Complex') return { kind: 'complex' };
  if (type === 'DenseMatrix' || type === 'SparseMatrix' || Array.isArray(value)) return { kind: 'list' };
  if (type === 'Unit') return { kind: 'unit' };
  if (typeof value === 'function') return { kind: 'function' };
  return { kind: 'other', type: type ?? typeof value };
}
