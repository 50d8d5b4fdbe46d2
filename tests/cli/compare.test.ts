import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, scenarioDir } from './cli-fixture.ts';

const dir = scenarioDir();

describe('shoplab compare', () => {
  it('prints the means side by side, the paired deltas with a CI and P(better), and marks the winner', async () => {
    const r = await runCli(['compare', 'small.yaml', 'better-checkout.yaml', '--reps', '4', '--days', '30'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('compare 2 scenarios · seed 42 · 4 paired replications');
    expect(r.stdout).toContain('  A  small.yaml  "Small test shop"\n  B  better-checkout.yaml  "Better checkout"\n');
    expect(r.stdout).toMatch(/KPI \(mean\)\s+A \(baseline\)\s+B\n/);
    expect(r.stdout).toContain('B vs A (paired by replication: Δ = B − A)');
    expect(r.stdout).toMatch(/KPI\s+Δ mean\s+Δ %\s+95 % CI of Δ\s+P\(better\)/);
    // A smoother checkout converts more visits in every paired replication.
    expect(r.stdout).toMatch(/^Orders\s+\+[\d,]+\s+\+[\d.]+ %\s+\+[\d,.]+ … \+[\d,.]+\s+100 %\s+better$/m);
    expect(r.stdout).toMatch(/^Orders\s+[\d,]+  \s+[\d,]+ \*$/m);
  });

  it('writes the summaries and comparisons as JSON', async () => {
    const r = await runCli(['compare', 'small.yaml', 'better-checkout.yaml', '--reps', '3', '--days', '20', '--json', 'cmp.json'], dir);
    expect(r.code).toBe(0);
    const doc = JSON.parse(readFileSync(join(dir, 'cmp.json'), 'utf8'));
    expect(doc.baseline).toEqual({ file: 'small.yaml', name: 'Small test shop' });
    expect(doc.scenarios).toHaveLength(2);
    expect(doc.comparisons[0].pairs).toBe(3);
    const orders = doc.comparisons[0].kpis.orders;
    expect(orders.meanDelta).toBeCloseTo(doc.scenarios[1].kpis.orders.mean - doc.scenarios[0].kpis.orders.mean, 6);
    expect(orders.pBetter).toBe(1);
    expect(doc.comparisons[0].kpis.marketingCny.pBetter).toBeNull();
  });

  it('runs every scenario with the baseline\'s seed, so identical shops compare as the same', async () => {
    writeFileSync(join(dir, 'other-seed.yaml'), 'extends: ./small.yaml\nname: Same shop, other seed\nseed: 99\n');
    const r = await runCli(['compare', 'small.yaml', 'other-seed.yaml', '--reps', '2', '--days', '10', '--json', 'same.json'], dir);
    expect(r.code).toBe(0);
    const doc = JSON.parse(readFileSync(join(dir, 'same.json'), 'utf8'));
    expect(doc.seed).toBe(42);
    expect(doc.comparisons[0].kpis.gmvCny.deltas).toEqual([0, 0]);
    expect(doc.comparisons[0].kpis.gmvCny.pBetter).toBe(0.5);
  });

  it('needs a baseline and an alternative', async () => {
    expect(await runCli(['compare', 'small.yaml'], dir)).toMatchObject({
      code: 2,
      stderr: 'error: compare needs a baseline and at least one alternative scenario file, got 1\n',
    });
  });
});
