// The structured pieces that loader messages are built from — a user's value, what a field
// expects, why a formula fails — as data, so each language renders them in its own words.
import type { FormulaProblem } from '../formulaLimits.ts';

/** A user's value as a message shows it: literals as written, lists and mappings named. */
export type Shown =
  | { kind: 'nothing' }
  | { kind: 'null' }
  /** A quoted (and shortened) string, a number or a boolean, shown the same in every language. */
  | { kind: 'literal'; text: string }
  | { kind: 'emptyList' }
  | { kind: 'list'; length: number }
  | { kind: 'mapping' }
  /** A value no scenario file can hold (a function, a bigint): its JavaScript type. */
  | { kind: 'type'; name: string };

/** One end of a number range. */
export interface Bound {
  value: number;
  inclusive: boolean;
}

/** What a field accepts, read from the schema (schemaWalk.ts `expectedOf`). */
export type ExpectedBare =
  | { kind: 'numberOrFormula'; min?: number; max?: number }
  | { kind: 'number'; whole: boolean; lo?: Bound; hi?: Bound }
  | { kind: 'date' }
  | { kind: 'text'; nonEmpty: boolean }
  | { kind: 'boolean' }
  | { kind: 'oneOf'; choices: string[] }
  /** A mapping of fields: the first three keys, and whether there are more. */
  | { kind: 'fields'; keys: string[]; more: boolean }
  /** An id-keyed mapping; `field` is its name (channels, skus, …), which says what it maps. */
  | { kind: 'record'; field: string }
  | { kind: 'list'; min?: number }
  /** A discriminated union: a mapping with the tag field. */
  | { kind: 'tagged'; tag: string }
  | { kind: 'anyOf'; options: ExpectedBare[] }
  /** A schema type without a description of its own (zod's type name). */
  | { kind: 'other'; type: string };

/** What a field accepts, and whether null is accepted too. */
export type Expected = ExpectedBare & { nullable?: boolean };

/** A formula's result that is not a finite number. */
export type FormulaResult =
  | { kind: 'number'; text: string }
  | { kind: 'text' }
  | { kind: 'none' }
  | { kind: 'complex' }
  | { kind: 'list' }
  | { kind: 'unit' }
  | { kind: 'function' }
  | { kind: 'other'; type: string };

/** Why a formula field's text is refused (FormulaProblem from the sandbox, or the loader's own finding). */
export type FormulaWhy =
  | Exclude<FormulaProblem, { kind: 'unknown' }>
  /** A number written with thousands separators, and the same number without them. */
  | { kind: 'thousands'; plain: string }
  /** Unknown names; functions end in "()" and get no suggestion. */
  | { kind: 'unknownNames'; names: { name: string; suggestion: string | null }[] };

/**
 * What the sandbox forbids in a formula, by the English phrase its problem carries
 * (`{kind: 'forbidden', what}`); patterned phrases ("the operator …") are matched by their start.
 */
export const FORBIDDEN_THINGS = {
  object: 'an object literal ({…})',
  list: 'a list or matrix ([…])',
  range: 'a range (a:b)',
  access: 'property or element access (a.b, a[i])',
  block: 'several statements (;)',
  functionDef: 'a function definition',
  text: 'text in quotes',
  hugeNumber: 'a number too large for a double (above 1.8e308)',
  comparison: 'this comparison',
  callResult: 'calling the result of an expression',
} as const;
