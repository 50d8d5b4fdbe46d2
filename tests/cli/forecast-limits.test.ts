// `shoplab forecast` refuses flags beyond what it can compute and reports output it could not write.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './cli-fixture.ts';

const day = (t: number) => new Date(Date.UTC(2024, 0, 1 + t)).toISOString().slice(0, 10);
const dir = mkdtempSync(join(tmpdir(), 'shoplab-forecast-limits-'));
writeFileSync(join(dir, 'ok.csv'), ['unique_id,ds,y', ...Array.from({ length: 60 }, (_, t) => `A,${day(t)},${10 + (t % 7)}`)].join('\n'));

describe('shoplab forecast at its limits', () => {
  it('refuses an extreme interval level and an enormous horizon, naming the bounds', async () => {
    const levels = await runCli(['forecast', 'ok.csv', '--levels', '99.9999999'], dir);
    expect(levels).toMatchObject({ code: 2, stderr: 'error: --levels: expected a number from 1 to 99.9 (percent), got "99.9999999"\n' });
    const h = await runCli(['forecast', 'ok.csv', '--h', '100000000'], dir);
    expect(h).toMatchObject({ code: 2, stderr: 'error: --h: expected a whole number from 1 to 3,650 (periods), got 100000000\n' });
  });

  it('exits 2 with the path when the output device is full', async () => {
    const r = await runCli(['forecast', 'ok.csv', '--backtest', '0', '--models', 'naive', '--out', '/dev/full'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('error: --out: cannot write /dev/full: the disk is full\n');
  });

  it('exits 2 with the path when the output folder cannot be written', async () => {
    const r = await runCli(['forecast', 'ok.csv', '--backtest', '0', '--models', 'naive', '--out', '/proc/shoplab/fc.csv'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^error: --out: cannot write \/proc\/shoplab\/fc\.csv: /);
  });
});
