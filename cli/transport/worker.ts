// A worker thread of the worker_threads transport: executes the tasks the main thread sends, one at
// a time, with the shared executor (models/task-executor.ts), and posts each result back copied,
// not transferred: detaching a buffer would make V8 check every typed-array access of the engine
// in this thread from then on (measured: see the top of ui/workers/sim.api.ts). Progress is
// posted at most every PROGRESS_EVERY_MS of a task, none for a short one (`throttleEvents`).
import { parentPort } from 'node:worker_threads';
import { codedCopy, throttleEvents } from '../../sim/index.ts';
import { modelsExecutor } from '../../models/light.ts';
import type { RunMessage, WorkerMessage } from './protocol.ts';

const port = parentPort;
if (!port) throw new Error('cli/transport/worker must run in a worker thread');
const execute = modelsExecutor();
const post = (message: WorkerMessage, transfer: ArrayBuffer[] = []) => port.postMessage(message, transfer);
const progress = (done: number) => post({ type: 'progress', done });
// The main thread cancels by terminating the thread, so the task's own signal never aborts.
const never = new AbortController().signal;

port.on('message', async (message: RunMessage) => {
  try {
    const result = await execute(message.task, throttleEvents({ onDays: progress, onSeries: progress }), never);
    post({ type: 'result', result });
  } catch (error) {
    const e = error instanceof Error ? error : new Error(String(error));
    post({ type: 'error', name: e.name, message: e.message, stack: e.stack, path: (e as { path?: string }).path, ...codedCopy(e) });
  }
});
