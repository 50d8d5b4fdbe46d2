// A learner's guess at a predict step, checked against the step's definition: a number within
// the step's range, or the id of one of its choices. One rule for the lessons view and the classroom.
import type { Step } from './schema.ts';

type PredictStep = Extract<Step, { kind: 'predict' }>;

/** Why a guess does not fit its step. */
export type GuessProblem =
  | { kind: 'outOfRange'; min: number; max: number }
  | { kind: 'notAChoice'; choices: string[] };

/** The guess as stored (a finite number, or a choice id), or the problem with it. */
export function checkGuess(step: PredictStep, value: number | string): { ok: true; value: number | string } | { ok: false; problem: GuessProblem } {
  if (step.answer.type === 'number') {
    const v = typeof value === 'number' ? value : value.trim() === '' ? NaN : Number(value);
    if (!Number.isFinite(v) || v < step.answer.min || v > step.answer.max) return { ok: false, problem: { kind: 'outOfRange', min: step.answer.min, max: step.answer.max } };
    return { ok: true, value: v };
  }
  const ids = step.answer.choices.map((c) => c.id);
  if (typeof value !== 'string' || !ids.includes(value)) return { ok: false, problem: { kind: 'notAChoice', choices: ids } };
  return { ok: true, value };
}

/** The problem in English, e.g. "expected a number from 0 to 3000". */
export function guessProblemText(problem: GuessProblem): string {
  return problem.kind === 'outOfRange' ? `expected a number from ${problem.min} to ${problem.max}` : `expected one of ${problem.choices.join(', ')}`;
}
