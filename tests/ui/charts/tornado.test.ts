import { describe, expect, it } from 'vitest';
import { spanFromZero, tornadoExtent } from '../../../ui/charts/tornado.ts';
import { barScale } from '../../../ui/charts/bar-scale.ts';
import type { Tornado } from '../../../sim/decide/sensitivity.ts';

const end = (value: number, delta: number, half: number) => ({ value, mean: 100 + delta, delta, ciLow: delta - half, ciHigh: delta + half });
const tornado: Tornado = {
  kpi: 'profitCny',
  baseMean: 100,
  bars: [
    { path: 'a', current: 10, low: end(8, -40, 10), high: end(12, 60, 10), swing: 100, elasticity: 2.5 },
    { path: 'b', current: 5, low: end(4, 5, NaN), high: end(6, -5, NaN), swing: 10, elasticity: -0.5 },
  ],
};

describe('tornado chart maths', () => {
  it('holds every end and interval in its scale', () => {
    const scale = barScale(tornadoExtent(tornado));
    expect([scale.min, scale.max]).toEqual([-50, 70]);
  });

  it('draws each end as a bar from zero, to the left for a fall and to the right for a rise', () => {
    const scale = barScale([-50, 50]);
    expect(spanFromZero(scale.at, -25)).toEqual({ left: 25, width: 25 });
    expect(spanFromZero(scale.at, 50)).toEqual({ left: 50, width: 50 });
    expect(spanFromZero(scale.at, NaN)).toEqual({ left: 50, width: 0 });
  });
});
