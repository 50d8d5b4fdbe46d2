import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, scenarioDir } from './cli-fixture.ts';

const dir = scenarioDir();
writeFileSync(
  join(dir, 'hill.yaml'),
  `name: Hill shop
seed: 5
days: 5
replications: 1
population: { size: 2000 }
channels:
  organic: { kind: organic }
  a: { kind: paid, budgetPerDayCny: 3000, costPerClickCny: 0.5, saturationClicksPerDay: 400, adstockDecay: 0, cpcRisePerSaturation: 0 }
  b: { kind: paid, budgetPerDayCny: 0, costPerClickCny: 1, saturationClicksPerDay: 900, adstockDecay: 0, cpcRisePerSaturation: 0 }
  c: { kind: paid, budgetPerDayCny: 0, costPerClickCny: 2, saturationClicksPerDay: 1600, adstockDecay: 0, cpcRisePerSaturation: 0 }
`,
);

describe('shoplab optimise', () => {
  it('splits a budget exactly, re-checks the winner on fresh seeds and writes a scenario that extends the input', async () => {
    const r = await runCli(['optimize', 'hill.yaml', '--objective', 'visits', '--channels', 'a,b,c', '--bounds', 'b=0:1000', '--max-evals', '16', '--json', 'opt.json', '--write', 'out/best.yaml'], dir);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^channels\.b\.budgetPerDayCny\s+¥0\s+¥[\d,]+/m);
    expect(r.stdout).toMatch(/Out-of-sample check on fresh seeds \(seed 6, 2 paired replications\): best − start = \+[\d,]+/);
    const doc = JSON.parse(readFileSync(join(dir, 'opt.json'), 'utf8'));
    const best = doc.best.values as Record<string, number>;
    expect(Object.values(best).reduce((a, b) => a + b, 0)).toBe(3000);
    expect(best['channels.b.budgetPerDayCny']).toBeLessThanOrEqual(1000);
    expect(doc.best.objective).toBeGreaterThan(doc.start.objective);
    expect(doc.evaluations).toBeLessThanOrEqual(16);
    const yaml = readFileSync(join(dir, 'out', 'best.yaml'), 'utf8');
    expect(yaml).toMatch(/^extends: \.\.\/hill\.yaml$/m);
    const again = await runCli(['run', 'out/best.yaml', '--reps', '1', '--days', '2'], dir);
    expect(again.code).toBe(0);
  }, 120_000);

  it('says what is missing or wrong, with exit code 2', async () => {
    const none = await runCli(['optimise', 'hill.yaml'], dir);
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/optimise needs something to change: --lever PATH=LO:HI/);
    const typo = await runCli(['optimise', 'hill.yaml', '--channels', 'a,bb'], dir);
    expect(typo.stderr).toMatch(/--channels: no channel "bb"; did you mean "b"\?/);
    const over = await runCli(['optimise', 'hill.yaml', '--channels', 'a,b', '--budget', '100', '--bounds', 'a=200:300'], dir);
    expect(over.stderr).toMatch(/--budget 100 is below the sum of the channels' lower bounds \(200\)/);
    const lever = await runCli(['optimise', 'hill.yaml', '--lever', 'channels.a.costPerClickCny=2:1'], dir);
    expect(lever.stderr).toMatch(/--lever channels.a.costPerClickCny=2:1: LO \(2\) must be below HI \(1\)/);
    const kpi = await runCli(['optimise', 'hill.yaml', '--objective', 'proftCny', '--channels', 'a,b'], dir);
    expect(kpi.stderr).toMatch(/--objective proftCny: unknown KPI; did you mean "profitCny"\?/);
    expect([typo.code, over.code, lever.code, kpi.code]).toEqual([2, 2, 2, 2]);
  });
});
