import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, scenarioDir } from './cli-fixture.ts';
import { salesCsv } from '../../cli/commands/gen-sales.ts';
import { simulate } from '../../sim/engine/simulate.ts';
import { ScenarioSchema } from '../../sim/scenario/schema.ts';
import { readSalesFile } from '../../models/data/node.ts';

const dir = scenarioDir();
writeFileSync(
  join(dir, 'promo.yaml'),
  `name: Promo shop
seed: 5
days: 20
startDate: '2026-02-25'
population:
  size: 1500
promotions:
  spring:
    type: discount
    startDay: 5
    endDay: 9
    pct: 0.3
`,
);

describe('shoplab gen-sales', () => {
  it('writes long-format daily sales per SKU with dates from the start date', async () => {
    const r = await runCli(['gen-sales', 'promo.yaml', '--out', 'out/sales.csv', '--days', '12'], dir);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^wrote out\/sales\.csv: 36 rows \(3 SKUs × 12 days from 2026-02-25\), seed 5, replication 0\n$/);
    const lines = readFileSync(join(dir, 'out', 'sales.csv'), 'utf8').trimEnd().split('\n');
    expect(lines[0]).toBe('unique_id,ds,y,price,promo');
    expect(lines).toHaveLength(1 + 3 * 12);
    const rows = lines.slice(1).map((l) => l.split(','));
    expect(new Set(rows.map((row) => row[0]))).toEqual(new Set(['tee', 'jeans', 'jacket']));
    const tee = rows.filter((row) => row[0] === 'tee');
    expect(tee.map((row) => row[1]).slice(2, 6)).toEqual(['2026-02-27', '2026-02-28', '2026-03-01', '2026-03-02']);
    for (const [, , y, price, promo] of rows) {
      expect(Number(y)).toBeGreaterThanOrEqual(0);
      expect(Number(price)).toBeGreaterThan(0);
      expect(['0', '1']).toContain(promo);
    }
    // The discount runs on days 5–9 and lowers the price paid.
    expect(tee.slice(5, 10).every((row) => row[4] === '1')).toBe(true);
    expect(tee.slice(0, 5).every((row) => row[4] === '0')).toBe(true);
    expect(Number(tee[6][3])).toBeLessThan(Number(tee[0][3]));
  });

  it('writes the same bytes for the same seed and different sales for another seed', async () => {
    await runCli(['gen-sales', 'small.yaml', '--out', 'a.csv', '--days', '10', '--seed', '9'], dir);
    await runCli(['gen-sales', 'small.yaml', '--out', 'b.csv', '--days', '10', '--seed', '9'], dir);
    await runCli(['gen-sales', 'small.yaml', '--out', 'c.csv', '--days', '10', '--seed', '10'], dir);
    const [a, b, c] = ['a.csv', 'b.csv', 'c.csv'].map((f) => readFileSync(join(dir, f), 'utf8'));
    expect(a).toBe(b);
    expect(c).not.toBe(a);
  });

  it('sums to the units the run sold', () => {
    const scenario = ScenarioSchema.parse({ days: 8, seed: 3, population: { size: 1500 } });
    const result = simulate(scenario);
    const total = salesCsv(result)
      .trimEnd()
      .split('\n')
      .slice(1)
      .reduce((sum, line) => sum + Number(line.split(',')[2]), 0);
    expect(total).toBe(result.kpis.units);
  });

  it('is read back by the forecasting side\'s sales reader as daily series', async () => {
    await runCli(['gen-sales', 'promo.yaml', '--out', 'read-back.csv', '--days', '14'], dir);
    const read = await readSalesFile(join(dir, 'read-back.csv'));
    if (!read.ok) throw new Error(read.issues.map((i) => i.message).join('; '));
    expect(read.data.ids.sort()).toEqual(['jacket', 'jeans', 'tee']);
    expect(read.data.frequency).toBe('daily');
    expect(read.data.offsets[read.data.ids.length]).toBe(3 * 14);
    // History only: the reader notes that price and promo have no future rows to forecast with.
    expect(read.warnings.map((w) => w.message)).toEqual(['covariate(s) price, promo have no future values (rows after the last y with y empty) and are not used']);
  });

  it('prints to stdout with --out -', async () => {
    const r = await runCli(['gen-sales', 'small.yaml', '--out', '-', '--days', '3'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe('unique_id,ds,y,price,promo');
    expect(r.stdout.trimEnd().split('\n')).toHaveLength(1 + 3 * 3);
  });

  it('explains a missing --out, a missing file and a broken scenario (exit 2)', async () => {
    const noOut = await runCli(['gen-sales', 'small.yaml'], dir);
    expect(noOut.code).toBe(2);
    expect(noOut.stderr).toMatch(/gen-sales needs --out FILE/);
    const noFile = await runCli(['gen-sales', '--out', 'x.csv'], dir);
    expect(noFile.stderr).toMatch(/gen-sales needs a scenario file/);
    const missing = await runCli(['gen-sales', 'nope.yaml', '--out', 'x.csv'], dir);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/nope\.yaml/);
    const broken = await runCli(['gen-sales', 'broken.yaml', '--out', 'x.csv'], dir);
    expect(broken.code).toBe(2);
    expect(broken.stderr).toMatch(/broken\.yaml:3:1: popualtion/);
    for (const r of [noOut, noFile, missing, broken]) expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});
