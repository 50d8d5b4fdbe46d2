// Parses `--vary` lever specs: `path=v1,v2,…` (a list) or `path=lo:hi:steps` (steps evenly spaced
// points, both ends included), with messages that say what was wrong.
import { LeverError } from './set-path.ts';

/** One lever of a sweep: a setting path and the values it takes. */
export interface Lever {
  path: string;
  values: number[];
}

/** Most points one lever may take (a sweep runs the full grid, so this bounds the work). */
export const MAX_LEVER_VALUES = 1000;

function parseNumber(text: string, spec: string, what: string): number {
  const trimmed = text.trim().replace(/_/g, '');
  const value = trimmed === '' ? NaN : Number(trimmed);
  if (!Number.isFinite(value)) throw new LeverError(`--vary ${spec}: ${what} "${text.trim()}" is not a number`);
  return value;
}

/** Rounds away binary noise (0.1 + 0.2) so grid values print as the user expects. */
function tidy(value: number): number {
  return Number.parseFloat(value.toPrecision(12));
}

/** Evenly spaced points from `lo` to `hi`, both included. */
export function linspace(lo: number, hi: number, steps: number): number[] {
  if (steps === 1) return [lo];
  return Array.from({ length: steps }, (_, i) => tidy(lo + ((hi - lo) * i) / (steps - 1)));
}

/**
 * Parses one `--vary` spec. `channels.paid_search.budgetPerDayCny=1000,2000,4000` gives those
 * values; `channels.paid_search.budgetPerDayCny=1000:5000:5` gives 1000, 2000, …, 5000.
 * Throws LeverError with the spec and what is wrong.
 */
export function parseVary(spec: string): Lever {
  const eq = spec.indexOf('=');
  if (eq < 0) throw new LeverError(`--vary ${spec}: expected path=v1,v2,… or path=lo:hi:steps (no "=" found)`);
  const path = spec.slice(0, eq).trim();
  const body = spec.slice(eq + 1).trim();
  if (path === '') throw new LeverError(`--vary ${spec}: the setting path before "=" is empty`);
  if (!/^[A-Za-z0-9_-]+(\.[A-Za-z0-9_-]+)*$/.test(path)) throw new LeverError(`--vary ${spec}: "${path}" is not a dotted setting path such as channels.paid_search.budgetPerDayCny`);
  if (body === '') throw new LeverError(`--vary ${spec}: no values after "="`);
  let values: number[];
  if (body.includes(':')) {
    const parts = body.split(':');
    if (parts.length !== 3) throw new LeverError(`--vary ${spec}: a range is lo:hi:steps (three parts), got ${parts.length}`);
    const lo = parseNumber(parts[0], spec, 'lo');
    const hi = parseNumber(parts[1], spec, 'hi');
    const steps = parseNumber(parts[2], spec, 'steps');
    if (!Number.isInteger(steps) || steps < 1) throw new LeverError(`--vary ${spec}: steps is the number of points and must be a whole number ≥ 1, got ${parts[2].trim()}`);
    if (steps === 1 && lo !== hi) throw new LeverError(`--vary ${spec}: one step cannot span ${lo} to ${hi}; use steps ≥ 2 or a single value`);
    if (steps > MAX_LEVER_VALUES) throw new LeverError(`--vary ${spec}: ${steps} steps is more than the ${MAX_LEVER_VALUES} a lever may take`);
    values = linspace(lo, hi, steps);
  } else {
    values = body.split(',').map((v, i) => parseNumber(v, spec, `value ${i + 1}`));
    if (values.length > MAX_LEVER_VALUES) throw new LeverError(`--vary ${spec}: ${values.length} values is more than the ${MAX_LEVER_VALUES} a lever may take`);
  }
  const seen = new Set<number>();
  for (const v of values) {
    if (seen.has(v)) throw new LeverError(`--vary ${spec}: the value ${v} appears twice`);
    seen.add(v);
  }
  return { path, values };
}
