// Where a queue worker runs its tasks on its own machine.
import { InThreadTransport } from '../../sim/experiment/in-thread.ts';
import type { Transport } from '../../sim/experiment/transport.ts';
import { modelsExecutor } from '../../models/task-executor.ts';

/**
 * A transport running `concurrency` tasks of this process at once.
 * Interim: runs tasks in this thread, one at a time, with the shared executor (models/task-executor.ts).
 * cli/transport/worker-threads.ts (WorkerThreadsTransport) gives each task a thread, so that BullMQ
 * can renew locks while tasks run.
 */
export function localExecutor(_concurrency: number): Transport {
  return new InThreadTransport(modelsExecutor());
}
