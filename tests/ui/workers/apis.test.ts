import { describe, expect, it, vi } from 'vitest';
import { scenarioApi } from '../../../ui/workers/scenario.api.ts';
import { simApi } from '../../../ui/workers/sim.api.ts';
import { summaryApi, summaryBuffers } from '../../../ui/workers/summary.api.ts';
import { simulate } from '../../../sim/engine/simulate.ts';
import { summarise } from '../../../sim/experiment/summarise.ts';
import { compareRuns } from '../../../sim/experiment/compare.ts';
import { ScenarioSchema } from '../../../sim/scenario/schema.ts';
import type { RunResult } from '../../../sim/result.ts';
import { parseCondition } from '../../../sim/experiment/kpi-condition.ts';
import { fakeRun } from '../fixtures.ts';

const tiny = ScenarioSchema.parse({ name: 'Tiny', days: 20, replications: 2, population: { size: 1500 } });

describe('worker APIs (called directly, as comlink would)', () => {
  it('validates text with line numbers and resolves extends over the bundled built-ins', () => {
    const bad = scenarioApi.validate('name: x\ndays: -3\n', '/scenarios/mine.yaml');
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.issues[0]).toMatchObject({ path: 'days', line: 2, severity: 'error' });
    const good = scenarioApi.validate('extends: ./default.yaml\nname: Child\ndays: 30\n', '/scenarios/child.yaml');
    expect(good.ok && good.scenario.name).toBe('Child');
    expect(good.ok && good.scenario.days).toBe(30);
    const missing = scenarioApi.validate('extends: ./nope.yaml\n', '/scenarios/child.yaml');
    expect(missing.ok).toBe(false);
  });

  it('plans a sweep grid or says which lever path is wrong', () => {
    const plan = scenarioApi.planSweep(tiny, [{ path: 'fulfilment.promiseHours', values: [24, 48, 72] }]);
    expect(plan.ok && plan.cells.map((c) => c.scenario.fulfilment.promiseHours)).toEqual([24, 48, 72]);
    const bad = scenarioApi.planSweep(tiny, [{ path: 'fulfilment.promisHours', values: [24] }]);
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.message).toContain('promisHours');
  });

  it('plans a tornado of every editor lever at ± a share: the base, then each lever low and high', () => {
    const plan = scenarioApi.planTornado(tiny, 0.25);
    expect(plan.ok).toBe(true);
    if (!plan.ok) return;
    expect(plan.ranges.length).toBeGreaterThan(2);
    expect(plan.scenarios).toHaveLength(1 + 2 * plan.ranges.length);
    const promise = plan.ranges.findIndex((r) => r.path === 'fulfilment.promiseHours');
    expect(plan.ranges[promise]).toMatchObject({ low: 36, high: 60, current: 48 });
    expect([plan.scenarios[1 + 2 * promise], plan.scenarios[2 + 2 * promise]].map((s) => s.fulfilment.promiseHours)).toEqual([36, 60]);
    expect(plan.scenarios[0]).toEqual(tiny);
  });

  it('runs a replication exactly as simulate does; a short one sends no progress at all', async () => {
    const progress: number[] = [];
    const result = (await simApi.run({ kind: 'replication', index: 0, scenario: tiny, seed: 7, replication: 1 }, false, (done) => progress.push(done))) as RunResult;
    const direct = simulate(tiny, { seed: 7, replication: 1 });
    expect(Array.from(result.series.orders)).toEqual(Array.from(direct.series.orders));
    expect(result.kpis.gmvCny).toBe(direct.kpis.gmvCny);
    expect(progress).toEqual([]);
  });

  it('reports the days done at most every 200 ms of a long replication', async () => {
    // A clock that moves 150 ms at every look: the days simulated between two looks took that long.
    let clock = 0;
    const now = vi.spyOn(performance, 'now').mockImplementation(() => (clock += 150));
    try {
      const progress: number[] = [];
      await simApi.run({ kind: 'replication', index: 0, scenario: tiny, seed: 7, replication: 1 }, false, (done) => progress.push(done));
      expect(progress.length).toBeGreaterThan(3);
      expect(progress.length).toBeLessThanOrEqual(10);
      expect(progress[0]).toBeGreaterThanOrEqual(2);
      for (let i = 1; i < progress.length; i++) expect(progress[i] - progress[i - 1]).toBeGreaterThanOrEqual(2);
    } finally {
      now.mockRestore();
    }
  });

  it('summarises and compares runs the same as the experiment layer', async () => {
    const a = [fakeRun(0, 5), fakeRun(1, 5)];
    const b = [fakeRun(0, 5), fakeRun(1, 5)].map((r) => ({ ...r, kpis: { ...r.kpis, gmvCny: r.kpis.gmvCny + 100 } }));
    const { summary } = await summaryApi.summarise(a);
    expect(summary.kpis.gmvCny).toEqual(summarise([fakeRun(0, 5), fakeRun(1, 5)]).kpis.gmvCny);
    expect(summaryBuffers(summary).length).toBe(36 * 4);
    const { comparisons } = summaryApi.compare([[fakeRun(0, 5), fakeRun(1, 5)], b]);
    expect(comparisons[0].kpis.gmvCny).toEqual(compareRuns([fakeRun(0, 5), fakeRun(1, 5)], b).kpis.gmvCny);
    expect(comparisons[0].kpis.gmvCny.pBetter).toBe(1);
  });

  it('assesses risk against targets with the summary, and again from KPIs alone', async () => {
    const runs = [fakeRun(0, 5), fakeRun(1, 5)];
    runs[0].kpis.profitCny = -10;
    const target = parseCondition('roi>=1500');
    const { risk } = await summaryApi.summarise(runs, undefined, [target]);
    expect(risk.loss.p).toBe(0.5);
    expect(risk.targets[0].met.p).toBe(0.5);
    const [again] = summaryApi.risk([[fakeRun(0, 5), fakeRun(1, 5)].map((r) => ({ replication: r.replication, kpis: r.kpis }))], []);
    expect(again.loss.p).toBe(0);
    expect(again.targets).toEqual([]);
  });

  it('explains each alternative against the baseline and keeps every run\'s KPIs for later risk', () => {
    const a = [fakeRun(0, 5), fakeRun(1, 5)];
    const b = [fakeRun(0, 5), fakeRun(1, 5)].map((r) => ({ ...r, series: { ...r.series, gmvCny: r.series.gmvCny.map((v) => v * 2), profitCny: r.series.profitCny.map((v) => v + 1) } }));
    const { explanations, risks, kpiRuns } = summaryApi.compare([a, b], [parseCondition('roi>=1500')]);
    expect(explanations).toHaveLength(1);
    const gmv = explanations[0].gmv;
    expect(gmv.delta).toBeCloseTo(gmv.effects.reduce((s, e) => s + e.mean, 0), 6);
    expect(gmv.delta).toBeCloseTo(62.5, 6); // GMV doubles: 60 and 65 more in the two pairs
    expect(explanations[0].profit.delta).toBeCloseTo(5, 6);
    expect(risks.map((r) => r.targets[0].met.p)).toEqual([0.5, 0.5]);
    expect(kpiRuns.map((g) => g.map((r) => r.replication))).toEqual([[0, 1], [0, 1]]);
  });
});
