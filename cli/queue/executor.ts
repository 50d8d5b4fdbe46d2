// Where a queue worker runs its tasks on its own machine.
import { createExecutor, InThreadTransport, type Transport } from '../../sim/index.ts';
import { forecastersFor } from '../forecasters.ts';

/**
 * A transport running `concurrency` tasks of this process at once.
 * Interim: runs tasks in this thread, one at a time, until the runner's worker-threads transport
 * lands (then each task gets a thread and BullMQ renews locks while tasks run).
 */
export function localExecutor(_concurrency: number): Transport {
  return new InThreadTransport(createExecutor({ forecasters: (scenario) => forecastersFor([scenario]) }));
}
