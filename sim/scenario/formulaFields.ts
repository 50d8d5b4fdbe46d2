// The natural range of each number-or-formula field: every day's value must stay in it. A field
// not listed here is only checked for being a finite number.

/** Path patterns ("*" = any id) of formula fields that must be ≥ 0 on every day. */
export const NON_NEGATIVE_FORMULAS: readonly (readonly string[])[] = [
  ['population', 'newShoppersPerDay'],
  ['channels', '*', 'budgetPerDayCny'],
  ['channels', '*', 'visitsMultiplier'],
  ['skus', '*', 'seasonality'],
  ['fulfilment', 'capacityOrdersPerDay'],
  ['finance', 'fixedCostsPerDayCny'],
];

function matches(pattern: readonly string[], path: readonly PropertyKey[]): boolean {
  return pattern.length === path.length && pattern.every((p, i) => p === '*' || p === String(path[i]));
}

/** The smallest value a formula field may take on any day, or null when it has no natural bound. */
export function formulaMinimum(path: readonly PropertyKey[]): number | null {
  return NON_NEGATIVE_FORMULAS.some((p) => matches(p, path)) ? 0 : null;
}
