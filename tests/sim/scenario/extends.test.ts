import { describe, expect, it } from 'vitest';
import { deepMerge, formatIssue, loadScenario, parseScenarioText, ScenarioSchema, type LoadResult } from '../../../sim/scenario/index.ts';
import { lines, memoryFiles } from './memoryFiles.ts';

const messages = (r: LoadResult) => (r.ok ? [] : r.issues.map(formatIssue));
const scenarioOf = (r: LoadResult) => {
  if (!r.ok) throw new Error(r.issues.map(formatIssue).join('\n'));
  return r.scenario;
};

const base = lines(
  'name: Base shop',
  'days: 120',
  'channels:',
  '  paid_search: {kind: paid, budgetPerDayCny: 3000, costPerClickCny: 1.8}',
  '  social: {kind: social, budgetPerDayCny: 1500}',
  'promotions:',
  '  spring: {type: discount, startDay: 10, endDay: 20, pct: 0.2, skus: [tee, jeans]}',
);

describe('extends', () => {
  it('merges the child over the base key by key', () => {
    const files = memoryFiles({
      '/shop/base.yaml': base,
      '/shop/what-if.yaml': lines('extends: ./base.yaml', 'name: More search', 'channels:', '  paid_search: {budgetPerDayCny: 5000}'),
    });
    const s = scenarioOf(loadScenario('/shop/what-if.yaml', files));
    expect(s.name).toBe('More search');
    expect(s.days).toBe(120);
    expect(s.channels.paid_search.budgetPerDayCny).toBe(5000);
    expect(s.channels.paid_search.costPerClickCny).toBe(1.8);
    expect(s.channels.social.budgetPerDayCny).toBe(1500);
    expect(Object.keys(s.channels)).toEqual(['paid_search', 'social']);
    expect('extends' in s).toBe(false);
    expect(files.reads).toEqual(['/shop/what-if.yaml', '/shop/base.yaml']);
  });

  it('replaces lists and lets null replace a whole value', () => {
    const files = memoryFiles({
      'base.yaml': base,
      'child.yaml': lines('extends: base.yaml', 'promotions:', '  spring: {skus: [jacket]}', 'skus:', '  jacket: {markdown: {day: 60, pct: 0.3}}'),
      'grandchild.yaml': lines('extends: child.yaml', 'skus:', '  jacket: {markdown: null}'),
    });
    const child = scenarioOf(loadScenario('child.yaml', files));
    expect(child.promotions.spring.skus).toEqual(['jacket']);
    expect(child.skus.jacket.markdown).toEqual({ day: 60, pct: 0.3 });
    expect(scenarioOf(loadScenario('grandchild.yaml', files)).skus.jacket.markdown).toBeNull();
  });

  it('follows a chain of bases relative to each file', () => {
    const files = memoryFiles({
      'plans/2026/double11.yaml': lines('extends: ../common/peak.yaml', 'name: Double 11'),
      'plans/common/peak.yaml': lines('extends: ../../base.yaml', 'fulfilment: {capacityOrdersPerDay: 9000}'),
      'base.yaml': base,
    });
    const s = scenarioOf(loadScenario('plans/2026/double11.yaml', files));
    expect([s.name, s.days, s.fulfilment.capacityOrdersPerDay, s.channels.social.budgetPerDayCny]).toEqual(['Double 11', 120, 9000, 1500]);
    expect(files.reads).toEqual(['plans/2026/double11.yaml', 'plans/common/peak.yaml', 'base.yaml']);
  });

  it('resolves a base next to a file given with a Windows path', () => {
    const files = memoryFiles({ 'C:/shop/base.yaml': base, 'C:\\shop\\child.yaml': 'extends: base.yaml\nname: Win\n' });
    const s = scenarioOf(loadScenario('C:\\shop\\child.yaml', files));
    expect([s.name, s.days]).toEqual(['Win', 120]);
  });

  it('reports a cycle with every file in it, at the extends that closes it', () => {
    const files = memoryFiles({
      'a.yaml': lines('name: A', 'extends: b.yaml'),
      'b.yaml': lines('extends: a.yaml'),
    });
    expect(messages(loadScenario('a.yaml', files))).toEqual(['b.yaml:1:10: extends: extends cycle: a.yaml → b.yaml → a.yaml']);
  });

  it('reports a file that extends itself', () => {
    const files = memoryFiles({ 'dir/self.yaml': 'extends: ./self.yaml\n' });
    expect(messages(loadScenario('dir/self.yaml', files))).toEqual(['dir/self.yaml:1:10: extends: extends cycle: self.yaml → self.yaml']);
  });

  it('reports a missing base at the line of the child\'s extends key', () => {
    const files = memoryFiles({ 'shop/child.yaml': lines('name: Child', 'days: 30', 'extends: ./nowhere.yaml') });
    expect(messages(loadScenario('shop/child.yaml', files))).toEqual([
      'shop/child.yaml:3:10: extends: file not found: ./nowhere.yaml (shop/nowhere.yaml)',
    ]);
  });

  it('names the base file for a problem written in the base', () => {
    const files = memoryFiles({
      'base.yaml': lines('name: Base', 'funnel:', '  checkoutRate: 7'),
      'child.yaml': lines('extends: base.yaml', 'days: 0'),
    });
    expect(messages(loadScenario('child.yaml', files))).toEqual([
      'child.yaml:2:7: days: expected a whole number from 1 to 3650, got 0',
      'base.yaml:3:17: funnel.checkoutRate: expected a number from 0 to 1, got 7',
    ]);
  });

  it('lets a child fix a value its base got wrong', () => {
    const files = memoryFiles({ 'base.yaml': 'funnel: {checkoutRate: 7}\n', 'child.yaml': 'extends: base.yaml\nfunnel: {checkoutRate: 0.4}\n' });
    expect(scenarioOf(loadScenario('child.yaml', files)).funnel.checkoutRate).toBe(0.4);
  });

  it('reports a syntax error inside a base in the base file', () => {
    const files = memoryFiles({ 'base.yaml': 'days: [1\n', 'child.yaml': 'extends: base.yaml\n' });
    const [msg] = messages(loadScenario('child.yaml', files));
    expect(msg).toMatch(/^base\.yaml:2:1: not valid YAML: /);
  });

  it('refuses a base whose top level is not a mapping', () => {
    const files = memoryFiles({ 'base.yaml': '- 1\n', 'child.yaml': 'extends: base.yaml\n' });
    expect(messages(loadScenario('child.yaml', files))).toEqual([
      'base.yaml:1:1: the top level must be a mapping of scenario fields (such as "name:" and "days:"), got a list of 1',
    ]);
  });

  it('explains that extends cannot be followed without a file reader', () => {
    expect(messages(parseScenarioText('extends: base.yaml\n', { fileName: 'child.yaml' }))).toEqual([
      'child.yaml:1:10: extends: cannot follow extends "base.yaml" here: no file reader is available (load the scenario from a file)',
    ]);
  });

  it('refuses an extends that is not a path', () => {
    expect(messages(loadScenario('c.yaml', memoryFiles({ 'c.yaml': 'extends: 3\n' })))).toEqual([
      'c.yaml:1:10: extends: expected the path of a base scenario file, got 3',
    ]);
  });

  it('does not modify the texts it merged (loading twice gives the same scenario)', () => {
    const files = memoryFiles({ 'base.yaml': base, 'child.yaml': 'extends: base.yaml\nchannels: {social: {budgetPerDayCny: 1}}\n' });
    const first = scenarioOf(loadScenario('child.yaml', files));
    const again = scenarioOf(loadScenario('child.yaml', files));
    expect(again).toEqual(first);
    expect(scenarioOf(loadScenario('base.yaml', files)).channels.social.budgetPerDayCny).toBe(1500);
  });
});

describe('deepMerge', () => {
  it('merges mappings, replaces lists and scalars, and leaves both inputs untouched', () => {
    const a = { x: { y: 1, z: [1, 2] }, keep: true };
    const b = { x: { z: [3], w: null }, add: 'new' };
    const before = JSON.stringify([a, b]);
    const merged = deepMerge(a, b) as Record<string, unknown>;
    expect(merged).toEqual({ x: { y: 1, z: [3], w: null }, keep: true, add: 'new' });
    expect(JSON.stringify([a, b])).toBe(before);
    (merged.x as { z: number[] }).z.push(9);
    expect(b.x.z).toEqual([3]);
  });

  it('gives the defaults of the schema when merged over nothing', () => {
    expect(ScenarioSchema.parse(deepMerge({}, {}))).toEqual(ScenarioSchema.parse({}));
  });
});
