// Property tests: whatever a user types, the loader answers with a scenario or with issues that
// have a message; it never throws.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatIssue, parseScenarioText, ScenarioSchema, validateScenario, type LoadResult } from '../../../sim/scenario/index.ts';

function wellFormed(r: LoadResult): boolean {
  const issues = r.ok ? r.warnings : r.issues;
  if (!r.ok && !issues.some((i) => i.severity === 'error')) return false;
  return issues.every((i) => i.message.length > 0 && !/Invalid input|received undefined/.test(i.message) && formatIssue(i).length > 0);
}

/** A value that could land in any field: the wrong type, an edge number, a formula-ish string. */
const anyValue = fc.oneof(
  fc.constantFrom(null, true, false, 0, -1, 0.5, 1e9, Number.MAX_SAFE_INTEGER, '', 'abc', '1/0', 't * 2', '[1]', {}, [], [1, 'x']),
  fc.string({ maxLength: 12 }),
  fc.double({ noNaN: true }),
);

const defaults = ScenarioSchema.parse({}) as unknown as Record<string, unknown>;
/** Every field path of the default scenario (ids included), to aim mutations at real fields. */
const paths: string[][] = [];
(function collect(v: unknown, path: string[]) {
  if (path.length > 0) paths.push(path);
  if (v && typeof v === 'object' && !Array.isArray(v)) for (const [k, x] of Object.entries(v)) collect(x, [...path, k]);
})(defaults, []);

function setIn(target: Record<string, unknown>, path: readonly string[], value: unknown): void {
  let o = target;
  for (const seg of path.slice(0, -1)) {
    if (typeof o[seg] !== 'object' || o[seg] === null || Array.isArray(o[seg])) o[seg] = {};
    o = o[seg] as Record<string, unknown>;
  }
  o[path[path.length - 1]] = value;
}

describe('the loader on arbitrary input', () => {
  it('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), fc.constantFrom('a.yaml', 'a.json', 'a.txt', undefined), (text, fileName) => {
        expect(wellFormed(parseScenarioText(text, { fileName }))).toBe(true);
      }),
      { numRuns: 150, seed: 20261111 },
    );
  });

  it('never throws on arbitrary JSON values', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 3 }), (value) => {
        expect(wellFormed(parseScenarioText(JSON.stringify(value), { fileName: 'a.json' }))).toBe(true);
      }),
      { numRuns: 100, seed: 7 },
    );
  });

  it('locates and explains any wrong value put into any field of the default shop', () => {
    fc.assert(
      fc.property(fc.constantFrom(...paths), anyValue, (path, value) => {
        const data = structuredClone(defaults);
        setIn(data, path, value);
        const r = validateScenario(data);
        expect(wellFormed(r)).toBe(true);
        if (r.ok) return;
        // At least one error is reported at the changed field, inside it, or at a sibling it
        // conflicts with (e.g. an (s,S) reorder point above the order-up-to level).
        const startsWith = (p: readonly string[], q: readonly string[]) => q.every((s, i) => p[i] === s);
        const near = (q: string[]) => startsWith(path, q) || startsWith(q, path.slice(0, -1));
        const errorPaths = r.issues.filter((i) => i.severity === 'error').map((i) => (i.path === '' ? [] : i.path.split('.')));
        expect(errorPaths.some(near), `${path.join('.')} = ${JSON.stringify(value)}: ${r.issues.map(formatIssue).join('; ')}`).toBe(true);
      }),
      { numRuns: 200, seed: 11 },
    );
  });
});
