// The in-thread transport: runs each task in the calling thread, one at a time, yielding to the
// event loop before each so Ctrl-C handlers and a page's UI get a turn between tasks.
import { createExecutor, type Executor } from './executor.ts';
import type { Task, TaskEvents, TaskResult, Transport } from './transport.ts';

/** Resolves after the host's event loop has had a turn (timers exist in Node, pages and workers). */
function yieldToHost(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Runs tasks in this thread with `execute` (default: the engine with its built-in forecaster only). */
export class InThreadTransport implements Transport {
  readonly concurrency = 1;
  private closed = false;

  constructor(private readonly execute: Executor = createExecutor()) {}

  async run(task: Task, events: TaskEvents, signal: AbortSignal): Promise<TaskResult> {
    if (this.closed) throw new Error('the in-thread transport is closed');
    await yieldToHost();
    if (signal.aborted) throw new DOMException('The run was cancelled', 'AbortError');
    return this.execute(task, events, signal);
  }

  async close(): Promise<void> {
    this.closed = true;
  }
}
