import { describe, expect, it } from 'vitest';
import { summarise, summariseValues } from '../../../sim/experiment/summarise.ts';
import { fakeRun, fakeRuns } from './run-result.fixture.ts';

describe('summarise', () => {
  it('reports mean, sd, percentiles and the 95 % interval of each KPI', () => {
    const s = summarise(fakeRuns('profitCny', [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]));
    const profit = s.kpis.profitCny;
    expect(profit.n).toBe(10);
    expect(profit.mean).toBeCloseTo(5.5, 12);
    expect(profit.sd).toBeCloseTo(3.0276503540974917, 12);
    expect(profit.p10).toBeCloseTo(1.9, 12);
    expect(profit.p50).toBeCloseTo(5.5, 12);
    expect(profit.p90).toBeCloseTo(9.1, 12);
    // t(0.975, 9) = 2.2622; half-width 2.2622 × 3.02765 / √10 = 2.16585
    expect(profit.ciLow).toBeCloseTo(5.5 - 2.16585, 4);
    expect(profit.ciHigh).toBeCloseTo(5.5 + 2.16585, 4);
    expect(s.replications).toBe(10);
  });

  it('summarises a KPI over the runs where it is finite and reports how many', () => {
    const k = summariseValues([NaN, 10, 20, Infinity, 30]);
    expect(k.n).toBe(3);
    expect(k.mean).toBe(20);
    expect(k.p50).toBe(20);
    const none = summariseValues([NaN, NaN]);
    expect(none.n).toBe(0);
    expect(none.mean).toBeNaN();
  });

  it('summarises each daily series day by day', () => {
    // replication r has value r × 10 + d on day d
    const runs = [0, 1, 2, 3].map((r) => fakeRun({ replication: r, days: 3 }));
    const orders = summarise(runs).series.orders;
    expect([...orders.mean]).toEqual([15, 16, 17]);
    expect(orders.p10[0]).toBeCloseTo(3, 12); // 0,10,20,30 → 0 + 0.3 × 10
    expect(orders.p50[2]).toBeCloseTo(17, 12);
    expect(orders.p90[1]).toBeCloseTo(28, 12);
    expect(orders.mean).toBeInstanceOf(Float64Array);
  });

  it('leaves NaN days out of the daily percentiles', () => {
    const runs = [0, 1, 2].map((r) => fakeRun({ replication: r, days: 2, fill: (d) => (r === 1 && d === 0 ? NaN : r + d) }));
    const s = summarise(runs).series.visits;
    expect(s.mean[0]).toBe(1); // (0 + 2) / 2
    expect(s.mean[1]).toBe(2);
  });

  it('averages channel totals over replications', () => {
    const runs = [0, 1].map((r) => fakeRun({ replication: r }));
    expect(summarise(runs).channels.paid.spendCny).toBe(150);
  });

  it('refuses an empty list and runs of different lengths', () => {
    expect(() => summarise([])).toThrow(/at least one/);
    expect(() => summarise([fakeRun({ days: 3 }), fakeRun({ replication: 1, days: 4 })])).toThrow(/4 days/);
  });
});
