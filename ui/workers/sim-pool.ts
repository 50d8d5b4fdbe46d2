// A pool of simulation workers (one per core): hands out replications as workers free up,
// collects results in task order, reports progress, cancels, and replaces a worker that crashes.
import * as Comlink from 'comlink';
import type { RunResult } from '../../sim/light.ts';
import type { SimApi, SimTask } from './sim.api.ts';

/** How a pool run is going. */
export interface PoolProgress {
  /** Share of all simulated days done (0–1). */
  fraction: number;
  tasksDone: number;
  tasksTotal: number;
}

export interface PoolRunOptions {
  signal?: AbortSignal;
  onProgress?: (progress: PoolProgress) => void;
  /** Called when a worker crashed and its task is retried on a fresh worker. */
  onCrash?: (message: string) => void;
}

/** A task is retried this many times on fresh workers before the run fails. */
const MAX_ATTEMPTS = 3;

class WorkerCrash extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WorkerCrash';
  }
}

interface Slot {
  worker: Worker;
  remote: Comlink.Remote<SimApi>;
  busy: boolean;
  crash: (error: WorkerCrash) => void;
}

function spawn(): Slot {
  const worker = new Worker(new URL('./sim.worker.ts', import.meta.url), { type: 'module', name: 'shoplab-sim' });
  const slot: Slot = { worker, remote: Comlink.wrap<SimApi>(worker), busy: false, crash: () => {} };
  worker.addEventListener('error', (event) => {
    event.preventDefault();
    slot.crash(new WorkerCrash(event.message || 'the worker stopped unexpectedly'));
  });
  worker.addEventListener('messageerror', () => slot.crash(new WorkerCrash('a message from the worker could not be read')));
  return slot;
}

export class SimPool {
  private slots: Slot[] = [];

  /** `size` workers at most (default: one per logical core). */
  constructor(readonly size: number = Math.max(1, navigator.hardwareConcurrency || 2)) {}

  /** Starts every worker ahead of the first run, so Run pays no start-up. */
  warm(): void {
    while (this.slots.length < this.size) this.slots.push(spawn());
  }

  /** Runs every task; resolves with results in task order or rejects (AbortError on cancel). */
  runTasks(tasks: readonly SimTask[], options: PoolRunOptions = {}): Promise<RunResult[]> {
    const { signal, onProgress, onCrash } = options;
    const wanted = Math.min(this.size, tasks.length);
    while (this.slots.length < wanted) this.slots.push(spawn());
    const results: RunResult[] = new Array(tasks.length);
    const fractions = new Float64Array(tasks.length);
    const queue = tasks.map((_, index) => ({ index, attempt: 0 }));
    let done = 0;
    let settled = false;

    return new Promise<RunResult[]>((resolve, reject) => {
      const report = () => {
        let sum = 0;
        for (const f of fractions) sum += f;
        onProgress?.({ fraction: tasks.length ? sum / tasks.length : 1, tasksDone: done, tasksTotal: tasks.length });
      };
      const fail = (error: unknown) => {
        if (settled) return;
        settled = true;
        for (const slot of this.slots.slice(0, wanted)) if (slot.busy) this.replace(slot);
        reject(error);
      };
      const pump = () => {
        if (settled) return;
        if (done === tasks.length) {
          settled = true;
          resolve(results);
          return;
        }
        for (const slot of this.slots.slice(0, wanted)) {
          if (slot.busy || queue.length === 0) continue;
          start(slot, queue.shift()!);
        }
      };
      const start = (slot: Slot, item: { index: number; attempt: number }) => {
        slot.busy = true;
        const task = item.attempt === 0 ? tasks[item.index] : { ...tasks[item.index], crash: false };
        const crashed = new Promise<never>((_, rejectCrash) => (slot.crash = rejectCrash));
        const progress = Comlink.proxy((d: number, total: number) => {
          if (!settled) {
            fractions[item.index] = total > 0 ? d / total : 1;
            report();
          }
        });
        Promise.race([slot.remote.run(task, progress), crashed]).then(
          (result) => {
            slot.busy = false;
            if (settled) return;
            results[item.index] = result;
            fractions[item.index] = 1;
            done++;
            report();
            pump();
          },
          (error: unknown) => {
            if (settled) return;
            if (error instanceof WorkerCrash) {
              this.replace(slot);
              if (item.attempt + 1 >= MAX_ATTEMPTS) return fail(new Error(`a worker crashed ${MAX_ATTEMPTS} times on replication ${task.replication}: ${error.message}`));
              fractions[item.index] = 0;
              onCrash?.(error.message);
              queue.unshift({ index: item.index, attempt: item.attempt + 1 });
              pump();
              return;
            }
            slot.busy = false;
            fail(error);
          },
        );
      };
      if (signal?.aborted) return fail(new DOMException('Run cancelled', 'AbortError'));
      signal?.addEventListener('abort', () => fail(new DOMException('Run cancelled', 'AbortError')), { once: true });
      report();
      pump();
    });
  }

  /** Terminates a slot's worker and puts a fresh one in its place (work in flight is lost). */
  private replace(slot: Slot): void {
    slot.worker.terminate();
    slot.crash = () => {};
    const i = this.slots.indexOf(slot);
    if (i >= 0) this.slots[i] = spawn();
  }

  dispose(): void {
    for (const slot of this.slots) slot.worker.terminate();
    this.slots = [];
  }
}
