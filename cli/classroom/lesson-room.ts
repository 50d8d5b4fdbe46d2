// A classroom lesson as a state machine: the trainer moves everyone through the lesson's steps
// (explain → predict → run → reveal → debrief), learners guess at predict steps (checked by the
// lessons' own rule, once per opening), and each run step runs once for the room through the
// lesson runner, with the class's median guess where a run takes an answer.
import { quantileSorted } from '../../sim/index.ts';
import { checkGuess, guessProblemText, type Lesson, type Step, type StepOutcome } from '../../lessons/index.ts';
import type { LessonLibrary, RunStep } from './lesson-library.ts';
import type { LessonGuess, LessonSession } from './lesson-state.ts';
import { ClassroomError } from './protocol.ts';
import { RoomFileError } from './state.ts';

type PredictStep = Extract<Step, { kind: 'predict' }>;

/** Where a run step stands in this process (outputs live in memory; they run again after a restart). */
export type RunState = { state: 'running' } | { state: 'done'; outcome: StepOutcome } | { state: 'failed'; error: string };

/** Prediction ids that a run step's runs take as a parameter (`{ prediction: id }`). */
export function predictionParams(step: RunStep): string[] {
  const ids = new Set<string>();
  for (const run of step.runs) for (const v of Object.values(run)) if (v && typeof v === 'object' && 'prediction' in v) ids.add(String(v.prediction));
  return [...ids];
}

export class LessonClass {
  private readonly runs = new Map<number, RunState>();
  private chain: Promise<void> = Promise.resolve();

  /** `onSettled` runs when a run step has finished or failed (the hub saves and sends the views). */
  constructor(
    readonly session: LessonSession,
    readonly lesson: Lesson,
    private readonly library: LessonLibrary,
    private readonly onSettled: () => void,
  ) {
    // After a restart the run steps run again from their saved inputs, in order.
    for (const r of session.ran) this.startRun(r.step, r.predictions);
  }

  get steps(): readonly Step[] {
    return this.lesson.file.steps;
  }

  get step(): Step {
    return this.steps[this.session.stepIndex];
  }

  /** The state of run step `index` (undefined when it has not run). */
  runState(index: number): RunState | undefined {
    return this.runs.get(index);
  }

  /** Resolves once every run started so far has finished or failed. */
  settled(): Promise<void> {
    return this.chain;
  }

  /** Every measure of the runs done so far, by id. */
  measures(): Record<string, number> {
    const out: Record<string, number> = {};
    for (const r of this.session.ran) {
      const s = this.runs.get(r.step);
      if (s?.state === 'done') Object.assign(out, s.outcome.measures);
    }
    return out;
  }

  /** The predict step of prediction `id`. */
  predict(id: string): PredictStep | undefined {
    return this.steps.find((s): s is PredictStep => s.kind === 'predict' && s.id === id);
  }

  /** The opening (0 first) of prediction `id`: guesses of an earlier opening may be changed. */
  round(id: string): number {
    return this.session.rounds[id] ?? 0;
  }

  /** Learner `learnerId`'s guess for prediction `id`, if any. */
  guessOf(learnerId: string, id: string): LessonGuess | undefined {
    return this.session.guesses.find((g) => g.learner === learnerId && g.prediction === id);
  }

  /** Moves everyone to the next step; entering a run step starts its run. */
  advance(refuse: (why: string) => ClassroomError): void {
    const s = this.session;
    const here = this.step;
    if (s.stepIndex >= this.steps.length - 1) throw refuse('the lesson is at its last step; end the session');
    if (here.kind === 'run') {
      const state = this.runs.get(s.stepIndex);
      if (state?.state === 'running') throw refuse('the class\'s run is still running');
      if (state?.state === 'failed') throw refuse(`the class's run failed (${state.error}); run it again`);
    }
    const next = this.steps[s.stepIndex + 1];
    const predictions = next.kind === 'run' ? this.classAnswers(next, refuse) : {};
    s.stepIndex++;
    if (next.kind === 'run') {
      s.ran.push({ step: s.stepIndex, predictions });
      this.startRun(s.stepIndex, predictions);
    }
  }

  /** Lets every learner change their guess at the current predict step once more. */
  reopen(refuse: (why: string) => ClassroomError): void {
    const here = this.step;
    if (here.kind !== 'predict') throw refuse('the current step is not a prediction');
    this.session.rounds[here.id] = this.round(here.id) + 1;
  }

  /** Runs the current run step again after it failed. */
  retry(refuse: (why: string) => ClassroomError): void {
    const i = this.session.stepIndex;
    if (this.runs.get(i)?.state !== 'failed') throw refuse('only a run that failed runs again');
    this.startRun(i, this.session.ran.find((r) => r.step === i)?.predictions ?? {});
  }

  /** Records a learner's guess at predict step `stepIndex`, which must be the current step. */
  guess(learnerId: string, stepIndex: number, value: number | string): void {
    const s = this.session;
    const here = this.step;
    if (stepIndex !== s.stepIndex) throw new ClassroomError('wrongStep', `the class is at step ${s.stepIndex + 1}; your guess was for step ${stepIndex + 1}`, 'step');
    if (here.kind !== 'predict') throw new ClassroomError('wrongStep', `step ${stepIndex + 1} is not a prediction`, 'step');
    const checked = checkGuess(here, value);
    if (!checked.ok) throw new ClassroomError('badGuess', `value: ${guessProblemText(checked.problem)}`, 'value');
    const round = this.round(here.id);
    const earlier = this.guessOf(learnerId, here.id);
    if (earlier && earlier.round >= round) throw new ClassroomError('alreadyGuessed', 'you have guessed at this step; the trainer may reopen it');
    // A changed guess moves to the end: the leaderboard breaks ties by the order guesses came in.
    if (earlier) s.guesses.splice(s.guesses.indexOf(earlier), 1);
    s.guesses.push({ learner: learnerId, prediction: here.id, value: checked.value, round });
  }

  /** The class's answer to each prediction a run step takes: the median of the number guesses. */
  private classAnswers(step: RunStep, refuse: (why: string) => ClassroomError): Record<string, number> {
    const out: Record<string, number> = {};
    for (const id of predictionParams(step)) {
      const values = this.session.guesses.filter((g) => g.prediction === id && typeof g.value === 'number').map((g) => g.value as number).sort((a, b) => a - b);
      if (values.length === 0) throw refuse(`the run takes the class's median guess of "${id}" and nobody has guessed it`);
      out[id] = quantileSorted(values, 0.5);
    }
    return out;
  }

  /** Runs step `index` after the runs before it (a later run may use an earlier run's measures). */
  private startRun(index: number, predictions: Record<string, number>): void {
    const step = this.steps[index];
    if (step.kind !== 'run') return;
    this.runs.set(index, { state: 'running' });
    this.chain = this.chain.then(async () => {
      try {
        const outcome = await this.library.run(step, { predictions, levers: {} }, this.measures());
        this.runs.set(index, { state: 'done', outcome });
      } catch (error) {
        this.runs.set(index, { state: 'failed', error: error instanceof Error ? error.message : String(error) });
      }
      this.onSettled();
    });
  }
}

/** Checks a saved lesson session against the lesson as it is on disk now; throws RoomFileError naming the field. */
export function checkLessonSession(s: LessonSession, lessons: LessonLibrary): void {
  const lesson = lessons.get(s.lesson.id);
  if (!lesson) throw new RoomFileError('session.lesson.id', `there is no lesson "${s.lesson.id}"; the lessons are ${lessons.ids().join(', ')}`);
  const steps = lesson.file.steps;
  if (s.stepIndex >= steps.length) throw new RoomFileError('session.stepIndex', `step ${s.stepIndex} but the lesson has ${steps.length} steps`);
  const ids = new Set(s.learners.map((l) => l.id));
  const predictions = new Set(steps.flatMap((st) => (st.kind === 'predict' ? [st.id] : [])));
  s.guesses.forEach((g, i) => {
    if (!ids.has(g.learner)) throw new RoomFileError(`session.guesses.${i}.learner`, `no learner ${g.learner}`);
    if (!predictions.has(g.prediction)) throw new RoomFileError(`session.guesses.${i}.prediction`, `the lesson has no prediction "${g.prediction}"`);
  });
  s.ran.forEach((r, i) => {
    if (r.step > s.stepIndex || steps[r.step].kind !== 'run') throw new RoomFileError(`session.ran.${i}.step`, `step ${r.step} is not a run step the class has reached`);
  });
}
