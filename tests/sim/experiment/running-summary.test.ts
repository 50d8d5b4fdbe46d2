// The summary of replications as they land: at every step it equals `summarise` of the runs landed
// so far in replication order, bit for bit, whatever order they land in.
import { describe, expect, it } from 'vitest';
import { RunningSummary } from '../../../sim/experiment/running-summary.ts';
import { summarise } from '../../../sim/experiment/summarise.ts';
import { simulate } from '../../../sim/engine/simulate.ts';
import { ScenarioSchema } from '../../../sim/scenario/schema.ts';
import { fakeRun } from '../../ui/fixtures.ts';
import type { RunResult } from '../../../sim/result.ts';

const shop = ScenarioSchema.parse({ name: 'Running shop', days: 30, replications: 12, population: { size: 1200 } });

describe('a summary of replications as they land', () => {
  it('equals summarise of the landed runs in replication order after every landing, out of order included', () => {
    const runs = Array.from({ length: 12 }, (_, r) => simulate(shop, { seed: 5, replication: r }));
    const order = [7, 2, 11, 0, 5, 9, 1, 3, 10, 4, 8, 6];
    const running = new RunningSummary();
    const landed: RunResult[] = [];
    for (const r of order) {
      running.add(runs[r]);
      landed.push(runs[r]);
      landed.sort((a, b) => a.replication - b.replication);
      expect(running.size).toBe(landed.length);
      expect(running.summary()).toEqual(summarise(landed));
    }
    // Growing past its first capacity (8 a day) kept every column intact.
    expect(running.summary().series.orders.p90).toEqual(summarise(runs).series.orders.p90);
  });

  it('leaves out non-finite values and orders −0 before +0 as a sorted Float64Array does', () => {
    const runs = [0, 1, 2, 3].map((r) => fakeRun(r, 3));
    runs[0].series.orders.set([NaN, -0, 5]);
    runs[1].series.orders.set([Infinity, 0, 5]);
    runs[2].series.orders.set([1, -0, -Infinity]);
    runs[3].series.orders.set([2, 0, 4]);
    const running = new RunningSummary();
    for (const r of [3, 1, 0, 2]) running.add(runs[r]);
    const got = running.summary().series.orders;
    const want = summarise(runs).series.orders;
    for (const key of ['mean', 'p10', 'p50', 'p90'] as const) {
      expect([...got[key]].map((v) => Object.is(v, -0) ? '-0' : v)).toEqual([...want[key]].map((v) => Object.is(v, -0) ? '-0' : v));
    }
    expect(got.mean[0]).toBe(1.5);
  });

  it('ignores a replication it already has and refuses a run of another horizon', () => {
    const running = new RunningSummary();
    running.add(fakeRun(0, 5));
    running.add(fakeRun(0, 5));
    expect(running.size).toBe(1);
    expect(() => running.add(fakeRun(1, 6))).toThrow(/replication 1 has 6 days, replication 0 has 5/);
    expect(() => new RunningSummary().summary()).toThrow(RangeError);
  });
});
