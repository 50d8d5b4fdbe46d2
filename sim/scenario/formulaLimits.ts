// The budgets every scenario formula runs under, and what is wrong with a formula as data (a
// kind plus parameters), which the message catalogue renders in each language (loaderMessages.ts).

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
