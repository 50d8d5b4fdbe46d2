// Where the experiment runner's tasks execute: this thread, Node worker threads, browser web
// workers or a distributed queue. A transport only carries one task to an executor and its result
// back; scheduling, ordering, retries, progress and cancellation belong to the runner.
import type { ForecastChunkInput, ForecastChunkOutput } from '../../models/backtest/chunk.ts';
import type { RunResult } from '../result.ts';
import type { Scenario } from '../scenario/schema.ts';
import type { FormulaMemo } from '../scenario/formulaMemo.ts';

/** One replication of one scenario: everything an executor needs, as plain structured-cloneable data. */
export interface ReplicationTask {
  kind: 'replication';
  /** Position of the task in its run (0-based); the runner delivers results by this index. */
  index: number;
  scenario: Scenario;
  /** Seed of the random streams. */
  seed: number;
  /** Replication number: replication r always draws from the streams of (seed, r). */
  replication: number;
  /** Horizon override (days); the scenario's `days` when absent. */
  days?: number;
  /** Shoppers whose journeys the run traces (absent: none). */
  trace?: number;
  /** The scenario's formulas already evaluated for this horizon (absent: the executor evaluates them). */
  formulas?: FormulaMemo;
}

/** A contiguous share of a sales panel to backtest and forecast (`shoplab forecast` on many series). */
export interface ForecastChunkTask {
  kind: 'forecast-chunk';
  /** Position of the task in its run (0-based); the runner delivers results by this index. */
  index: number;
  input: ForecastChunkInput;
}

/** A unit of work a transport can carry. */
export type Task = ReplicationTask | ForecastChunkTask;

/** What a task produces: a replication's RunResult or a forecast chunk's output. */
export type TaskResult = RunResult | ForecastChunkOutput;

/** The result type of a task type. */
export type ResultOf<K extends Task> = K extends ReplicationTask ? RunResult : ForecastChunkOutput;

/** What an executor reports while it works on a task. */
export interface TaskEvents {
  /** Simulated days done so far in this task (replications). */
  onDays?: (daysDone: number) => void;
  /** Series done so far in this task (forecast chunks). */
  onSeries?: (seriesDone: number) => void;
}

/**
 * Least time between two progress reports an executor sends across a thread, process or machine
 * boundary (ms). Each report is a message the other side must take: the engine reports every
 * simulated day, and a worker thread that posted them all added 10–11 % to the bare engine's time
 * per replication of a 10k-shopper half year, against 3 % with this throttle (`npm run bench -- runner`).
 */
export const PROGRESS_EVERY_MS = 200;

/**
 * `events` thinned to at most one report per `everyMs` of the task's time: the first comes
 * `everyMs` into the task and none at its end (its result says it is done), so a short task
 * reports nothing. Each call starts a task's clock; `now` is the clock (ms).
 */
export function throttleEvents(events: TaskEvents, everyMs: number = PROGRESS_EVERY_MS, now: () => number = () => performance.now()): TaskEvents {
  let last = now();
  const thin = (report: ((done: number) => void) | undefined) =>
    report &&
    ((done: number) => {
      const t = now();
      if (t - last < everyMs) return;
      last = t;
      report(done);
    });
  return { onDays: thin(events.onDays), onSeries: thin(events.onSeries) };
}

/**
 * Thrown (or rejected with) by a transport when the executor running a task died or vanished
 * (a crashed worker, a killed process, a lost queue lock): the task itself may be fine, so the
 * runner retries it, a bounded number of times. Any other error is the task's own failure.
 */
export class ExecutorLostError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ExecutorLostError';
  }
}

/** Carries tasks to executors. Implementations are thin: they neither order nor retry. */
export interface Transport {
  /** How many tasks it is worth having in flight at once (workers × their concurrency). */
  readonly concurrency: number;
  /**
   * Runs one task and resolves with its result (a RunResult for a replication, a
   * ForecastChunkOutput for a forecast chunk). Rejects with ExecutorLostError when the executor
   * died, with a DOMException named AbortError once `signal` aborts, and with the task's own error
   * otherwise (its `name` and `message` kept, e.g. ScenarioRunError). The result's typed arrays may
   * be transferred (not copied) to the caller.
   */
  run(task: Task, events: TaskEvents, signal: AbortSignal): Promise<TaskResult>;
  /** Stops workers and closes connections; the transport is not used afterwards. */
  close(): Promise<void>;
}
