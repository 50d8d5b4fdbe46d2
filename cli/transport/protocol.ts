// Messages between the worker_threads transport and its worker threads. Results travel as
// structured clones with their Float64Array buffers transferred, never copied.
import type { CodedFields, Task, TaskResult } from '../../sim/index.ts';

/** Main → worker: execute one task. */
export interface RunMessage {
  type: 'run';
  task: Task;
}

/** Worker → main, about the task it is running. */
export type WorkerMessage =
  | { type: 'progress'; done: number }
  | { type: 'result'; result: TaskResult }
  | ({ type: 'error'; name: string; message: string; stack?: string; path?: string } & Partial<CodedFields>);
