import { describe, expect, it } from 'vitest';
import type { SimulateOptions } from '../../../sim/engine/options.ts';
import type { Transport } from '../../../sim/experiment/transport.ts';
import type { RunResult } from '../../../sim/result.ts';
import type { Scenario } from '../../../sim/scenario/schema.ts';
import { bestCell, planSweep, sweep, sweepGrid } from '../../../sim/experiment/sweep.ts';
import { parseVary } from '../../../sim/experiment/vary.ts';
import { KPIS } from '../../../sim/result.ts';
import { ScenarioSchema } from '../../../sim/scenario/schema.ts';
import { fakeRun } from './run-result.fixture.ts';

const scenario = ScenarioSchema.parse({ days: 3, replications: 2 });

/** Profit rises with paid budget up to 4000 then falls; GMV follows the budget; noise by replication. */
type Simulator = (s: Scenario, o: SimulateOptions) => RunResult;
const fakeSimulator: Simulator = (s, o) => {
  const budget = Number(s.channels.paid_search.budgetPerDayCny);
  const price = s.skus.tee.listPriceCny;
  const r = o.replication ?? 0;
  return fakeRun({
    replication: r,
    days: s.days,
    kpis: { profitCny: -((budget - 4000) ** 2) / 1000 + price + r, gmvCny: budget * 10 + r, marketingCny: budget },
  });
};

/** A transport that runs each replication task with `simulator` in this thread. */
function transportOf(simulator: Simulator): Transport {
  return {
    concurrency: 1,
    run: async (task) => {
      if (task.kind !== 'replication') throw new Error('only replications here');
      return simulator(task.scenario, { seed: task.seed, replication: task.replication, days: task.days });
    },
    close: async () => {},
  };
}

describe('sweep', () => {
  it('builds the full grid with the first lever varying slowest', () => {
    expect(sweepGrid([
      { path: 'a', values: [1, 2] },
      { path: 'b', values: [10, 20, 30] },
    ])).toEqual([
      { a: 1, b: 10 }, { a: 1, b: 20 }, { a: 1, b: 30 },
      { a: 2, b: 10 }, { a: 2, b: 20 }, { a: 2, b: 30 },
    ]);
  });

  it('sets each grid point on its own validated copy of the scenario', () => {
    const cells = planSweep(scenario, [parseVary('channels.paid_search.budgetPerDayCny=1000,5000'), parseVary('skus.tee.listPriceCny=79,99')]);
    expect(cells).toHaveLength(4);
    expect(cells[3].values).toEqual({ 'channels.paid_search.budgetPerDayCny': 5000, 'skus.tee.listPriceCny': 99 });
    expect(cells[3].scenario.channels.paid_search.budgetPerDayCny).toBe(5000);
    expect(cells[3].scenario.skus.tee.listPriceCny).toBe(99);
    expect(cells[0].scenario.skus.tee.listPriceCny).toBe(79);
    expect(scenario.channels.paid_search.budgetPerDayCny).toBe(3000);
  });

  it('writes one tidy row per run, replication and KPI', async () => {
    const result = await sweep(scenario, [parseVary('channels.paid_search.budgetPerDayCny=2000:6000:3'), parseVary('skus.tee.listPriceCny=79,99')], { transport: transportOf(fakeSimulator) });
    expect(result.rows).toHaveLength(6 * 2 * KPIS.length);
    const row = result.rows.find((r) => r.run === 5 && r.replication === 1 && r.kpi === 'gmvCny')!;
    expect(row.levers).toEqual({ 'channels.paid_search.budgetPerDayCny': 6000, 'skus.tee.listPriceCny': 99 });
    expect(row.value).toBe(60001);
    expect(result.cells[5].kpis.gmvCny.mean).toBe(60000.5);
  });

  it('finds the best grid point in each KPI direction', async () => {
    const result = await sweep(scenario, [parseVary('channels.paid_search.budgetPerDayCny=2000:6000:5')], { transport: transportOf(fakeSimulator), replications: 3 });
    expect(bestCell(result.cells, 'profitCny')?.values).toEqual({ 'channels.paid_search.budgetPerDayCny': 4000 });
    expect(bestCell(result.cells, 'gmvCny')?.values).toEqual({ 'channels.paid_search.budgetPerDayCny': 6000 });
    expect(bestCell(result.cells, 'marketingCny')).toBeUndefined();
  });

  it('reports a bad path with the keys available before running anything', async () => {
    let calls = 0;
    const counting: Simulator = (s, o) => {
      calls++;
      return fakeSimulator(s, o);
    };
    await expect(sweep(scenario, [parseVary('channels.paid_serch.budgetPerDayCny=1,2')], { transport: transportOf(counting) })).rejects.toThrow(
      /no setting "paid_serch" at channels; available: organic, paid_search, social, crm/,
    );
    await expect(sweep(scenario, [parseVary('funnel.checkoutRate=0.5,1.5')], { transport: transportOf(counting) })).rejects.toThrow(/funnel\.checkoutRate = 1\.5/);
    expect(() => planSweep(scenario, [])).toThrow(/at least one lever/);
    expect(() => planSweep(scenario, [parseVary('days=5,6'), parseVary('days=7')])).toThrow(/varied twice/);
    expect(() => planSweep(scenario, [parseVary('seed=1,2')])).toThrow(/seed cannot be a lever/);
    expect(() => planSweep(scenario, [parseVary('replications=1,2')])).toThrow(/replications cannot be a lever/);
    expect(calls).toBe(0);
  });
});
