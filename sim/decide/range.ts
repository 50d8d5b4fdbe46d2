// Ranges of decision levers and sensitivity parameters as users write them: `PATH=LO:HI` in the
// setting's units, `PATH=0.5x:2x` (× today's value) or `PATH=±20%` (today's value ± 20 %), read
// against the scenario so the path, today's value and the schema's limits are checked up front.
import { CalibrationInputError, resolveParameter } from '../calibrate/parameterPath.ts';
import { LeverError } from '../experiment/set-path.ts';
import { messageOf } from '../scenario/codedError.ts';
import { loaderMessage } from '../scenario/loaderMessages.ts';
import type { Scenario } from '../scenario/schema.ts';

/** A numeric setting and the interval it may take. */
export interface LeverRange {
  path: string;
  low: number;
  high: number;
  /** The scenario's value today. */
  current: number;
  /** The schema wants a whole number (candidates are rounded). */
  integer: boolean;
}

/** Today's value at `path`, its schema range and integrality; LeverError naming `flag` when it is not a plain number. */
export function currentValue(scenario: Scenario, path: string, flag: string): { value: number; lo: number; hi: number; integer: boolean } {
  try {
    const p = resolveParameter(scenario, path);
    return { value: p.value, lo: p.interval.lo, hi: p.interval.hi, integer: p.integer };
  } catch (error) {
    if (error instanceof CalibrationInputError) throw new LeverError(messageOf(error), error.where === '' ? flag : `${flag} ${error.where}`);
    throw error;
  }
}

function parseEnd(text: string, current: number, spec: string, flag: string, which: 'LO' | 'HI'): number {
  const t = text.trim().replace(/_/g, '');
  const relative = /^[0-9.eE+-]+[x×]$/.test(t);
  const n = Number(relative ? t.slice(0, -1) : t);
  if (t === '' || !Number.isFinite(n)) throw new LeverError(loaderMessage('range.endNotNumber', { which, text: text.trim() }), `${flag} ${spec}`);
  return relative ? n * current : n;
}

/**
 * Parses `PATH=LO:HI`, `PATH=0.5x:2x` or `PATH=±P%` (also `+-P%`) against `scenario`. The range
 * must have LO < HI and lie within the schema's limits for the setting. Throws LeverError.
 */
export function parseRange(spec: string, scenario: Scenario, flag = '--lever'): LeverRange {
  const where = `${flag} ${spec}`;
  const eq = spec.indexOf('=');
  if (eq <= 0) throw new LeverError(loaderMessage('range.syntax', {}), where);
  const path = spec.slice(0, eq).trim();
  const body = spec.slice(eq + 1).trim();
  const at = currentValue(scenario, path, flag);
  let low: number;
  let high: number;
  const pct = /^(?:±|\+-|\+\/-)\s*([0-9.]+)\s*%$/.exec(body);
  if (pct) {
    const share = Number(pct[1]) / 100;
    if (!(share > 0)) throw new LeverError(loaderMessage('range.percentZero', {}), where);
    if (at.value === 0) throw new LeverError(loaderMessage('range.todayZero', {}), where);
    [low, high] = [at.value * (1 - share), at.value * (1 + share)].sort((a, b) => a - b);
  } else {
    const parts = body.split(':');
    if (parts.length !== 2) throw new LeverError(loaderMessage('range.loHi', { path }), where);
    low = parseEnd(parts[0], at.value, spec, flag, 'LO');
    high = parseEnd(parts[1], at.value, spec, flag, 'HI');
  }
  if (!(low < high)) throw new LeverError(loaderMessage('range.order', { low, high }), where);
  if (low < at.lo || high > at.hi) throw new LeverError(loaderMessage('range.outside', { low, high, path, lo: at.lo, hi: at.hi }), where);
  return { path, low, high, current: at.value, integer: at.integer };
}
