// The lessons a classroom page can show: the same lessons/ folders the server teaches, bundled
// with the page and loaded once by the lessons' own loader (ui/teaching/catalog.ts).
import type { Lesson } from '../../lessons/load.ts';
import type { Step } from '../../lessons/schema.ts';
import type { LessonText } from '../../lessons/text.ts';
import { loadCatalog, type LessonCatalog } from '../teaching/catalog.ts';

let catalog: LessonCatalog | null = null;

/** The bundled lessons, in teaching order. */
export function classroomLessons(): readonly Lesson[] {
  catalog ??= loadCatalog();
  return catalog.lessons;
}

/** The lesson with folder name `id`, if the page has it. */
export function classroomLesson(id: string): Lesson | undefined {
  return classroomLessons().find((l) => l.id === id);
}

/** The predict step of prediction `id` in `lesson`. */
export function predictStep(lesson: Lesson, id: string): Extract<Step, { kind: 'predict' }> | undefined {
  return lesson.file.steps.find((s): s is Extract<Step, { kind: 'predict' }> => s.kind === 'predict' && s.id === id);
}

/** What a guess reads as: a choice's text (Markdown source) or the number with the step's unit label. */
export function guessText(lesson: Lesson, text: LessonText, predictionId: string, guess: number | string, formatNumber: (v: number) => string): string {
  const step = predictStep(lesson, predictionId);
  if (!step) return String(guess);
  if (step.answer.type === 'choice') {
    const c = step.answer.choices.find((x) => x.id === guess);
    return c ? (text.sections[c.text] ?? c.id) : String(guess);
  }
  const unit = text.labels[step.answer.unit] ?? step.answer.unit;
  return `${formatNumber(Number(guess))}${unit ? ` ${unit}` : ''}`;
}
