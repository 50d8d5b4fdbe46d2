// The worker_threads transport under the experiment runner: the same bytes as in-thread with one
// or two threads, a lost thread retried then reported naming the replication, a task's own error
// passed on as bad input, cancel that stops the threads at once, and a real engine thread killed
// mid-run losing and duplicating nothing.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { WorkerThreadsTransport } from '../../cli/transport/worker-threads.ts';
import { describeError } from '../../cli/errors.ts';
import { InThreadTransport } from '../../sim/experiment/in-thread.ts';
import { runExperiment, type ExperimentJob } from '../../sim/experiment/runner.ts';
import type { Transport } from '../../sim/experiment/transport.ts';
import type { RunResult } from '../../sim/result.ts';
import { ScenarioSchema } from '../../sim/scenario/schema.ts';
import { modelsExecutor } from '../../models/task-executor.ts';
import { smallShop } from '../fixtures/scenario.ts';

const fixture = new URL('./transport-worker.fixture.mjs', import.meta.url);

/** Every number of a result, series and per-SKU arrays included, as one string. */
function bytes(result: RunResult): string {
  const arrays = (group: Record<string, Float64Array>) => Object.entries(group).map(([k, v]) => `${k}:${Buffer.from(v.buffer, v.byteOffset, v.byteLength).toString('base64')}`);
  return JSON.stringify({ kpis: result.kpis, series: arrays(result.series), units: arrays(result.skuUnits), stock: arrays(result.skuStock) });
}

async function withTransport<T>(transport: Transport, body: (t: Transport) => Promise<T>): Promise<T> {
  try {
    return await body(transport);
  } finally {
    await transport.close();
  }
}

const jobs = (name: string, replications: number): ExperimentJob[] => [{ scenario: ScenarioSchema.parse({ name }), seed: 5, replications }];

describe('the worker_threads transport', () => {
  it('gives the same bytes as the in-thread transport with one and with two threads, forecast replenishment included', async () => {
    const shop = smallShop({ name: 'Same bytes', days: 15, skus: { tee: { replenishment: { policy: 'forecast', forecastModel: 'ses' } } } });
    const experiment: ExperimentJob[] = [{ scenario: shop, seed: 7, replications: 3 }, { scenario: smallShop({ days: 10 }), seed: 2, replications: 2 }];
    const local = await runExperiment(experiment, { transport: new InThreadTransport(modelsExecutor()), map: bytes });
    const one = await withTransport(new WorkerThreadsTransport(1), (transport) => runExperiment(experiment, { transport, map: bytes }));
    const two = await withTransport(new WorkerThreadsTransport(2), (transport) => runExperiment(experiment, { transport, map: bytes }));
    expect(one).toEqual(local);
    expect(two).toEqual(local);
    expect(new Set(local[0]).size).toBe(3);
  }, 180_000);

  it('retries a task whose thread died and delivers every result in order', async () => {
    const marker = join(mkdtempSync(join(tmpdir(), 'shoplab-wt-')), 'lost');
    const retried: string[] = [];
    const [results] = await withTransport(new WorkerThreadsTransport(2, fixture), (transport) =>
      runExperiment(jobs(`exit-once:${marker}`, 4), { transport, onRetry: (_, r, e) => retried.push(`${r}: ${e.message}`) }),
    );
    expect(results.map((r) => r.replication)).toEqual([0, 1, 2, 3]);
    expect([...results[2].series.orders]).toEqual([2, 5]);
    expect(retried).toHaveLength(1);
    expect(retried[0]).toMatch(/^[0-3]: a worker thread exited \(code 4\)$/);
  });

  it('gives up after three lost threads with an internal error naming the replication and the cause', async () => {
    const error = await withTransport(new WorkerThreadsTransport(1, fixture), (transport) => runExperiment(jobs('exit', 2), { transport })).catch((e: unknown) => e);
    expect(describeError(error)).toEqual({
      message: 'internal error: replication 0 of job 0 ("exit") failed: its executor was lost 3 time(s), the most allowed; last cause: a worker thread exited (code 3)',
      code: 1,
    });
  });

  it('passes a scenario problem found in a thread on as bad input, with its field path', async () => {
    const error = await withTransport(new WorkerThreadsTransport(1, fixture), (transport) => runExperiment(jobs('bad-scenario', 1), { transport })).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'ScenarioRunError', path: 'skus.x.replenishment.forecastModel' });
    expect(describeError(error)).toEqual({ message: 'error: skus.x.replenishment.forecastModel: unknown forecaster "y"', code: 2 });
  });

  it('stops its threads and rejects with AbortError when cancelled', async () => {
    const controller = new AbortController();
    const transport = new WorkerThreadsTransport(2, fixture);
    const run = runExperiment(jobs('hang', 4), { transport, signal: controller.signal, onProgress: () => controller.abort() });
    await expect(run).rejects.toMatchObject({ name: 'AbortError' });
    expect(describeError(await run.catch((e: unknown) => e))).toEqual({ message: 'cancelled', code: 130 });
    await transport.close();
  });
});

describe('a worker thread that dies mid-run', () => {
  it('loses nothing and duplicates nothing: every replication lands exactly once, byte for byte the in-thread result', async () => {
    const shop = smallShop({ name: 'Dying worker', days: 12, population: { size: 1500 } });
    const experiment: ExperimentJob[] = [{ scenario: shop, seed: 11, replications: 6 }];
    const local = await runExperiment(experiment, { transport: new InThreadTransport(modelsExecutor()), map: bytes });
    const marker = join(mkdtempSync(join(tmpdir(), 'shoplab-die-')), 'died');
    process.env.SHOPLAB_DIE_MARKER = marker;
    process.env.SHOPLAB_DIE_REPLICATION = '3';
    const landed: string[] = [];
    const retried: string[] = [];
    let results: string[][];
    try {
      results = await withTransport(new WorkerThreadsTransport(2, new URL('./dying-worker.fixture.ts', import.meta.url)), (transport) =>
        runExperiment(experiment, { transport, map: bytes, onResult: (job, r) => landed.push(`${job}/${r}`), onRetry: (job, r, e) => retried.push(`${job}/${r}: ${e.message}`) }),
      );
    } finally {
      delete process.env.SHOPLAB_DIE_MARKER;
      delete process.env.SHOPLAB_DIE_REPLICATION;
    }
    expect(readFileSync(marker, 'utf8')).toBe('replication 3 died before posting its result');
    expect(retried).toEqual(['0/3: a worker thread exited (code 9)']);
    expect([...landed].sort()).toEqual(['0/0', '0/1', '0/2', '0/3', '0/4', '0/5']);
    expect(results).toEqual(local);
    expect(new Set(local[0]).size).toBe(6);
  }, 180_000);
});
