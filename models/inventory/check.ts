// Argument checks shared by the inventory formulas: a bad input throws a RangeError that names
// the parameter and what was expected, so the CLI and UI can show it as the user's mistake.
import { ModelError } from '../errors.ts';

/** Throws unless `value` is a finite number. */
export function requireFinite(name: string, value: number): void {
  if (typeof value !== 'number' || !Number.isFinite(value)) throw new ModelError('value.finite', { field: name, got: String(value) });
}

/** Throws unless `value` is a finite number > 0. */
export function requirePositive(name: string, value: number): void {
  requireFinite(name, value);
  if (!(value > 0)) throw new ModelError('value.positive', { field: name, got: value });
}

/** Throws unless `value` is a finite number ≥ 0. */
export function requireNonNegative(name: string, value: number): void {
  requireFinite(name, value);
  if (!(value >= 0)) throw new ModelError('value.nonNegative', { field: name, got: value });
}

/** Throws unless 0 < value < 1 (a probability strictly inside the interval). */
export function requireProbability(name: string, value: number): void {
  requireFinite(name, value);
  if (!(value > 0 && value < 1)) throw new ModelError('value.probability', { field: name, got: value });
}
