// The web-worker transport with stand-in workers (comlink over a MessageChannel): each worker
// holds a task and the next one, a dying worker loses every task it held and the runner runs
// them again elsewhere, and cancelling one task hands the other task its worker held to a fresh one.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Comlink from 'comlink';
import { WebWorkersTransport, TASKS_PER_WORKER, WARM_UP_SHOPPERS, warmUpCopy } from '../../../ui/workers/web-workers.ts';
import { ExecutorLostError, runTasks, ScenarioSchema, type ReplicationTask, type Scenario, type Task, type TaskResult } from '../../../sim/index.ts';
import { fakeRun } from '../fixtures.ts';

interface Held {
  worker: FakeWorker;
  replication: number;
  finish: () => void;
}

/** Every task a stand-in worker has started, in order, and those not finished yet. */
let started: Held[] = [];
let workers: FakeWorker[] = [];
/** What each stand-in worker warmed up on. */
let warmedOn: { shoppers: number; formulas: unknown }[] = [];

/** A Worker whose other end is comlink over a MessageChannel; its tasks finish when the test says. */
class FakeWorker {
  private readonly channel = new MessageChannel();
  private readonly errors: ((event: { message: string; preventDefault(): void }) => void)[] = [];
  terminated = false;

  constructor() {
    workers.push(this);
    const api = {
      warmUp: async (scenario: Scenario, formulas?: unknown) => void warmedOn.push({ shoppers: scenario.population.size, formulas }),
      run: (task: Task) =>
        new Promise<TaskResult>((resolve) => {
          const replication = (task as ReplicationTask).replication;
          started.push({ worker: this, replication, finish: () => resolve(fakeRun(replication, 3)) });
        }),
    };
    Comlink.expose(api, this.channel.port2);
  }

  postMessage(message: unknown, transfer?: Transferable[]): void {
    if (!this.terminated) this.channel.port1.postMessage(message, transfer ?? []);
  }

  addEventListener(type: string, listener: (event: never) => void): void {
    if (type === 'message') {
      this.channel.port1.addEventListener('message', listener as (event: MessageEvent) => void);
      this.channel.port1.start();
    } else if (type === 'error') this.errors.push(listener as (typeof this.errors)[number]);
  }

  removeEventListener(type: string, listener: (event: never) => void): void {
    if (type === 'message') this.channel.port1.removeEventListener('message', listener as (event: MessageEvent) => void);
  }

  /** The worker dies as an uncaught error kills it. */
  crash(): void {
    for (const listener of this.errors) listener({ message: 'worker died', preventDefault() {} });
  }

  terminate(): void {
    this.terminated = true;
    this.channel.port1.close();
    this.channel.port2.close();
  }
}

const tick = () => new Promise((r) => setTimeout(r, 20));
const tasks = (n: number): ReplicationTask[] => Array.from({ length: n }, (_, r) => ({ kind: 'replication', index: r, scenario: { name: 'Shop' } as ReplicationTask['scenario'], seed: 1, replication: r }));
/** Finishes the oldest unfinished task that replication started as, and forgets it. */
const finish = (replication: number) => {
  const i = started.findIndex((h) => h.replication === replication && !h.worker.terminated);
  started.splice(i, 1)[0].finish();
};

describe('the web-worker transport', () => {
  const real = (globalThis as { Worker?: unknown }).Worker;
  beforeEach(() => {
    started = [];
    workers = [];
    warmedOn = [];
    (globalThis as { Worker?: unknown }).Worker = FakeWorker;
  });
  afterEach(() => {
    (globalThis as { Worker?: unknown }).Worker = real;
  });

  it('gives each worker the task it runs and the next one, so it never waits for the page between tasks', async () => {
    const transport = new WebWorkersTransport(2);
    expect(transport.concurrency).toBe(2 * TASKS_PER_WORKER);
    const done = runTasks(tasks(6), { transport });
    await tick();
    // Four tasks went out at once, two to each worker (here the stand-in starts every task it is sent).
    expect(workers.length).toBe(2);
    const placed = () => started.map((h) => [h.replication, workers.indexOf(h.worker)]).sort((a, b) => a[0] - b[0]);
    expect(placed()).toEqual([[0, 0], [1, 1], [2, 0], [3, 1]]);
    finish(0);
    await tick();
    // The freed place goes to the worker that now holds one task.
    expect(placed().at(-1)).toEqual([4, 0]);
    for (const r of [1, 2, 3, 4]) finish(r);
    await tick();
    finish(5);
    expect((await done).map((r) => r.replication)).toEqual([0, 1, 2, 3, 4, 5]);
    await transport.close();
  });

  it('a dying worker loses both tasks it held; both run again on a fresh worker and the run completes', async () => {
    const transport = new WebWorkersTransport(1);
    const retried: number[] = [];
    const done = runTasks(tasks(3), { transport, onRetry: (task, error) => retried.push(task.index) && expect(error).toBeInstanceOf(ExecutorLostError) });
    await tick();
    expect(started.map((h) => h.replication).sort()).toEqual([0, 1]);
    workers[0].crash();
    await tick();
    expect(retried.sort()).toEqual([0, 1]);
    expect(workers[0].terminated).toBe(true);
    expect(workers.length).toBe(2);
    for (const r of [1, 0]) finish(r);
    await tick();
    finish(2);
    expect((await done).map((r) => r.replication)).toEqual([0, 1, 2]);
    await transport.close();
  });

  it('cancelling one task stops its worker; the other task it held is reported lost, not cancelled', async () => {
    const transport = new WebWorkersTransport(1);
    transport.warm();
    const cancel = new AbortController();
    const first = transport.run(tasks(1)[0], {}, cancel.signal);
    const second = transport.run({ ...tasks(2)[1] }, {}, new AbortController().signal);
    await tick();
    cancel.abort();
    await expect(first).rejects.toMatchObject({ name: 'AbortError' });
    await expect(second).rejects.toBeInstanceOf(ExecutorLostError);
    expect(workers[0].terminated).toBe(true);
    expect(workers.length).toBe(2);
    await transport.close();
  });

  it('warms every fresh worker on what it is given as it starts: the scenario to run, shrunk, with its formulas', async () => {
    const big = ScenarioSchema.parse({ name: 'Big shop', population: { size: 400_000 }, channels: { search: { kind: 'paid', budgetPerDayCny: 5000 } } });
    const memo = { days: big.days, startDate: big.startDate, params: big.params, values: {} };
    const transport = new WebWorkersTransport(2, { warmUp: async () => ({ scenario: warmUpCopy(big), formulas: memo }) });
    transport.warm();
    await transport.whenWarm();
    expect(warmedOn).toEqual([
      { shoppers: WARM_UP_SHOPPERS, formulas: memo },
      { shoppers: WARM_UP_SHOPPERS, formulas: memo },
    ]);
    await transport.close();
  });
});

describe('the warm-up copy of a scenario', () => {
  it('cuts the population to the warm-up size and leaves everything else, and the original, as they were', () => {
    const big = ScenarioSchema.parse({ name: 'Big shop', population: { size: 400_000, customersAtStart: 0.3 } });
    const copy = warmUpCopy(big);
    expect(copy.population).toEqual({ ...big.population, size: WARM_UP_SHOPPERS });
    expect({ ...copy, population: big.population }).toEqual(big);
    expect(big.population.size).toBe(400_000);
  });

  it('keeps a scenario no larger than the warm-up size as it is', () => {
    const small = ScenarioSchema.parse({ name: 'Small shop', population: { size: 3000 } });
    expect(warmUpCopy(small)).toBe(small);
  });
});
