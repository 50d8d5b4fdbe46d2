// Runs one replication of a scenario in a worker and hands back its result with the typed arrays
// transferred. Replication r uses the same random streams in any worker, so splitting
// replications over a pool gives exactly what one worker would.
import * as Comlink from 'comlink';
import { simulate, type Scenario, type RunResult } from '../../sim/index.ts';
import { resultBuffers } from './transfer.ts';

/** One unit of work for a pool worker. */
export interface SimTask {
  scenario: Scenario;
  seed: number;
  replication: number;
  /** Test seam: crash the worker instead of running (exercises crash recovery end to end). */
  crash?: boolean;
}

/** Progress callbacks are throttled to this interval (ms) to keep message traffic low. */
const PROGRESS_EVERY_MS = 60;

export const simApi = {
  run(task: SimTask, onProgress?: (daysDone: number, daysTotal: number) => void): RunResult | Promise<never> {
    if (task.crash) {
      // An uncaught error kills the task the way a real crash would; the pool sees `error`.
      setTimeout(() => {
        throw new Error('injected worker crash');
      }, 0);
      return new Promise<never>(() => {});
    }
    let last = 0;
    const result = simulate(task.scenario, {
      seed: task.seed,
      replication: task.replication,
      onProgress: onProgress
        ? (done, total) => {
            const now = performance.now();
            if (now - last >= PROGRESS_EVERY_MS || done === total) {
              last = now;
              onProgress(done, total);
            }
          }
        : undefined,
    });
    return Comlink.transfer(result, resultBuffers(result));
  },
};

export type SimApi = typeof simApi;
