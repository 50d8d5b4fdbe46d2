// Where a classroom finds its lessons and the scenarios their runs read: the built-in lessons
// on disk (lessons/NAME/), loaded and checked once by the lesson loader, and the repository's
// scenarios. Tests may pass their own library.
import { formatIssue } from '../../sim/index.ts';
import { loadLesson, runLessonStep, type Lesson, type LessonInputs, type Step, type StepOutcome } from '../../lessons/index.ts';
import { lessonIdsOnDisk, readLessonSources, readRepoScenario } from '../../lessons/node.ts';

/** A lesson's run step. */
export type RunStep = Extract<Step, { kind: 'run' }>;

/** The lessons a classroom offers and how their run steps run. */
export interface LessonLibrary {
  /** Ids of the lessons that load, sorted. */
  ids(): readonly string[];
  /** The lesson `id`, or undefined when there is none that loads. */
  get(id: string): Lesson | undefined;
  /** Runs a run step with the class's inputs on the real engine or models (lessons/run.ts). */
  run(step: RunStep, inputs: LessonInputs, earlier: Record<string, number>): Promise<StepOutcome>;
}

let cache: Map<string, Lesson> | null = null;

/** The built-in lessons under lessons/ (a lesson that does not load is left out, with its problems on `log`). */
export function builtinLessons(log: (line: string) => void = () => {}): LessonLibrary {
  if (!cache) {
    cache = new Map();
    for (const id of lessonIdsOnDisk()) {
      const loaded = loadLesson(readLessonSources(id));
      if (loaded.ok) cache.set(id, loaded.lesson);
      else log(`lesson ${id} does not load: ${loaded.issues.map(formatIssue).join('; ')}`);
    }
  }
  const lessons = cache;
  return {
    ids: () => [...lessons.keys()].sort(),
    get: (id) => lessons.get(id),
    run: (step, inputs, earlier) => runLessonStep(step, inputs, readRepoScenario, earlier),
  };
}
