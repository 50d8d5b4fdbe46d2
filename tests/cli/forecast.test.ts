// `shoplab forecast`: leaderboard, long-format output, and clear reports for bad input.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot, runCli, runProcess } from './cli-fixture.ts';

const SAMPLE = join(repoRoot, 'models', 'data', 'sample-sales.csv');

function tempDir(files: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'shoplab-forecast-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

describe('shoplab forecast', () => {
  it('backtests the sample data, prints a leaderboard and writes forecasts in long format', async () => {
    const dir = tempDir();
    const { code, stdout, stderr } = await runCli(['forecast', SAMPLE, '--h', '7', '--models', 'snaive,ses', '--out', 'fc.csv'], dir);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toContain('sample-sales.csv: 18 series, daily (season 7), 11740 periods; covariates known ahead: price, promo');
    expect(stdout).toMatch(/Backtest: 1 window\(s\) of 7 days, 18 series scored/);
    expect(stdout).toMatch(/\nmodel\s+series\s+MASE\s+sMAPE%\s+RMSSE\s+WRMSSE\s+MAE\s+pinball\s+cover80%\s+cover95%\s+wins\n/);
    expect(stdout).toMatch(/\nses\s+18\s+\d\.\d{3}/);
    expect(stdout).toContain('Wrote 252 forecast rows (2 model(s) × 18 series × 7 days) to fc.csv');
    const lines = readFileSync(join(dir, 'fc.csv'), 'utf8').trim().split('\n');
    expect(lines[0]).toBe('unique_id,ds,model,mean,lo-80,hi-80,lo-95,hi-95');
    expect(lines).toHaveLength(1 + 252);
    expect(lines[1]).toMatch(/^SKU-01,2025-12-31,snaive,/);
    for (const line of lines.slice(1)) {
      const [, , , mean, lo80, hi80, lo95, hi95] = line.split(',').map(Number);
      expect(lo95).toBeLessThanOrEqual(lo80);
      expect(lo80).toBeLessThanOrEqual(mean);
      expect(mean).toBeLessThanOrEqual(hi80);
      expect(hi80).toBeLessThanOrEqual(hi95);
      expect(lo95).toBeGreaterThanOrEqual(0);
    }
  });

  it('writes the same forecasts whether the series are shared over worker threads or not', async () => {
    const dir = tempDir();
    const one = await runCli(['forecast', SAMPLE, '--h', '5', '--models', 'snaive,tsb', '--out', 'one.csv', '--workers', '1'], dir);
    const two = await runCli(['forecast', SAMPLE, '--h', '5', '--models', 'snaive,tsb', '--out', 'two.csv', '--workers', '2'], dir);
    expect(two.code).toBe(0);
    expect(readFileSync(join(dir, 'two.csv'), 'utf8')).toBe(readFileSync(join(dir, 'one.csv'), 'utf8'));
    const table = (text: string) => text.slice(text.indexOf('model '), text.indexOf('MASE/RMSSE'));
    expect(table(two.stdout)).toBe(table(one.stdout));
  });

  it('says which series fell back to another model and why', async () => {
    const rows = ['unique_id,ds,y', ...Array.from({ length: 40 }, (_, t) => `A,${day(t)},${10 + (t % 7)}`), ...Array.from({ length: 5 }, (_, t) => `NEW,${day(t)},${t}`)];
    const dir = tempDir({ 'short.csv': rows.join('\n') });
    const { code, stdout } = await runCli(['forecast', 'short.csv', '--h', '7', '--models', 'hw'], dir);
    expect(code).toBe(0);
    expect(stdout).toContain('1 too short (NEW)');
    expect(stdout).toContain('NEW hw: series too short for hw (5 < 14 observations); used naive');
    expect(stdout).toContain('Forecasts not written: pass --out FC.csv');
  });

  it('infers weekly data and forecasts 13 weeks by default', async () => {
    const rows = ['unique_id,ds,y', ...Array.from({ length: 60 }, (_, t) => `W,${day(7 * t)},${100 + t}`)];
    const dir = tempDir({ 'weekly.csv': rows.join('\n') });
    const { code, stdout } = await runCli(['forecast', 'weekly.csv', '--models', 'naive', '--out', 'w.csv'], dir);
    expect(code).toBe(0);
    expect(stdout).toContain('1 series, weekly (season 52), 60 periods');
    expect(stdout).toContain('Backtest: 1 window(s) of 13 weeks');
    const lines = readFileSync(join(dir, 'w.csv'), 'utf8').trim().split('\n');
    expect(lines).toHaveLength(14);
    expect(lines[1].startsWith(`W,${day(7 * 60)},naive,159,`)).toBe(true);
  });

  it('exits 2 with every data problem located by row and column', async () => {
    const dir = tempDir({ 'bad.csv': 'unique_id,ds,y\nA,2024-01-01,1\nA,2024-01-0x,2\nA,2024-01-03,lots\n' });
    const { code, stdout, stderr } = await runCli(['forecast', 'bad.csv'], dir);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe(
      'bad.csv: cannot forecast from this file:\n' +
        '  error: row 3, column ds: "2024-01-0x" is not a date (expected YYYY-MM-DD)\n' +
        '  error: row 4, column y: "lots" is not a number\n',
    );
  });

  it('exits 2 for a missing file, an unknown model, a bad level or frequency', async () => {
    const dir = tempDir({ 'ok.csv': 'unique_id,ds,y\nA,2024-01-01,1\nA,2024-01-02,2\n' });
    const missing = await runCli(['forecast', 'nope.csv'], dir);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/cannot read .*nope\.csv: no such file/);
    const model = await runCli(['forecast', 'ok.csv', '--models', 'snaive,crostn'], dir);
    expect(model.code).toBe(2);
    expect(model.stderr).toMatch(/--models: unknown model "crostn" \(did you mean "croston"\?\)/);
    const levels = await runCli(['forecast', 'ok.csv', '--levels', '80,120'], dir);
    expect(levels.stderr).toMatch(/--levels: expected a number from 1 to 99.9 \(percent\), got "120"/);
    const freq = await runCli(['forecast', 'ok.csv', '--freq', 'monthly'], dir);
    expect(freq.stderr).toMatch(/--freq must be daily or weekly, got "monthly"/);
    const out = await runCli(['forecast', 'ok.csv', '--out', 'no/such/dir/fc.csv'], dir);
    expect(out.code).toBe(2);
    expect(out.stderr).toBe('error: --out: cannot write no/such/dir/fc.csv: its folder does not exist\n');
    const none = await runCli(['forecast'], dir);
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/forecast needs a data file/);
  });

  it('prints its help', async () => {
    const { code, stdout } = await runCli(['forecast', '--help'], tempDir());
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Usage: shoplab forecast DATA\.csv \[options\]/);
    expect(stdout).toContain('--backtest W');
  });

  it('reports bad data from the real executable without a stack trace', () => {
    const dir = tempDir({ 'empty.csv': '' });
    const result = runProcess(['forecast', 'empty.csv'], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('error: the file is empty (expected a header: unique_id,ds,y)');
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});

function day(offset: number): string {
  return new Date(Date.UTC(2024, 0, 1) + offset * 86_400_000).toISOString().slice(0, 10);
}
