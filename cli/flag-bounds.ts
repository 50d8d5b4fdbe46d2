// The stated range of every numeric command-line flag, in one table. Flags that override a
// scenario field (--seed, --reps, --days, --replication, --budget, --vary values) take the
// field's own range from sim/ (fieldBounds), so the CLI and the loader never disagree.
import { DAYS_MAX, MAX_TRACED_SHOPPERS, MONEY_MAX, UNITS_MAX, fieldBounds } from '../sim/index.ts';
import { UsageError } from './io.ts';
import { cliMessage, cliText, unitText, type CliLang, type CliParam } from './lang.ts';
import type { Param } from './policy/shared.ts';
import { MAX_TEAMS } from './classroom/wire.ts';

/** A flag's allowed values: `min`–`max` in `unit`, whole numbers when `integer`. */
export interface FlagRange {
  min: number;
  max: number;
  /** The minimum itself is refused (e.g. a tolerance must be above 0). */
  minExclusive?: boolean;
  /** The maximum itself is refused. */
  maxExclusive?: boolean;
  integer?: boolean;
  /** What the number counts, shown in messages (e.g. "threads", "periods"). */
  unit: string;
}

/** Most worker threads or queue tasks at once: beyond this the threads' memory (~80 MB each) outgrows any machine. */
const MAX_THREADS = 256;
/** Longest span of periods a flag may name: ten years of days, the scenario's own horizon limit. */
const MAX_PERIODS = DAYS_MAX;

/** Ranges of the flags that belong to the CLI alone (not scenario fields). */
export const CLI_FLAG_RANGES = {
  /** run, compare, sweep, optimise, sensitivity, explain, forecast: threads on this machine. */
  workers: { min: 1, max: MAX_THREADS, integer: true, unit: 'threads' },
  /** worker: tasks the queue worker runs at once. */
  concurrency: { min: 1, max: MAX_THREADS, integer: true, unit: 'tasks at once' },
  /** worker: how long a task's lock lasts before another worker may take it over. */
  lockSeconds: { min: 1, max: 86_400, integer: true, unit: 'seconds' },
  /** optimise and calibrate: simulated candidates, each costing its replications. */
  maxEvals: { min: 1, max: 10_000, integer: true, unit: 'evaluations' },
  /** sensitivity: a setting moves this share down and up (100 % would reach zero). */
  pct: { min: 1, max: 99, integer: true, unit: '%' },
  /** run --xlsx: annual discount rate of the NPV (−50 % to 100 %). */
  rate: { min: -0.5, max: 1, unit: 'per year (e.g. 0.08 or 8%)' },
  /** calibrate: relative error at which a target counts as met. */
  tolerance: { min: 0, max: 1, minExclusive: true, maxExclusive: true, unit: 'relative error' },
  /** run --trace: shoppers followed through replication 0 (the engine's own cap). */
  trace: { min: 1, max: MAX_TRACED_SHOPPERS, integer: true, unit: 'shoppers' },
  /** forecast: periods ahead. */
  h: { min: 1, max: MAX_PERIODS, integer: true, unit: 'periods' },
  /** forecast: interval levels; beyond 99.9 the tails rest on too few errors to mean anything. */
  levels: { min: 1, max: 99.9, unit: 'percent' },
  /** forecast: rolling-origin backtest windows (0 = none). */
  backtest: { min: 0, max: 100, integer: true, unit: 'windows' },
  /** forecast: periods between backtest windows. */
  step: { min: 1, max: MAX_PERIODS, integer: true, unit: 'periods' },
  /** forecast: season length. */
  season: { min: 1, max: MAX_PERIODS, integer: true, unit: 'periods' },
  /** classroom: TCP port to listen on (0 = any free port). */
  port: { min: 0, max: 65_535, integer: true, unit: 'port, 0 = any free one' },
  /** classroom: teams of a new session, four seats each (the hub's own cap). */
  teams: { min: 1, max: MAX_TEAMS, integer: true, unit: 'teams' },
  /** forecast: seed of simulated intervals and the neural model (all 53 bits are used). */
  forecastSeed: { min: 0, max: Number.MAX_SAFE_INTEGER, integer: true, unit: '' },
} as const satisfies Record<string, FlagRange>;

const show = (x: number) => x.toLocaleString('en-US', { maximumFractionDigits: 12 });

/** "a whole number from 1 to 256 (threads)", "a number above 0 and below 1 (relative error)"; in `lang`. */
export function describeRange(range: FlagRange, lang: CliLang = 'en'): string {
  const what = cliText(lang, range.integer ? 'range.wholeNumber' : 'range.number');
  const spanKey = range.minExclusive ? (range.maxExclusive ? 'range.aboveBelow' : 'range.aboveTo') : range.maxExclusive ? 'range.fromBelow' : 'range.fromTo';
  const span = cliText(lang, spanKey, { min: show(range.min), max: show(range.max) });
  const unit = range.unit ? cliText(lang, 'range.unit', { unit: unitText(lang, range.unit) }) : '';
  return cliText(lang, 'range.text', { what, span, unit });
}

/** Whether `value` lies in `range`. */
export function inRange(value: number, range: FlagRange): boolean {
  if (!Number.isFinite(value) || (range.integer && !Number.isInteger(value))) return false;
  const aboveMin = range.minExclusive ? value > range.min : value >= range.min;
  const belowMax = range.maxExclusive ? value < range.max : value <= range.max;
  return aboveMin && belowMax;
}

/** `value` if it lies in `range`; else a UsageError naming the flag, the value and the range. */
export function checkRange(flag: CliParam, value: number, range: FlagRange, shown: string = String(value)): number {
  if (!inRange(value, range)) throw new UsageError(cliMessage('range.expected', { flag, range: (lang) => describeRange(range, lang), shown }));
  return value;
}

/**
 * The range of a flag that overrides the scenario field at `path`, from the schema (fieldBounds);
 * an unbounded maximum becomes the largest whole number a double holds exactly.
 */
export function scenarioFieldRange(path: readonly string[], unit: string, scenario?: unknown): FlagRange {
  const bounds = fieldBounds(path, scenario);
  if (!bounds) throw new Error(`${path.join('.')} is not a numeric scenario field`);
  const integer = ['seed', 'replications', 'days'].includes(path.at(-1) ?? '');
  return { min: bounds.min, max: Math.min(bounds.max, Number.MAX_SAFE_INTEGER), minExclusive: bounds.minExclusive, integer, unit };
}

/** --seed, --reps and --days of the simulating commands: the scenario's seed, replications and days. */
export const RUN_FLAG_RANGES = {
  seed: scenarioFieldRange(['seed'], ''),
  reps: scenarioFieldRange(['replications'], 'replications'),
  days: scenarioFieldRange(['days'], 'days'),
} as const;

/**
 * Checks each value of a `--vary PATH=…` lever against the field's range; a path that is not a
 * numeric field is left to the sweep planner, which names the settings available there.
 */
export function checkLeverValues(flag: string, path: string, values: readonly number[], scenario: unknown): void {
  const bounds = fieldBounds(path.split('.'), scenario);
  if (!bounds) return;
  const range: FlagRange = { min: bounds.min, max: bounds.max, minExclusive: bounds.minExclusive, unit: '' };
  for (const value of values) checkRange(`${flag} ${path}`, value, range);
}

/** gen-sales --replication: one of the replications a scenario may have (0-based). */
export const REPLICATION_RANGE: FlagRange = { min: 0, max: RUN_FLAG_RANGES.reps.max - 1, integer: true, unit: 'replication number' };

/** Most values a `policy` list flag (--samples, --demands, --lead-times…) may hold. */
export const POLICY_LIST_MAX = 10_000;
/** Smallest positive money, rate or quantity a policy takes: below it the optimum overflows. */
const TINY = 1e-6;
/** Largest Poisson mean a policy tabulates (seconds of work); above it the normal model is as exact. */
const POISSON_MAX = 10_000;

/**
 * The range of a `shoplab policy` number (each value of a list), from its kind and unit: periods
 * up to ten years; probabilities strictly between 0 and 1; ln units within ±30 (e^30 ≈ 10¹³);
 * holding rates per CNY up to 100; Poisson means up to 10,000; money and quantities up to the
 * scenario's own caps (10⁹).
 */
export function policyRange({ flag, kind, unit }: Param): FlagRange {
  if (flag === 'poisson') return { min: kind === 'positive' ? TINY : 0, max: POISSON_MAX, unit };
  if (kind === 'probability') return { min: 0, max: 1, minExclusive: true, maxExclusive: true, unit: 'probability' };
  const min = kind === 'positive' ? TINY : kind === 'count' ? 1 : 0;
  const integer = kind === 'whole' || kind === 'count';
  if (unit === 'periods') return { min, max: MAX_PERIODS, integer, unit };
  if (unit === 'ln units') return kind === 'number' ? { min: -30, max: 30, unit } : { min, max: 5, unit };
  if (unit === '1/time') return { min, max: 100, unit };
  const max = unit.startsWith('CNY') ? MONEY_MAX : UNITS_MAX;
  return kind === 'number' ? { min: -max, max, unit } : { min, max, integer, unit };
}
