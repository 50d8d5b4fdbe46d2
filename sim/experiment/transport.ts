// Where the experiment runner's tasks execute: this thread, Node worker threads, browser web
// workers or a distributed queue. A transport only carries one task to an executor and its result
// back; scheduling, ordering, retries, progress and cancellation belong to the runner.
import type { RunResult } from '../result.ts';
import type { Scenario } from '../scenario/schema.ts';

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
}

/** A unit of work a transport can carry (forecast chunks join this union later). */
export type Task = ReplicationTask;

/** What an executor reports while it works on a task. */
export interface TaskEvents {
  /** Simulated days done so far in this task. */
  onDays?: (daysDone: number) => void;
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
   * Runs one task and resolves with its result. Rejects with ExecutorLostError when the executor
   * died, with a DOMException named AbortError once `signal` aborts, and with the task's own error
   * otherwise. The result's typed arrays may be transferred (not copied) to the caller.
   */
  run(task: Task, events: TaskEvents, signal: AbortSignal): Promise<RunResult>;
  /** Stops workers and closes connections; the transport is not used afterwards. */
  close(): Promise<void>;
}
