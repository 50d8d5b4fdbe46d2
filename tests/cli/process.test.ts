// The real executable, in a child process: exit codes and clean stderr.
import { describe, expect, it } from 'vitest';
import { VERSION } from '../../sim/version.ts';
import { runProcess, scenarioDir } from './cli-fixture.ts';

const dir = scenarioDir();

describe('node bin/shoplab.mjs', () => {
  it('prints the version and exits 0', () => {
    expect(runProcess(['--version'], dir)).toMatchObject({ code: 0, stdout: `${VERSION}\n` });
  });

  it('exits 2 with the problems and no stack trace for a bad scenario file', () => {
    const r = runProcess(['run', 'broken.yaml'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^error: broken\.yaml:3:1: popualtion: unknown key; did you mean "population"\?$/m);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('exits 2 for an unknown flag', () => {
    expect(runProcess(['validate', 'small.yaml', '--fast'], dir)).toMatchObject({ code: 2, stderr: 'error: unknown option --fast\n' });
  });
});
