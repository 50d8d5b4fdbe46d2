import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import { runCli } from './cli-fixture.ts';

// The textbook models of `shoplab policy` on Snyder & Shen's worked examples (Fundamentals of
// Supply Chain Theory, 2nd ed.), as tables, as JSON, with their help and their errors.
const policy = (...args: string[]) => runCli(['policy', ...args], tmpdir());
const json = async (...args: string[]) => {
  const r = await policy(...args, '--json');
  expect(r.stderr).toBe('');
  return JSON.parse(r.stdout) as { policy: string; inputs: Record<string, unknown>; result: Record<string, any> };
};

/** The value column of the table row whose label starts with `label`. */
function cell(stdout: string, label: string): string {
  const line = stdout.split('\n').find((l) => l.startsWith(`${label}  `));
  if (!line) throw new Error(`no row "${label}" in:\n${stdout}`);
  return line.slice(label.length).trim().split(/\s{2,}/)[0];
}

describe('shoplab policy, textbook models', () => {
  it('prints the EPQ of Snyder & Shen Example 3.1 with P = 2000: Q* = 513.93, cost ¥40.47', async () => {
    const r = await policy('epq', '--demand', '1300', '--production-rate', '2000', '--order-cost', '8', '--holding-cost', '0.225');
    expect(r.code).toBe(0);
    expect(cell(r.stdout, 'Batch size Q*')).toBe('513.93');
    expect(cell(r.stdout, 'Total cost')).toBe('¥40.47');
  });

  it('reads a price list both ways: all-units orders 800 (Example 3.6), incremental 304.05 (Example 3.7)', async () => {
    const out = await json('eoq-discount', '--demand', '1300', '--order-cost', '8', '--holding-rate', '0.3', '--breakpoints', '0,400,800', '--unit-costs', '0.75,0.72,0.68');
    expect(out.result.allUnits.orderQuantity).toBe(800);
    expect(out.result.allUnits.totalCostRate).toBeCloseTo(978.6, 9);
    expect(out.result.incremental.orderQuantity).toBeCloseTo(304.0468, 4);
    expect(out.result.incremental.totalCostRate).toBeCloseTo(1043.4105, 4);
  });

  it('plans orders of 210 and 150 at ¥1,380 for Wagner–Whitin Example 3.9', async () => {
    const r = await policy('wagner-whitin', '--demands', '90,120,80,70', '--order-cost', '500', '--holding-cost', '2');
    expect(cell(r.stdout, 'Order in period 1')).toBe('210');
    expect(cell(r.stdout, 'Order in period 3')).toBe('150');
    expect(cell(r.stdout, 'Total cost')).toBe('¥1,380');
    expect((await json('wagner-whitin', '--demands', '90,120,80,70', '--order-cost', '500', '--holding-cost', '2')).result.orderQuantities).toEqual([210, 0, 150, 0]);
  });

  it('optimises (r, Q) exactly with a backorder cost per unit per year (Example 5.1) and with Poisson demand (Example 5.8)', async () => {
    const normal = await json('rq', '--demand', '1300', '--lead-time-demand-mean', String(1300 / 12), '--lead-time-demand-sd', String(150 / Math.sqrt(12)), '--order-cost', '8', '--holding-cost', '0.225', '--backorder-cost', '7.5');
    expect(normal.result.reorderPoint).toBeCloseTo(126.867, 2);
    expect(normal.result.orderQuantity).toBeCloseTo(328.449, 2);
    expect(normal.result.totalCostRate).toBeCloseTo(78.0711, 3);
    const poisson = await json('rq', '--demand', '1.5', '--poisson', '3', '--order-cost', '100', '--holding-cost', '20', '--backorder-cost', '150');
    expect([poisson.result.reorderPoint, poisson.result.orderQuantity]).toEqual([3, 5]);
    expect(poisson.result.totalCostRate).toBeCloseTo(107.9236, 4);
    // The Hadley–Whitin model is still there with a cost per unit short.
    const hw = await json('rq', '--demand', '200', '--lead-time-demand-mean', '100', '--lead-time-demand-sd', '25', '--order-cost', '50', '--holding-cost', '2', '--shortage-cost', '25');
    expect(hw.result.method).toBe('hadley-whitin');
  });

  it('gives the power-approximation (s, S) of Example 4.8 and shows it beside the exact optimum of Example 4.7', async () => {
    const normal = await json('ss', '--demand-mean', '50', '--demand-sd', '8', '--order-cost', '2.5', '--holding-cost', '0.18', '--backorder-cost', '0.7');
    expect(normal.result.reorderLevel).toBeCloseTo(40.1946, 4);
    expect(normal.result.orderUpToLevel).toBeCloseTo(74.2902, 4);
    const r = await policy('ss', '--poisson', '6', '--order-cost', '5', '--holding-cost', '1', '--backorder-cost', '4');
    expect(cell(r.stdout, 'Reorder level s')).toBe('4');
    expect(cell(r.stdout, 'Order-up-to level S')).toBe('10');
    expect(cell(r.stdout, 'Cost')).toBe('8.0341');
    expect(cell(r.stdout, 'Power approximation (s, S)')).toBe('(4, 12)');
    expect(cell(r.stdout, 'Its exact cost')).toBe('8.1588');
  });

  it('orders 295.63 against lognormal demand (Problem 4.8(b))', async () => {
    const out = await json('newsvendor', '--price', '1.1765', '--cost', '1', '--log-mean', '6', '--log-sd', '0.3');
    expect(out.result.orderQuantity).toBeCloseTo(295.6266, 4);
    expect(out.result.expectedMismatchCost).toBeCloseTo(29.4425, 4);
  });

  it('optimises the serial chain of Example 6.1: echelon levels 6.49, 12.02, 22.71', async () => {
    const r = await policy('serial', '--echelon-holding-costs', '3,2,2', '--lead-times', '1,1,2', '--backorder-cost', '37.12', '--demand-mean', '5', '--demand-sd', '1');
    expect(r.code).toBe(0);
    expect(cell(r.stdout, 'Stage 1 echelon level')).toBe('6.49');
    expect(cell(r.stdout, 'Stage 2 echelon level')).toBe('12.02');
    expect(cell(r.stdout, 'Stage 3 echelon level')).toBe('22.71');
    expect(cell(r.stdout, 'Expected cost')).toBe('¥47.66');
  });

  it('costs a given base-stock level in one call: S = 56.6 costs ¥2.00 in Example 4.1', async () => {
    const out = await json('base-stock', '--demand-mean', '50', '--demand-sd', '8', '--lead-time', '0', '--level', '56.6', '--holding-cost', '0.18', '--backorder-cost', '0.7');
    expect(out.result.orderUpToLevel).toBe(56.6);
    expect(out.result.expectedCostPerPeriod).toBeCloseTo(1.9976, 3);
    const half = await policy('base-stock', '--demand-mean', '50', '--demand-sd', '8', '--lead-time', '0', '--level', '56.6', '--holding-cost', '0.18');
    expect(half.code).toBe(2);
    expect(half.stderr).toBe('error: policy base-stock: to cost a --level, give both --holding-cost and --backorder-cost\n');
  });

  it('lists every new model\'s parameters with units under --help', async () => {
    const expected: Record<string, RegExp> = {
      epq: /--production-rate\s+rate at which a batch is produced \(above the demand rate\) \[units\/time\] \(required\)/,
      'eoq-discount': /--holding-rate\s+.*\[1\/time\] \(required\)/,
      'wagner-whitin': /--demands\s+demand of each period.*\[units\/period\] \(required\)/,
      serial: /--echelon-holding-costs\s+.*\[CNY\/unit\/period\] \(required\)/,
      rq: /--backorder-cost\s+cost of one unit backordered for one time unit \(exact model\) \[CNY\/unit\/time\]/,
      ss: /--demand-sd\s+.*\[units\/period\]/,
      newsvendor: /--log-sd\s+.*\[ln units\]/,
    };
    for (const [name, pattern] of Object.entries(expected)) {
      const r = await policy(name, '--help');
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(pattern);
    }
  });

  it('names the flag that is wrong (exit 2, no stack trace)', async () => {
    const cases: Array<[string[], RegExp]> = [
      [['epq', '--demand', '1300', '--production-rate', '1000', '--order-cost', '8', '--holding-cost', '0.2'], /^error: policy epq: --production-rate: must exceed the demand rate/],
      [['eoq-discount', '--demand', '1', '--order-cost', '8', '--holding-rate', '0.3', '--breakpoints', '0,400', '--unit-costs', '0.75,0.72,0.7'], /^error: policy eoq-discount: --unit-costs: need one price per breakpoint \(2\), got 3/],
      [['wagner-whitin', '--demands', '1,x', '--order-cost', '8', '--holding-cost', '1'], /^error: --demands expects comma-separated numbers ≥ 0 \(units\/period\), got "1,x"/],
      [['rq', '--demand', '1.5', '--poisson', '3', '--order-cost', '100', '--holding-cost', '20', '--backorder-cost', '150', '--reorder-point', '2.5', '--quantity', '4'], /^error: policy rq: --reorder-point: Poisson demand needs whole units/],
      [['rq', '--demand', '1.5', '--poisson', '3', '--order-cost', '100', '--holding-cost', '20', '--shortage-cost', '150'], /^error: policy rq: --poisson needs --backorder-cost/],
      [['serial', '--echelon-holding-costs', '3,0', '--lead-times', '1,1', '--backorder-cost', '9', '--poisson', '5'], /^error: policy serial: --echelon-holding-costs\[1\]: expected a number > 0/],
      [['serial', '--echelon-holding-costs', '3,2', '--lead-times', '1', '--backorder-cost', '9', '--poisson', '5'], /^error: policy serial: --echelon-holding-costs has 2 stages but --lead-times has 1/],
      [['ss', '--demand-mean', '50', '--demand-sd', '8', '--order-cost', '2.5', '--holding-cost', '0.18', '--backorder-cost', '0.7', '--s', '40', '--S', '70'], /^error: policy ss: --s\/--S evaluation needs whole-unit demand/],
    ];
    for (const [args, pattern] of cases) {
      const r = await policy(...args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(pattern);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
  });
});
