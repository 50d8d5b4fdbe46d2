import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { parseFits, parseTargets } from '../../cli/commands/calibrate.ts';
import { runCli, scenarioDir } from './cli-fixture.ts';

const FAST = ['--reps', '1', '--days', '30', '--seed', '3'];

describe('shoplab calibrate', () => {
  it('fits a parameter to a reachable target, reports it reached and prints a YAML patch', async () => {
    const dir = scenarioDir();
    const r = await runCli(['calibrate', 'small.yaml', '--target', 'conversionRate=2.5%', '--fit', 'funnel.addToCartRate', ...FAST], dir);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/funnel\.addToCartRate/);
    expect(r.stdout).toMatch(/All 1 targets reached within 5\.0 %/);
    const patch = r.stdout.slice(r.stdout.indexOf('YAML patch'));
    expect(patch).toMatch(/# calibrated: shoplab calibrate small\.yaml --target conversionRate=0\.025 --fit funnel\.addToCartRate --reps 1 --seed 3 --days 30 \(\d{4}-\d{2}-\d{2}\)/);
    const fitted = Number(/addToCartRate: ([\d.]+)/.exec(patch)?.[1]);
    // The small shop converts about 2.2 % at the default 0.11, so 2.5 % needs a somewhat higher rate.
    expect(fitted).toBeGreaterThan(0.11);
    expect(fitted).toBeLessThan(0.2);
    expect(r.stdout).toMatch(/conversionRate\s+2\.50 %\s+2\.\d\d %\s+2\.[45]\d %/);
  });

  it('says NOT REACHED with the reason for an impossible target and still exits 0', async () => {
    const dir = scenarioDir();
    const r = await runCli(['calibrate', 'small.yaml', '--target', 'conversionRate=0.9', '--fit', 'funnel.addToCartRate', '--max-evals', '40', ...FAST], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/NOT REACHED: 1 of 1 targets outside 5\.0 %/);
    expect(r.stdout).toMatch(/conversionRate: (limited by bounds: funnel\.addToCartRate sits at its upper bound|out of reach within the bounds: even moving funnel\.addToCartRate to 1 )/);
  });

  it('fits the same values on two worker threads as in this thread (every evaluation goes through the runner)', async () => {
    const dir = scenarioDir();
    const args = ['calibrate', 'small.yaml', '--target', 'conversionRate=2.5%', '--fit', 'funnel.addToCartRate', '--reps', '2', '--days', '20', '--seed', '3', '--max-evals', '12'];
    const one = await runCli([...args, '--workers', '1', '--json', 'one.json'], dir);
    const two = await runCli([...args, '--workers', '2', '--json', 'two.json'], dir);
    expect([one.code, two.code]).toEqual([0, 0]);
    const fitted = (file: string) => JSON.parse(readFileSync(join(dir, file), 'utf8')).parameters;
    expect(fitted('two.json')).toEqual(fitted('one.json'));
    expect(two.stdout).toBe(one.stdout);
  });

  it('writes the fitted values into a copy of the file and keeps its comments', async () => {
    const dir = scenarioDir();
    writeFileSync(join(dir, 'commented.yaml'), '# my shop\nname: Commented shop # the name\nseed: 42\ndays: 30\npopulation:\n  size: 2000 # small\n');
    const r = await runCli(['calibrate', 'commented.yaml', '--target', 'conversionRate=0.03', '--fit', 'funnel.addToCartRate:0.02:0.3', '--write', 'out/fitted.yaml', ...FAST], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Wrote the fitted values to out\/fitted\.yaml/);
    const text = readFileSync(join(dir, 'out/fitted.yaml'), 'utf8');
    expect(text).toMatch(/^# my shop/);
    expect(text).toMatch(/size: 2000 # small/);
    expect(text).toMatch(/addToCartRate: [\d.]+ # calibrated: shoplab calibrate commented\.yaml/);
    const value = parseDocument(text).getIn(['funnel', 'addToCartRate']) as number;
    expect(value).toBeGreaterThan(0.02);
    expect(value).toBeLessThan(0.3);
    const again = await runCli(['validate', 'out/fitted.yaml'], dir);
    expect(again.code).toBe(0);
  });

  it('edits a value already in the file in place and leaves every other byte alone', async () => {
    const dir = scenarioDir();
    const original = '# shop\nname: In place\nseed: 42\ndays: 30\ndescription: >-\n  A long folded description that a re-rendering writer would be tempted to re-wrap onto\n  a single line.\npopulation:\n  size: 2000 # small\nfunnel:\n  addToCartRate: 0.11 # assumption: a guess\n  checkoutRate: 0.5\nskus:\n  tee: { listPriceCny: 79, popularity: 3 } # flow map\n';
    writeFileSync(join(dir, 'inplace.yaml'), original);
    const r = await runCli(['calibrate', 'inplace.yaml', '--target', 'conversionRate=0.025', '--fit', 'funnel.addToCartRate', '--write', 'inplace.yaml', ...FAST], dir);
    expect(r.code).toBe(0);
    const text = readFileSync(join(dir, 'inplace.yaml'), 'utf8');
    const fitted = /addToCartRate: ([\d.]+) # calibrated: shoplab calibrate inplace\.yaml/.exec(text);
    expect(fitted).not.toBeNull();
    expect(text.replace(/  addToCartRate: .*\n/, '')).toBe(original.replace(/  addToCartRate: .*\n/, ''));
  });

  it('does not write values that miss their targets unless forced', async () => {
    const dir = scenarioDir();
    const args = ['calibrate', 'small.yaml', '--target', 'conversionRate=0.9', '--fit', 'funnel.addToCartRate', '--max-evals', '8', '--write', 'out.yaml', ...FAST];
    const refused = await runCli(args, dir);
    expect(refused.code).toBe(0);
    expect(refused.stdout).toMatch(/Not written to out\.yaml: targets were not reached \(add --force/);
    expect(() => readFileSync(join(dir, 'out.yaml'), 'utf8')).toThrow();
    const forced = await runCli([...args, '--force'], dir);
    expect(forced.stdout).toMatch(/Wrote the fitted values to out\.yaml/);
    expect(readFileSync(join(dir, 'out.yaml'), 'utf8')).toMatch(/addToCartRate: [\d.]+ # calibrated:/);
  });

  it('writes the result as JSON with targets, parameters and status', async () => {
    const dir = scenarioDir();
    const r = await runCli(['calibrate', 'small.yaml', '--target', 'aovCny=150', '--fit', 'population.segments.base.basketUnitsMean:1:4', '--json', 'cal.json', '--max-evals', '8', ...FAST], dir);
    expect(r.code).toBe(0);
    const json = JSON.parse(readFileSync(join(dir, 'cal.json'), 'utf8'));
    expect(json.command).toBe('calibrate');
    expect(['reached', 'not reached']).toContain(json.status);
    expect(json.targets[0]).toMatchObject({ kpi: 'aovCny', target: 150 });
    expect(json.parameters[0]).toMatchObject({ path: 'population.segments.base.basketUnitsMean', interval: { lo: 1, hi: 4 } });
  });

  it('turns mistakes into clear messages with exit code 2', async () => {
    const dir = scenarioDir();
    const cases: [string[], RegExp][] = [
      [['calibrate', 'small.yaml', '--fit', 'funnel.addToCartRate'], /at least one --target/],
      [['calibrate', 'small.yaml', '--target', 'conversionRate=0.03'], /at least one --fit/],
      [['calibrate', 'small.yaml', '--target', 'conversionRat=0.03', '--fit', 'funnel.addToCartRate'], /unknown KPI "conversionRat".*conversionRate/],
      [['calibrate', 'small.yaml', '--target', 'conversionRate=abc', '--fit', 'funnel.addToCartRate'], /"abc" is not a number/],
      [['calibrate', 'small.yaml', '--target', 'aovCny=120', '--fit', 'funnel.addToCart'], /funnel has no field "addToCart"/],
      [['calibrate', 'small.yaml', '--target', 'aovCny=120', '--fit', 'funnel.addToCartRate:0:2'], /leave the schema's range \[0, 1\]/],
      [['calibrate', 'small.yaml', '--target', 'aovCny=120', '--fit', 'funnel.addToCartRate', '--tolerance', '5'], /--tolerance: expected a number above 0 and below 1 \(relative error\), got 5/],
      [['calibrate', 'missing.yaml', '--target', 'aovCny=120', '--fit', 'funnel.addToCartRate'], /missing\.yaml/],
      [['calibrate', '--target', 'aovCny=120', '--fit', 'funnel.addToCartRate'], /one scenario file/],
    ];
    for (const [args, message] of cases) {
      const r = await runCli([...args, ...FAST], dir);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr, args.join(' ')).toMatch(message);
      expect(r.stderr).not.toMatch(/at .*\.ts:\d+/);
    }
  });

  it('prints its help', async () => {
    const r = await runCli(['calibrate', '--help'], scenarioDir());
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Usage: shoplab calibrate FILE --target KPI=VALUE/);
  });
});

describe('calibrate argument parsing', () => {
  it('reads targets as numbers or percentages, repeated or comma-separated', () => {
    expect(parseTargets(['conversionRate=2.8%,aovCny=120', 'repeatRate=0.35'])).toEqual([
      { kpi: 'conversionRate', value: 0.028 },
      { kpi: 'aovCny', value: 120 },
      { kpi: 'repeatRate', value: 0.35 },
    ]);
  });

  it('reads fits with and without bounds', () => {
    expect(parseFits(['funnel.addToCartRate', 'params.x:-1:2.5'])).toEqual([
      { path: 'funnel.addToCartRate', lo: undefined, hi: undefined },
      { path: 'params.x', lo: -1, hi: 2.5 },
    ]);
    expect(() => parseFits(['funnel.addToCartRate:0.1'])).toThrow(/PATH:LO:HI/);
  });
});
