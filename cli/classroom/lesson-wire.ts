// The classroom's contract with its pages for lesson sessions, without code: the trainer's view
// (every learner, every guess, the class's reveals) and a learner's view (their own guesses only).
// Numbers that are not finite (a ratio over zero) travel as null.
import type { RunOutput } from '../../lessons/run.ts';
import type { SessionStatus } from './wire.ts';

/** Where the class's run of the current run step stands. */
export interface LessonRunView {
  state: 'running' | 'done' | 'failed';
  /** Why it failed (English), when it failed. */
  error?: string;
}

/** The lesson of a session: its folder under lessons/ and the language of its texts. */
export interface LessonRef {
  id: string;
  lang: 'en' | 'zh';
}

/** One bar of the class's guesses: a range of numbers (`from` ≤ guess < `to`; the last bar includes `to`) or a choice. */
export interface GuessBin {
  /** The choice's id, or null for a range of numbers. */
  choice: string | null;
  from: number | null;
  to: number | null;
  /** Guesses in this bar. */
  count: number;
  /** The result lies in this bar. */
  holdsResult: boolean;
}

/** One learner's guess against the class's result, ranked closest first. */
export interface RankedGuess {
  rank: number;
  learnerId: string;
  name: string;
  guess: number | string;
  /** result − guess for numbers; for choices the distance below (in the measure's units). */
  error: number | null;
  /** How far the guess is from the result in the measure's units (lessons/reveal.ts guessDistance). */
  distance: number | null;
}

/** The class's reveal of one prediction as the trainer sees it. */
export interface ClassReveal {
  /** Index of the reveal step. */
  step: number;
  prediction: string;
  measure: string;
  result: number | null;
  /** The choice the result falls in (choice predictions). */
  rightChoice: string | null;
  bins: GuessBin[];
  /** Every guess, closest first; ties keep the order the guesses came in. */
  leaderboard: RankedGuess[];
}

/** A learner's own reveal of one prediction. */
export interface OwnReveal {
  step: number;
  prediction: string;
  measure: string;
  result: number | null;
  rightChoice: string | null;
  /** The learner's guess, or null when they did not guess. */
  guess: number | string | null;
  error: number | null;
  distance: number | null;
  /** Within 10 % of the result (numbers) or the right choice (lessons/reveal.ts). */
  close: boolean;
}

/** What both views share. */
interface LessonViewBase {
  code: string;
  status: SessionStatus;
  lesson: LessonRef;
  /** The step everyone is on, from 0. */
  stepIndex: number;
  stepCount: number;
  /** The current step's run, when it is a run step that has started. */
  run: LessonRunView | null;
  /** The class's answers each run took (median number guesses), by prediction id. */
  classAnswers: Record<string, number>;
  /** Measures of the runs done so far. */
  measures: Record<string, number | null>;
  /** Outputs the current debrief step's chart draws (empty elsewhere). */
  charts: Record<string, Pick<RunOutput, 'series' | 'beerGame'>>;
}

/** A learner of a lesson as the trainer sees them. */
export interface LessonLearnerRow {
  id: string;
  name: string;
  team: number | null;
  connected: boolean;
  /** They have guessed at the current predict step (in its current opening). */
  guessed: boolean;
}

/** The trainer's view of a lesson session. */
export interface LessonTrainerView extends LessonViewBase {
  type: 'lesson-trainer-view';
  joinUrls: string[];
  learners: LessonLearnerRow[];
  /** Every guess so far by prediction id: learner id → guess. */
  guesses: Record<string, Record<string, number | string>>;
  /** Reveals of the steps reached so far, in step order. */
  reveals: ClassReveal[];
}

/** A learner's view of a lesson session: their own guesses and reveals only. */
export interface LessonLearnerView extends LessonViewBase {
  type: 'lesson-learner-view';
  you: { id: string; name: string; team: number | null };
  /** Your guesses by prediction id. */
  guesses: Record<string, number | string>;
  /** You may guess at the current step now. */
  canGuess: boolean;
  reveals: OwnReveal[];
}
