import { describe, expect, it } from 'vitest';
import { waterfallBars, waterfallExtent } from '../../../ui/charts/waterfall.ts';
import { barScale } from '../../../ui/charts/bar-scale.ts';
import type { KpiExplanation } from '../../../sim/decide/explain.ts';

const explanation: KpiExplanation = {
  baselineMean: 1000,
  alternativeMean: 1150,
  delta: 150,
  ciLow: 120,
  ciHigh: 180,
  effects: [
    { effect: 'traffic', channel: 'paid_search', mean: 200, ciLow: 180, ciHigh: 220 },
    { effect: 'conversion', mean: -30, ciLow: -40, ciHigh: -20 },
    { effect: 'investment', mean: 0, ciLow: 0, ciHigh: 0 },
    { effect: 'discounts', mean: -20, ciLow: NaN, ciHigh: NaN },
  ],
};

describe('waterfall bars of why a KPI moved', () => {
  it('floats each effect from the running total, leaves out effects that are zero in every pair, and ends with the whole difference', () => {
    const bars = waterfallBars(explanation);
    expect(bars.map((b) => [b.effect, b.start, b.end])).toEqual([
      ['traffic', 0, 200],
      ['conversion', 200, 170],
      ['discounts', 170, 150],
      ['total', 0, 150],
    ]);
    expect(bars[0].channel).toBe('paid_search');
    expect(bars.at(-2)!.end).toBe(bars.at(-1)!.end);
    expect([bars[1].whiskerLow, bars[1].whiskerHigh]).toEqual([160, 180]);
    expect(bars[2].whiskerLow).toBeNaN();
  });

  it('scales the bars and whiskers into the track with zero inside it', () => {
    const scale = barScale(waterfallExtent(waterfallBars(explanation)));
    expect([scale.min, scale.max]).toEqual([0, 220]);
    expect(scale.at(110)).toBeCloseTo(50, 9);
    expect(scale.at(-50)).toBe(0);
    const flat = barScale([0, NaN]);
    expect([flat.min, flat.max]).toEqual([0, 1]);
    const negative = barScale([-300, -100]);
    expect([negative.min, negative.max, negative.at(0)]).toEqual([-300, 0, 100]);
  });
});
