// Turns zod's validation issues into plain-English messages that quote the user's value and say
// what the field expects ("expected a number ≥ 0, got \"abc\""), with did-you-mean for typos.
import type { z } from 'zod';
import { didYouMean } from '../text/didYouMean.ts';
import { dotted, showValue } from './issue.ts';
import { choicesOf, describeExpected, isIdMapping, isRecord, keysOf, placesOfKey, recordValue, schemaAt } from './schemaWalk.ts';

/** A problem at a field path, before it is given a file position. */
export interface PathIssue {
  path: PropertyKey[];
  message: string;
  severity: 'error' | 'warning';
  /** Point at the key (unknown keys) or at the value. */
  at: 'key' | 'value';
  /** Other fields the finding relies on (cross-field checks), e.g. [['days']] for the horizon. */
  depends?: PropertyKey[][];
}

/** The user's value at a path, or undefined when it is not there. */
export function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = data;
  for (const seg of path) {
    if (!isRecord(v) && !Array.isArray(v)) return undefined;
    v = (v as Record<string, unknown>)[String(seg)];
  }
  return v;
}

/** Rewrites zod issues for the scenario `data` (as written) into messages, one per problem. */
export function explainZodIssues(root: z.ZodType, issues: readonly z.core.$ZodIssue[], data: unknown): PathIssue[] {
  const out: PathIssue[] = [];
  const seen = new Set<string>();
  const push = (issue: PathIssue) => {
    const key = `${issue.path.map(String).join('.')}\u0000${issue.message}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push(issue);
  };
  for (const issue of issues) {
    const path = [...issue.path];
    if (issue.code === 'unrecognized_keys') {
      const parent = schemaAt(root, path, data);
      const valid = parent ? (keysOf(parent) ?? []) : [];
      for (const key of issue.keys) {
        const hint = didYouMean(key, valid) || misplaced(root, parent, path, key);
        const message = hint ? `unknown key${hint}` : `unknown key; valid keys here: ${valid.join(', ')}`;
        push({ path: [...path, key], message, severity: 'error', at: 'key' });
      }
      continue;
    }
    push({ path, message: explainOne(root, issue, path, data), severity: 'error', at: 'value' });
  }
  return out;
}

function explainOne(root: z.ZodType, issue: z.core.$ZodIssue, path: PropertyKey[], data: unknown): string {
  const value = valueAt(data, path);
  const schema = schemaAt(root, path, data);
  if (issue.code === 'invalid_union' && 'discriminator' in issue && issue.discriminator) {
    // zod reports a bad tag at the tag's own path ("promotions.sale.type").
    const options = (issue as { options?: unknown[] }).options?.map(String) ?? [];
    const list = options.map((o) => JSON.stringify(o)).join(', ');
    if (value === undefined) return `missing; expected one of ${list}`;
    const hint = typeof value === 'string' ? didYouMean(value, options) : '';
    return `expected one of ${list}, got ${showValue(value)}${hint}`;
  }
  if (!schema) return issue.message;
  // Refinements (e.g. "at most 1000 params") carry their own message, written for the user.
  if (issue.code === 'custom') return `${issue.message}, got ${Array.isArray(value) || isRecord(value) ? Object.keys(value as object).length : showValue(value)}`;
  const expected = describeExpected(schema, path);
  if (value === undefined) return `missing; expected ${expected}`;
  const owner = path.length > 0 ? schemaAt(root, path.slice(0, -1), data) : null;
  if (owner && isIdMapping(owner) && !isRecord(value) && (keysOf(recordValue(owner)) ?? []).includes(String(path[path.length - 1]))) {
    // `channels: {budgetPerDayCny: 100}`: a setting written where an id belongs.
    const example = dotted([...path.slice(0, -1), '<id>', path[path.length - 1]]);
    return `expected ${expected}, got ${showValue(value)}; "${String(path[path.length - 1])}" is a setting of each entry here: write it under an id (${example})`;
  }
  let hint = '';
  if (issue.code === 'invalid_value' && typeof value === 'string') hint = didYouMean(value, choicesOf(schema) ?? []);
  return `expected ${expected}, got ${showValue(value)}${hint}`;
}

/** "; it belongs under …" when the key is a valid field deeper in (or elsewhere in) the scenario. */
function misplaced(root: z.ZodType, parent: z.ZodType | null, path: PropertyKey[], key: string): string {
  const below = parent ? placesOfKey(parent, key) : [];
  const places = below.length > 0 ? below.map((p) => [...path.map(String), ...p]) : placesOfKey(root, key, 5);
  if (places.length === 0) return '';
  // An id the user already wrote on the way (skus.tee…) is kept; other ids read "<id>".
  const here = path.map(String);
  const show = (p: string[]) =>
    p.map((s, i) => (s !== '*' ? s : i < here.length && p.slice(0, i).every((q, j) => q === here[j]) ? here[i] : '<id>')).join('.');
  return `; "${key}" belongs at ${places.slice(0, 3).map(show).join(' or ')}`;
}
