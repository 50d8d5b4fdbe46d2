import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, scenarioDir } from './cli-fixture.ts';

const dir = scenarioDir();

describe('risk in shoplab run and compare', () => {
  it('run prints the chance of a loss, of negative cash, CVaR 5 % and each --target, and writes them to JSON', async () => {
    const r = await runCli(['run', 'small.yaml', '--reps', '3', '--days', '20', '--target', 'roi>=0.5', '--target', 'onTimeRate>=90%', '--json', 'risk.json'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^P\(profit < 0\)\s+\d+ % \(\d+ %–\d+ %\)$/m);
    expect(r.stdout).toMatch(/^P\(cash < 0 on any day\)\s+\d+ %/m);
    expect(r.stdout).toMatch(/^CVaR 5 % of profit\s+-?¥[\d,]+$/m);
    expect(r.stdout).toMatch(/^P\(roi>=0.5\)\s+\d+ %/m);
    expect(r.stdout).toMatch(/^P\(onTimeRate>=0.9\)\s+\d+ %/m);
    const doc = JSON.parse(readFileSync(join(dir, 'risk.json'), 'utf8'));
    expect(doc.risk.replications).toBe(3);
    expect(doc.risk.targets.map((t: { target: string }) => t.target)).toEqual(['roi>=0.5', 'onTimeRate>=0.9']);
    // With three replications the worst 5 % is the worst run, at or below the P10 of profit.
    const profitP10 = doc.kpis.profitCny.p10;
    expect(doc.risk.cvar5ProfitCny).toBeLessThanOrEqual(profitP10);
    expect([0, 1 / 3, 2 / 3, 1]).toContain(doc.risk.pLoss.p);
  });

  it('compare shows one risk column per scenario', async () => {
    const r = await runCli(['compare', 'small.yaml', 'better-checkout.yaml', '--reps', '2', '--days', '15', '--target', 'cacCny<=80'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Measure\s+A\s+B$/m);
    expect(r.stdout).toMatch(/^P\(cacCny<=80\)(\s+\d+ % \(\d+ %–\d+ %\)){2}$/m);
  });

  it('a malformed --target is a usage error that quotes it', async () => {
    const r = await runCli(['run', 'small.yaml', '--reps', '1', '--target', 'rio>=4'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^error: --target rio>=4: unknown KPI "rio"; did you mean "roi"\? \(KPIs: gmvCny, /);
  });
});
