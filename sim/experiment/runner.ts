// The experiment runner: schedules tasks (replications, forecast chunks) over a Transport, keeps
// results in task order whatever order they finish in, streams each as it lands, reports
// progress, cancels with an AbortSignal and retries a task whose executor died, a bounded number
// of times. Replication r of a job draws from the streams of (seed, r), so the results are the
// same bytes whatever the transport and however many workers it has.
import type { RunResult } from '../result.ts';
import type { Scenario } from '../scenario/schema.ts';
import type { FormulaMemo } from '../scenario/formulaMemo.ts';
import { ProgressTracker, type Clock, type Progress } from './progress.ts';
import { ExecutorLostError, type ReplicationTask, type ResultOf, type Task, type Transport } from './transport.ts';
import { codedRangeError } from '../scenario/codedError.ts';

/** Options of `runTasks`. */
export interface TaskRunOptions<K extends Task, T> {
  /** Where tasks run (default: a fresh in-thread transport with the engine's built-in forecaster only). */
  transport?: Transport;
  /** Cancels the run: it rejects with an AbortError at once and in-flight tasks are abandoned. */
  signal?: AbortSignal;
  /** Attempts per task when its executor dies (ExecutorLostError), first one included (default 3). */
  maxAttempts?: number;
  /** Applied to each result as it arrives; only its value is kept (default: the result itself). */
  map?: (result: ResultOf<K>, task: K) => T;
  /** Called with each task's value (after `map`) as soon as it lands, in finishing order. */
  onTaskResult?: (task: K, value: T) => void;
  /** Work done so far in a task: simulated days (replications) or series (forecast chunks). */
  onTaskProgress?: (task: K, done: number) => void;
  /** A task's executor died; it runs again (`attempt` is the number of the attempt that was lost). */
  onRetry?: (task: K, error: ExecutorLostError, attempt: number) => void;
  /** Names a task in error messages (default: its kind and number). */
  describe?: (task: K) => string;
}

function abortError(): DOMException {
  return new DOMException('The run was cancelled', 'AbortError');
}

function isLost(error: unknown): error is ExecutorLostError {
  return error instanceof ExecutorLostError || (error instanceof Error && error.name === 'ExecutorLostError');
}

/**
 * Runs every task over the transport; resolves with their values in task order (`result[i]` is `tasks[i]`'s).
 * Without a transport the tasks run in this thread; that transport (and with it the engine) loads on
 * demand, so a page that only drives workers keeps the engine out of its own bundle.
 */
export function runTasks<K extends Task, T = ResultOf<K>>(tasks: readonly K[], options: TaskRunOptions<K, T> = {}): Promise<T[]> {
  if (options.transport) return runTasksOn(options.transport, tasks, options);
  return import('./in-thread.ts').then(({ InThreadTransport }) => runTasksOn(new InThreadTransport(), tasks, options));
}

function runTasksOn<K extends Task, T>(transport: Transport, tasks: readonly K[], options: TaskRunOptions<K, T>): Promise<T[]> {
  const maxAttempts = options.maxAttempts ?? 3;
  if (!Number.isInteger(maxAttempts) || maxAttempts < 1) return Promise.reject(codedRangeError('run.wholeAtLeast', { name: 'maxAttempts', min: 1, got: maxAttempts }));
  const { signal } = options;
  if (signal?.aborted) return Promise.reject(abortError());
  if (tasks.length === 0) return Promise.resolve([]);
  const map = options.map ?? ((result: ResultOf<K>) => result as unknown as T);
  const describe = options.describe ?? ((task: K) => `${task.kind} task ${task.index}`);
  const concurrency = Math.max(1, Math.floor(transport.concurrency) || 1);

  return new Promise<T[]>((resolve, reject) => {
    const results = new Array<T>(tasks.length);
    const attempts = new Uint16Array(tasks.length);
    const inFlight = new Map<number, AbortController>();
    const retries: number[] = [];
    let next = 0;
    let done = 0;
    let settled = false;

    const finish = (error?: unknown) => {
      if (settled) return;
      settled = true;
      for (const controller of inFlight.values()) controller.abort();
      inFlight.clear();
      signal?.removeEventListener('abort', onAbort);
      if (!options.transport) void transport.close();
      if (error === undefined) resolve(results);
      else reject(error);
    };
    const onAbort = () => finish(abortError());
    signal?.addEventListener('abort', onAbort, { once: true });

    const current = (i: number, controller: AbortController) => !settled && inFlight.get(i) === controller;
    const pump = () => {
      while (!settled && inFlight.size < concurrency) {
        const i = retries.length > 0 ? retries.pop()! : next < tasks.length ? next++ : -1;
        if (i < 0) return;
        start(i);
      }
    };
    const start = (i: number) => {
      const task = tasks[i];
      const controller = new AbortController();
      inFlight.set(i, controller);
      attempts[i]++;
      const progress = options.onTaskProgress ? (n: number) => current(i, controller) && options.onTaskProgress!(task, n) : undefined;
      let running: Promise<unknown>;
      try {
        running = transport.run(task, { onDays: progress, onSeries: progress }, controller.signal);
      } catch (error) {
        running = Promise.reject(error);
      }
      running.then(
        (result) => {
          if (!current(i, controller)) return;
          inFlight.delete(i);
          try {
            const value = map(result as ResultOf<K>, task);
            results[i] = value;
            options.onTaskResult?.(task, value);
          } catch (error) {
            return finish(error);
          }
          if (++done === tasks.length) finish();
          else pump();
        },
        (error: unknown) => {
          if (!current(i, controller)) return;
          inFlight.delete(i);
          if (!isLost(error)) return finish(error);
          if (attempts[i] >= maxAttempts) {
            const lost = new ExecutorLostError(`${describe(task)} failed: its executor was lost ${attempts[i]} time(s), the most allowed; last cause: ${error.message}`);
            (lost as Error & { cause?: unknown }).cause = error;
            return finish(lost);
          }
          options.onRetry?.(task, error, attempts[i]);
          retries.push(i);
          pump();
        },
      );
    };
    pump();
  });
}

/** One scenario to run R times. */
export interface ExperimentJob {
  scenario: Scenario;
  /** Seed of the random streams. */
  seed: number;
  /** Replications 0 … R − 1 to run. */
  replications: number;
  /** Horizon override (days); the scenario's `days` when absent. */
  days?: number;
  /** Trace the journeys of this many sampled shoppers in replication 0 (`RunResult.trace`). */
  trace?: number;
  /** The scenario's formulas evaluated for the job's horizon (`formulaMemo`), so executors need not evaluate them. */
  formulas?: FormulaMemo;
}

/** Options of `runExperiment`. */
export interface ExperimentOptions<T> {
  /** Where replications run (default: in this thread, the engine's built-in forecaster only). */
  transport?: Transport;
  signal?: AbortSignal;
  /** Aggregate progress over every replication of the experiment. */
  onProgress?: (progress: Progress) => void;
  /** Each replication's value (after `map`) as soon as it lands, in finishing order. */
  onResult?: (job: number, replication: number, value: T) => void;
  /** Applied to each result as it arrives, e.g. to keep only the KPIs of a large sweep. */
  map?: (result: RunResult) => T;
  /** Attempts per replication when its executor dies (default 3). */
  maxAttempts?: number;
  /** A replication's executor died and it runs again. */
  onRetry?: (job: number, replication: number, error: ExecutorLostError) => void;
  /** Clock for the progress ETA (default performance.now). */
  now?: Clock;
}

/** The replication tasks of `jobs`, job by job, with their job number. */
export function replicationTasks(jobs: readonly ExperimentJob[]): (ReplicationTask & { job: number })[] {
  const tasks: (ReplicationTask & { job: number })[] = [];
  jobs.forEach((job, j) => {
    if (!Number.isInteger(job.replications) || job.replications < 0) throw codedRangeError('run.jobReplications', { job: j, scenario: job.scenario.name, got: job.replications });
    for (let r = 0; r < job.replications; r++) {
      const task: ReplicationTask & { job: number } = { kind: 'replication', index: tasks.length, job: j, scenario: job.scenario, seed: job.seed, replication: r, days: job.days };
      if (r === 0 && job.trace) task.trace = job.trace;
      if (job.formulas) task.formulas = job.formulas;
      tasks.push(task);
    }
  });
  return tasks;
}

/** Runs every job's replications; `result[j][r]` is replication r of job j (after `map`). */
export async function runExperiment<T = RunResult>(jobs: readonly ExperimentJob[], options: ExperimentOptions<T> = {}): Promise<T[][]> {
  const tasks = replicationTasks(jobs);
  const maxDays = Math.max(1, ...jobs.map((j) => j.days ?? j.scenario.days));
  const tracker = new ProgressTracker(tasks.length, maxDays, options.onProgress, options.now);
  const { onProgress, onResult, onRetry } = options;
  const flat = await runTasks(tasks, {
    transport: options.transport,
    signal: options.signal,
    maxAttempts: options.maxAttempts,
    map: options.map ? (result) => options.map!(result) : undefined,
    describe: (t) => `replication ${t.replication} of job ${t.job} ("${t.scenario.name}")`,
    onTaskProgress: onProgress ? (t, days) => tracker.update(t.index, days) : undefined,
    onTaskResult: (t, value) => {
      tracker.finish(t.index);
      onResult?.(t.job, t.replication, value as T);
    },
    onRetry: (t, error) => {
      if (onProgress) tracker.update(t.index, 0);
      onRetry?.(t.job, t.replication, error);
    },
  });
  const out: T[][] = [];
  let at = 0;
  for (const job of jobs) {
    out.push(flat.slice(at, at + job.replications) as T[]);
    at += job.replications;
  }
  return out;
}
