// Argument checks shared by the inventory formulas: a bad input throws a RangeError that names
// the parameter and what was expected, so the CLI and UI can show it as the user's mistake.

/** Throws unless `value` is a finite number. */
export function requireFinite(name: string, value: number): void {
  if (typeof value !== 'number' || !Number.isFinite(value)) throw new RangeError(`${name}: expected a finite number, got ${String(value)}`);
}

/** Throws unless `value` is a finite number > 0. */
export function requirePositive(name: string, value: number): void {
  requireFinite(name, value);
  if (!(value > 0)) throw new RangeError(`${name}: expected a number > 0, got ${value}`);
}

/** Throws unless `value` is a finite number ≥ 0. */
export function requireNonNegative(name: string, value: number): void {
  requireFinite(name, value);
  if (!(value >= 0)) throw new RangeError(`${name}: expected a number ≥ 0, got ${value}`);
}

/** Throws unless 0 < value < 1 (a probability strictly inside the interval). */
export function requireProbability(name: string, value: number): void {
  requireFinite(name, value);
  if (!(value > 0 && value < 1)) throw new RangeError(`${name}: expected a probability strictly between 0 and 1, got ${value}`);
}
