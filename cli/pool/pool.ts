// A worker_threads pool that runs replications of scenarios in parallel. Each task is one
// (scenario, seed, replication); results come back in task order, so a run with N workers is
// identical to a run in one thread.
import { Worker } from 'node:worker_threads';
import type { RunResult, Scenario } from '../../sim/index.ts';
import type { RunTaskMessage, WorkerMessage } from './protocol.ts';

/** One replication to simulate. */
export interface ReplicationTask {
  scenario: Scenario;
  seed: number;
  replication: number;
  days?: number;
}

/** Callbacks and cancellation for one `run`. */
export interface PoolRunOptions {
  signal?: AbortSignal;
  /** Task `task` has simulated `daysDone` days. */
  onDays?: (task: number, daysDone: number) => void;
  /** Task `task` is complete. */
  onDone?: (task: number) => void;
}

/** A worker died or a replication threw inside one; the message says which replication. */
export class WorkerCrashError extends Error {
  constructor(message: string, readonly workerStack?: string) {
    super(message);
    this.name = 'WorkerCrashError';
  }
}

// From the sources, worker.mjs registers tsx before loading worker.ts; compiled, worker.js runs as is.
const WORKER_ENTRY = new URL(import.meta.url.endsWith('.ts') ? './worker.mjs' : './worker.js', import.meta.url);

function abortError(): DOMException {
  return new DOMException('The run was cancelled', 'AbortError');
}

/** Runs tasks on up to `size` worker threads (started per run, stopped when it ends). */
export class WorkerPool {
  constructor(
    readonly size: number,
    private readonly entry: URL = WORKER_ENTRY,
  ) {
    if (!Number.isInteger(size) || size < 1) throw new RangeError(`a worker pool needs at least one worker, got ${size}`);
  }

  /**
   * Simulates every task; resolves with `map(result)` of each in task order (`map` runs as each
   * result arrives, so a caller can drop what it does not need).
   */
  run<T = RunResult>(tasks: readonly ReplicationTask[], map: (result: RunResult) => T = (r) => r as T, options: PoolRunOptions = {}): Promise<T[]> {
    const { signal, onDays, onDone } = options;
    if (signal?.aborted) return Promise.reject(abortError());
    if (tasks.length === 0) return Promise.resolve([]);
    return new Promise<T[]>((resolve, reject) => {
      const results = new Array<T>(tasks.length);
      const workers: Worker[] = [];
      const running = new Map<Worker, number>();
      let next = 0;
      let completed = 0;
      let settled = false;

      const stopAll = () => {
        for (const w of workers) void w.terminate();
        signal?.removeEventListener('abort', onAbort);
      };
      const fail = (error: Error) => {
        if (settled) return;
        settled = true;
        stopAll();
        reject(error);
      };
      const onAbort = () => fail(abortError());
      signal?.addEventListener('abort', onAbort, { once: true });

      const describe = (task: number) => {
        const t = tasks[task];
        return `replication ${t.replication} of "${t.scenario.name}"`;
      };
      const dispatch = (worker: Worker) => {
        if (next >= tasks.length) {
          running.delete(worker);
          void worker.terminate();
          return;
        }
        const task = next++;
        running.set(worker, task);
        const t = tasks[task];
        const message: RunTaskMessage = { type: 'run', task, scenario: t.scenario, seed: t.seed, replication: t.replication, days: t.days };
        worker.postMessage(message);
      };

      const count = Math.min(this.size, tasks.length);
      for (let i = 0; i < count; i++) {
        const worker = new Worker(this.entry);
        workers.push(worker);
        worker.on('message', (message: WorkerMessage) => {
          if (settled) return;
          if (message.type === 'progress') onDays?.(message.task, message.daysDone);
          else if (message.type === 'result') {
            results[message.task] = map(message.result);
            completed++;
            onDone?.(message.task);
            if (completed === tasks.length) {
              settled = true;
              stopAll();
              resolve(results);
            } else dispatch(worker);
          } else if (message.name === 'AbortError') fail(abortError());
          else if (message.name === 'ScenarioRunError' || message.name === 'UsageError') fail(Object.assign(new Error(message.message), { name: message.name }));
          else fail(new WorkerCrashError(`simulating ${describe(message.task)} failed in a worker: ${message.message}`, message.stack));
        });
        worker.on('error', (error: Error) => {
          const task = running.get(worker);
          const what = task === undefined ? 'a worker failed to start' : `a worker crashed while simulating ${describe(task)}`;
          fail(new WorkerCrashError(`${what}: ${error.message}`, error.stack));
        });
        worker.on('exit', (code) => {
          if (settled || !running.has(worker)) return;
          const task = running.get(worker)!;
          fail(new WorkerCrashError(`a worker exited (code ${code}) while simulating ${describe(task)}`));
        });
        dispatch(worker);
      }
    });
  }
}
