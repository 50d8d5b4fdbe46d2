// Runs lesson steps in a worker: the real engine and models, with built-in scenarios read from
// the bundle. Plain module; lesson.worker.ts only exposes it.
import { LessonRunError, leverDefaults, runLessonStep, type LessonInputs, type StepOutcome } from '../../lessons/run.ts';
import type { PortableLessonError } from './lesson-failure.ts';
import type { Step } from '../../lessons/schema.ts';
import { readBuiltin } from '../library/builtins.ts';

type RunStep = Extract<Step, { kind: 'run' }>;

/** Runs `work`, rethrowing a LessonRunError as plain data so its reason reaches the page. */
async function keepingReason<T>(work: () => T | Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof LessonRunError) throw { message: error.message, lessonRun: error.reason } satisfies PortableLessonError;
    throw error;
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
