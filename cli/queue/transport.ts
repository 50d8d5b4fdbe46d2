// The experiment runner's distributed transport: each task becomes one BullMQ job on a Redis
// queue that `shoplab worker` processes serve on any machine; results come back through the
// queue's event stream and a per-job result key, decoded bit for bit.
import { randomUUID } from 'node:crypto';
import { Queue, QueueEvents } from 'bullmq';
import { Redis } from 'ioredis';
import { ExecutorLostError, type Task, type TaskEvents, type TaskResult, type Transport, VERSION } from '../../sim/index.ts';
import { UsageError } from '../io.ts';
import { cliMessage, plural, type CliLang } from '../lang.ts';
import { decodePayload, encodePayload } from './codec.ts';
import { DEFAULT_QUEUE, KEY_PREFIX, failureError, resultKey, type QueueJobData } from './protocol.ts';
import type { RedisTarget } from './redis-url.ts';
import { bullConnection, checkRedis } from './redis.ts';
import { describeWorkers } from './workers.ts';

/** Options of `openQueueTransport`. */
export interface QueueTransportOptions {
  target: RedisTarget;
  /** Queue the workers serve (default DEFAULT_QUEUE). */
  queue?: string;
  /** Jobs kept queued ahead of the workers (default 1000): more than all workers' threads together. */
  inFlight?: number;
  /** Seconds without a Redis connection after which pending tasks fail (default 5). */
  lostAfterSeconds?: number;
  /** ShopLab version the jobs carry (default: this one's; tests set another). */
  version?: string;
  /** Seconds without any event for this run after which it checks its jobs in Redis directly (default 5). */
  recheckAfterSeconds?: number;
  /** Where notices go (no worker serving the queue yet, workers of another version). */
  onNotice?: (line: string) => void;
  /** Language of notices and errors (default English). */
  lang?: CliLang;
}

interface Pending {
  resolve: (result: TaskResult) => void;
  reject: (error: Error) => void;
  events: TaskEvents;
  what: string;
  /** True once the job is in Redis. */
  added: boolean;
}

function abortError(): DOMException {
  return new DOMException('The run was cancelled', 'AbortError');
}

function describeTask(task: Task): string {
  return task.kind === 'replication' ? `replication ${task.replication} of "${task.scenario.name}"` : `forecast chunk ${task.index}`;
}

/** Checks Redis (exit 2 within seconds when it does not answer) and opens the transport. */
export async function openQueueTransport(options: QueueTransportOptions): Promise<QueueTransport> {
  await checkRedis(options.target);
  const transport = new QueueTransport(options);
  await transport.ready();
  return transport;
}

/** Runs tasks as jobs of one run (its own run id) on a BullMQ queue. */
export class QueueTransport implements Transport {
  readonly concurrency: number;
  /** Unique per transport, so two runs on one queue never mix; every job id starts with it. */
  readonly runId = randomUUID();
  private readonly queueName: string;
  private readonly queue: Queue;
  private readonly events: QueueEvents;
  /** Our own connection, for collecting results and watching the link to Redis. */
  private readonly redis: Redis;
  private readonly pending = new Map<string, Pending>();
  private readonly attempts = new Map<number, number>();
  private readonly watchdog: NodeJS.Timeout;
  private disconnectedMs = 0;
  private lastEventAt = performance.now();
  private rechecking = false;

  constructor(private readonly options: QueueTransportOptions) {
    this.queueName = options.queue ?? DEFAULT_QUEUE;
    this.concurrency = options.inFlight ?? 1_000;
    const connection = bullConnection(options.target);
    this.queue = new Queue(this.queueName, { connection });
    this.events = new QueueEvents(this.queueName, { connection, blockingTimeout: 1_000 });
    this.redis = new Redis(connection);
    this.redis.on('error', () => {});
    // Connection errors surface through the watchdog below, not as unhandled 'error' events.
    this.queue.on('error', () => {});
    this.events.on('error', () => {});
    this.events.on('completed', ({ jobId }) => void this.collect(jobId));
    this.events.on('failed', ({ jobId, failedReason }) => this.fail(jobId, failedReason));
    this.events.on('progress', ({ jobId, data }) => this.progress(jobId, data));
    this.watchdog = setInterval(() => this.checkConnection(), 1_000);
    this.watchdog.unref();
  }

  /** Resolves once the event stream is being read (before any job is added) and tells about workers. */
  async ready(): Promise<void> {
    await Promise.all([this.queue.waitUntilReady(), this.events.waitUntilReady()]);
    const notice = describeWorkers(await this.queue.getWorkers(), this.queueName, this.options.target.url, this.options.lang);
    if (notice !== undefined) this.options.onNotice?.(notice);
  }

  run(task: Task, events: TaskEvents, signal: AbortSignal): Promise<TaskResult> {
    if (signal.aborted) return Promise.reject(abortError());
    const attempt = (this.attempts.get(task.index) ?? 0) + 1;
    this.attempts.set(task.index, attempt);
    const jobId = `${this.runId}-${task.index}-${attempt}`;
    const data: QueueJobData = { version: this.options.version ?? VERSION, run: this.runId, task: encodePayload(task) };
    return new Promise<TaskResult>((resolve, reject) => {
      const onAbort = () => {
        if (!this.pending.delete(jobId)) return;
        void added.then(() => this.queue.remove(jobId)).catch(() => {});
        reject(abortError());
      };
      const settle = <A extends unknown[]>(f: (...a: A) => void) => (...a: A) => {
        signal.removeEventListener('abort', onAbort);
        f(...a);
      };
      const entry: Pending = { resolve: settle(resolve), reject: settle(reject), events, what: describeTask(task), added: false };
      this.pending.set(jobId, entry);
      signal.addEventListener('abort', onAbort, { once: true });
      const added = this.queue.add('task', data, { jobId, attempts: 1, removeOnComplete: true, removeOnFail: { age: 24 * 3_600 } });
      added.then(
        () => void (entry.added = true),
        (error: unknown) => this.settleWith(jobId, new Error(`could not queue ${describeTask(task)} on ${this.options.target.url}: ${String(error)}`)),
      );
    });
  }

  async close(): Promise<void> {
    clearInterval(this.watchdog);
    // Jobs of this run nobody will collect: remove the waiting ones (active ones cannot be).
    await Promise.all([...this.pending.keys()].map((id) => this.queue.remove(id).catch(() => 0)));
    for (const id of [...this.pending.keys()]) this.settleWith(id, abortError());
    await Promise.allSettled([this.events.close(), this.queue.close(), this.redis.quit()]);
  }

  private take(jobId: string): Pending | undefined {
    const entry = this.pending.get(jobId);
    this.lastEventAt = performance.now();
    // A job completes once per id; a late or repeated event for a settled one is ignored.
    if (entry !== undefined) this.pending.delete(jobId);
    return entry;
  }

  private settleWith(jobId: string, error: Error): void {
    this.take(jobId)?.reject(error);
  }

  private async collect(jobId: string): Promise<void> {
    if (!this.pending.has(jobId)) return;
    let text: string | null;
    try {
      text = await this.redis.getdel(resultKey(this.queueName, jobId));
    } catch (error) {
      this.settleWith(jobId, new ExecutorLostError(`could not read the result of job ${jobId}: ${String(error)}`));
      return;
    }
    const entry = this.take(jobId);
    if (entry === undefined) return;
    if (text === null) entry.reject(new ExecutorLostError(`the result of ${entry.what} (job ${jobId}) is missing from Redis`));
    else entry.resolve(decodePayload<TaskResult>(text));
  }

  private fail(jobId: string, reason: string): void {
    const entry = this.take(jobId);
    entry?.reject(failureError(reason, entry.what));
  }

  private progress(jobId: string, data: unknown): void {
    const entry = this.pending.get(jobId);
    if (entry === undefined || typeof data !== 'object' || data === null) return;
    this.lastEventAt = performance.now();
    const { event, value } = data as { event?: unknown; value?: unknown };
    if (typeof event === 'string' && typeof value === 'number' && Object.hasOwn(entry.events, event)) {
      (entry.events[event as keyof TaskEvents] as ((n: number) => void) | undefined)?.(value);
    }
  }

  /**
   * Every second: fails every pending task once Redis has been unreachable for
   * `lostAfterSeconds`; after `recheckAfterSeconds` without events, looks at the jobs directly.
   */
  private checkConnection(): void {
    if (this.pending.size === 0) return;
    this.disconnectedMs = this.redis.status === 'ready' ? 0 : this.disconnectedMs + 1_000;
    if (this.disconnectedMs >= (this.options.lostAfterSeconds ?? 5) * 1_000) {
      const error = new UsageError(cliMessage('queue.lost', { url: this.options.target.url, count: this.pending.size, s: plural(this.pending.size) }));
      for (const id of [...this.pending.keys()]) this.settleWith(id, error);
      return;
    }
    if (this.disconnectedMs === 0 && !this.rechecking && performance.now() - this.lastEventAt > (this.options.recheckAfterSeconds ?? 5) * 1_000) {
      this.rechecking = true;
      void this.recheck().finally(() => {
        this.rechecking = false;
        this.lastEventAt = performance.now();
      });
    }
  }

  /**
   * The event stream can miss events (trimmed while this process was busy, read again from "now"
   * after a reconnect): a job with a result waiting is collected, a failed one fails, and one
   * that is gone altogether (Redis restarted empty) is reported lost, so the runner submits it again.
   */
  private async recheck(): Promise<void> {
    const ids = [...this.pending].filter(([, p]) => p.added).map(([id]) => id);
    const pipeline = this.redis.pipeline();
    for (const id of ids) {
      pipeline.exists(resultKey(this.queueName, id));
      pipeline.hmget(`${KEY_PREFIX}:${this.queueName}:${id}`, 'failedReason', 'finishedOn', 'timestamp');
    }
    const replies = (await pipeline.exec().catch(() => null)) ?? [];
    ids.forEach((id, i) => {
      const [hasResult, job] = [replies[2 * i]?.[1], replies[2 * i + 1]?.[1] as (string | null)[] | undefined];
      if (hasResult === 1) void this.collect(id);
      else if (job === undefined) return;
      else if (job[1] !== null && job[0] !== null) this.fail(id, job[0]);
      else if (job[2] === null) this.settleWith(id, new ExecutorLostError(`job ${id} is no longer in Redis at ${this.options.target.url}`));
    });
  }
}
