import { describe, expect, it } from 'vitest';
import type { Candidate, ResponseCurve } from '../../../sim/index.ts';
import { curveChart, interpolate, marginalAt, splitRows, splitTotals } from '../../../ui/optimise/result-view.ts';

const candidate = (values: Record<string, number>, profits: number[] = []): Candidate =>
  ({ values, runs: profits.map((p, r) => ({ replication: r, kpis: { profitCny: p } })) }) as unknown as Candidate;

const curve: ResponseCurve = {
  path: 'channels.a.budgetPerDayCny',
  kpi: 'profitCny',
  current: 250,
  chosen: 600,
  points: [
    { value: 0, mean: 100, ciLow: 90, ciHigh: 110, marginal: NaN },
    { value: 500, mean: 300, ciLow: 280, ciHigh: 320, marginal: 0.4 },
    { value: 1000, mean: 350, ciLow: 330, ciHigh: 370, marginal: 0.1 },
  ],
};

describe('the optimise result', () => {
  it('lists today\'s, the start\'s and the optimal value of each setting with shares of the total', () => {
    const rows = splitRows({ a: 450, b: 150 }, candidate({ a: 300, b: 100 }), candidate({ a: 100, b: 300 }));
    expect(rows).toEqual([
      { path: 'a', today: 450, start: 300, best: 100, todayShare: 0.75, bestShare: 0.25 },
      { path: 'b', today: 150, start: 100, best: 300, todayShare: 0.25, bestShare: 0.75 },
    ]);
    expect(splitTotals(rows)).toEqual({ today: 600, start: 400, best: 400 });
  });

  it('reads a curve between its points and gives the marginal return of the segment holding a value', () => {
    expect(interpolate([0, 500, 1000], [100, 300, 350], 250)).toBe(200);
    expect(interpolate([0, 500], [1, 2], 600)).toBeNaN();
    expect([marginalAt(curve, 0), marginalAt(curve, 250), marginalAt(curve, 500), marginalAt(curve, 600)]).toEqual([0.4, 0.4, 0.4, 0.1]);
  });

  it('inserts the optimum\'s own measurement and marks today on the line', () => {
    const chart = curveChart(curve, candidate({}, [320, 340]), 'profitCny');
    expect(Array.from(chart.x)).toEqual([0, 250, 500, 600, 1000]);
    expect(chart.mean).toEqual([100, 200, 300, 330, 350]);
    expect(chart.today.map((v) => (Number.isNaN(v) ? null : v))).toEqual([null, 200, null, null, null]);
    expect(chart.optimal.map((v) => (Number.isNaN(v) ? null : v))).toEqual([null, null, null, 330, null]);
    expect([chart.low[1], chart.high[1]]).toEqual([185, 215]);
    expect([chart.marginalToday, chart.marginalOptimal]).toEqual([0.4, 0.1]);
  });
});
