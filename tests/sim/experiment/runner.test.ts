// The experiment runner over test transports: results land in task order whatever order they
// finish in, stream as they finish, cancel at once, and a lost executor is retried a bounded
// number of times before a clear error names the replication.
import { describe, expect, it } from 'vitest';
import { runExperiment, runTasks, type ExperimentJob } from '../../../sim/experiment/runner.ts';
import { InThreadTransport } from '../../../sim/experiment/in-thread.ts';
import { ExecutorLostError, type Task, type TaskEvents, type TaskResult, type Transport } from '../../../sim/experiment/transport.ts';
import type { RunResult } from '../../../sim/result.ts';
import { smallShop } from '../../fixtures/scenario.ts';
import { fakeRun } from './run-result.fixture.ts';

/** A transport of fake replications: task i finishes after `delayMs(i)` and reports one day first. */
class FakeTransport implements Transport {
  started: number[] = [];
  aborted: number[] = [];
  constructor(
    readonly concurrency: number,
    private readonly delayMs: (task: Task) => number = () => 0,
    private readonly lose: (task: Task, attempt: number) => boolean = () => false,
  ) {}
  run(task: Task, events: TaskEvents, signal: AbortSignal): Promise<TaskResult> {
    if (task.kind !== 'replication') throw new Error('replications only');
    const attempt = this.started.filter((i) => i === task.index).length + 1;
    this.started.push(task.index);
    return new Promise((resolve, reject) => {
      setTimeout(() => events.onDays?.(1), 0);
      const timer = setTimeout(() => {
        if (this.lose(task, attempt)) reject(new ExecutorLostError(`worker ${attempt} exited with code 9`));
        else resolve(fakeRun({ replication: task.replication, seed: task.seed, scenarioName: task.scenario.name, days: 2 }));
      }, this.delayMs(task));
      signal.addEventListener('abort', () => {
        clearTimeout(timer);
        this.aborted.push(task.index);
        reject(new DOMException('aborted', 'AbortError'));
      });
    });
  }
  async close(): Promise<void> {}
}

const a = smallShop({ name: 'A', days: 2 });
const b = smallShop({ name: 'B', days: 2 });
const jobs: ExperimentJob[] = [
  { scenario: a, seed: 4, replications: 3 },
  { scenario: b, seed: 9, replications: 2 },
];

describe('runExperiment', () => {
  it('returns results by job and replication although later tasks finish first', async () => {
    const transport = new FakeTransport(5, (t) => (t.kind === 'replication' ? 50 - 10 * t.index : 0));
    const results = await runExperiment(jobs, { transport });
    expect(results.map((job) => job.map((r) => `${r.scenarioName}:${r.seed}:${r.replication}`))).toEqual([['A:4:0', 'A:4:1', 'A:4:2'], ['B:9:0', 'B:9:1']]);
  });

  it('streams each mapped value as it finishes and reports progress up to every replication done', async () => {
    const transport = new FakeTransport(5, (t) => (t.kind === 'replication' ? 50 - 10 * t.index : 0));
    const streamed: string[] = [];
    const done: number[] = [];
    const results = await runExperiment(jobs, {
      transport,
      map: (r: RunResult) => r.replication * 100 + r.seed,
      onResult: (job, replication, value) => streamed.push(`${job}/${replication}=${value}`),
      onProgress: (p) => done.push(p.replicationsDone),
    });
    expect(streamed).toEqual(['1/1=109', '1/0=9', '0/2=204', '0/1=104', '0/0=4']);
    expect(results).toEqual([[4, 104, 204], [9, 109]]);
    expect(done.at(-1)).toBe(5);
  });

  it('keeps at most `concurrency` tasks in flight', async () => {
    let inFlight = 0;
    let most = 0;
    const inner = new FakeTransport(2, () => 5);
    const counting: Transport = {
      concurrency: 2,
      async run(task, events, signal) {
        most = Math.max(most, ++inFlight);
        try {
          return await inner.run(task, events, signal);
        } finally {
          inFlight--;
        }
      },
      close: async () => {},
    };
    await runExperiment([{ scenario: a, seed: 1, replications: 7 }], { transport: counting });
    expect(most).toBe(2);
  });

  it('rejects with AbortError at once when cancelled and abandons the tasks in flight', async () => {
    const transport = new FakeTransport(2, () => 10_000);
    const controller = new AbortController();
    const started = performance.now();
    const run = runExperiment(jobs, { transport, signal: controller.signal, onProgress: () => controller.abort() });
    await expect(run).rejects.toMatchObject({ name: 'AbortError' });
    expect(performance.now() - started).toBeLessThan(1000);
    expect(transport.aborted.sort()).toEqual([0, 1]);
    expect(transport.started).toEqual([0, 1]);
  });

  it('retries a replication whose executor was lost and still returns every result in order', async () => {
    const transport = new FakeTransport(2, () => 1, (t, attempt) => t.index === 3 && attempt < 3);
    const retried: string[] = [];
    const results = await runExperiment(jobs, { transport, onRetry: (job, r, error) => retried.push(`${job}/${r}: ${error.message}`) });
    expect(results[1].map((r) => r.replication)).toEqual([0, 1]);
    expect(retried).toEqual(['1/0: worker 1 exited with code 9', '1/0: worker 2 exited with code 9']);
    expect(transport.started.filter((i) => i === 3)).toHaveLength(3);
  });

  it('gives up after maxAttempts lost executors with an error naming the replication, job, scenario and cause', async () => {
    const transport = new FakeTransport(1, () => 1, (t) => t.index === 4);
    const run = runExperiment(jobs, { transport, maxAttempts: 2 });
    await expect(run).rejects.toThrow(ExecutorLostError);
    await expect(run).rejects.toThrow('replication 1 of job 1 ("B") failed: its executor was lost 2 time(s), the most allowed; last cause: worker 2 exited with code 9');
    expect(transport.started.filter((i) => i === 4)).toHaveLength(2);
  });

  it('fails at once, without retrying, on a task\'s own error', async () => {
    let calls = 0;
    const failing: Transport = {
      concurrency: 1,
      run: async () => {
        calls++;
        throw Object.assign(new Error('skus.x.replenishment.forecastModel: unknown forecaster "y"'), { name: 'ScenarioRunError' });
      },
      close: async () => {},
    };
    await expect(runExperiment(jobs, { transport: failing })).rejects.toMatchObject({ name: 'ScenarioRunError' });
    expect(calls).toBe(1);
  });

  it('refuses a negative replication count and a bad maxAttempts', async () => {
    await expect(runExperiment([{ scenario: a, seed: 1, replications: -1 }])).rejects.toThrow('job 0 ("A"): replications must be a whole number ≥ 0, got -1');
    await expect(runTasks([], { maxAttempts: 0 })).rejects.toThrow('maxAttempts must be a whole number ≥ 1, got 0');
  });
});

describe('the in-thread transport', () => {
  it('gives the same bytes as separate engine runs, replication by replication', async () => {
    const shop = smallShop({ days: 12, seed: 3 });
    const [runs] = await runExperiment([{ scenario: shop, seed: 3, replications: 2 }], { transport: new InThreadTransport() });
    const [again] = await runExperiment([{ scenario: shop, seed: 3, replications: 2 }]);
    expect(runs.map((r) => r.kpis)).toEqual(again.map((r) => r.kpis));
    expect([...runs[1].series.orders]).toEqual([...again[1].series.orders]);
    expect(runs[0].kpis).not.toEqual(runs[1].kpis);
  });

  it('lets a cancel between tasks stop the run before the next replication starts', async () => {
    const controller = new AbortController();
    const seen: number[] = [];
    const run = runExperiment([{ scenario: smallShop({ days: 3 }), seed: 1, replications: 50 }], {
      signal: controller.signal,
      onResult: (_, r) => {
        seen.push(r);
        if (r === 1) controller.abort();
      },
    });
    await expect(run).rejects.toMatchObject({ name: 'AbortError' });
    expect(seen).toEqual([0, 1]);
  });
});
