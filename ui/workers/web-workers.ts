// The browser's experiment-runner transport: warm web workers (one per core) reached through
// comlink. Each worker holds up to TASKS_PER_WORKER tasks: the next one waits in its message
// queue while it runs the current one, so it never sits idle while the page (busy painting)
// gets round to sending more work. A worker that dies is reported as ExecutorLostError for each
// task it held (the runner retries them on a fresh worker); cancelling a task terminates its
// worker and starts a fresh one, so the pool stays warm.
import * as Comlink from 'comlink';
import { ExecutorLostError, type FormulaMemo, type Scenario, type Task, type TaskEvents, type TaskResult, type Transport } from '../../sim/index.ts';
import type { SimApi } from './sim.api.ts';
import { reviveTaskError } from './task-error.ts';

/**
 * Tasks a worker holds at once: the one it runs and the next, queued behind it. Two take the
 * page's round trip (result in, next task out) off the worker's clock; more would only leave the
 * last tasks of a run queued behind a busy worker while another one idles.
 */
export const TASKS_PER_WORKER = 2;

interface Slot {
  worker: Worker;
  remote: Comlink.Remote<SimApi>;
  /** How to fail each task the worker holds when it dies. */
  held: Set<(error: ExecutorLostError) => void>;
  /** Settles when the worker's warm-up replications are done (or failed: the worker is still usable). */
  warmedUp: Promise<void>;
}

/** A replication a fresh worker runs and discards, so that its engine code is optimised before Run. */
export interface WarmUp {
  scenario: Scenario;
  /** The scenario's formulas evaluated for its horizon (the worker then never loads the evaluator). */
  formulas?: FormulaMemo;
}

/** Shoppers in a warm-up replication at most: every code path runs, in a fraction of a second cold. */
export const WARM_UP_SHOPPERS = 10_000;

/** `scenario` with its population cut to WARM_UP_SHOPPERS (if it has more); nothing else changes. */
export function warmUpCopy(scenario: Scenario): Scenario {
  if (scenario.population.size <= WARM_UP_SHOPPERS) return scenario;
  return { ...scenario, population: { ...scenario.population, size: WARM_UP_SHOPPERS } };
}

function spawn(warmUpWith: () => Promise<WarmUp | null>, after: Promise<void>): Slot {
  const worker = new Worker(new URL('./sim.worker.ts', import.meta.url), { type: 'module', name: 'shoplab-sim' });
  const remote = Comlink.wrap<SimApi>(worker);
  // The engine's code is compiled while the page is idle; a task sent meanwhile waits its turn.
  const warmUp = async () => {
    await after;
    const job = await warmUpWith();
    if (job) await remote.warmUp(job.scenario, job.formulas);
  };
  const slot: Slot = { worker, remote, held: new Set(), warmedUp: warmUp().catch(() => {}) };
  const lose = (error: ExecutorLostError) => {
    for (const fail of [...slot.held]) fail(error);
  };
  worker.addEventListener('error', (event) => {
    event.preventDefault();
    lose(new ExecutorLostError(event.message || 'the worker stopped unexpectedly'));
  });
  worker.addEventListener('messageerror', () => lose(new ExecutorLostError('a message from the worker could not be read')));
  return slot;
}

/** Options of the web-worker transport. */
export interface WebWorkersOptions {
  /** Test seam: the first time replication R is carried (again after each success), its worker crashes. */
  crashReplication?: number;
  /** What each fresh worker warms up on, asked for as it starts (none: workers start cold). */
  warmUp?: () => Promise<WarmUp | null>;
}

export class WebWorkersTransport implements Transport {
  private slots: Slot[] = [];
  private crashArmed: boolean;

  /** `size` workers at most (default: one per logical core). */
  constructor(
    readonly size: number = Math.max(1, navigator.hardwareConcurrency || 2),
    private readonly options: WebWorkersOptions = {},
  ) {
    this.crashArmed = (options.crashReplication ?? -1) >= 0;
  }

  /** Tasks worth having in flight: TASKS_PER_WORKER for each worker. */
  get concurrency(): number {
    return this.size * TASKS_PER_WORKER;
  }

  /** Settles once every worker now in the pool has finished warming up. */
  async whenWarm(): Promise<void> {
    await Promise.all(this.slots.map((slot) => slot.warmedUp));
  }

  /** Starts every worker ahead of the first run, so Run pays no start-up. */
  warm(): void {
    while (this.slots.length < this.size) this.slots.push(this.spawn());
  }

  /** The worker for a new task: an idle one, else a fresh one while the pool is short, else the least loaded. */
  private pick(): Slot {
    const idle = this.slots.find((slot) => slot.held.size === 0);
    if (idle) return idle;
    if (this.slots.length < this.size) {
      const slot = this.spawn();
      this.slots.push(slot);
      return slot;
    }
    return this.slots.reduce((least, slot) => (slot.held.size < least.held.size ? slot : least));
  }

  run(task: Task, events: TaskEvents, signal: AbortSignal): Promise<TaskResult> {
    if (signal.aborted) return Promise.reject(new DOMException('Run cancelled', 'AbortError'));
    const slot = this.pick();
    const crash = this.crashArmed && task.kind === 'replication' && task.replication === this.options.crashReplication;
    if (crash) this.crashArmed = false;
    return new Promise<TaskResult>((resolve, reject) => {
      let settled = false;
      const settle = () => {
        settled = true;
        signal.removeEventListener('abort', onAbort);
        slot.held.delete(lost);
      };
      const lost = (error: ExecutorLostError) => {
        if (settled) return;
        settle();
        this.replace(slot);
        reject(error);
      };
      const onAbort = () => {
        if (settled) return;
        settle();
        // Terminating the worker is the only way to stop it; what else it held runs again elsewhere.
        this.replace(slot);
        for (const fail of [...slot.held]) fail(new ExecutorLostError('its worker was stopped to cancel another task'));
        reject(new DOMException('Run cancelled', 'AbortError'));
      };
      slot.held.add(lost);
      signal.addEventListener('abort', onAbort, { once: true });
      const progress = Comlink.proxy((done: number) => {
        if (settled) return;
        events.onDays?.(done);
        events.onSeries?.(done);
      });
      slot.remote.run(task, crash, progress).then(
        (result) => {
          if (settled) return;
          settle();
          if (task.kind === 'replication' && task.replication === this.options.crashReplication) this.crashArmed = true;
          resolve(result);
        },
        (error: unknown) => {
          if (settled) return;
          settle();
          reject(reviveTaskError(error));
        },
      );
    });
  }

  private spawn(): Slot {
    const slot = spawn(this.options.warmUp ?? (async () => null), this.warmedUpSoFar);
    this.warmedUpSoFar = slot.warmedUp;
    return slot;
  }

  /**
   * Fresh workers warm up one after another: V8 optimises a worker's code on background threads,
   * which get no core while every worker runs at once (on 2 cores, two warm-ups side by side
   * left the engine unoptimised into the first replications of the run).
   */
  private warmedUpSoFar: Promise<void> = Promise.resolve();

  /** Terminates a slot's worker (once) and keeps a fresh one warm in its place (work in flight is lost). */
  private replace(slot: Slot): void {
    const at = this.slots.indexOf(slot);
    if (at < 0) return;
    slot.worker.terminate();
    this.slots.splice(at, 1);
    if (this.slots.length < this.size) this.slots.push(this.spawn());
  }

  async close(): Promise<void> {
    for (const slot of this.slots) slot.worker.terminate();
    this.slots = [];
  }
}
