// Formulas in scenario fields: a restricted mathjs instance evaluates an expression of time and
// parameters once per day, before a run, so the engine's hot loop only reads arrays.
import { create, all, type MathJsInstance, type MathNode } from 'mathjs';
import type { Formula } from './schema.ts';

/** Calendar and parameter context a formula is evaluated in. */
export interface FormulaContext {
  days: number;
  /** Day 0 as YYYY-MM-DD. */
  startDate: string;
  params: Record<string, number>;
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

let instance: { math: MathJsInstance; compile: MathJsInstance['compile']; parse: MathJsInstance['parse'] } | null = null;

/** mathjs with everything that could reach outside the expression disabled (TOOLCHAIN.md). */
function restrictedMath() {
  if (instance) return instance;
  const math = create(all);
  const compile = math.compile;
  const parse = math.parse;
  const refuse = (name: string) => () => {
    throw new FormulaError(`${name} is not available in scenario formulas`);
  };
  math.import(
    {
      import: refuse('import'),
      createUnit: refuse('createUnit'),
      reviver: refuse('reviver'),
      evaluate: refuse('evaluate'),
      parse: refuse('parse'),
      simplify: refuse('simplify'),
      derivative: refuse('derivative'),
      resolve: refuse('resolve'),
      compile: refuse('compile'),
    },
    { override: true },
  );
  instance = { math, compile, parse };
  return instance;
}

/** What is wrong with a formula before it is evaluated, as data (see `inspectFormula`). */
export type FormulaProblem =
  | { kind: 'syntax'; detail: string }
  | { kind: 'assignment' }
  | { kind: 'unknown'; names: string[]; known: string[] };

/**
 * Checks a formula's syntax and names without evaluating it; returns the problem as data, or
 * null when it is fine. Unknown functions are listed with "()" ("foo()").
 */
export function inspectFormula(expression: string, params: Record<string, number>): FormulaProblem | null {
  const { math, parse } = restrictedMath();
  let node: MathNode;
  try {
    node = parse(expression);
  } catch (err) {
    return { kind: 'syntax', detail: (err as Error).message };
  }
  const known = new Set<string>([...TIME_VARIABLES, ...Object.keys(params)]);
  const unknown = new Set<string>();
  node.traverse((n: MathNode, _path: string, parent: MathNode | null) => {
    if (n.type !== 'SymbolNode') return;
    const name = (n as unknown as { name: string }).name;
    const isCallee = parent?.type === 'FunctionNode' && (parent as unknown as { fn: MathNode }).fn === n;
    if (isCallee) {
      if (typeof (math as unknown as Record<string, unknown>)[name] !== 'function') unknown.add(`${name}()`);
      return;
    }
    if (known.has(name)) return;
    const value = (math as unknown as Record<string, unknown>)[name];
    if (typeof value === 'number') return; // constants such as pi, e
    unknown.add(name);
  });
  if (node.type === 'AssignmentNode' || node.type === 'FunctionAssignmentNode') return { kind: 'assignment' };
  if (unknown.size > 0) return { kind: 'unknown', names: [...unknown], known: [...known] };
  return null;
}

/**
 * Checks a formula's syntax and names without evaluating it; returns the problem as a sentence,
 * or null when it is fine.
 */
export function checkFormula(expression: string, params: Record<string, number>): string | null {
  const problem = inspectFormula(expression, params);
  if (!problem) return null;
  switch (problem.kind) {
    case 'syntax':
      return `formula "${expression}" does not parse: ${problem.detail}`;
    case 'assignment':
      return `formula "${expression}" assigns a value; write an expression that gives a number`;
    case 'unknown': {
      const names = problem.names.join(', ');
      return `formula "${expression}" uses unknown ${problem.names.length === 1 ? 'name' : 'names'} ${names}; known: ${problem.known.join(', ')}, and mathjs functions and constants`;
    }
  }
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
  const problem = checkFormula(formula, ctx.params);
  if (problem) throw new FormulaError(`${where}: ${problem}`);
  const code = restrictedMath().compile(formula);
  const days = calendar(ctx);
  // One scope object reused across days (formulas cannot assign, so nothing else writes to it).
  const scope: Record<string, number> = { ...ctx.params };
  for (let t = 0; t < ctx.days; t++) {
    let value: unknown;
    try {
      Object.assign(scope, days[t]);
      value = code.evaluate(scope);
    } catch (err) {
      throw new FormulaError(`${where}: formula "${formula}" fails on day ${t}: ${(err as Error).message}`);
    }
    const num = typeof value === 'number' ? value : typeof value === 'boolean' ? Number(value) : NaN;
    if (!Number.isFinite(num)) {
      const hint = num === Infinity || num === -Infinity ? ' (division by zero?)' : '';
      throw new FormulaError(
        `${where}: formula "${formula}" gives ${describeResult(value)} on day ${t}${hint}; expected a finite number`,
      );
    }
    out[t] = num;
  }
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
