import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatIssue, loadScenario } from '../../sim/scenario/index.ts';
import { fileURLToPath } from 'node:url';
import { BUILTIN_SCENARIOS, PLANS, builtinScenarioUrl, findBuiltinScenario } from '../../scenarios/index.ts';

const root = join(import.meta.dirname, '../../scenarios');
const read = (p: string) => readFileSync(p, 'utf8');

describe('built-in scenarios', () => {
  it.each(BUILTIN_SCENARIOS.map((s) => [s.id, s] as const))('%s loads without errors or warnings', (_id, s) => {
    const r = loadScenario(join(root, s.file), read);
    if (!r.ok) throw new Error(r.issues.map(formatIssue).join('\n'));
    expect(r.warnings.map(formatIssue)).toEqual([]);
    expect(r.scenario.name).toMatch(new RegExp(`^${s.plan} `));
  });

  it('lists every YAML file of the plan folders, and nothing that does not exist', () => {
    const onDisk = Object.values(PLANS).flatMap(({ folder }) =>
      readdirSync(join(root, folder)).filter((f) => f.endsWith('.yaml')).map((f) => `${folder}/${f}`),
    );
    expect(BUILTIN_SCENARIOS.map((s) => s.file).sort()).toEqual(onDisk.sort());
  });

  it('gives every plan exactly one baseline that the alternatives refer to', () => {
    for (const plan of Object.keys(PLANS)) {
      const mine = BUILTIN_SCENARIOS.filter((s) => s.plan === plan);
      expect(mine.filter((s) => s.id === s.baseline)).toHaveLength(1);
      expect(new Set(mine.map((s) => s.baseline)).size).toBe(1);
    }
  });

  it('starts every file with the schema comment and marks every number with a source or an assumption', () => {
    for (const s of BUILTIN_SCENARIOS) {
      const lines = read(join(root, s.file)).split('\n');
      expect(lines[0]).toBe('# yaml-language-server: $schema=../scenario.schema.json');
      // A line that sets a number needs a comment on it, or belongs to a run of such lines headed
      // by a comment (a block comment, or a commented key such as `tiers: # assumption`).
      const setsNumber = (line: string) => /:\s*-?\d/.test(line.split('#')[0]) && !/^\s*(seed|name|description)\s*:/.test(line);
      lines.forEach((line, i) => {
        if (!setsNumber(line) || line.includes('#')) return;
        let j = i - 1;
        while (j >= 0 && setsNumber(lines[j]) && !lines[j].includes('#')) j--;
        const covered = j >= 0 && lines[j].includes('#') && !setsNumber(lines[j]);
        expect(covered, `${s.file}:${i + 1} sets a number without a source: ${line.trim()}`).toBe(true);
      });
    }
  });

  it('gives each built-in scenario a URL that points at its file on disk', () => {
    for (const s of BUILTIN_SCENARIOS) expect(fileURLToPath(builtinScenarioUrl(s))).toBe(join(root, s.file));
  });

  it('finds a built-in scenario by id with or without the .yaml suffix', () => {
    expect(findBuiltinScenario('003-double11/spend-save')?.plan).toBe('003');
    expect(findBuiltinScenario('003-double11/spend-save.yaml')?.title).toMatch(/spend-X-save-Y/);
    expect(findBuiltinScenario('003-double11/nope')).toBeUndefined();
  });
});
