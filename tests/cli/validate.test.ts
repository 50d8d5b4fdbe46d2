import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, scenarioDir } from './cli-fixture.ts';

const dir = scenarioDir();

describe('shoplab validate', () => {
  it('says OK for a good scenario and exits 0', async () => {
    const r = await runCli(['validate', 'small.yaml'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('OK small.yaml\n');
  });

  it('lists every problem with file:line:col and exits 2', async () => {
    const r = await runCli(['validate', 'broken.yaml'], dir);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    const lines = r.stderr.trim().split('\n');
    expect(lines.find((l) => l.includes('popualtion'))).toMatch(/^error: broken\.yaml:3:1: popualtion: .*did you mean "population"/);
    expect(lines.find((l) => l.includes('funnel.checkoutRate'))).toMatch(/^error: broken\.yaml:6:\d+: funnel\.checkoutRate: /);
    expect(lines.find((l) => l.includes('budgetPerDayCny'))).toMatch(/^error: broken\.yaml:9:\d+: channels\.paid_search\.budgetPerDayCny: .*"abc"/);
    expect(lines[lines.length - 1]).toMatch(/^broken\.yaml: [3-9] errors/);
  });

  it('reports a missing file as bad input without a stack trace', async () => {
    const r = await runCli(['validate', 'nope.yaml'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(join(dir, 'nope.yaml').replace(dir + '/', ''));
    expect(r.stderr).toMatch(/not found/i);
    expect(r.stdout + r.stderr).not.toMatch(/\n\s+at /);
  });
});
