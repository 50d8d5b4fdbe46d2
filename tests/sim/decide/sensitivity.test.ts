import { describe, expect, it } from 'vitest';
import { defaultSensitivityRanges, tornado, tornadoOf, tornadoScenarios, twoWay } from '../../../sim/decide/sensitivity.ts';
import { parseRange } from '../../../sim/decide/range.ts';
import { expectedClicks, hillShop, syntheticHillEvaluator } from './hill-shop.fixture.ts';

const start = { a: 400, b: 1000, c: 100 };
const scenario = hillShop(start);
const plan = { seed: 1, replications: 3 };

describe('tornado', () => {
  it('moves each setting alone, sorts by swing and gives the arc elasticity', async () => {
    const ranges = ['a', 'b', 'c'].map((k) => parseRange(`channels.${k}.budgetPerDayCny=±50%`, scenario, '--param'));
    const t = await tornado(scenario, 'visits', ranges, syntheticHillEvaluator, plan);
    const base = expectedClicks(start);
    expect(t.baseMean).toBeCloseTo(base, 9);
    const byPath = Object.fromEntries(t.bars.map((b) => [b.path, b]));
    const b = byPath['channels.b.budgetPerDayCny'];
    const low = expectedClicks({ ...start, b: 500 });
    const high = expectedClicks({ ...start, b: 1500 });
    expect(b.low.delta).toBeCloseTo(low - base, 9);
    expect(b.high.delta).toBeCloseTo(high - base, 9);
    expect(b.elasticity).toBeCloseTo((high - low) / base / 1, 9);
    // no noise: the paired interval collapses onto the difference
    expect(b.high.ciLow).toBeCloseTo(b.high.delta, 9);
    for (let i = 1; i < t.bars.length; i++) expect(t.bars[i - 1].swing).toBeGreaterThanOrEqual(t.bars[i].swing);
  });

  it('is the same built in two steps (scenarios, then bars from their runs), as the workbench builds it', async () => {
    const ranges = ['a', 'b'].map((k) => parseRange(`channels.${k}.budgetPerDayCny=±50%`, scenario, '--param'));
    const scenarios = tornadoScenarios(scenario, ranges);
    expect(scenarios.map((s) => s.channels.b.budgetPerDayCny)).toEqual([1000, 1000, 1000, 500, 1500]);
    const split = tornadoOf('visits', ranges, await syntheticHillEvaluator(scenarios, plan));
    expect(split).toEqual(await tornado(scenario, 'visits', ranges, syntheticHillEvaluator, plan));
    expect(() => tornadoOf('visits', ranges, [])).toThrow(/needs 5 scenarios' runs, got 0/);
  });

  it('defaults to the editor levers at ±20 %, leaving out run settings and zeros', () => {
    const ranges = defaultSensitivityRanges(hillShop({ a: 400, b: 0, c: 100 }));
    const paths = ranges.map((r) => r.path);
    expect(paths).toContain('channels.a.budgetPerDayCny');
    expect(paths).not.toContain('channels.b.budgetPerDayCny');
    expect(paths).not.toContain('days');
    expect(paths).not.toContain('seed');
    const a = ranges.find((r) => r.path === 'channels.a.budgetPerDayCny')!;
    expect([a.low, a.high]).toEqual([320, 480]);
  });

  it('two-way gives the KPI on a grid of two settings', async () => {
    const ra = parseRange('channels.a.budgetPerDayCny=0:800', scenario);
    const rc = parseRange('channels.c.budgetPerDayCny=0:200', scenario);
    const g = await twoWay(scenario, 'visits', ra, rc, syntheticHillEvaluator, plan);
    expect(g.a.values).toEqual([0, 400, 800]);
    expect(g.means[2][1]).toBeCloseTo(expectedClicks({ ...start, a: 800, c: 100 }), 9);
  });
});
