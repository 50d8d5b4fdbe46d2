// The range of each number-or-formula field: every day's value must stay in it, whether written
// as a number or a formula. The schema, the JSON Schema, the loader's messages and the workbench
// controls all read these bounds from here.
import { MONEY_MAX, MULT_MAX } from './bounds.ts';

/** A formula field's path pattern ("*" = any id) and the range of its daily values. */
export interface FormulaBounds {
  pattern: readonly string[];
  min: number;
  max: number;
}

/** Every formula field with its range (units as in the schema). */
export const FORMULA_BOUNDS: readonly FormulaBounds[] = [
  { pattern: ['population', 'newShoppersPerDay'], min: 0, max: 1_000_000 },
  { pattern: ['channels', '*', 'budgetPerDayCny'], min: 0, max: MONEY_MAX },
  { pattern: ['channels', '*', 'visitsMultiplier'], min: 0, max: MULT_MAX },
  { pattern: ['skus', '*', 'seasonality'], min: 0, max: MULT_MAX },
  { pattern: ['fulfilment', 'capacityOrdersPerDay'], min: 0, max: 100_000_000 },
  { pattern: ['finance', 'fixedCostsPerDayCny'], min: 0, max: MONEY_MAX },
];

/** Path patterns of formula fields that must be ≥ 0 on every day. */
export const NON_NEGATIVE_FORMULAS: readonly (readonly string[])[] = FORMULA_BOUNDS.filter((b) => b.min === 0).map((b) => b.pattern);

function matches(pattern: readonly string[], path: readonly PropertyKey[]): boolean {
  return pattern.length === path.length && pattern.every((p, i) => p === '*' || p === String(path[i]));
}

/** The range a formula field's daily values must stay in, or null for a path that is not a formula field. */
export function formulaBounds(path: readonly PropertyKey[]): FormulaBounds | null {
  return FORMULA_BOUNDS.find((b) => matches(b.pattern, path)) ?? null;
}
