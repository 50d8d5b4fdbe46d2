import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import { runCli } from './cli-fixture.ts';

const policy = (...args: string[]) => runCli(['policy', ...args], tmpdir());

/** The value column of the table row whose label starts with `label`. */
function cell(stdout: string, label: string): string {
  const line = stdout.split('\n').find((l) => l.startsWith(`${label}  `));
  if (!line) throw new Error(`no row "${label}" in:\n${stdout}`);
  return line.slice(label.length).trim().split(/\s{2,}/)[0];
}

describe('shoplab policy', () => {
  it('prints the EOQ of Nahmias Example 4.1 as a table', async () => {
    const r = await policy('eoq', '--demand', '3120', '--order-cost', '12', '--holding-cost', '0.005');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Economic order quantity\n/);
    expect(cell(r.stdout, 'Order quantity Q*')).toBe('3,869.9');
    expect(cell(r.stdout, 'Total cost')).toBe('¥19.35');
  });

  it('prints Chopra–Meindl\'s safety stock 1,000 and CSL 92.14 % for a reorder point of 6,000', async () => {
    const r = await policy('safety-stock', '--demand-mean', '2500', '--demand-sd', '500', '--lead-time', '2', '--reorder-point', '6000', '--order-quantity', '10000');
    expect(r.code).toBe(0);
    expect(cell(r.stdout, 'Safety stock')).toBe('1,000');
    expect(cell(r.stdout, 'Cycle service level')).toBe('92.14 %');
    expect(cell(r.stdout, 'Expected shortage per cycle')).toBe('25.13');
    expect(cell(r.stdout, 'Fill rate')).toBe('99.75 %');
  });

  it('gives the same numbers as JSON with --json', async () => {
    const r = await policy('rq', '--demand', '200', '--lead-time-demand-mean', '100', '--lead-time-demand-sd', '25', '--order-cost', '50', '--holding-cost', '2', '--shortage-cost', '25', '--json');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { policy: string; inputs: Record<string, number>; result: { orderQuantity: number; reorderPoint: number } };
    expect(out.policy).toBe('rq');
    expect(out.inputs['shortage-cost']).toBe(25);
    expect(Math.round(out.result.orderQuantity)).toBe(111);
    expect(Math.round(out.result.reorderPoint)).toBe(143);
  });

  it('optimises (s, S) and reads empirical demand samples', async () => {
    const r = await policy('ss', '--poisson', '10', '--order-cost', '64', '--holding-cost', '1', '--backorder-cost', '9');
    expect(cell(r.stdout, 'Reorder level s')).toBe('6');
    expect(cell(r.stdout, 'Order-up-to level S')).toBe('40');
    const samples = await policy('newsvendor', '--price', '2.5', '--cost', '1.5', '--salvage', '0.5', '--samples', '40,41,42,43,44,45,46,47,48,49,50');
    expect(samples.code).toBe(0);
    expect(cell(samples.stdout, 'Best order Q*')).toBe('45');
  });

  it('evaluates a base-stock level against Poisson demand', async () => {
    const r = await policy('base-stock', '--poisson', '1.5', '--lead-time', '3', '--level', '10', '--json');
    const out = JSON.parse(r.stdout) as { result: { cycleServiceLevel: number; orderUpToLevel: number } };
    expect(out.result.orderUpToLevel).toBe(10);
    expect(out.result.cycleServiceLevel).toBeCloseTo(0.9574, 4);
  });

  it('lists each policy\'s parameters with units under --help', async () => {
    const r = await policy('newsvendor', '--help');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('--price');
    expect(r.stdout).toMatch(/--salvage\s+value of a unit left over \(clearance\) \[CNY\/unit\] \(default 0\)/);
    expect(r.stdout).toMatch(/--cost\s+purchase cost \[CNY\/unit\] \(required\)/);
    const overview = await policy('--help');
    for (const name of ['eoq', 'newsvendor', 'safety-stock', 'base-stock', 'ss', 'rq', 'epq', 'eoq-discount', 'wagner-whitin', 'serial']) expect(overview.stdout).toContain(`  ${name} `);
  });

  it('names missing parameters with their meaning and unit (exit 2)', async () => {
    const r = await policy('eoq', '--demand', '100');
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('error: policy eoq needs --order-cost (fixed cost of placing one order, CNY/order), --holding-cost (cost of holding one unit for one time unit, CNY/unit/time); see `shoplab policy eoq --help`\n');
  });

  it('says what a parameter expects when its value is wrong (exit 2)', async () => {
    const bad = await policy('safety-stock', '--demand-mean', '10', '--demand-sd', '2', '--lead-time', '3', '--csl', '1.5');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe('error: --csl expects a probability between 0 and 1 (exclusive), e.g. 0.95 (probability), got "1.5"\n');
    const word = await policy('eoq', '--demand', 'lots', '--order-cost', '1', '--holding-cost', '1');
    expect(word.stderr).toMatch(/--demand expects a number > 0 \(units\/time\), got "lots"/);
  });

  it('explains conflicting or incomplete demand and impossible prices in the user\'s terms', async () => {
    const both = await policy('newsvendor', '--price', '10', '--cost', '5', '--mean', '3', '--sd', '1', '--poisson', '3');
    expect(both.stderr).toMatch(/conflicting options for the demand: give --mean with --sd, or --log-mean with --log-sd, or --poisson, or --samples/);
    const half = await policy('newsvendor', '--price', '10', '--cost', '5', '--mean', '3');
    expect(half.stderr).toMatch(/--mean needs --sd/);
    const loss = await policy('newsvendor', '--price', '4', '--cost', '5', '--poisson', '3');
    expect(loss.code).toBe(2);
    expect(loss.stderr).toMatch(/^error: policy newsvendor: --price: price \+ shortage penalty \(4\) must exceed unit cost \(5\)/);
    const rq = await policy('rq', '--demand', '200', '--lead-time-demand-mean', '100', '--lead-time-demand-sd', '25', '--order-cost', '50', '--holding-cost', '2', '--shortage-cost', '0.5');
    expect(rq.stderr).toMatch(/--shortage-cost: .*raise the shortage cost/);
  });

  it('suggests the closest policy or flag for a typo', async () => {
    const r = await policy('eoqq');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/unknown policy "eoqq".*eoq/);
    const flag = await policy('eoq', '--demnd', '5');
    expect(flag.stderr).toMatch(/unknown option --demnd.*--demand/);
    for (const r2 of [r, flag]) expect(r2.stderr).not.toMatch(/\n\s+at /);
  });
});
