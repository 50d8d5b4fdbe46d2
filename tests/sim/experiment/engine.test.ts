// The experiment layer over the real engine: replication streams, ranges, sweeps and paired
// comparisons behave as the design promises.
import { describe, expect, it } from 'vitest';
import { compareRuns } from '../../../sim/experiment/compare.ts';
import { runReplicationRange, runReplications } from '../../../sim/experiment/replications.ts';
import { summarise } from '../../../sim/experiment/summarise.ts';
import { bestCell, sweep } from '../../../sim/experiment/sweep.ts';
import { SERIES } from '../../../sim/result.ts';
import { smallShop } from '../../fixtures/scenario.ts';

const shop = smallShop({ days: 30, seed: 11 });

describe('replications of the real engine', () => {
  it('are identical when split into ranges, series by series', () => {
    const whole = runReplications(shop, { replications: 3 });
    const split = [...runReplicationRange(shop, 0, 1), ...runReplicationRange(shop, 1, 3)];
    for (let r = 0; r < 3; r++) {
      expect(split[r].replication).toBe(r);
      for (const name of SERIES) expect(split[r].series[name]).toEqual(whole[r].series[name]);
      expect(split[r].kpis).toEqual(whole[r].kpis);
    }
    expect(whole[0].kpis.gmvCny).not.toBe(whole[1].kpis.gmvCny);
    const s = summarise(whole);
    expect(s.replications).toBe(3);
    expect(s.series.orders.mean).toHaveLength(30);
  });

  it('compare a shop with itself as zero difference and a better checkout as better every time', () => {
    const base = runReplications(shop, { replications: 3 });
    const same = compareRuns(base, runReplications(shop, { replications: 3 })).kpis.gmvCny;
    expect(same.deltas).toEqual([0, 0, 0]);
    const better = compareRuns(base, runReplications(smallShop({ days: 30, seed: 11, funnel: { checkoutRate: 0.7 } }), { replications: 3 })).kpis.orders;
    expect(better.meanDelta).toBeGreaterThan(0);
    expect(better.pBetter).toBe(1);
  });

  it('sweep a lever over the real engine and find more orders at the higher checkout rate', () => {
    const result = sweep(shop, [{ path: 'funnel.checkoutRate', values: [0.3, 0.7] }], { replications: 2 });
    expect(result.cells).toHaveLength(2);
    expect(bestCell(result.cells, 'orders')?.values).toEqual({ 'funnel.checkoutRate': 0.7 });
  });
});
