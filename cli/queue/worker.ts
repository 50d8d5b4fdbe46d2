// The serving side of the queue: a BullMQ worker that takes ShopLab jobs, refuses those of
// another ShopLab version, runs each task on a local transport and leaves the encoded result in
// Redis for its submitter. Tasks run off this thread, so BullMQ keeps renewing their locks.
import { UnrecoverableError, Worker, type Job } from 'bullmq';
import { Redis } from 'ioredis';
import { codedCopy, ExecutorLostError, type Task, type TaskEvents, type TaskResult, type Transport, throttleEvents, PROGRESS_EVERY_MS, VERSION } from '../../sim/index.ts';
import { decodePayload, encodePayload } from './codec.ts';
import { DEFAULT_QUEUE, RESULT_TTL_S, failureReason, resultKey, type QueueJobData } from './protocol.ts';
import type { RedisTarget } from './redis-url.ts';
import { bullConnection } from './redis.ts';
import { workerName } from './workers.ts';
import { cliText, type CliLang } from '../lang.ts';

/** Options of `startQueueWorker`. */
export interface QueueWorkerOptions {
  target: RedisTarget;
  /** Where tasks run in this process (its concurrency is the jobs taken at once). */
  executor: Transport;
  queue?: string;
  /** How long a job's lock lasts without renewal (ms): a worker killed mid-task loses its jobs after this. */
  lockDurationMs?: number;
  /** How often this worker looks for jobs whose worker vanished (ms; default lockDurationMs). */
  stalledIntervalMs?: number;
  /** Times a job may lose its worker before it fails with ExecutorLostError (default 2). */
  maxStalledCount?: number;
  /** Progress updates per job at most this often (ms; default PROGRESS_EVERY_MS, 200), none for a short job. */
  progressEveryMs?: number;
  /** One line per notable event (refused job, connection trouble). */
  log: (line: string) => void;
  /** Language of the log lines (default English). */
  lang?: CliLang;
}

/** Default lock: a killed worker's task is retried elsewhere within about two of these. */
export const DEFAULT_LOCK_MS = 10_000;

/** A running worker. */
export interface QueueWorker {
  readonly name: string;
  /** Jobs completed by this worker so far. */
  readonly completed: () => number;
  /** Waits for the jobs in progress (force: abandons them to the stalled check) and disconnects. */
  close(force?: boolean): Promise<void>;
}

/** Starts serving the queue; resolves once the worker is connected. */
export async function startQueueWorker(options: QueueWorkerOptions): Promise<QueueWorker> {
  const queue = options.queue ?? DEFAULT_QUEUE;
  const name = workerName();
  const lockDuration = options.lockDurationMs ?? DEFAULT_LOCK_MS;
  const progressEveryMs = options.progressEveryMs ?? PROGRESS_EVERY_MS;
  const controller = new AbortController();
  const connection = bullConnection(options.target);
  /** Our own connection, for leaving results. */
  const redis = new Redis(connection);
  redis.on('error', () => {}); // reported once through the worker's own 'error' events
  let completed = 0;

  const processor = async (job: Job<QueueJobData>): Promise<number> => {
    const data = job.data;
    if (data.version !== VERSION) {
      const message = `job ${job.id} was submitted by ShopLab ${data.version}, but worker ${name} runs ShopLab ${VERSION}; run the submitter and its workers at the same version`;
      options.log(cliText(options.lang ?? 'en', 'queue.refused', { job: String(job.id), theirs: data.version, name, ours: VERSION }));
      throw new UnrecoverableError(failureReason('version', 'VersionMismatch', message));
    }
    const task = decodePayload<Task>(data.task);
    // Progress goes to Redis at most every progressEveryMs, none for a short task.
    const forward = (event: keyof TaskEvents) => (value: number) => void job.updateProgress({ event, value }).catch(() => {});
    const events = throttleEvents({ onDays: forward('onDays'), onSeries: forward('onSeries') }, progressEveryMs);
    let result: TaskResult;
    try {
      result = await options.executor.run(task, events, controller.signal);
    } catch (error) {
      const e = error instanceof Error ? error : new Error(String(error));
      throw new UnrecoverableError(failureReason(e instanceof ExecutorLostError ? 'lost' : 'task', e.name, e.message, codedCopy(e)));
    }
    const text = encodePayload(result);
    await redis.set(resultKey(queue, String(job.id)), text, 'EX', RESULT_TTL_S);
    completed++;
    return text.length;
  };

  const worker = new Worker<QueueJobData, number>(queue, processor, {
    connection,
    name,
    concurrency: Math.max(1, options.executor.concurrency),
    lockDuration,
    stalledInterval: options.stalledIntervalMs ?? lockDuration,
    maxStalledCount: options.maxStalledCount ?? 2,
    removeOnComplete: { count: 0 },
    autorun: false,
  });
  let lastError = '';
  worker.on('error', (error) => {
    // ioredis repeats the same error on every reconnect attempt: log each distinct one once.
    if (error.message === lastError) return;
    lastError = error.message;
    options.log(cliText(options.lang ?? 'en', 'queue.retrying', { url: options.target.url, message: error.message }));
  });
  worker.on('ready', () => {
    if (lastError !== '') options.log(cliText(options.lang ?? 'en', 'queue.reconnected', { url: options.target.url }));
    lastError = '';
  });
  void worker.run().catch((error: unknown) => options.log(cliText(options.lang ?? 'en', 'queue.workerStopped', { error: String(error) })));
  await worker.waitUntilReady();

  return {
    name,
    completed: () => completed,
    async close(force = false) {
      if (force) controller.abort();
      await worker.close(force);
      await Promise.allSettled([options.executor.close(), redis.quit()]);
    },
  };
}
