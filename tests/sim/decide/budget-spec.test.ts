import { describe, expect, it } from 'vitest';
import { BudgetSpecError } from '../../../sim/decide/budget.ts';
import { budgetGroupOf, todaysBudgets } from '../../../sim/decide/budget-spec.ts';
import { answerScenarioYaml } from '../../../sim/decide/answer-scenario.ts';
import type { OptimiseResult } from '../../../sim/decide/optimise.ts';
import { hillShop } from './hill-shop.fixture.ts';

const shop = hillShop({ a: 1000, b: 500, c: 300 });

function failure(run: () => unknown): BudgetSpecError {
  try {
    run();
  } catch (error) {
    if (error instanceof BudgetSpecError) return error;
    throw error;
  }
  throw new Error('expected a BudgetSpecError');
}

describe('a budget split as users write it', () => {
  it('splits today\'s total over the named channels, each 0 … total unless bounded', () => {
    const g = budgetGroupOf(shop, { channels: ['a', 'b', 'c'] });
    expect(g.paths).toEqual(['channels.a.budgetPerDayCny', 'channels.b.budgetPerDayCny', 'channels.c.budgetPerDayCny']);
    expect(g.current).toEqual([1000, 500, 300]);
    expect(g.total).toBe(1800);
    expect(g.min).toEqual([0, 0, 0]);
    expect(g.max).toEqual([1800, 1800, 1800]);
    expect(todaysBudgets(shop, ['c', 'a'])).toEqual([300, 1000]);
  });

  it('reads bounds in CNY/day or as multiples of today\'s spend', () => {
    const g = budgetGroupOf(shop, { channels: ['a', 'b'], total: 2000, bounds: [{ channel: 'a', range: '0.5x:1.5x' }, { channel: 'b', range: '100:1200' }] });
    expect(g.min).toEqual([500, 100]);
    expect(g.max).toEqual([1500, 1200]);
  });

  it('names the field of each mistake: channels, a channel\'s bounds (by index) or the total', () => {
    const one = failure(() => budgetGroupOf(shop, { channels: ['a'] }));
    expect([one.field, one.message]).toEqual(['channels', '--channels a: a split needs two or more channels']);
    const typo = failure(() => budgetGroupOf(shop, { channels: ['a', 'bb'] }));
    expect([typo.field, typo.index]).toEqual(['channels', 1]);
    expect(typo.message).toMatch(/no channel "bb"; did you mean "b"\?/);
    const twice = failure(() => budgetGroupOf(shop, { channels: ['a', 'b', 'a'] }));
    expect([twice.field, twice.index]).toEqual(['channels', 2]);
    const range = failure(() => budgetGroupOf(shop, { channels: ['a', 'b'], bounds: [{ channel: 'b', range: '900:100' }] }, { channels: 'Channels', total: 'Total', bounds: 'Range' }));
    expect([range.field, range.index]).toEqual(['bounds', 1]);
    expect(range.message).toMatch(/^Range channels\.b\.budgetPerDayCny=900:100: LO \(900\) must be below HI \(100\)/);
    const total = failure(() => budgetGroupOf(shop, { channels: ['a', 'b'], total: 100, bounds: [{ channel: 'a', range: '200:300' }] }, { channels: 'Channels', total: 'Total', bounds: 'Range' }));
    expect([total.field, total.message]).toEqual(['total', "Total 100 is below the sum of the channels' lower bounds (200)"]);
  });
});

describe('the answer as a scenario file', () => {
  it('extends the input and sets only the chosen values, with the fresh-seed check in its header', () => {
    const result = {
      best: { values: { 'channels.a.budgetPerDayCny': 1200.00000000004, 'channels.b.budgetPerDayCny': 600 } },
      evaluations: 17,
      check: { meanDelta: 12.345, ciLow: 1, ciHigh: 20.5, pBetter: 0.75 },
    } as unknown as OptimiseResult;
    const text = answerScenarioYaml({ extendsPath: './hill.yaml', scenarioName: 'Hill shop', seed: 5, objective: 'visits', result });
    expect(text).toMatch(/^# shoplab optimise .*: best of 17 candidates on seed 5; fresh-seed check Δvisits 12\.35 \(95 % CI 1\.00 … 20\.50\), P\(better\) 75 %\n/);
    expect(text.split('\n').slice(1).join('\n')).toBe(
      'extends: ./hill.yaml\nname: Hill shop — optimised for visits\nchannels:\n  a:\n    budgetPerDayCny: 1200\n  b:\n    budgetPerDayCny: 600\n',
    );
  });
});
