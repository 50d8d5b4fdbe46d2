// The browser's experiment-runner transport: warm web workers (one per core) reached through
// comlink, one task per worker at a time. A worker that dies mid-task is reported as
// ExecutorLostError (the runner retries the task on a fresh worker); cancelling a task terminates
// its worker and starts a fresh one, so the pool stays warm.
import * as Comlink from 'comlink';
import { ExecutorLostError, type Scenario, type Task, type TaskEvents, type TaskResult, type Transport } from '../../sim/index.ts';
import type { SimApi } from './sim.api.ts';
import { reviveTaskError } from './task-error.ts';

interface Slot {
  worker: Worker;
  remote: Comlink.Remote<SimApi>;
  lost: (error: ExecutorLostError) => void;
  /** Settles when the worker's warm-up replication is done (or failed: the worker is still usable). */
  warmedUp: Promise<void>;
}

function spawn(warmUpScenario: () => Promise<Scenario | null>): Slot {
  const worker = new Worker(new URL('./sim.worker.ts', import.meta.url), { type: 'module', name: 'shoplab-sim' });
  const remote = Comlink.wrap<SimApi>(worker);
  // The engine's code is compiled while the page is idle; a task sent meanwhile waits its turn.
  const warmUp = async () => {
    const scenario = await warmUpScenario();
    if (scenario) await remote.warmUp(scenario);
  };
  const slot: Slot = { worker, remote, lost: () => {}, warmedUp: warmUp().catch(() => {}) };
  worker.addEventListener('error', (event) => {
    event.preventDefault();
    slot.lost(new ExecutorLostError(event.message || 'the worker stopped unexpectedly'));
  });
  worker.addEventListener('messageerror', () => slot.lost(new ExecutorLostError('a message from the worker could not be read')));
  return slot;
}

/** Options of the web-worker transport. */
export interface WebWorkersOptions {
  /** Test seam: the first time replication R is carried (again after each success), its worker crashes. */
  crashReplication?: number;
  /** The scenario each fresh worker warms up on (none: workers start cold). */
  warmUpScenario?: () => Promise<Scenario | null>;
}

export class WebWorkersTransport implements Transport {
  private idle: Slot[] = [];
  private readonly busy = new Set<Slot>();
  private crashArmed: boolean;

  /** `size` workers at most (default: one per logical core). */
  constructor(
    readonly size: number = Math.max(1, navigator.hardwareConcurrency || 2),
    private readonly options: WebWorkersOptions = {},
  ) {
    this.crashArmed = (options.crashReplication ?? -1) >= 0;
  }

  get concurrency(): number {
    return this.size;
  }

  /** Settles once every worker now in the pool has finished its warm-up replication. */
  async whenWarm(): Promise<void> {
    await Promise.all([...this.idle, ...this.busy].map((slot) => slot.warmedUp));
  }

  /** Starts every worker ahead of the first run, so Run pays no start-up. */
  warm(): void {
    while (this.idle.length + this.busy.size < this.size) this.idle.push(this.spawn());
  }

  run(task: Task, events: TaskEvents, signal: AbortSignal): Promise<TaskResult> {
    if (signal.aborted) return Promise.reject(new DOMException('Run cancelled', 'AbortError'));
    const slot = this.idle.pop() ?? this.spawn();
    this.busy.add(slot);
    const crash = this.crashArmed && task.kind === 'replication' && task.replication === this.options.crashReplication;
    if (crash) this.crashArmed = false;
    return new Promise<TaskResult>((resolve, reject) => {
      let settled = false;
      const settle = (keep: boolean) => {
        settled = true;
        signal.removeEventListener('abort', onAbort);
        slot.lost = () => {};
        this.busy.delete(slot);
        if (keep) this.idle.push(slot);
        else this.replace(slot);
      };
      const onAbort = () => {
        if (settled) return;
        settle(false);
        reject(new DOMException('Run cancelled', 'AbortError'));
      };
      signal.addEventListener('abort', onAbort, { once: true });
      slot.lost = (error) => {
        if (settled) return;
        settle(false);
        reject(error);
      };
      const progress = Comlink.proxy((done: number) => {
        if (settled) return;
        events.onDays?.(done);
        events.onSeries?.(done);
      });
      slot.remote.run(task, crash, progress).then(
        (result) => {
          if (settled) return;
          settle(true);
          if (task.kind === 'replication' && task.replication === this.options.crashReplication) this.crashArmed = true;
          resolve(result);
        },
        (error: unknown) => {
          if (settled) return;
          settle(true);
          reject(reviveTaskError(error));
        },
      );
    });
  }

  private spawn(): Slot {
    const scenario = this.options.warmUpScenario;
    return spawn(scenario ? () => (this.warmScenario ??= scenario()) : async () => null);
  }

  /** The warm-up scenario, asked for once. */
  private warmScenario: Promise<Scenario | null> | undefined;

  /** Terminates a slot's worker and keeps a fresh one warm in its place (work in flight is lost). */
  private replace(slot: Slot): void {
    slot.worker.terminate();
    if (this.idle.length + this.busy.size < this.size) this.idle.push(this.spawn());
  }

  async close(): Promise<void> {
    for (const slot of [...this.idle, ...this.busy]) slot.worker.terminate();
    this.idle = [];
    this.busy.clear();
  }
}
