import { describe, expect, it } from 'vitest';
import { runReplicationRange, runReplications, type Simulator } from '../../../sim/experiment/replications.ts';
import type { Progress } from '../../../sim/experiment/progress.ts';
import { ScenarioSchema } from '../../../sim/scenario/schema.ts';
import { fakeRun } from './run-result.fixture.ts';

const scenario = ScenarioSchema.parse({ days: 4, replications: 3, seed: 7 });

/** A stand-in engine: KPIs derived from seed and replication, progress reported per day. */
const fakeSimulator: Simulator = (s, o) => {
  const days = o.days ?? s.days;
  for (let d = 1; d <= days; d++) o.onProgress?.(d, days);
  return fakeRun({ replication: o.replication ?? 0, seed: o.seed, days, kpis: { profitCny: (o.seed ?? 0) * 100 + (o.replication ?? 0) } });
};

describe('runReplications', () => {
  it('runs replications 0…R−1 with the scenario seed by default', () => {
    const runs = runReplications(scenario, { simulator: fakeSimulator });
    expect(runs.map((r) => r.replication)).toEqual([0, 1, 2]);
    expect(runs.map((r) => r.kpis.profitCny)).toEqual([700, 701, 702]);
  });

  it('gives the same results whether the replications run at once or split into ranges', () => {
    const whole = runReplications(scenario, { replications: 5, seed: 3, simulator: fakeSimulator });
    const parts = [...runReplicationRange(scenario, 0, 2, { seed: 3, simulator: fakeSimulator }), ...runReplicationRange(scenario, 2, 5, { seed: 3, simulator: fakeSimulator })];
    expect(parts.map((r) => r.kpis.profitCny)).toEqual(whole.map((r) => r.kpis.profitCny));
  });

  it('reports aggregate progress with replications done and an ETA', () => {
    let clock = 0;
    const seen: Progress[] = [];
    const timed: Simulator = (s, o) => {
      clock += 10;
      return fakeSimulator(s, o);
    };
    runReplications(scenario, { simulator: timed, now: () => clock, onProgress: (p) => seen.push(p) });
    const last = seen[seen.length - 1];
    expect(last.fraction).toBe(1);
    expect(last.replicationsDone).toBe(3);
    expect(last.etaMs).toBe(0);
    const halfway = seen.find((p) => p.fraction >= 0.5)!;
    expect(halfway.replicationsDone).toBe(1);
    expect(halfway.fraction).toBeCloseTo(6 / 12, 12); // replication 1, day 2 of 4
    expect(halfway.etaMs).toBeCloseTo(20, 9); // 20 ms elapsed, half done
  });

  it('stops with an AbortError when the signal is aborted', () => {
    const controller = new AbortController();
    const aborting: Simulator = (s, o) => {
      if (o.replication === 1) controller.abort();
      return fakeSimulator(s, o);
    };
    expect(() => runReplications(scenario, { simulator: aborting, signal: controller.signal })).toThrow(expect.objectContaining({ name: 'AbortError' }));
  });

  it('refuses a negative or fractional count', () => {
    expect(() => runReplications(scenario, { replications: -1, simulator: fakeSimulator })).toThrow(/whole number/);
    expect(() => runReplicationRange(scenario, 3, 1, { simulator: fakeSimulator })).toThrow(/backwards/);
  });
});
