import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, scenarioDir } from './cli-fixture.ts';

const dir = scenarioDir();

describe('shoplab sensitivity', () => {
  it('prints a tornado sorted by swing with intervals and elasticities, and writes JSON', async () => {
    const r = await runCli(['sensitivity', 'small.yaml', '--kpi', 'gmvCny', '--param', 'skus.tee.listPriceCny=±20%', '--param', 'funnel.checkoutRate=0.4:0.8', '--reps', '2', '--days', '10', '--json', 'tornado.json'], dir);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/sensitivity of GMV · "Small test shop" · seed 42 · 2 paired replications · 2 settings/);
    expect(r.stdout).toMatch(/^skus\.tee\.listPriceCny\s+63\.2 … 94\.8\s+-¥[\d,]+ \(/m);
    const doc = JSON.parse(readFileSync(join(dir, 'tornado.json'), 'utf8'));
    expect(doc.bars).toHaveLength(2);
    expect(doc.bars[0].swing).toBeGreaterThanOrEqual(doc.bars[1].swing);
    // a better checkout sells more on the same seeds
    const checkout = doc.bars.find((b: { path: string }) => b.path === 'funnel.checkoutRate');
    expect(checkout.high.delta).toBeGreaterThan(0);
    expect(checkout.low.delta).toBeLessThan(0);
  }, 60_000);

  it('rejects an unknown KPI and a bad range with exit code 2', async () => {
    const kpi = await runCli(['sensitivity', 'small.yaml', '--kpi', 'gmvcny'], dir);
    expect(kpi.code).toBe(2);
    expect(kpi.stderr).toMatch(/--kpi gmvcny: unknown KPI; did you mean "gmvCny"\?/);
    const range = await runCli(['sensitivity', 'small.yaml', '--param', 'funnel.checkoutRate=0.5:1.5'], dir);
    expect(range.code).toBe(2);
    expect(range.stderr).toMatch(/--param funnel.checkoutRate=0.5:1.5: \[0.5, 1.5\] leaves the range funnel.checkoutRate allows, \[0, 1\]/);
  });
});
