// The Node worker_threads transport: carries runner tasks to a set of warm worker threads, one
// task per thread at a time. A thread that dies mid-task is reported as ExecutorLostError (the
// runner retries the task) and replaced on demand; cancelling a task terminates its thread.
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { codedCopy, ExecutorLostError, type Task, type TaskEvents, type TaskResult, type Transport } from '../../sim/index.ts';
import type { RunMessage, WorkerMessage } from './protocol.ts';

/** The worker entry next to this module, with this module's extension (.ts from source, .js compiled). */
const WORKER_ENTRY = new URL(`./worker${extname(fileURLToPath(import.meta.url))}`, import.meta.url);

/** A thread for `entry`; TypeScript entries first register the tsx loader, which threads do not inherit. */
function startWorker(entry: URL): Worker {
  if (!entry.pathname.endsWith('.ts')) return new Worker(entry);
  const tsx = import.meta.resolve('tsx/esm/api');
  return new Worker(`import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(entry.href)}); })`, { eval: true });
}

/** Re-creates a task's own error from a worker, keeping its name, message, stack, field path and message code. */
function taskError(message: Extract<WorkerMessage, { type: 'error' }>): Error {
  const error = Object.assign(new Error(message.message), { name: message.name }, message.path === undefined ? {} : { path: message.path }, codedCopy(message));
  if (message.stack) error.stack = message.stack;
  return error;
}

interface Running {
  events: TaskEvents;
  resolve: (result: TaskResult) => void;
  reject: (error: Error) => void;
}

/** Runs tasks on up to `size` worker threads, started when first needed and kept until `close`. */
export class WorkerThreadsTransport implements Transport {
  private readonly idle: Worker[] = [];
  private readonly running = new Map<Worker, Running>();
  private closed = false;

  constructor(
    readonly concurrency: number,
    private readonly entry: URL = WORKER_ENTRY,
  ) {
    if (!Number.isInteger(concurrency) || concurrency < 1) throw new RangeError(`worker threads: need at least one, got ${concurrency}`);
  }

  run(task: Task, events: TaskEvents, signal: AbortSignal): Promise<TaskResult> {
    if (this.closed) return Promise.reject(new Error('the worker_threads transport is closed'));
    if (signal.aborted) return Promise.reject(new DOMException('The run was cancelled', 'AbortError'));
    const worker = this.idle.pop() ?? this.spawn();
    return new Promise<TaskResult>((resolve, reject) => {
      const onAbort = () => {
        this.discard(worker);
        reject(new DOMException('The run was cancelled', 'AbortError'));
      };
      signal.addEventListener('abort', onAbort, { once: true });
      const settle = () => {
        signal.removeEventListener('abort', onAbort);
        this.running.delete(worker);
        worker.unref();
      };
      this.running.set(worker, {
        events,
        resolve: (result) => {
          settle();
          if (!this.closed) this.idle.push(worker);
          resolve(result);
        },
        reject: (error) => {
          settle();
          if (error instanceof ExecutorLostError) this.discard(worker);
          else if (!this.closed) this.idle.push(worker);
          reject(error);
        },
      });
      // A busy thread keeps the process alive; an idle one does not.
      worker.ref();
      worker.postMessage({ type: 'run', task } satisfies RunMessage);
    });
  }

  private spawn(): Worker {
    const worker = startWorker(this.entry);
    worker.on('message', (message: WorkerMessage) => {
      const running = this.running.get(worker);
      if (!running) return;
      if (message.type === 'progress') {
        running.events.onDays?.(message.done);
        running.events.onSeries?.(message.done);
      } else if (message.type === 'result') running.resolve(message.result);
      else running.reject(taskError(message));
    });
    const lost = (why: string) => this.running.get(worker)?.reject(new ExecutorLostError(why));
    worker.on('error', (error: Error) => lost(`a worker thread crashed: ${error.message}`));
    worker.on('messageerror', () => lost('a message from a worker thread could not be read'));
    worker.on('exit', (code) => {
      lost(`a worker thread exited (code ${code})`);
      const at = this.idle.indexOf(worker);
      if (at >= 0) this.idle.splice(at, 1);
    });
    return worker;
  }

  /** Stops a thread whose task was abandoned or whose state is unknown. */
  private discard(worker: Worker): void {
    this.running.delete(worker);
    const at = this.idle.indexOf(worker);
    if (at >= 0) this.idle.splice(at, 1);
    void worker.terminate();
  }

  async close(): Promise<void> {
    this.closed = true;
    const workers = [...this.idle, ...this.running.keys()];
    for (const running of this.running.values()) running.reject(new DOMException('The transport was closed', 'AbortError') as unknown as Error);
    this.idle.length = 0;
    this.running.clear();
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
