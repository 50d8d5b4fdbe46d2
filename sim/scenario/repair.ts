// When a scenario fails the schema, the cross-field checks can still run on a "repaired" copy in
// which every invalid value is dropped (so its default applies). Issues that touch a dropped
// value are then discarded, so a default the user never wrote is never blamed.
import type { z } from 'zod';
import { ScenarioSchema, type Scenario } from './schema.ts';
import { isRecord, schemaAt, unwrap } from './schemaWalk.ts';
import { valueAt, type PathIssue } from './zodIssues.ts';

const MAX_ROUNDS = 6;

function clone<T>(v: T): T {
  return structuredClone(v);
}

function parentOf(data: unknown, path: readonly PropertyKey[]): Record<string, unknown> | unknown[] | null {
  const p = valueAt(data, path.slice(0, -1));
  return isRecord(p) || Array.isArray(p) ? (p as Record<string, unknown>) : null;
}

const isRecordSchema = (s: z.ZodType | null) => s !== null && (unwrap(s).schema as unknown as { _zod: { def: { type: string } } })._zod.def.type === 'record';

/**
 * A validated scenario built from `merged` with its invalid parts dropped, and the paths that
 * were dropped or reset; null when no valid scenario could be salvaged.
 */
export function salvage(merged: Record<string, unknown>, first: readonly z.core.$ZodIssue[]): { scenario: Scenario; touched: PropertyKey[][] } | null {
  const data = clone(merged);
  const touched: PropertyKey[][] = [];
  let issues = first;
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const paths = issues.flatMap((issue) => (issue.code === 'unrecognized_keys' ? issue.keys.map((k) => [...issue.path, k]) : [[...issue.path]]));
    // Later list items first, so removing one does not shift the index of another.
    for (const path of paths.sort(laterFirst)) drop(data, path, touched);
    const again = ScenarioSchema.safeParse(data);
    if (again.success) return { scenario: again.data, touched };
    issues = again.error.issues;
  }
  return null;
}

function laterFirst(a: PropertyKey[], b: PropertyKey[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    if (a[i] === b[i]) continue;
    if (typeof a[i] === 'number' && typeof b[i] === 'number') return (b[i] as number) - (a[i] as number);
    return String(b[i]) < String(a[i]) ? -1 : 1;
  }
  return b.length - a.length;
}

/** Removes the value at `path` (or its owner when the value is missing), keeping record ids. */
function drop(data: Record<string, unknown>, path: PropertyKey[], touched: PropertyKey[][]): void {
  if (path.length === 0) return;
  const present = valueAt(data, path) !== undefined;
  const target = present ? path : path.slice(0, -1);
  if (target.length === 0) return;
  const parent = parentOf(data, target);
  if (!parent) return;
  const key = String(target[target.length - 1]);
  // An entry of an id-keyed mapping (a SKU, a segment) is reset rather than removed, so the ids
  // other fields refer to stay known; a reset entry that still fails is removed next round.
  const ownerSchema = schemaAt(ScenarioSchema, target.slice(0, -1), data);
  const reset = isRecordSchema(ownerSchema) && !isRecord((parent as Record<string, unknown>)[key]);
  if (Array.isArray(parent)) parent.splice(Number(key), 1);
  else if (reset) parent[key] = {};
  else delete parent[key];
  touched.push(target);
}

const startsWith = (p: readonly PropertyKey[], prefix: readonly PropertyKey[]) =>
  prefix.length <= p.length && prefix.every((s, i) => String(s) === String(p[i]));

/** True when a cross-field issue relies on a value that was dropped or reset. */
export function touches(issue: PathIssue, touched: readonly PropertyKey[][]): boolean {
  const owner = issue.path.slice(0, -1);
  const related = [issue.path, ...(issue.depends ?? [])];
  return touched.some(
    (q) => startsWith(issue.path, q) || (owner.length > 0 && startsWith(q, owner)) || related.some((d) => startsWith(d, q) || startsWith(q, d)),
  );
}
