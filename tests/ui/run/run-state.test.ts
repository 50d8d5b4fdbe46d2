// A scenario's run on the page: progressive results come from the replications landed so far, a
// run dropped by a lever move never paints its numbers, and the finished run shows the full summary.
import { describe, expect, it } from 'vitest';
import { RunState } from '../../../ui/run/run.svelte.ts';
import { summaryApi } from '../../../ui/workers/summary.api.ts';
import { ScenarioSchema } from '../../../sim/scenario/schema.ts';
import type { Task, TaskEvents, TaskResult } from '../../../sim/experiment/transport.ts';
import type { Summariser } from '../../../ui/workers/summary-client.ts';
import type { WebWorkersTransport } from '../../../ui/workers/web-workers.ts';
import type { RiskTargets } from '../../../ui/risk/targets.svelte.ts';
import { fakeRun } from '../fixtures.ts';
import { summarise, type RunResult } from '../../../sim/index.ts';

/** A transport whose replications finish when the test says so; a replication's KPIs carry its scenario's seed. */
class HeldTransport {
  readonly concurrency = 4;
  private readonly held: { name: string; replication: number; release: () => void }[] = [];

  run(task: Task, _events: TaskEvents, signal: AbortSignal): Promise<TaskResult> {
    if (task.kind !== 'replication') throw new Error('replications only');
    return new Promise((resolve, reject) => {
      signal.addEventListener('abort', () => reject(new DOMException('Run cancelled', 'AbortError')), { once: true });
      const run = { ...fakeRun(task.replication, 5), scenarioName: task.scenario.name };
      this.held.push({ name: task.scenario.name, replication: task.replication, release: () => resolve(run) });
    });
  }

  release(name: string, replication: number): void {
    const i = this.held.findIndex((h) => h.name === name && h.replication === replication);
    this.held.splice(i, 1)[0].release();
  }
}

/** The summary worker's API called in-thread, as comlink would call it. */
const summariser = {
  partialBegin: async (g: number, j: number) => summaryApi.partialBegin(g, j),
  partialAdd: async (g: number, j: number, run: Parameters<typeof summaryApi.partialAdd>[2]) => summaryApi.partialAdd(g, j, structuredClone({ ...run, trace: undefined })),
  partialEnd: async (g: number) => summaryApi.partialEnd(g),
  partialSummary: async (g: number) => summaryApi.partialSummary(g),
  partialFinish: async (g: number, n: number) => summaryApi.partialFinish(g, n),
  summarise: async (runs: Parameters<typeof summaryApi.summarise>[0]) => summaryApi.summarise(runs),
} as unknown as Summariser;

const settle = () => new Promise((r) => setTimeout(r, 200));
const scenario = (name: string) => ScenarioSchema.parse({ name, days: 5, replications: 3, population: { size: 100 } });

describe('a run in the workbench', () => {
  it('shows the replications landed so far, then the full summary', async () => {
    const transport = new HeldTransport();
    const state = new RunState(transport as unknown as WebWorkersTransport, summariser, { conditions: [] } as unknown as RiskTargets);
    const done = state.run(scenario('Shop'), 'shop', 'text');
    await settle();
    transport.release('Shop', 1);
    await settle();
    expect(state.partial).toMatchObject({ done: 1, total: 3 });
    expect(state.partial?.summary.kpis.orders.mean).toBe(fakeRun(1, 5).kpis.orders);
    transport.release('Shop', 0);
    transport.release('Shop', 2);
    expect(await done).toBe(true);
    expect(state.partial).toBeNull();
    expect(state.summary?.replications).toBe(3);
    expect(state.status).toBe('done');
    // The final summary came from the runs the summary worker already held, and equals a fresh one.
    expect(state.runs.map((r) => r.replication)).toEqual([0, 1, 2]);
    expect(state.summary).toEqual(summarise(state.runs));
  });

  it('sends the runs again when the summary worker does not hold them all', async () => {
    const transport = new HeldTransport();
    let finishes = 0;
    const lossy = {
      ...summariser,
      // One landed run never reaches the worker: its running summary is not the whole run.
      partialAdd: async (g: number, j: number, run: RunResult) => (run.replication === 1 ? undefined : summaryApi.partialAdd(g, j, structuredClone({ ...run, trace: undefined }))),
      partialFinish: async (g: number, n: number) => {
        finishes++;
        return summaryApi.partialFinish(g, n);
      },
    } as unknown as Summariser;
    const state = new RunState(transport as unknown as WebWorkersTransport, lossy, { conditions: [] } as unknown as RiskTargets);
    const done = state.run(scenario('Shop'), 'shop', 'text');
    await settle();
    for (const r of [0, 1, 2]) transport.release('Shop', r);
    expect(await done).toBe(true);
    expect(finishes).toBe(1);
    expect(state.summary?.replications).toBe(3);
    expect(state.summary).toEqual(summarise(state.runs));
  });

  it('never paints the numbers of a run a lever move dropped, and says nothing about cancelling it', async () => {
    const transport = new HeldTransport();
    const state = new RunState(transport as unknown as WebWorkersTransport, summariser, { conditions: [] } as unknown as RiskTargets);
    const painted: string[] = [];
    const old = state.run(scenario('Before'), 'shop', 'before', false, true);
    await settle();
    transport.release('Before', 0);
    await settle();
    expect(state.partial?.summary.scenarioName).toBe('Before');
    state.supersede();
    expect(state.partial).toBeNull();
    expect(await old).toBe(false);
    expect(state.status).not.toBe('cancelled');
    const next = state.run(scenario('After'), 'shop', 'after', false, true);
    await settle();
    for (const r of [2, 0, 1]) {
      transport.release('After', r);
      await settle();
      if (state.partial) painted.push(state.partial.summary.scenarioName);
    }
    expect(await next).toBe(true);
    expect(painted.every((name) => name === 'After')).toBe(true);
    expect(state.summary?.scenarioName).toBe('After');
    expect(state.live).toBe(true);
  });
});
