import { describe, expect, it } from 'vitest';
import { WorkerCrashError, WorkerPool, type ReplicationTask } from '../../cli/pool/pool.ts';
import { describeError } from '../../cli/errors.ts';
import { ScenarioSchema } from '../../sim/scenario/schema.ts';

const entry = new URL('./pool-worker.fixture.mjs', import.meta.url);

function tasks(mode: string, n: number): ReplicationTask[] {
  const scenario = ScenarioSchema.parse({ name: mode });
  return Array.from({ length: n }, (_, r) => ({ scenario, seed: 5, replication: r }));
}

describe('the worker pool', () => {
  it('returns results in task order with their typed arrays, whatever worker ran them', async () => {
    const done: number[] = [];
    const results = await new WorkerPool(3, entry).run(tasks('ok', 7), undefined, { onDone: (t) => done.push(t) });
    expect(results.map((r) => r.replication)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(results[4].series.orders).toBeInstanceOf(Float64Array);
    expect([...results[4].series.orders]).toEqual([4, 5]);
    expect(done.sort()).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });

  it('reports a worker that throws as a crash naming the replication', async () => {
    const run = new WorkerPool(2, entry).run(tasks('throw', 2));
    await expect(run).rejects.toThrow(WorkerCrashError);
    await expect(run).rejects.toThrow(/a worker crashed while simulating replication \d of "throw": boom in the worker/);
  });

  it('reports a worker that exits mid-task', async () => {
    await expect(new WorkerPool(1, entry).run(tasks('exit', 1))).rejects.toThrow('a worker exited (code 3) while simulating replication 0 of "exit"');
  });

  it('passes a scenario problem found in a worker on as bad input, not a crash', async () => {
    const error = await new WorkerPool(1, entry).run(tasks('bad-scenario', 1)).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'ScenarioRunError' });
    expect(describeError(error)).toEqual({ message: 'error: skus.x.replenishment.forecastModel: unknown forecaster "y"', code: 2 });
  });

  it('stops its workers and rejects with AbortError when cancelled', async () => {
    const controller = new AbortController();
    const run = new WorkerPool(2, entry).run(tasks('hang', 4), undefined, { signal: controller.signal, onDays: () => controller.abort() });
    await expect(run).rejects.toMatchObject({ name: 'AbortError' });
    expect(describeError(await run.catch((e: unknown) => e))).toEqual({ message: 'cancelled', code: 130 });
  });
});
