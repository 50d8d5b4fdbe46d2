import { describe, expect, it } from 'vitest';
import { bestIndex, compareRuns } from '../../../sim/experiment/compare.ts';
import { KPI_CATALOGUE, betterSign, directionSign } from '../../../sim/kpi-catalogue.ts';
import { KPIS } from '../../../sim/result.ts';
import { fakeRun, fakeRuns } from './run-result.fixture.ts';

describe('compareRuns', () => {
  it('pairs replication r with replication r and reports the mean paired delta with its interval', () => {
    const base = fakeRuns('profitCny', [100, 200, 300, 400]);
    const alt = fakeRuns('profitCny', [110, 205, 330, 400]);
    const c = compareRuns(base, alt).kpis.profitCny;
    expect(c.n).toBe(4);
    expect(c.deltas).toEqual([10, 5, 30, 0]);
    expect(c.meanDelta).toBeCloseTo(11.25, 12);
    // sd of deltas 13.1498, t(0.975,3) = 3.18245: half-width 20.9240
    expect(c.ciLow).toBeCloseTo(11.25 - 20.924, 2);
    expect(c.ciHigh).toBeCloseTo(11.25 + 20.924, 2);
    expect(c.relativeDelta).toBeCloseTo(11.25 / 250, 12);
    expect(c.baselineMean).toBe(250);
    expect(c.alternativeMean).toBe(261.25);
    // wins in 3 pairs, one tie counts half
    expect(c.pBetter).toBeCloseTo(3.5 / 4, 12);
  });

  it('pairs by replication index, not by position', () => {
    const base = [fakeRun({ replication: 0, kpis: { gmvCny: 10 } }), fakeRun({ replication: 1, kpis: { gmvCny: 1000 } })];
    const alt = [fakeRun({ replication: 1, kpis: { gmvCny: 1001 } }), fakeRun({ replication: 0, kpis: { gmvCny: 11 } })];
    const c = compareRuns(base, alt).kpis.gmvCny;
    expect(c.meanDelta).toBe(1);
    expect(c.ciLow).toBe(1);
    expect(c.pBetter).toBe(1);
  });

  it('counts a lower value as better for costs and failure rates', () => {
    const base = fakeRuns('cacCny', [50, 50, 50]);
    const alt = fakeRuns('cacCny', [40, 45, 60]);
    expect(compareRuns(base, alt).kpis.cacCny.pBetter).toBeCloseTo(2 / 3, 12);
    const stockBase = fakeRuns('stockoutRate', [0.1, 0.2]);
    const stockAlt = fakeRuns('stockoutRate', [0.2, 0.3]);
    expect(compareRuns(stockBase, stockAlt).kpis.stockoutRate.pBetter).toBe(0);
    expect(compareRuns(stockAlt, stockBase).kpis.stockoutRate.pBetter).toBe(1);
  });

  it('leaves pairs with a NaN out and has no P(better) for neutral KPIs', () => {
    const c = compareRuns(fakeRuns('roas', [2, NaN, 4]), fakeRuns('roas', [3, 5, NaN])).kpis.roas;
    expect(c.n).toBe(1);
    expect(c.meanDelta).toBe(1);
    expect(c.deltas).toEqual([1, NaN, NaN]);
    expect(compareRuns(fakeRuns('marketingCny', [1, 2]), fakeRuns('marketingCny', [2, 3])).kpis.marketingCny.pBetter).toBeNaN();
  });

  it('refuses runs that cannot be paired', () => {
    expect(() => compareRuns(fakeRuns('gmvCny', [1, 2]), fakeRuns('gmvCny', [1]))).toThrow(/2 runs.*1/);
    expect(() => compareRuns([fakeRun({ replication: 0 })], [fakeRun({ replication: 5 })])).toThrow(/no replication 0/);
  });
});

describe('KPI directions', () => {
  it('give every KPI a direction, with profit up and churn down', () => {
    expect(Object.keys(KPI_CATALOGUE).sort()).toEqual([...KPIS].sort());
    expect(KPI_CATALOGUE.profitCny.direction).toBe('higher');
    expect(KPI_CATALOGUE.roi.direction).toBe('higher');
    for (const k of ['cacCny', 'returnRate', 'stockoutRate', 'complaintRate', 'churnRate', 'inventoryDays', 'peakBacklogOrders'] as const) {
      expect(KPI_CATALOGUE[k].direction).toBe('lower');
    }
    expect(directionSign('lower', 1, 2)).toBe(1);
    expect(directionSign('neutral', 1, 2)).toBe(0);
    expect(betterSign('gmvCny', 2, 1)).toBe(1);
    expect(betterSign('churnRate', 2, 1)).toBe(-1);
    expect(betterSign('churnRate', NaN, 1)).toBe(0);
  });

  it('pick the best of several means in the KPI direction', () => {
    expect(bestIndex('profitCny', [5, 9, 7])).toBe(1);
    expect(bestIndex('cacCny', [5, 9, 3])).toBe(2);
    expect(bestIndex('cacCny', [NaN, 9, NaN])).toBe(1);
    expect(bestIndex('marketingCny', [1, 2])).toBe(-1);
  });
});
