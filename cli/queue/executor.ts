// Where a queue worker runs its tasks on its own machine: warm worker threads, one task each, so
// the worker's own thread stays free to renew BullMQ's job locks however long a task takes.
import type { Transport } from '../../sim/index.ts';
import { WorkerThreadsTransport } from '../transport/worker-threads.ts';

/** A transport running `concurrency` tasks of this process at once, each on its own thread. */
export function localExecutor(concurrency: number): Transport {
  return new WorkerThreadsTransport(concurrency);
}
