// Runs lesson steps in a worker: the real engine and models, with built-in scenarios read from
// the bundle. Plain module; lesson.worker.ts only exposes it.
import { leverDefaults, runLessonStep, type LessonInputs, type StepOutcome } from '../../lessons/run.ts';
import type { Step } from '../../lessons/schema.ts';
import { readBuiltin } from '../library/builtins.ts';
import { copyTaskError } from '../workers/task-error.ts';

type RunStep = Extract<Step, { kind: 'run' }>;

export const lessonApi = {
  // Errors travel as plain copies so a run's coded message reaches the page (task-error.ts).
  async run(step: RunStep, inputs: LessonInputs, earlier: Record<string, number>): Promise<StepOutcome> {
    try {
      return await runLessonStep(step, inputs, readBuiltin, earlier);
    } catch (error) {
      throw copyTaskError(error);
    }
  },
  leverDefaults(step: RunStep): Record<string, number | null> {
    try {
      return leverDefaults(step, readBuiltin);
    } catch (error) {
      throw copyTaskError(error);
    }
  },
};

export type LessonApi = typeof lessonApi;
