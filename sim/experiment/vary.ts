// Parses `--vary` lever specs: `path=v1,v2,…` (a list) or `path=lo:hi:steps` (steps evenly spaced
// points, both ends included), with messages that say what was wrong.
import { loaderMessage } from '../scenario/loaderMessages.ts';
import type { VaryPart } from '../scenario/messages/run.ts';
import { LeverError } from './set-path.ts';

/** One lever of a sweep: a setting path and the values it takes. */
export interface Lever {
  path: string;
  values: number[];
}

/** Most points one lever may take (a sweep runs the full grid, so this bounds the work). */
export const MAX_LEVER_VALUES = 1000;

function parseNumber(text: string, spec: string, part: VaryPart): number {
  const trimmed = text.trim().replace(/_/g, '');
  const value = trimmed === '' ? NaN : Number(trimmed);
  if (!Number.isFinite(value)) throw new LeverError(loaderMessage('vary.notNumber', { part, text: text.trim() }), `--vary ${spec}`);
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
  const at = `--vary ${spec}`;
  const eq = spec.indexOf('=');
  if (eq < 0) throw new LeverError(loaderMessage('vary.noEquals', {}), at);
  const path = spec.slice(0, eq).trim();
  const body = spec.slice(eq + 1).trim();
  if (path === '') throw new LeverError(loaderMessage('vary.emptyPath', {}), at);
  if (!/^[A-Za-z0-9_-]+(\.[A-Za-z0-9_-]+)*$/.test(path)) throw new LeverError(loaderMessage('vary.badPath', { path }), at);
  if (body === '') throw new LeverError(loaderMessage('vary.noValues', {}), at);
  let values: number[];
  if (body.includes(':')) {
    const parts = body.split(':');
    if (parts.length !== 3) throw new LeverError(loaderMessage('vary.rangeParts', { got: parts.length }), at);
    const lo = parseNumber(parts[0], spec, { kind: 'lo' });
    const hi = parseNumber(parts[1], spec, { kind: 'hi' });
    const steps = parseNumber(parts[2], spec, { kind: 'steps' });
    if (!Number.isInteger(steps) || steps < 1) throw new LeverError(loaderMessage('vary.badSteps', { got: parts[2].trim() }), at);
    if (steps === 1 && lo !== hi) throw new LeverError(loaderMessage('vary.oneStep', { lo, hi }), at);
    if (steps > MAX_LEVER_VALUES) throw new LeverError(loaderMessage('vary.tooManySteps', { steps, max: MAX_LEVER_VALUES }), at);
    values = linspace(lo, hi, steps);
  } else {
    values = body.split(',').map((v, i) => parseNumber(v, spec, { kind: 'value', n: i + 1 }));
    if (values.length > MAX_LEVER_VALUES) throw new LeverError(loaderMessage('vary.tooManyValues', { count: values.length, max: MAX_LEVER_VALUES }), at);
  }
  const seen = new Set<number>();
  for (const v of values) {
    if (seen.has(v)) throw new LeverError(loaderMessage('vary.twice', { value: v }), at);
    seen.add(v);
  }
  return { path, values };
}
