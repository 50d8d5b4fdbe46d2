// The formula sandbox: mathjs only parses; an allow-list of node types, operators and functions
// decides what a formula may contain, and a small compiler of our own evaluates what passes, so
// no user text ever reaches mathjs's evaluator (its config, import, units or property access).
import { all, create, type MathNode } from 'mathjs';
import { FORMULA_LIMITS, type FormulaProblem } from './formulaLimits.ts';
import { FORBIDDEN_THINGS as THING } from './messages/parts.ts';

/**
 * A private mathjs instance: it parses and lends pure number functions, and never evaluates user
 * text. Made on first use, so a bundle that never compiles a formula (the workbench page) can
 * leave mathjs out: a top-level `create(all)` would pull it into every bundle that imports the engine.
 */
let math: { parse: (text: string) => unknown; lib: Record<string, (...args: unknown[]) => unknown> } | undefined;
function mathjs(): NonNullable<typeof math> {
  if (!math) {
    const instance = create(all);
    math = { parse: instance.parse, lib: instance as unknown as Record<string, (...args: unknown[]) => unknown> };
  }
  return math;
}

/** Operators a formula may use, by mathjs function name. */
const OPERATORS = new Set(['add', 'subtract', 'multiply', 'divide', 'pow', 'mod', 'unaryMinus', 'unaryPlus', 'equal', 'unequal', 'smaller', 'larger', 'smallerEq', 'largerEq', 'and', 'or', 'xor', 'not']);

/** Functions a formula may call, with their smallest and largest argument counts. */
export const FORMULA_FUNCTIONS: Readonly<Record<string, readonly [number, number]>> = {
  abs: [1, 1], sign: [1, 1], ceil: [1, 1], floor: [1, 1], fix: [1, 1], round: [1, 2],
  sqrt: [1, 1], cbrt: [1, 1], square: [1, 1], cube: [1, 1], exp: [1, 1], expm1: [1, 1],
  log: [1, 2], log10: [1, 1], log2: [1, 1], log1p: [1, 1], pow: [2, 2], mod: [2, 2], hypot: [1, 20],
  min: [1, 20], max: [1, 20], mean: [1, 20], sum: [1, 20],
  sin: [1, 1], cos: [1, 1], tan: [1, 1], asin: [1, 1], acos: [1, 1], atan: [1, 1], atan2: [2, 2],
  sinh: [1, 1], cosh: [1, 1], tanh: [1, 1],
};

/** Named constants a formula may use. */
export const FORMULA_CONSTANTS: Readonly<Record<string, number>> = { pi: Math.PI, e: Math.E, tau: 2 * Math.PI, phi: (1 + Math.sqrt(5)) / 2, PI: Math.PI, E: Math.E };

/** Thrown during evaluation when an intermediate value is not a real number (e.g. a complex root). */
export class NotANumber extends Error {
  constructor(readonly value: unknown) {
    super('not a number');
  }
}

/** A checked formula, ready to evaluate once per day. */
export type Compiled = (scope: Readonly<Record<string, number>>) => number;

type N = MathNode & Record<string, unknown>;

const FORBIDDEN: Record<string, string> = {
  ObjectNode: THING.object,
  ArrayNode: THING.list,
  RangeNode: THING.range,
  AccessorNode: THING.access,
  IndexNode: THING.access,
  BlockNode: THING.block,
  FunctionAssignmentNode: THING.functionDef,
};

/** Refuses text that could not be parsed safely: too long, or brackets nested too deep. */
function checkText(expression: string): FormulaProblem | null {
  if (expression.length > FORMULA_LIMITS.maxChars) return { kind: 'tooLong', chars: expression.length, max: FORMULA_LIMITS.maxChars };
  let depth = 0;
  for (let i = 0; i < expression.length; i++) {
    const c = expression[i];
    if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') depth--;
    if (depth > FORMULA_LIMITS.maxNesting) return { kind: 'tooDeep', max: FORMULA_LIMITS.maxNesting, char: i + 1 };
  }
  return null;
}

/**
 * Parses and checks a formula against the allow-lists and budgets; returns the compiled formula,
 * or the first structural problem / every unknown name as data.
 */
export function compileFormula(expression: string, knownNames: ReadonlySet<string>): { ok: true; run: Compiled } | { ok: false; problem: FormulaProblem } {
  const textProblem = checkText(expression);
  if (textProblem) return { ok: false, problem: textProblem };
  let root: N;
  try {
    root = mathjs().parse(expression) as N;
  } catch (err) {
    if (err instanceof RangeError) return { ok: false, problem: { kind: 'tooDeep', max: FORMULA_LIMITS.maxNesting } };
    return { ok: false, problem: { kind: 'syntax', detail: (err as Error).message } };
  }
  // Walk without recursion, so a long chain cannot exhaust the stack before it is counted.
  const stack: N[] = [root];
  let nodes = 0;
  const unknown = new Set<string>();
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (++nodes > FORMULA_LIMITS.maxNodes) return { ok: false, problem: { kind: 'tooLarge', max: FORMULA_LIMITS.maxNodes } };
    const problem = nodeProblem(n, knownNames, unknown);
    if (problem) return { ok: false, problem };
    stack.push(...children(n));
  }
  if (unknown.size > 0) return { ok: false, problem: { kind: 'unknown', names: [...unknown], known: [...knownNames] } };
  return { ok: true, run: compileNode(root) };
}

function children(n: N): N[] {
  switch (n.type) {
    case 'OperatorNode':
    case 'FunctionNode':
      return [...(n.args as N[])].reverse();
    case 'ParenthesisNode':
      return [n.content as N];
    case 'ConditionalNode':
      return [n.falseExpr as N, n.trueExpr as N, n.condition as N];
    case 'RelationalNode':
      return [...(n.params as N[])].reverse();
    default:
      return [];
  }
}

/** The structural problem of one node, or null; unknown names are collected instead. */
function nodeProblem(n: N, known: ReadonlySet<string>, unknown: Set<string>): FormulaProblem | null {
  switch (n.type) {
    case 'AssignmentNode':
      return { kind: 'assignment' };
    case 'ConstantNode': {
      const v = n.value;
      if (typeof v === 'boolean') return null;
      if (typeof v === 'string') return { kind: 'forbidden', what: THING.text };
      if (typeof v !== 'number') return { kind: 'forbidden', what: `the value ${String(v)}` };
      if (!Number.isFinite(v)) return { kind: 'forbidden', what: THING.hugeNumber };
      return null;
    }
    case 'SymbolNode': {
      const name = n.name as string;
      if (!known.has(name) && !Object.hasOwn(FORMULA_CONSTANTS, name)) unknown.add(name);
      return null;
    }
    case 'OperatorNode':
      return OPERATORS.has(n.fn as string) ? null : { kind: 'forbidden', what: `the operator "${n.op as string}"` };
    case 'RelationalNode':
      return (n.conditionals as string[]).every((c) => OPERATORS.has(c)) ? null : { kind: 'forbidden', what: THING.comparison };
    case 'ParenthesisNode':
    case 'ConditionalNode':
      return null;
    case 'FunctionNode': {
      const fn = n.fn as N;
      if (fn.type !== 'SymbolNode') return { kind: 'forbidden', what: THING.callResult };
      const name = fn.name as string;
      const arity = Object.hasOwn(FORMULA_FUNCTIONS, name) ? FORMULA_FUNCTIONS[name] : undefined;
      const args = (n.args as N[]).length;
      if (!arity && name in mathjs().lib) return { kind: 'function', names: [`${name}()`], allowed: Object.keys(FORMULA_FUNCTIONS) };
      if (!arity) unknown.add(`${name}()`);
      else if (args < arity[0] || args > arity[1]) return { kind: 'arity', name, min: arity[0], max: arity[1], got: args };
      return null;
    }
    default:
      return { kind: 'forbidden', what: FORBIDDEN[n.type] ?? `a ${n.type}` };
  }
}

/** A real number from a mathjs result; booleans (from comparisons) count as 1 and 0. */
function real(v: unknown): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  throw new NotANumber(v);
}

/** Compiles a checked node into a closure tree; the number functions are mathjs's own, on numbers only. */
function compileNode(n: N): Compiled {
  switch (n.type) {
    case 'ConstantNode': {
      const v = real(n.value);
      return () => v;
    }
    case 'SymbolNode': {
      const name = n.name as string;
      if (Object.hasOwn(FORMULA_CONSTANTS, name)) {
        const v = FORMULA_CONSTANTS[name];
        return (scope) => (Object.hasOwn(scope, name) ? scope[name] : v);
      }
      return (scope) => scope[name];
    }
    case 'ParenthesisNode':
      return compileNode(n.content as N);
    case 'ConditionalNode': {
      const [c, a, b] = [compileNode(n.condition as N), compileNode(n.trueExpr as N), compileNode(n.falseExpr as N)];
      return (s) => (c(s) ? a(s) : b(s));
    }
    case 'RelationalNode': {
      const params = (n.params as N[]).map(compileNode);
      const tests = (n.conditionals as string[]).map((c) => mathjs().lib[c]);
      return (s) => {
        const values = params.map((p) => p(s));
        return tests.every((test, i) => real(test(values[i], values[i + 1]))) ? 1 : 0;
      };
    }
    case 'OperatorNode':
    case 'FunctionNode': {
      const name = n.type === 'OperatorNode' ? (n.fn as string) : ((n.fn as N).name as string);
      const fn = mathjs().lib[name];
      const args = (n.args as N[]).map(compileNode);
      if (args.length === 1) {
        const [a] = args;
        return (s) => real(fn(a(s)));
      }
      if (args.length === 2) {
        const [a, b] = args;
        return (s) => real(fn(a(s), b(s)));
      }
      return (s) => real(fn(...args.map((a) => a(s))));
    }
    default:
      throw new Error(`compileNode: unchecked node ${n.type}`);
  }
}
