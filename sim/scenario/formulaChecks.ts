// Checks every number-or-formula field when a scenario loads: it must parse, name only known
// variables and params, give a finite number on every day of the horizon, and stay in the
// field's natural range (e.g. a budget ≥ 0) — so a bad formula never reaches a run.
import { z } from 'zod';
import { closest } from '../text/didYouMean.ts';
import { dateOfDay } from '../result.ts';
import { evaluateDaily, FormulaError, inspectFormula, shortFormula, type FormulaContext } from './formula.ts';
import { formulaBounds } from './formulaFields.ts';
import { shownValue } from './issue.ts';
import { loaderMessage, type FormulaWhy, type LoaderMessage } from './loaderMessages.ts';
import { expectedOf, formulaPatterns, isRecord, schemaAt } from './schemaWalk.ts';
import { valueAt, type PathIssue } from './zodIssues.ts';

/** The outcome: problems, and each valid field's daily values keyed by dotted path. */
export interface FormulaCheck {
  issues: PathIssue[];
  daily: Map<string, Float64Array>;
}

const DEFAULT_CONTEXT: FormulaContext = { days: 365, startDate: '2026-01-01', params: {} };

const validDays = (v: unknown) => Number.isInteger(v) && (v as number) >= 1 && (v as number) <= 3650;
const validDate = (v: unknown) => z.iso.date().safeParse(v).success;

/** The horizon and params formulas see, falling back to defaults where the file's are invalid. */
export function formulaContext(data: unknown, defaults: FormulaContext = DEFAULT_CONTEXT): FormulaContext {
  const d = isRecord(data) ? data : {};
  const params: Record<string, number> = {};
  if (isRecord(d.params)) for (const [k, v] of Object.entries(d.params)) if (typeof v === 'number') params[k] = v;
  return {
    days: validDays(d.days) ? (d.days as number) : defaults.days,
    startDate: validDate(d.startDate) ? (d.startDate as string) : defaults.startDate,
    params,
  };
}

/** False when the file's own horizon or start date is invalid, so day-by-day results would be guesses. */
function calendarIsTheUsers(data: unknown): boolean {
  const d = isRecord(data) ? data : {};
  return (d.days === undefined || validDays(d.days)) && (d.startDate === undefined || validDate(d.startDate));
}

/** Expands a pattern with "*" into the concrete paths present in `data`. */
function expand(pattern: readonly string[], data: unknown): PropertyKey[][] {
  let paths: { path: PropertyKey[]; value: unknown }[] = [{ path: [], value: data }];
  for (const seg of pattern) {
    const next: typeof paths = [];
    for (const { path, value } of paths) {
      if (seg === '*') {
        if (isRecord(value)) for (const [k, v] of Object.entries(value)) next.push({ path: [...path, k], value: v });
        else if (Array.isArray(value)) value.forEach((v, i) => next.push({ path: [...path, i], value: v }));
      } else if (isRecord(value) && seg in value) next.push({ path: [...path, seg], value: value[seg] });
    }
    paths = next;
  }
  return paths.map((p) => p.path);
}

const THOUSANDS = /^-?\d{1,3}(,\d{3})+(\.\d+)?$/;

const round = (v: number) => String(Number(v.toPrecision(6)));

/** Checks every formula field present in the scenario as written (`data`: merged, before defaults). */
export function checkFormulas(root: z.ZodType, data: unknown, ctx: FormulaContext = formulaContext(data)): FormulaCheck {
  // Params the schema refuses (reported there) are still known names: a formula using one is
  // not blamed for it, just not evaluated.
  const params = isRecord(data) && isRecord(data.params) ? data.params : {};
  const refusedParams = new Set(Object.keys(params).filter((k) => typeof params[k] !== 'number'));
  const evaluate = calendarIsTheUsers(data);
  const issues: PathIssue[] = [];
  const daily = new Map<string, Float64Array>();
  for (const pattern of formulaPatterns(root)) {
    for (const path of expand(pattern, data)) {
      const value = valueAt(data, path);
      if (typeof value !== 'number' && typeof value !== 'string') continue; // wrong types: the schema reports them
      if (typeof value === 'string' && value.trim() === '') continue; // the schema reports empty text
      const problem = checkOne(root, data, path, value, ctx, refusedParams, evaluate);
      if (problem === null) continue;
      if (problem instanceof Float64Array) daily.set(path.map(String).join('.'), problem);
      else issues.push({ path, ...problem, severity: 'error', at: 'value' });
    }
  }
  return { issues, daily };
}

/** A coded message, the field's daily values when it is fine, or null when it cannot be checked. */
function checkOne(
  root: z.ZodType,
  data: unknown,
  path: PropertyKey[],
  value: number | string,
  ctx: FormulaContext,
  refusedParams: ReadonlySet<string>,
  evaluate: boolean,
): LoaderMessage | Float64Array | null {
  const schema = schemaAt(root, path, data);
  const expected = schema ? expectedOf(schema, path) : ({ kind: 'numberOrFormula' } as const);
  const got = shownValue(value);
  const bounds = formulaBounds(path);
  if (typeof value === 'number') {
    if (!Number.isFinite(value) || (bounds && (value < bounds.min || value > bounds.max))) return loaderMessage('schema.wrongValue', { expected, got, suggestion: null });
    return evaluateDaily(value, ctx);
  }
  const problem = inspectFormula(value, ctx.params);
  if (problem) {
    if (problem.kind === 'unknown' && problem.names.every((n) => refusedParams.has(n))) return null;
    let why: FormulaWhy;
    if (problem.kind === 'syntax' && THOUSANDS.test(value.trim())) why = { kind: 'thousands', plain: value.trim().replace(/,/g, '') };
    else if (problem.kind !== 'unknown') why = problem;
    else {
      const names = problem.names.filter((n) => !refusedParams.has(n));
      // Variables get suggestions from the known names; unknown functions ("foo()") do not.
      why = { kind: 'unknownNames', names: names.map((name) => ({ name, suggestion: name.endsWith('()') ? null : closest(name, problem.known) })) };
    }
    return loaderMessage('formula.invalid', { expected, got, why });
  }
  if (!evaluate) return null; // the schema reports the bad horizon; days of a guessed one would mislead
  let series: Float64Array;
  const where = path.map(String).join('.');
  try {
    series = evaluateDaily(value, ctx, where);
  } catch (err) {
    if (!(err instanceof FormulaError) || !err.coded) throw err;
    return err.coded;
  }
  if (bounds) {
    for (let t = 0; t < series.length; t++) {
      if (series[t] < bounds.min || series[t] > bounds.max) {
        const bound = series[t] < bounds.min ? ({ op: '≥', value: bounds.min } as const) : ({ op: '≤', value: bounds.max } as const);
        return loaderMessage('formula.outOfRange', { formula: shortFormula(value), value: round(series[t]), day: t, date: dateOfDay(ctx.startDate, t), bound });
      }
    }
  }
  return series;
}
