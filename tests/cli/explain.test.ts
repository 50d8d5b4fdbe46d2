import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, scenarioDir } from './cli-fixture.ts';

const dir = scenarioDir();

describe('shoplab explain', () => {
  it('prints GMV and profit waterfalls whose effects add up to the paired difference', async () => {
    const r = await runCli(['explain', 'small.yaml', 'better-checkout.yaml', '--reps', '2', '--days', '10', '--json', 'why.json'], dir);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^GMV: A ¥[\d,]+ → B ¥[\d,]+$/m);
    expect(r.stdout).toMatch(/^Conversion \(in-stock\)\s+\+¥[\d,]+/m);
    expect(r.stdout).toMatch(/^Total \(B − A\)\s+\+¥[\d,]+/m);
    const doc = JSON.parse(readFileSync(join(dir, 'why.json'), 'utf8'));
    expect(doc.method).toBe('shapley');
    for (const k of [doc.gmv, doc.profit]) {
      const sum = k.effects.reduce((s: number, e: { mean: number }) => s + e.mean, 0);
      expect(sum).toBeCloseTo(k.delta, 4);
    }
  }, 60_000);

  it('needs exactly two files', async () => {
    const r = await runCli(['explain', 'small.yaml'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/explain needs two scenario files, a baseline and an alternative, got 1/);
  });
});
