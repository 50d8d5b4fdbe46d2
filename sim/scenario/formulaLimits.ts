// The budgets every scenario formula runs under, and what is wrong with a formula as data (a
// kind plus parameters), rendered in English by one function so other languages can follow.

/**
 * Budgets of one formula. A formula has no loops, so `maxNodes` (values, names, operators and
 * calls) is also the number of evaluation steps per day; a run evaluates it once per day of the
 * horizon (at most 3,650 days). Lists, ranges and matrices are not allowed at all, so no
 * intermediate value is bigger than one number.
 */
export const FORMULA_LIMITS = {
  /** Longest formula text (characters). */
  maxChars: 1000,
  /** Deepest nesting of brackets. */
  maxNesting: 20,
  /** Most values, names, operators and calls in one formula (= evaluation steps per day). */
  maxNodes: 300,
} as const;

/** What is wrong with a formula before it is evaluated. */
export type FormulaProblem =
  | { kind: 'syntax'; detail: string }
  | { kind: 'tooLong'; chars: number; max: number }
  | { kind: 'tooDeep'; max: number; char?: number }
  | { kind: 'tooLarge'; max: number }
  | { kind: 'assignment' }
  | { kind: 'forbidden'; what: string }
  | { kind: 'arity'; name: string; min: number; max: number; got: number }
  | { kind: 'function'; names: string[]; allowed: string[] }
  | { kind: 'unknown'; names: string[]; known: string[] };

const count = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

/**
 * The problem in English, without the formula itself (the caller says which field and formula).
 * `unknown` is rendered by the caller, which adds suggestions.
 */
export function formulaProblemText(problem: Exclude<FormulaProblem, { kind: 'unknown' }>): string {
  switch (problem.kind) {
    case 'syntax':
      return `formula does not parse: ${problem.detail}`;
    case 'tooLong':
      return `formula is ${count(problem.chars, 'character')} long; at most ${count(problem.max, 'character')} are allowed`;
    case 'tooDeep':
      return `formula nests brackets more than ${problem.max} deep${problem.char ? ` (at char ${problem.char})` : ''}`;
    case 'tooLarge':
      return `formula has more than ${problem.max} values, names and operations; split it or use params`;
    case 'assignment':
      return 'a formula must give a number, not assign one';
    case 'forbidden':
      return `formulas cannot contain ${problem.what}`;
    case 'arity':
      return `${problem.name}() takes ${problem.min === problem.max ? problem.min : `${problem.min} to ${problem.max}`} argument${problem.max === 1 ? '' : 's'}, got ${problem.got}`;
    case 'function':
      return `${problem.names.join(', ')} ${problem.names.length === 1 ? 'is' : 'are'} not allowed in scenario formulas; allowed functions: ${problem.allowed.join(', ')}`;
  }
}
