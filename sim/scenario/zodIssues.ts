// Turns zod's validation issues into plain-English messages that quote the user's value and say
// what the field expects ("expected a number ≥ 0, got \"abc\""), with did-you-mean for typos.
import type { z } from 'zod';
import { didYouMean } from './didYouMean.ts';
import { showValue } from './issue.ts';
import { choicesOf, describeExpected, isRecord, keysOf, schemaAt } from './schemaWalk.ts';

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
        const hint = didYouMean(key, valid);
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
  const expected = describeExpected(schema, path);
  if (value === undefined) return `missing; expected ${expected}`;
  let hint = '';
  if (issue.code === 'invalid_value' && typeof value === 'string') hint = didYouMean(value, choicesOf(schema) ?? []);
  return `expected ${expected}, got ${showValue(value)}${hint}`;
}
