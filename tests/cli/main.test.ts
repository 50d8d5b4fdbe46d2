import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../cli/main.ts';
import { VERSION } from '../../sim/version.ts';
import { runCli, scenarioDir } from './cli-fixture.ts';

const dir = scenarioDir();

describe('the shoplab dispatcher', () => {
  it('prints the version', async () => {
    expect(await runCli(['--version'], dir)).toEqual({ code: 0, stdout: `${VERSION}\n`, stderr: '' });
  });

  it('lists every command in its help', async () => {
    const r = await runCli(['help'], dir);
    expect(r.code).toBe(0);
    for (const c of ['run', 'compare', 'sweep', 'validate', 'forecast', 'policy', 'gen-sales', 'calibrate']) expect(r.stdout).toMatch(new RegExp(`^  ${c} `, 'm'));
  });

  it('suggests the closest command for a typo and exits 2', async () => {
    const r = await runCli(['rnu', 'x.yaml'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('unknown command "rnu"; did you mean run?');
  });

  it('shows a command\'s help with `help COMMAND` and `COMMAND --help`', async () => {
    const a = await runCli(['help', 'validate'], dir);
    const b = await runCli(['validate', '--help'], dir);
    expect(a.code).toBe(0);
    expect(a.stdout).toMatch(/^Usage: shoplab validate FILE/);
    expect(b.stdout).toBe(a.stdout);
  });

  it('lists each option once in every command\'s help', async () => {
    for (const name of Object.keys(COMMANDS).filter((c) => c !== 'help')) {
      const r = await runCli([name, '--help'], dir);
      expect(r.code, name).toBe(0);
      const flags = r.stdout.split('\n').map((line) => /^ {2,4}(--[a-z][a-z0-9-]*)/.exec(line)?.[1]).filter((f): f is string => f !== undefined);
      expect(flags.filter((f, i) => flags.indexOf(f) !== i), `${name} --help repeats`).toEqual([]);
    }
  });

  it('rejects an unknown option with a suggestion and exit 2', async () => {
    const r = await runCli(['validate', 'small.yaml', '--strct'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('error: unknown option --strct\n');
  });
});
