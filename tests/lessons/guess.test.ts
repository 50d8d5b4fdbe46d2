// The one rule for a learner's guess (a number in the step's range, or one of its choices) and the
// distance that ranks a class's guesses (choices: how far the result lies outside the chosen range).
import { describe, expect, it } from 'vitest';
import { checkGuess, guessDistance, guessProblemText, type Step } from '../../lessons/index.ts';

type PredictStep = Extract<Step, { kind: 'predict' }>;
const number: PredictStep = { kind: 'predict', id: 'order', text: 't', answer: { type: 'number', unit: 'units', min: 0, max: 3000 } };
const choice: PredictStep = {
  kind: 'predict', id: 'fade', text: 't',
  answer: { type: 'choice', measure: 'late-uplift', choices: [{ id: 'keeps', text: 'a', min: 10 }, { id: 'fades', text: 'b', min: -5, max: 10 }, { id: 'backfires', text: 'c', max: -5 }] },
};

describe('a guess', () => {
  it('is a number within the step\'s range, given as a number or as text', () => {
    expect(checkGuess(number, 1200)).toEqual({ ok: true, value: 1200 });
    expect(checkGuess(number, ' 3000 ')).toEqual({ ok: true, value: 3000 });
    for (const bad of [-1, 3000.5, NaN, Infinity, '', 'lots'] as const) expect(checkGuess(number, bad)).toEqual({ ok: false, problem: { kind: 'outOfRange', min: 0, max: 3000 } });
    expect(guessProblemText({ kind: 'outOfRange', min: 0, max: 3000 })).toBe('expected a number from 0 to 3000');
  });

  it('is one of the step\'s choices, by id', () => {
    expect(checkGuess(choice, 'fades')).toEqual({ ok: true, value: 'fades' });
    expect(checkGuess(choice, 'Fades')).toEqual({ ok: false, problem: { kind: 'notAChoice', choices: ['keeps', 'fades', 'backfires'] } });
    expect(checkGuess(choice, 2)).toMatchObject({ ok: false });
    expect(guessProblemText({ kind: 'notAChoice', choices: ['keeps', 'fades'] })).toBe('expected one of keeps, fades');
  });
});

describe('the distance of a guess from the result', () => {
  it('is the absolute difference for numbers, in the step\'s units', () => {
    expect(guessDistance(number, 1100, 1129.2)).toBeCloseTo(29.2, 9);
    expect(guessDistance(number, 1300, 1129.2)).toBeCloseTo(170.8, 9);
  });

  it('is 0 inside the chosen range and the gap to its nearest edge outside it', () => {
    expect(guessDistance(choice, 'fades', 2)).toBe(0);
    expect(guessDistance(choice, 'keeps', 2)).toBe(8);
    expect(guessDistance(choice, 'backfires', 2)).toBe(7);
    expect(guessDistance(choice, 'fades', 10)).toBe(0);
    expect(guessDistance(choice, 'keeps', 10)).toBe(0);
    expect(guessDistance(choice, 'fades', -12)).toBe(7);
    expect(guessDistance(choice, 'nonsense', 2)).toBe(Infinity);
  });
});
