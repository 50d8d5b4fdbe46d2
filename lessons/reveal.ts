// The reveal: the learner's guess against what the run computed.
import type { Step } from './schema.ts';

/** A guess set against the result. */
export interface Reveal {
  guess: number | string;
  result: number;
  /** Number predictions: result − guess; choice predictions: NaN. */
  error: number;
  /** Number predictions: |error| / |result| (NaN when the result is 0); choices: NaN. */
  relativeError: number;
  /** Choice predictions: the choice the result falls in (null when none does). */
  rightChoice: string | null;
  /** Choice: the guess is the right choice; number: within 10 % of the result. */
  close: boolean;
}

/** Compares a prediction with the measured result. */
export function reveal(predict: Extract<Step, { kind: 'predict' }>, guess: number | string, result: number): Reveal {
  if (predict.answer.type === 'choice') {
    const right = predict.answer.choices.find((c) => (c.min === undefined || result >= c.min) && (c.max === undefined || result < c.max));
    return { guess, result, error: NaN, relativeError: NaN, rightChoice: right?.id ?? null, close: right?.id === guess };
  }
  const g = Number(guess);
  const error = result - g;
  const relativeError = result === 0 ? NaN : Math.abs(error) / Math.abs(result);
  return { guess: g, result, error, relativeError, rightChoice: null, close: Number.isFinite(relativeError) ? relativeError <= 0.1 : error === 0 };
}

/**
 * How far a guess is from the result, in the measure's units (≥ 0), for ranking a class's guesses.
 * Number predictions: |result − guess|. Choice predictions: 0 when the result falls in the chosen
 * range, else the distance from the result to the nearest edge of that range (so "fades" when the
 * uplift was 12 % and "fades" ends at 10 % is 2 points off); Infinity for an unknown choice.
 */
export function guessDistance(predict: Extract<Step, { kind: 'predict' }>, guess: number | string, result: number): number {
  if (predict.answer.type === 'number') return Math.abs(result - Number(guess));
  const choice = predict.answer.choices.find((c) => c.id === guess);
  if (!choice) return Infinity;
  if (choice.min !== undefined && result < choice.min) return choice.min - result;
  if (choice.max !== undefined && result >= choice.max) return result - choice.max;
  return 0;
}
