// Reads the zod scenario schema as data: which schema sits at a field path, which keys are valid
// there, and what a field expects (as data each language renders). Messages are built from this,
// so they follow the schema when it changes.
import type { z } from 'zod';
import type { Bound, Expected, ExpectedBare } from './messages/parts.ts';
import { expectedEn } from './messages/en-parts.ts';
import { Formula } from './schema.ts';
import { formulaBounds } from './formulaFields.ts';

type Any = z.ZodType;
interface Def {
  type: string;
  innerType?: Any;
  shape?: Record<string, Any>;
  valueType?: Any;
  element?: Any;
  options?: Any[];
  discriminator?: string;
  entries?: Record<string, string | number>;
  values?: unknown[];
  format?: string;
  checks?: { _zod: { def: CheckDef } }[];
  in?: Any;
}
interface CheckDef {
  check: string;
  value?: number;
  inclusive?: boolean;
  minimum?: number;
  maximum?: number;
  format?: string;
}

const defOf = (s: Any): Def => (s as unknown as { _zod: { def: Def } })._zod.def;
const WRAPPERS = new Set(['default', 'prefault', 'optional', 'nullable', 'readonly', 'catch', 'nonoptional']);

/** Strips defaults, optional and nullable wrappers; says whether null is accepted. */
export function unwrap(schema: Any): { schema: Any; nullable: boolean } {
  let s = schema;
  let nullable = false;
  for (;;) {
    const def = defOf(s);
    if (def.type === 'nullable') nullable = true;
    if (WRAPPERS.has(def.type) && def.innerType) s = def.innerType;
    else if (def.type === 'pipe' && def.in) s = def.in;
    else return { schema: s, nullable };
  }
}

/**
 * The schema at a field path, choosing a discriminated-union member by the user's value of its
 * discriminator (`data` is the whole scenario as written). Null when the path leaves the schema.
 */
export function schemaAt(root: Any, path: readonly PropertyKey[], data: unknown): Any | null {
  let s: Any = root;
  let value: unknown = data;
  for (const seg of path) {
    s = pickUnionMember(unwrap(s).schema, value) ?? unwrap(s).schema;
    const def = defOf(s);
    const key = String(seg);
    if (def.type === 'object' && def.shape) {
      if (!(key in def.shape)) return null;
      s = def.shape[key];
    } else if (def.type === 'record' && def.valueType) s = def.valueType;
    else if (def.type === 'array' && def.element) s = def.element;
    else return null;
    value = isRecord(value) || Array.isArray(value) ? (value as Record<string, unknown>)[key] : undefined;
  }
  return pickUnionMember(unwrap(s).schema, value) ?? s;
}

function pickUnionMember(s: Any, value: unknown): Any | null {
  const def = defOf(s);
  if (def.type !== 'union' || !def.discriminator || !def.options || !isRecord(value)) return null;
  const tag = value[def.discriminator];
  for (const option of def.options) {
    const shape = defOf(option).shape;
    const lit = shape?.[def.discriminator];
    if (lit && (defOf(unwrap(lit).schema).values ?? []).includes(tag)) return option;
  }
  return null;
}

/** Keys an object schema accepts, or null when the place takes any key (a record) or is no object. */
export function keysOf(schema: Any): string[] | null {
  const def = defOf(unwrap(schema).schema);
  if (def.type === 'object' && def.shape) return Object.keys(def.shape);
  if (def.type === 'union' && def.options) {
    const keys = new Set<string>();
    for (const o of def.options) for (const k of keysOf(o) ?? []) keys.add(k);
    return keys.size > 0 ? [...keys] : null;
  }
  return null;
}

/** Allowed values of an enum or a discriminated union's tag, for "one of …" and did-you-mean. */
export function choicesOf(schema: Any): string[] | null {
  const def = defOf(unwrap(schema).schema);
  if (def.type === 'enum' && def.entries) return Object.values(def.entries).map(String);
  if (def.type === 'literal' && def.values) return def.values.map(String);
  if (def.type === 'union' && def.discriminator && def.options) {
    return def.options.flatMap((o) => choicesOf(defOf(o).shape?.[def.discriminator as string] as Any) ?? []);
  }
  return null;
}

/** True for an id-keyed mapping (channels, skus, promotions, …). */
export function isIdMapping(schema: Any): boolean {
  return defOf(unwrap(schema).schema).type === 'record';
}

/** The entry schema of an id-keyed mapping. */
export function recordValue(schema: Any): Any {
  return defOf(unwrap(schema).schema).valueType as Any;
}

/** True when the field is a number-or-formula field. */
export function isFormula(schema: Any): boolean {
  return unwrap(schema).schema === (Formula as unknown as Any);
}

/** What a field accepts, as data each language renders (e.g. a whole number from 1 to 3650). */
export function expectedOf(schema: Any, path: readonly PropertyKey[] = []): Expected {
  const { schema: s, nullable } = unwrap(schema);
  const bare = bareOf(s, path);
  return nullable ? { ...bare, nullable: true } : bare;
}

/** What a field accepts in plain English, e.g. "a whole number from 1 to 3650". */
export function describeExpected(schema: Any, path: readonly PropertyKey[] = []): string {
  return expectedEn(expectedOf(schema, path));
}

function bareOf(s: Any, path: readonly PropertyKey[]): ExpectedBare {
  const def = defOf(s);
  if (s === (Formula as unknown as Any)) {
    const bounds = formulaBounds(path);
    return bounds === null ? { kind: 'numberOrFormula' } : { kind: 'numberOrFormula', min: bounds.min, max: bounds.max };
  }
  switch (def.type) {
    case 'number':
      return numberOf(def.checks ?? []);
    case 'string':
      if (def.format === 'date') return { kind: 'date' };
      return { kind: 'text', nonEmpty: (def.checks ?? []).some((c) => c._zod.def.check === 'min_length') };
    case 'boolean':
      return { kind: 'boolean' };
    case 'enum':
    case 'literal':
      return { kind: 'oneOf', choices: choicesOf(s) ?? [] };
    case 'object': {
      const keys = Object.keys(def.shape ?? {});
      return { kind: 'fields', keys: keys.slice(0, 3), more: keys.length > 3 };
    }
    case 'record':
      return { kind: 'record', field: String(path[path.length - 1]) };
    case 'array': {
      const min = (def.checks ?? []).find((c) => c._zod.def.check === 'min_length')?._zod.def.minimum;
      return min ? { kind: 'list', min } : { kind: 'list' };
    }
    case 'union':
      if (def.discriminator) return { kind: 'tagged', tag: def.discriminator };
      return { kind: 'anyOf', options: (def.options ?? []).map((o) => bareOf(unwrap(o).schema, path)) };
    default:
      return { kind: 'other', type: def.type };
  }
}

/** The stated range of a number schema (±Infinity where unbounded), or null when it is not a number. */
export function numberRange(schema: Any): { min: number; max: number; minExclusive: boolean } | null {
  const def = defOf(unwrap(schema).schema);
  if (def.type !== 'number') return null;
  const out = { min: -Infinity, max: Infinity, minExclusive: false };
  for (const { _zod } of def.checks ?? []) {
    const c = _zod.def;
    if (c.check === 'greater_than') Object.assign(out, { min: c.value, minExclusive: !c.inclusive });
    else if (c.check === 'less_than') out.max = c.value ?? Infinity;
  }
  return out;
}

function numberOf(checks: { _zod: { def: CheckDef } }[]): ExpectedBare {
  let whole = false;
  let lo: Bound | undefined;
  let hi: Bound | undefined;
  for (const { _zod } of checks) {
    const c = _zod.def;
    if (c.check === 'number_format' && /int/.test(c.format ?? '')) whole = true;
    else if (c.check === 'greater_than') lo = { value: c.value as number, inclusive: !!c.inclusive };
    else if (c.check === 'less_than') hi = { value: c.value as number, inclusive: !!c.inclusive };
  }
  return { kind: 'number', whole, ...(lo ? { lo } : {}), ...(hi ? { hi } : {}) };
}

/** A plain (non-array) object. */
export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * Every formula field of the schema as a path pattern, "*" standing for a record id
 * (e.g. ["channels", "*", "budgetPerDayCny"]).
 */
export function formulaPatterns(root: Any): string[][] {
  const out: string[][] = [];
  const seen = new Set<Any>();
  const visit = (schema: Any, path: string[]) => {
    const s = unwrap(schema).schema;
    if (s === (Formula as unknown as Any)) {
      out.push(path);
      return;
    }
    if (seen.has(s)) return;
    seen.add(s);
    const def = defOf(s);
    if (def.type === 'object' && def.shape) for (const [k, v] of Object.entries(def.shape)) visit(v, [...path, k]);
    else if (def.type === 'record' && def.valueType) visit(def.valueType, [...path, '*']);
    else if (def.type === 'array' && def.element) visit(def.element, [...path, '*']);
    else if (def.type === 'union' && def.options) for (const o of def.options) visit(o, path);
    seen.delete(s);
  };
  visit(root, []);
  return out;
}

/**
 * Where else in `schema` a key is a valid field, as paths relative to it ("*" = any id), nearest
 * first; used to tell a user that a key sits at the wrong level.
 */
export function placesOfKey(schema: Any, key: string, maxDepth = 4): string[][] {
  const found: string[][] = [];
  let frontier: { s: Any; path: string[] }[] = [{ s: schema, path: [] }];
  for (let depth = 0; depth <= maxDepth && frontier.length > 0 && found.length === 0; depth++) {
    const next: typeof frontier = [];
    for (const { s, path } of frontier) {
      const def = defOf(unwrap(s).schema);
      if (def.type === 'object' && def.shape) {
        if (depth > 0 && key in def.shape) found.push([...path, key]);
        for (const [k, v] of Object.entries(def.shape)) next.push({ s: v, path: [...path, k] });
      } else if (def.type === 'record' && def.valueType) next.push({ s: def.valueType, path: [...path, '*'] });
      else if (def.type === 'union' && def.options) for (const o of def.options) next.push({ s: o, path });
    }
    frontier = next;
  }
  return found.filter((p, i) => found.findIndex((q) => q.join('.') === p.join('.')) === i);
}
