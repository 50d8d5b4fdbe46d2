// Reads and writes one numeric scenario field by its dotted path
// ("population.segments.base.visitsPerYear") and finds its allowed range in the scenario schema.
import type { z } from 'zod';
import { ScenarioSchema, type Scenario } from '../scenario/schema.ts';
import { CodedError } from '../scenario/codedError.ts';
import { loaderMessage, type LoaderMessage } from '../scenario/loaderMessages.ts';
import type { Interval } from './interval.ts';

/** A mistake in what the caller asked to calibrate (unknown path, formula field, bad bounds): a coded message at `where` (the path). */
export class CalibrationInputError extends CodedError {
  constructor(coded: LoaderMessage, where = '') {
    super(coded, where);
    this.name = 'CalibrationInputError';
  }
}

/** A scenario field that calibration may move. */
export interface ResolvedParameter {
  path: string;
  /** Value in the scenario as given (the optimiser's starting point). */
  value: number;
  /** Range allowed by the schema (or by the caller, within it). */
  interval: Interval;
  /** The schema wants a whole number; fitted values are rounded. */
  integer: boolean;
}

type AnySchema = z.ZodType & { _zod: { def: Record<string, unknown> & { type: string } } };

/** Strips default / prefault / optional / nullable wrappers. */
function unwrap(schema: AnySchema): AnySchema {
  let s = schema;
  for (;;) {
    const def = s._zod.def;
    if (['default', 'prefault', 'optional', 'nullable', 'readonly', 'catch'].includes(def.type)) {
      s = def.innerType as AnySchema;
    } else return s;
  }
}

/** The schema of the child `key` of `schema`, given the current value (for unions). */
function child(schema: AnySchema, key: string, value: unknown): AnySchema | null {
  const s = unwrap(schema);
  const def = s._zod.def;
  if (def.type === 'object') return ((def.shape as Record<string, AnySchema>)[key] ?? null);
  if (def.type === 'record') return def.valueType as AnySchema;
  if (def.type === 'union') {
    // Discriminated unions (promotions) pick the option whose literal `type` matches the value.
    for (const option of def.options as AnySchema[]) {
      const o = unwrap(option);
      if (o._zod.def.type !== 'object') continue;
      const shape = o._zod.def.shape as Record<string, AnySchema>;
      const tag = shape.type ? unwrap(shape.type)._zod.def : null;
      const kind = (value as { type?: unknown } | null)?.type;
      if (tag && tag.type === 'literal' && !(tag.values as unknown[]).includes(kind)) continue;
      if (key in shape) return shape[key];
    }
  }
  return null;
}

/** The number schema inside a leaf (a Formula is number | string: take the number). */
function numberLeaf(schema: AnySchema): (AnySchema & { minValue: number | null; maxValue: number | null; isInt: boolean }) | null {
  const s = unwrap(schema);
  if (s._zod.def.type === 'number') return s as never;
  if (s._zod.def.type === 'union') {
    for (const o of s._zod.def.options as AnySchema[]) if (unwrap(o)._zod.def.type === 'number') return unwrap(o) as never;
  }
  return null;
}

function schemaInterval(leaf: { minValue: number | null; maxValue: number | null; isInt: boolean }): Interval {
  const lo = leaf.minValue ?? -Infinity;
  const hi = leaf.maxValue ?? Infinity;
  // Integer fields report ±MAX_SAFE_INTEGER when unbounded.
  return { lo: lo <= -Number.MAX_SAFE_INTEGER ? -Infinity : lo, hi: hi >= Number.MAX_SAFE_INTEGER ? Infinity : hi };
}

/**
 * Finds `path` in `scenario`, checks it holds a plain number, and returns its value and range.
 * `bounds` (optional) narrows the schema's range; it must lie inside it and contain no NaN.
 * Throws CalibrationInputError with a message naming the path and what is wrong.
 */
export function resolveParameter(scenario: Scenario, path: string, bounds?: Partial<Interval>): ResolvedParameter {
  const keys = path.split('.');
  if (keys.some((k) => k === '')) throw new CalibrationInputError(loaderMessage('param.notDotted', {}), path);
  let schema: AnySchema | null = ScenarioSchema as unknown as AnySchema;
  let node: unknown = scenario;
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    const here = keys.slice(0, i).join('.') || null;
    if (node === null || typeof node !== 'object' || Array.isArray(node)) {
      throw new CalibrationInputError(loaderMessage('param.noFields', { here }), path);
    }
    const next = child(schema!, key, node);
    const record = node as Record<string, unknown>;
    if (!next || !(key in record)) {
      const known = Object.keys(record).filter((k) => k !== 'extends');
      throw new CalibrationInputError(loaderMessage('param.noField', { here, key, known }), path);
    }
    schema = next;
    node = record[key];
  }
  const leaf = numberLeaf(schema!);
  if (!leaf) throw new CalibrationInputError(loaderMessage('param.notNumeric', {}), path);
  if (typeof node === 'string') {
    throw new CalibrationInputError(loaderMessage('param.formula', { formula: node }), path);
  }
  if (typeof node !== 'number') throw new CalibrationInputError(loaderMessage('param.holds', { type: node === null ? 'null' : typeof node }), path);

  const allowed = schemaInterval(leaf);
  const lo = bounds?.lo ?? allowed.lo;
  const hi = bounds?.hi ?? allowed.hi;
  if (Number.isNaN(lo) || Number.isNaN(hi)) throw new CalibrationInputError(loaderMessage('param.boundsNaN', {}), path);
  if (!(lo < hi)) throw new CalibrationInputError(loaderMessage('param.boundsOrder', { lo, hi }), path);
  if (lo < allowed.lo || hi > allowed.hi) {
    throw new CalibrationInputError(loaderMessage('param.boundsOutside', { lo, hi, allowedLo: allowed.lo, allowedHi: allowed.hi }), path);
  }
  return { path, value: node, interval: { lo, hi }, integer: leaf.isInt };
}

/** A deep copy of `scenario` with each path set to its value (paths must resolve). */
export function withValues(scenario: Scenario, values: ReadonlyMap<string, number>): Scenario {
  const copy = structuredClone(scenario);
  for (const [path, value] of values) {
    const keys = path.split('.');
    let node = copy as unknown as Record<string, unknown>;
    for (const k of keys.slice(0, -1)) node = node[k] as Record<string, unknown>;
    node[keys[keys.length - 1]] = value;
  }
  return copy;
}
