// Runs lesson steps in a worker: the real engine and models, with built-in scenarios read from
// the bundle. Plain module; lesson.worker.ts only exposes it.
import { LessonRunError, leverDefaults, runLessonStep, type LessonInputs, type StepOutcome } from '../../lessons/run.ts';
import type { PortableLessonError } from './lesson-failure.ts';
import type { Step } from '../../lessons/schema.ts';
import { readBuiltin } from '../library/builtins.ts';
import { copyTaskError } from '../workers/task-error.ts';

type RunStep = Extract<Step, { kind: 'run' }>;

/**
 * Runs `work`, rethrowing what fails as plain data so it reaches the page whole: a LessonRunError
 * with its reason, any other error with its code (sim/'s coded errors; task-error.ts).
 */
async function keepingReason<T>(work: () => T | Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof LessonRunError) throw { message: error.message, lessonRun: error.reason } satisfies PortableLessonError;
    throw copyTaskError(error);
  }
}

export const lessonApi = {
  run(step: RunStep, inputs: LessonInputs, earlier: Record<string, number>): Promise<StepOutcome> {
    return keepingReason(() => runLessonStep(step, inputs, readBuiltin, earlier));
  },
  leverDefaults(step: RunStep): Promise<Record<string, number | null>> {
    return keepingReason(() => leverDefaults(step, readBuiltin));
  },
};

export type LessonApi = typeof lessonApi;
