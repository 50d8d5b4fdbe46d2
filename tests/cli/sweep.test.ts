import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KPIS } from '../../sim/result.ts';
import { runCli, scenarioDir } from './cli-fixture.ts';

const dir = scenarioDir();

describe('shoplab sweep', () => {
  it('writes one CSV row per run, replication and KPI and prints the best points', async () => {
    const r = await runCli(
      ['sweep', 'small.yaml', '--vary', 'channels.paid_search.budgetPerDayCny=0,4000', '--vary', 'skus.tee.listPriceCny=69:89:3', '--reps', '2', '--days', '15', '--csv', 'sweep.csv'],
      dir,
    );
    expect(r.code).toBe(0);
    const lines = readFileSync(join(dir, 'sweep.csv'), 'utf8').trimEnd().split('\n');
    expect(lines[0]).toBe('run,channels.paid_search.budgetPerDayCny,skus.tee.listPriceCny,replication,kpi,value');
    expect(lines).toHaveLength(1 + 2 * 3 * 2 * KPIS.length);
    expect(lines[1]).toMatch(/^0,0,69,0,gmvCny,\d+(\.\d+)?$/);
    expect(lines[lines.length - 1]).toMatch(/^5,4000,89,1,peakBacklogOrders,/);
    expect(r.stdout).toContain(`wrote ${lines.length - 1} rows to sweep.csv`);
    expect(r.stdout).toMatch(/^Best Profit: .* at run \d: channels\.paid_search\.budgetPerDayCny=\d+, skus\.tee\.listPriceCny=\d+$/m);
    expect(r.stdout).toMatch(/^Best GMV: /m);
  });

  it('names the keys available when a lever path is wrong', async () => {
    const r = await runCli(['sweep', 'small.yaml', '--vary', 'channels.paid_serch.budgetPerDayCny=1,2', '--csv', 'x.csv'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('error: channels.paid_serch.budgetPerDayCny: no setting "paid_serch" at channels; available: organic, paid_search, social, crm\n');
  });

  it('explains a malformed --vary and a missing --csv', async () => {
    expect(await runCli(['sweep', 'small.yaml', '--vary', 'days=1:5', '--csv', 'x.csv'], dir)).toMatchObject({
      code: 2,
      stderr: 'error: --vary days=1:5: a range is lo:hi:steps (three parts), got 2\n',
    });
    expect(await runCli(['sweep', 'small.yaml', '--vary', 'days=10,20'], dir)).toMatchObject({
      code: 2,
      stderr: 'error: sweep needs --csv OUT: the file to write the tidy table to\n',
    });
  });
});
