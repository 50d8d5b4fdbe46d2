// Runs lesson steps in a worker: the real engine and models, with built-in scenarios read from
// the bundle. Plain module; lesson.worker.ts only exposes it.
import { leverDefaults, runLessonStep, type LessonInputs, type StepOutcome } from '../../lessons/run.ts';
import type { Step } from '../../lessons/schema.ts';
import { readBuiltin } from '../library/builtins.ts';

type RunStep = Extract<Step, { kind: 'run' }>;

export const lessonApi = {
  run(step: RunStep, inputs: LessonInputs, earlier: Record<string, number>): Promise<StepOutcome> {
    return runLessonStep(step, inputs, readBuiltin, earlier);
  },
  leverDefaults(step: RunStep): Record<string, number | null> {
    return leverDefaults(step, readBuiltin);
  },
};

export type LessonApi = typeof lessonApi;
