// The experiment layer over the real engine: replication streams, ranges, sweeps and paired
// comparisons behave as the design promises.
import { describe, expect, it } from 'vitest';
import { compareRuns } from '../../../sim/experiment/compare.ts';
import { runExperiment } from '../../../sim/experiment/runner.ts';
import { summarise } from '../../../sim/experiment/summarise.ts';
import { bestCell, sweep } from '../../../sim/experiment/sweep.ts';
import { SERIES } from '../../../sim/result.ts';
import { smallShop } from '../../fixtures/scenario.ts';

const shop = smallShop({ days: 30, seed: 11 });

describe('replications of the real engine', () => {
  it('are identical however they are split over runs, series by series', async () => {
    const [whole] = await runExperiment([{ scenario: shop, seed: shop.seed, replications: 3 }]);
    const [first, all] = await runExperiment([1, 3].map((replications) => ({ scenario: shop, seed: shop.seed, replications })));
    const split = [first[0], ...all.slice(1)];
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

  it('compare a shop with itself as zero difference and a better checkout as better every time', async () => {
    const better = smallShop({ days: 30, seed: 11, funnel: { checkoutRate: 0.7 } });
    const [base, again, alternative] = await runExperiment([shop, shop, better].map((scenario) => ({ scenario, seed: 11, replications: 3 })));
    const same = compareRuns(base, again).kpis.gmvCny;
    expect(same.deltas).toEqual([0, 0, 0]);
    const moreOrders = compareRuns(base, alternative).kpis.orders;
    expect(moreOrders.meanDelta).toBeGreaterThan(0);
    expect(moreOrders.pBetter).toBe(1);
  });

  it('sweep a lever over the real engine and find more orders at the higher checkout rate', async () => {
    const result = await sweep(shop, [{ path: 'funnel.checkoutRate', values: [0.3, 0.7] }], { replications: 2 });
    expect(result.cells).toHaveLength(2);
    expect(bestCell(result.cells, 'orders')?.values).toEqual({ 'funnel.checkoutRate': 0.7 });
  });
});
