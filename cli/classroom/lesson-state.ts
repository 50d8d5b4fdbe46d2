// The saved state of a classroom lesson session: which lesson in which language, the step the
// trainer has reached, the learners, every guess, and the inputs each run step ran with. The runs'
// outputs are not saved: they run again from those inputs (same seed, same numbers) after a restart.
import { z } from 'zod';
import { LESSON_LANGS } from '../../lessons/load.ts';
import { CODE_ALPHABET, CODE_LENGTH, MAX_NAME_CHARS, MAX_TEAMS } from './wire.ts';

const key = z.string().regex(/^[a-z0-9][a-z0-9-]{0,59}$/, 'a lowercase key');
const secret = z.string().regex(/^[A-Za-z0-9_-]{16,128}$/, 'a token of 16 to 128 URL-safe characters');
/** Most learners in one lesson session (as many as the Beer Game's seats). */
export const MAX_LESSON_LEARNERS = MAX_TEAMS * 4;
/** Most steps a classroom lesson may have. */
export const MAX_LESSON_STEPS = 200;
/** A guess as stored: a finite number, or a choice id. */
export const guessValue = z.union([z.number().finite(), key]);

const learner = z.object({
  id: z.string().regex(/^L\d{1,4}$/),
  name: z.string().min(1).max(MAX_NAME_CHARS),
  /** The team a learner said they play for (from 1), if any. */
  team: z.number().int().min(1).max(MAX_TEAMS).optional(),
  token: secret,
}).strict();

const guess = z.object({
  learner: z.string().regex(/^L\d{1,4}$/),
  /** Id of the prediction (the predict step's `id`). */
  prediction: key,
  value: guessValue,
  /** The opening of the prediction it was given in (0 first; the trainer's reopen adds one). */
  round: z.number().int().min(0).max(1000),
}).strict();

const ranStep = z.object({
  /** Index of the run step. */
  step: z.number().int().min(0).max(MAX_LESSON_STEPS - 1),
  /** The class's answers the run took, by prediction id (the median of the number guesses). */
  predictions: z.record(key, z.number().finite()),
}).strict();

export const lessonSession = z.object({
  code: z.string().length(CODE_LENGTH).regex(new RegExp(`^[${CODE_ALPHABET}]+$`)),
  game: z.literal('lesson'),
  createdAt: z.string().max(40),
  status: z.enum(['lobby', 'running', 'paused', 'ended']),
  lesson: z.object({ id: key, lang: z.enum(LESSON_LANGS) }).strict(),
  /** The step everyone is on (0 = the first). */
  stepIndex: z.number().int().min(0).max(MAX_LESSON_STEPS - 1),
  /** How often the trainer reopened each prediction. */
  rounds: z.record(key, z.number().int().min(1).max(1000)),
  learners: z.array(learner).max(MAX_LESSON_LEARNERS),
  /** One per learner and prediction (the latest replaces the earlier one). */
  guesses: z.array(guess).max(MAX_LESSON_LEARNERS * MAX_LESSON_STEPS),
  /** Run steps that have run, in order. */
  ran: z.array(ranStep).max(MAX_LESSON_STEPS),
}).strict();

export type LessonSession = z.infer<typeof lessonSession>;
export type LessonLearner = z.infer<typeof learner>;
export type LessonGuess = z.infer<typeof guess>;

/** A fresh lesson session in the lobby, at the lesson's first step. */
export function newLessonSession(code: string, lesson: LessonSession['lesson'], now: Date): LessonSession {
  return { code, game: 'lesson', createdAt: now.toISOString(), status: 'lobby', lesson, stepIndex: 0, rounds: {}, learners: [], guesses: [], ran: [] };
}
