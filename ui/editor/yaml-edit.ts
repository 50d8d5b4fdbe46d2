// Writes one lever's value into scenario text, keeping the user's comments and layout (yaml
// Document API). Records whose defaults apply only when absent (channels, SKUs, segments) are
// written out in full first, so setting one entry does not silently drop the others.
import { parseDocument, isMap } from 'yaml';
import { Channel, Segment, Sku, type Scenario } from '../../sim/index.ts';

/** Records replaced wholesale when the file names them (schema `prefault`), with their entry schema. */
const DEFAULTED_RECORDS: { path: string[]; entry: { parse(v: unknown): unknown } }[] = [
  { path: ['channels'], entry: Channel },
  { path: ['skus'], entry: Sku },
  { path: ['population', 'segments'], entry: Segment },
];

/** The fields of `value` that differ from `defaults` (deep, by JSON equality). */
export function differingFields(value: Record<string, unknown>, defaults: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    if (v === undefined) continue;
    if (JSON.stringify(v) !== JSON.stringify(defaults[k])) out[k] = v;
  }
  return out;
}

function getAt(obj: unknown, path: readonly string[]): unknown {
  let node = obj;
  for (const key of path) {
    if (!node || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

export type EditResult = { ok: true; text: string } | { ok: false; reason: string };

/**
 * `text` with the field at `path` set to `value` (null clears a nullable field). `resolved` is
 * the validated scenario the text currently means (needed to keep defaulted records whole).
 * With `extends`, the base usually names those records, so they are written out only when
 * `materialise` is set (the editor retries with it when an edit lost entries).
 * Fails, leaving the text alone, when the text does not parse or has no mapping at the top.
 */
export function setLeverInText(text: string, path: readonly string[], value: number | null, resolved: Scenario, materialise = false): EditResult {
  const doc = parseDocument(text);
  if (doc.errors.length > 0) return { ok: false, reason: doc.errors[0].message };
  if (doc.contents !== null && !isMap(doc.contents)) return { ok: false, reason: 'the top level is not a mapping' };
  const hasExtends = doc.has('extends');
  for (const record of DEFAULTED_RECORDS) {
    const under = record.path.every((k, i) => path[i] === k) && path.length > record.path.length;
    if (!under || (hasExtends && !materialise) || doc.hasIn(record.path)) continue;
    const entries = getAt(resolved, record.path) as Record<string, Record<string, unknown>>;
    const defaults = record.entry.parse({}) as Record<string, unknown>;
    const full: Record<string, unknown> = {};
    for (const [id, entry] of Object.entries(entries)) full[id] = differingFields(entry, defaults);
    doc.setIn(record.path, doc.createNode(full));
  }
  doc.setIn(path, value);
  return { ok: true, text: doc.toString() };
}
