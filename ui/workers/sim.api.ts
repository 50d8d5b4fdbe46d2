// Executes one experiment-runner task in a web worker (a replication, with any forecaster the
// scenario names, or a forecast chunk) and hands back its result with the typed arrays transferred.
// Replication r uses the same random streams in any worker, so splitting replications over
// workers gives exactly what one worker would.
import * as Comlink from 'comlink';
import { resultBuffers, simulateJob } from '../../sim/light.ts';
import type { Scenario, Task, TaskResult } from '../../sim/index.ts';
import { modelsExecutor } from '../../models/light.ts';
import { loadNeuralForecaster } from './neural.ts';
import { copyTaskError } from './task-error.ts';

/** Progress callbacks are throttled to this interval (ms) to keep message traffic low. */
const PROGRESS_EVERY_MS = 200;

// Replications run without zod or mathjs in this bundle: the page validated each job's scenario
// and evaluated its formulas (simulateJob loads the evaluator only for a formula not in the memo).
const execute = modelsExecutor({ loadNeural: async () => void (await loadNeuralForecaster()) }, simulateJob);
// The page cancels by terminating the worker, so a task's own signal never aborts here.
const never = new AbortController().signal;

export const simApi = {
  /**
   * Runs a small replication of `scenario` (the validation worker's warmUpScenario; shopper
   * trace included, as a run's replication 0 has it) and discards it, so that Run finds the
   * engine already optimised (called once per fresh worker).
   */
  async warmUp(scenario: Scenario): Promise<void> {
    await simulateJob(scenario, { seed: 1, trace: 20 });
  },

  /**
   * Runs `task`; `onProgress` hears the days (or series) done, at most every PROGRESS_EVERY_MS and at the end.
   * `crash` is a test seam: the worker dies instead of running (exercises crash recovery end to end).
   */
  async run(task: Task, crash: boolean, onProgress?: (done: number) => void): Promise<TaskResult> {
    if (crash) {
      // An uncaught error kills the task the way a real crash would; the transport sees `error`.
      setTimeout(() => {
        throw new Error('injected worker crash');
      }, 0);
      return new Promise<never>(() => {});
    }
    // The first report comes PROGRESS_EVERY_MS into the task, none at its end (the result says
    // it is done): a short task, most replications, sends no progress message at all.
    let last = performance.now();
    const throttled = onProgress
      ? (done: number) => {
          const now = performance.now();
          if (now - last >= PROGRESS_EVERY_MS) {
            last = now;
            onProgress(done);
          }
        }
      : undefined;
    let result: TaskResult;
    try {
      result = await execute(task, { onDays: throttled, onSeries: throttled }, never);
    } catch (error) {
      // A plain object keeps the error's message code across comlink (task-error.ts).
      throw copyTaskError(error);
    }
    return Comlink.transfer(result, resultBuffers(result));
  },
};

export type SimApi = typeof simApi;
