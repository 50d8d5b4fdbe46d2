// Executes one experiment-runner task in a web worker (a replication, with any forecaster the
// scenario names, or a forecast chunk) and hands back a copy of its result (why, below).
// Replication r uses the same random streams in any worker, so splitting replications over
// workers gives exactly what one worker would.
import { simulateJob, throttleEvents } from '../../sim/light.ts';
import type { FormulaMemo, Scenario, Task, TaskResult } from '../../sim/index.ts';
import { modelsExecutor } from '../../models/light.ts';
import { loadNeuralForecaster } from './neural.ts';
import { copyTaskError } from './task-error.ts';

// Results leave the worker copied, never transferred. Transferring detaches the buffers, and once
// any ArrayBuffer has been detached V8 re-optimises the engine with a detach check on every
// typed-array access: the default scenario's replications then took ×1.3–1.6 as long (Node, V8
// trace: ~30 functions deoptimised for "code dependencies" at the first detach), and in Chromium
// the first replications after it ran ×3–4 slower while the engine was compiled again. A result's
// daily arrays share one buffer (RunState), so the copy is one memcpy of ~180 KB.

/** Warm-up replications at most; each after the first must be faster than SETTLED × the one before. */
const WARM_UP_ROUNDS = 4;
const SETTLED = 0.8;
/** Tasks this worker has started: the warm-up gives way to the first. */
let tasksStarted = 0;

// Replications run without zod or mathjs in this bundle: the page validated each job's scenario
// and evaluated its formulas (simulateJob loads the evaluator only for a formula not in the memo).
const execute = modelsExecutor({ loadNeural: async () => void (await loadNeuralForecaster()) }, simulateJob);
// The page cancels by terminating the worker, so a task's own signal never aborts here.
const never = new AbortController().signal;

export const simApi = {
  /**
   * Runs small replications of `scenario` (a shrunk copy of the scenario the page will run, with
   * its evaluated `formulas`; shopper trace included, as a run's replication 0 has it) and
   * discards them, so that Run finds the engine optimised for it (once per fresh worker). V8
   * optimises the engine over the first few: they repeat until one is no faster than the one
   * before, at most WARM_UP_ROUNDS, and stop as soon as a task has come (it runs next).
   */
  async warmUp(scenario: Scenario, formulas?: FormulaMemo): Promise<void> {
    let before = Infinity;
    for (let round = 0; round < WARM_UP_ROUNDS && tasksStarted === 0; round++) {
      const started = performance.now();
      await simulateJob(scenario, { seed: 1 + round, trace: 20, formulas });
      const took = performance.now() - started;
      if (took > SETTLED * before) return;
      before = took;
      // A task sent meanwhile starts here, in between two warm-up rounds.
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
  },

  /**
   * Runs `task`; `onProgress` hears the days (or series) done, at most every PROGRESS_EVERY_MS (sim/experiment/transport.ts).
   * `crash` is a test seam: the worker dies instead of running (exercises crash recovery end to end).
   */
  async run(task: Task, crash: boolean, onProgress?: (done: number) => void): Promise<TaskResult> {
    tasksStarted++;
    if (crash) {
      // An uncaught error kills the task the way a real crash would; the transport sees `error`.
      setTimeout(() => {
        throw new Error('injected worker crash');
      }, 0);
      return new Promise<never>(() => {});
    }
    // The first report comes PROGRESS_EVERY_MS into the task, none at its end (the result says
    // it is done): a short task, most replications, sends no progress message at all.
    const events = onProgress ? throttleEvents({ onDays: onProgress, onSeries: onProgress }) : {};
    let result: TaskResult;
    try {
      result = await execute(task, events, never);
    } catch (error) {
      // A plain object keeps the error's message code across comlink (task-error.ts).
      throw copyTaskError(error);
    }
    // Copied by comlink, not transferred (see the top of this file).
    return result;
  },
};

export type SimApi = typeof simApi;
