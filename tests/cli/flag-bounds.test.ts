// Every numeric flag has a stated range: a value outside it exits 2 before any work, with a
// message naming the flag, the value and the range; scenario-field flags take the schema's range.
// A sales file over its size limit is refused the same way.
import { rmSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SALES_FILE_LIMITS } from '../../models/data/limits.ts';
import { CLI_FLAG_RANGES, RUN_FLAG_RANGES, describeRange, inRange, policyRange } from '../../cli/flag-bounds.ts';
import { fieldBounds } from '../../sim/scenario/fieldBounds.ts';
import { runCli, scenarioDir } from './cli-fixture.ts';
import { cliFuzzDir } from '../fuzz/fixture.ts';

const dir = scenarioDir();
const sales = cliFuzzDir();

/** Runs the command and returns its exit code and stderr, which must carry no stack. */
async function refused(args: string[], cwd = dir): Promise<{ code: number; stderr: string }> {
  const r = await runCli(args, cwd);
  expect(r.stderr).not.toMatch(/\n\s+at /);
  return { code: r.code, stderr: r.stderr };
}

describe('the flag bounds table', () => {
  it('takes --seed, --reps and --days from the scenario schema, one source of bounds', () => {
    expect(RUN_FLAG_RANGES.reps).toMatchObject({ min: fieldBounds(['replications'])!.min, max: fieldBounds(['replications'])!.max, integer: true });
    expect(RUN_FLAG_RANGES.days).toMatchObject({ min: 1, max: fieldBounds(['days'])!.max, integer: true });
    expect(RUN_FLAG_RANGES.seed).toMatchObject({ min: 0, max: Number.MAX_SAFE_INTEGER, integer: true });
  });

  it('says each range in words and checks its ends, exclusive ones included', () => {
    expect(describeRange(CLI_FLAG_RANGES.workers)).toBe('a whole number from 1 to 256 (threads)');
    expect(describeRange(CLI_FLAG_RANGES.tolerance)).toBe('a number above 0 and below 1 (relative error)');
    expect([0, 1e-9, 0.5, 1].map((x) => inRange(x, CLI_FLAG_RANGES.tolerance))).toEqual([false, true, true, false]);
    expect([0.5, 1, 256, 257, NaN, Infinity].map((x) => inRange(x, CLI_FLAG_RANGES.workers))).toEqual([false, true, true, false, false, false]);
  });

  it('gives policy numbers ranges by unit: periods, probabilities, Poisson means, money', () => {
    expect(policyRange({ flag: 'lead-time', kind: 'whole', unit: 'periods', text: '' })).toEqual({ min: 0, max: 3650, integer: true, unit: 'periods' });
    expect(policyRange({ flag: 'csl', kind: 'probability', unit: 'probability', text: '' })).toMatchObject({ min: 0, max: 1, minExclusive: true, maxExclusive: true });
    expect(policyRange({ flag: 'poisson', kind: 'nonNegative', unit: 'units', text: '' })).toMatchObject({ min: 0, max: 10_000 });
    expect(policyRange({ flag: 'order-cost', kind: 'positive', unit: 'CNY/order', text: '' })).toMatchObject({ min: 1e-6, max: 1e9 });
    expect(policyRange({ flag: 'salvage', kind: 'number', unit: 'CNY/unit', text: '' })).toMatchObject({ min: -1e9, max: 1e9 });
  });
});

describe('simulating commands refuse flags outside their range with exit 2', () => {
  it('run: --reps, --days, --seed, --workers and --rate', async () => {
    expect(await refused(['run', 'small.yaml', '--reps', '10001'])).toEqual({ code: 2, stderr: 'error: --reps: expected a whole number from 1 to 10,000 (replications), got 10001\n' });
    expect(await refused(['run', 'small.yaml', '--days', '0'])).toEqual({ code: 2, stderr: 'error: --days: expected a whole number from 1 to 3,650 (days), got 0\n' });
    expect(await refused(['run', 'small.yaml', '--seed', '-1'])).toEqual({ code: 2, stderr: 'error: --seed: expected a whole number from 0 to 9,007,199,254,740,991, got -1\n' });
    expect(await refused(['run', 'small.yaml', '--workers', '100000'])).toEqual({ code: 2, stderr: 'error: --workers: expected a whole number from 1 to 256 (threads), got 100000\n' });
    expect(await refused(['run', 'small.yaml', '--rate', '500%'])).toEqual({ code: 2, stderr: 'error: --rate: expected a number from -0.5 to 1 (per year (e.g. 0.08 or 8%)), got "500%"\n' });
  });

  it('compare, explain and gen-sales share the run flags; gen-sales --replication stays below the most replications', async () => {
    expect(await refused(['compare', 'small.yaml', 'better-checkout.yaml', '--days', '99999'])).toMatchObject({ code: 2, stderr: 'error: --days: expected a whole number from 1 to 3,650 (days), got 99999\n' });
    expect(await refused(['explain', 'small.yaml', 'better-checkout.yaml', '--reps', '0'])).toMatchObject({ code: 2, stderr: 'error: --reps: expected a whole number from 1 to 10,000 (replications), got 0\n' });
    expect(await refused(['gen-sales', 'small.yaml', '--out', '-', '--replication', '10000'])).toEqual({ code: 2, stderr: 'error: --replication: expected a whole number from 0 to 9,999 (replication number), got 10000\n' });
  });

  it('sweep: each --vary value must lie in the field\'s range', async () => {
    const r = await refused(['sweep', 'small.yaml', '--vary', 'funnel.checkoutRate=0.5,1.5', '--csv', 'x.csv']);
    expect(r).toEqual({ code: 2, stderr: 'error: --vary funnel.checkoutRate: expected a number from 0 to 1, got 1.5\n' });
  });

  it('optimise: --max-evals and a --budget no single channel may take', async () => {
    expect(await refused(['optimise', 'small.yaml', '--lever', 'funnel.checkoutRate=0.3:0.6', '--max-evals', '0'])).toMatchObject({ code: 2, stderr: 'error: --max-evals: expected a whole number from 1 to 10,000 (evaluations), got 0\n' });
    const budget = await refused(['optimise', 'small.yaml', '--channels', 'paid_search,social', '--budget', '5e9']);
    expect(budget).toEqual({ code: 2, stderr: 'error: --budget: expected a number from 0 to 1,000,000,000 (CNY per day; the most one channel\'s budget may be), got "5e9"\n' });
  });

  it('sensitivity --pct and calibrate --tolerance and --max-evals', async () => {
    expect(await refused(['sensitivity', 'small.yaml', '--pct', '100'])).toMatchObject({ code: 2, stderr: 'error: --pct: expected a whole number from 1 to 99 (%), got 100\n' });
    const calibrate = ['calibrate', 'small.yaml', '--target', 'aovCny=120', '--fit', 'funnel.addToCartRate'];
    expect(await refused([...calibrate, '--tolerance', '0'])).toMatchObject({ code: 2, stderr: 'error: --tolerance: expected a number above 0 and below 1 (relative error), got 0\n' });
    expect(await refused([...calibrate, '--max-evals', '20000'])).toMatchObject({ code: 2, stderr: 'error: --max-evals: expected a whole number from 1 to 10,000 (evaluations), got 20000\n' });
  });

  it('worker: --concurrency and --lock-seconds, before any connection', async () => {
    expect(await refused(['worker', '--redis', 'redis://127.0.0.1:1', '--concurrency', '0'])).toEqual({ code: 2, stderr: 'error: --concurrency: expected a whole number from 1 to 256 (tasks at once), got 0\n' });
    expect(await refused(['worker', '--redis', 'redis://127.0.0.1:1', '--lock-seconds', '100000'])).toEqual({ code: 2, stderr: 'error: --lock-seconds: expected a whole number from 1 to 86,400 (seconds), got 100000\n' });
  });
});

describe('forecast refuses flags outside their range with exit 2', () => {
  it('--backtest, --step, --season, --seed and --workers', async () => {
    const cases: [string, string, string][] = [
      ['--backtest', '101', 'a whole number from 0 to 100 (windows)'],
      ['--step', '0', 'a whole number from 1 to 3,650 (periods)'],
      ['--season', '4000', 'a whole number from 1 to 3,650 (periods)'],
      ['--seed', '1e300', 'a whole number from 0 to 9,007,199,254,740,991'],
      ['--workers', '0', 'a whole number from 1 to 256 (threads)'],
    ];
    for (const [flag, value, range] of cases) {
      expect(await refused(['forecast', 'sales.csv', '--models', 'naive', flag, value], sales)).toEqual({ code: 2, stderr: `error: ${flag}: expected ${range}, got ${value}\n` });
    }
  });
});

describe('policy refuses numbers outside their range with exit 2', () => {
  it('names the flag, the value and the range, for single numbers and list items', async () => {
    expect(await refused(['policy', 'ss', '--poisson', '5', '--lead-time', '100000000', '--order-cost', '50', '--holding-cost', '1', '--backorder-cost', '9'])).toEqual({ code: 2, stderr: 'error: --lead-time: expected a whole number from 0 to 3,650 (periods), got 100000000\n' });
    expect(await refused(['policy', 'eoq', '--demand', '1000', '--order-cost', '50', '--holding-cost', '1e-308'])).toEqual({ code: 2, stderr: 'error: --holding-cost: expected a number from 0.000001 to 1,000,000,000 (CNY/unit/time), got 1e-308\n' });
    expect(await refused(['policy', 'newsvendor', '--price', '10', '--cost', '4', '--poisson', '1e6'])).toEqual({ code: 2, stderr: 'error: --poisson: expected a number from 0 to 10,000 (units), got 1e6\n' });
    expect(await refused(['policy', 'serial', '--echelon-holding-costs', '1,1', '--lead-times', '1,5000', '--backorder-cost', '9', '--poisson', '5'])).toEqual({ code: 2, stderr: 'error: --lead-times (value 2): expected a number from 0 to 3,650 (periods), got 5000\n' });
  });

  it('refuses a serial grid too fine to compute, naming --grid-step', async () => {
    const r = await refused(['policy', 'serial', '--echelon-holding-costs', '1,1', '--lead-times', '1,1', '--backorder-cost', '9', '--demand-mean', '100', '--demand-sd', '10', '--grid-step', '0.000001']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^error: policy serial: --grid-step: a step of 0\.000001 over lead times of 2 periods needs a grid of 7\.4e\+8 points .*use a coarser grid step/);
  });
});

describe('forecast refuses a sales file over its size limit before reading it', () => {
  it('names the file, its size and the limit (a sparse 1 GiB + 1 byte CSV)', async () => {
    const path = join(sales, 'huge.csv');
    writeFileSync(path, 'unique_id,ds,y\n');
    truncateSync(path, SALES_FILE_LIMITS.maxBytes + 1);
    const r = await refused(['forecast', 'huge.csv'], sales);
    rmSync(path);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('huge.csv: the file is 1,073,741,825 bytes; a sales file may be at most 1,073,741,824 bytes');
  });
});
