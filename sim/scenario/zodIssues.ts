// Turns zod's validation issues into coded messages that quote the user's value and say what the
// field expects ("expected a number ≥ 0, got \"abc\""), with did-you-mean for typos.
import type { z } from 'zod';
import { closest } from '../text/didYouMean.ts';
import { dotted, shownValue } from './issue.ts';
import { loaderMessage, type LoaderMessage, type RecordNoun } from './loaderMessages.ts';
import { shownEn } from './messages/en-parts.ts';
import { choicesOf, expectedOf, isIdMapping, isRecord, keysOf, placesOfKey, recordValue, schemaAt } from './schemaWalk.ts';

/** A problem at a field path, before it is given a file position: a coded message and where it points. */
export type PathIssue = LoaderMessage & PathIssuePlace;

/** Where a path issue points, and how serious it is. */
export interface PathIssuePlace {
  path: PropertyKey[];
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
    const key = `${issue.path.map(String).join('.')}\u0000${issue.message}`; // the English text identifies the finding
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
        const suggestion = closest(key, valid);
        const places = suggestion === null ? misplaced(root, parent, path, key) : [];
        push({ path: [...path, key], ...loaderMessage('schema.unknownKey', { key, suggestion, places, valid }), severity: 'error', at: 'key' });
      }
      continue;
    }
    push({ path, ...explainOne(root, issue, path, data), severity: 'error', at: 'value' });
  }
  return out;
}

function explainOne(root: z.ZodType, issue: z.core.$ZodIssue, path: PropertyKey[], data: unknown): LoaderMessage {
  const value = valueAt(data, path);
  const got = shownValue(value);
  const schema = schemaAt(root, path, data);
  if (issue.code === 'invalid_union' && 'discriminator' in issue && issue.discriminator) {
    // zod reports a bad tag at the tag's own path ("promotions.sale.type").
    const choices = (issue as { options?: unknown[] }).options?.map(String) ?? [];
    if (value === undefined) return loaderMessage('schema.missing', { expected: { kind: 'oneOf', choices } });
    const suggestion = typeof value === 'string' ? closest(value, choices) : null;
    return loaderMessage('schema.wrongValue', { expected: { kind: 'oneOf', choices }, got, suggestion });
  }
  if (!schema) return loaderMessage('schema.other', { detail: issue.message });
  // Refinements (at most N entries of an id-keyed mapping) carry their limit as parameters.
  if (issue.code === 'custom') {
    const limit = (issue.params ?? {}) as { max?: number; noun?: RecordNoun };
    const count = Array.isArray(value) || isRecord(value) ? { kind: 'literal' as const, text: String(Object.keys(value as object).length) } : got;
    if (limit.max === undefined || limit.noun === undefined) return loaderMessage('schema.other', { detail: `${issue.message}, got ${shownEn(count)}` });
    return loaderMessage('schema.tooMany', { max: limit.max, noun: limit.noun, got: count });
  }
  const expected = expectedOf(schema, path);
  if (value === undefined) return loaderMessage('schema.missing', { expected });
  const owner = path.length > 0 ? schemaAt(root, path.slice(0, -1), data) : null;
  const key = String(path[path.length - 1]);
  if (owner && isIdMapping(owner) && !isRecord(value) && (keysOf(recordValue(owner)) ?? []).includes(key)) {
    // `channels: {budgetPerDayCny: 100}`: a setting written where an id belongs.
    const example = dotted([...path.slice(0, -1), '<id>', key]);
    return loaderMessage('schema.settingNeedsId', { expected, got, key, example });
  }
  const suggestion = issue.code === 'invalid_value' && typeof value === 'string' ? closest(value, choicesOf(schema) ?? []) : null;
  return loaderMessage('schema.wrongValue', { expected, got, suggestion });
}

/** Where the key belongs when it is a valid field deeper in (or elsewhere in) the scenario; at most three places. */
function misplaced(root: z.ZodType, parent: z.ZodType | null, path: PropertyKey[], key: string): string[] {
  const below = parent ? placesOfKey(parent, key) : [];
  const places = below.length > 0 ? below.map((p) => [...path.map(String), ...p]) : placesOfKey(root, key, 5);
  if (places.length === 0) return [];
  // An id the user already wrote on the way (skus.tee…) is kept; other ids read "<id>".
  const here = path.map(String);
  const show = (p: string[]) =>
    p.map((s, i) => (s !== '*' ? s : i < here.length && p.slice(0, i).every((q, j) => q === here[j]) ? here[i] : '<id>')).join('.');
  return places.slice(0, 3).map(show);
}
