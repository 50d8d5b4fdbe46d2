// Progressive results in the summary worker: the runs of the batch under way, and the summaries
// asked for while it runs, which end equal to the finished batch's to the last bit.
import { describe, expect, it } from 'vitest';
import { PartialRuns } from '../../../ui/workers/partial-runs.ts';
import { summaryApi } from '../../../ui/workers/summary.api.ts';
import { simulate } from '../../../sim/engine/simulate.ts';
import { ScenarioSchema } from '../../../sim/scenario/schema.ts';
import type { RunResult } from '../../../sim/result.ts';
import { fakeRun } from '../fixtures.ts';

const tiny = ScenarioSchema.parse({ name: 'Tiny', days: 20, replications: 5, population: { size: 1500 } });
const cheaper = ScenarioSchema.parse({ name: 'More social', days: 20, replications: 5, population: { size: 1500 }, channels: { social: { kind: 'social', budgetPerDayCny: 4000 } } });
const runsOf = (scenario: typeof tiny): RunResult[] => [0, 1, 2, 3, 4].map((r) => simulate(scenario, { seed: 11, replication: r }));
/** A structured copy, as comlink hands a run to the worker (the page keeps its own). */
const copy = (run: RunResult): RunResult => structuredClone(run);

describe('the runs of the batch under way', () => {
  it('keeps only replications landed in every job, in replication order', () => {
    const store = new PartialRuns();
    store.begin(1, 2);
    store.add(1, 0, fakeRun(2, 3));
    store.add(1, 0, fakeRun(0, 3));
    store.add(1, 1, fakeRun(0, 3));
    expect(store.complete(1)?.map((g) => g.map((r) => r.replication))).toEqual([[0], [0]]);
    store.add(1, 1, fakeRun(2, 3));
    store.add(1, 0, fakeRun(1, 3));
    expect(store.complete(1)?.map((g) => g.map((r) => r.replication))).toEqual([[0, 2], [0, 2]]);
  });

  it('ignores runs and questions of another generation, so a cancelled batch never leaks into the next', () => {
    const store = new PartialRuns();
    store.begin(1, 1);
    store.add(1, 0, fakeRun(0, 3));
    store.begin(2, 1);
    expect(store.add(1, 0, fakeRun(1, 3))).toBe(false);
    expect(store.complete(2)).toBeNull();
    expect(store.complete(1)).toBeNull();
    store.add(2, 0, fakeRun(3, 3));
    expect(store.complete(2)?.[0].map((r) => r.replication)).toEqual([3]);
    store.end(1);
    expect(store.complete(2)).not.toBeNull();
    store.end(2);
    expect(store.complete(2)).toBeNull();
  });
});

describe('summaries while a run is under way', () => {
  const runs = runsOf(tiny);

  it('summarise the first replications landed, then equal the final summary exactly once all have landed', async () => {
    summaryApi.partialBegin(7, 1);
    for (const r of [3, 1]) summaryApi.partialAdd(7, 0, copy(runs[r]));
    const early = summaryApi.partialSummary(7)!;
    expect(early.done).toBe(2);
    expect(early.summary.kpis.gmvCny.mean).toBe((runs[1].kpis.gmvCny + runs[3].kpis.gmvCny) / 2);
    for (const r of [4, 0, 2]) summaryApi.partialAdd(7, 0, copy(runs[r]));
    const last = summaryApi.partialSummary(7)!;
    const final = await summaryApi.summarise(runs.map(copy));
    expect(last.done).toBe(5);
    expect(last.summary).toEqual(final.summary);
    expect(last.risk).toEqual(final.risk);
    // The 95 % interval of the mean narrows as replications land.
    expect(last.summary.kpis.orders.ciHigh - last.summary.kpis.orders.ciLow).toBeLessThan(early.summary.kpis.orders.ciHigh - early.summary.kpis.orders.ciLow);
    expect(summaryApi.partialSummary(6)).toBeNull();
  });

  it('compare paired replications landed in both scenarios, ending equal to the final comparison', () => {
    const alternative = runsOf(cheaper);
    summaryApi.partialBegin(8, 2);
    for (const r of [2, 0, 1, 3, 4]) summaryApi.partialAdd(8, 0, copy(runs[r]));
    summaryApi.partialAdd(8, 1, copy(alternative[1]));
    const early = summaryApi.partialCompare(8)!;
    expect(early.comparisons[0].pairs).toBe(1);
    expect(early.comparisons[0].kpis.gmvCny.meanDelta).toBe(alternative[1].kpis.gmvCny - runs[1].kpis.gmvCny);
    for (const r of [4, 3, 0, 2]) summaryApi.partialAdd(8, 1, copy(alternative[r]));
    const last = summaryApi.partialCompare(8)!;
    const final = summaryApi.compare([runs.map(copy), alternative.map(copy)]);
    expect(last).toEqual(final);
    expect(last.comparisons[0].pairs).toBe(5);
  });
});
