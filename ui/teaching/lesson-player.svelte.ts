// One lesson being played: the step on screen, the learner's answers and lever values, the
// runs' outcomes and reveals. Runs go to the lesson worker; progress is reported for saving.
import type { Lesson } from '../../lessons/load.ts';
import type { Step } from '../../lessons/schema.ts';
import type { RunOutput } from '../../lessons/run.ts';
import { reveal, type Reveal } from '../../lessons/reveal.ts';
import { checkGuess } from '../../lessons/guess.ts';
import type { LessonProgress } from './progress-db.ts';

type PredictStep = Extract<Step, { kind: 'predict' }>;
type RunStep = Extract<Step, { kind: 'run' }>;

/** What the player needs from the worker. */
export interface LessonRunner {
  run(step: RunStep, inputs: { predictions: Record<string, number | string>; levers: Record<string, number> }, earlier: Record<string, number>): Promise<{ runs: Record<string, RunOutput>; measures: Record<string, number> }>;
  leverDefaults(step: RunStep): Promise<Record<string, number | null>>;
}

export class LessonPlayer {
  stepIndex = $state(0);
  predictions = $state<Record<string, number | string>>({});
  levers = $state<Record<string, number | null>>({});
  measures = $state.raw<Record<string, number>>({});
  runs = $state.raw<Record<string, RunOutput>>({});
  /** Indices of run steps that ran in this session. */
  ranSteps = $state.raw<number[]>([]);
  running = $state(false);
  /** What stopped the last run (sim/'s coded errors are shown in the chosen language with `I18n.error`); '' when none. */
  error = $state.raw<unknown>('');
  completed = $state(false);

  constructor(
    readonly lesson: Lesson,
    private readonly runner: LessonRunner,
    private readonly onProgress: (p: LessonProgress) => void,
    saved?: LessonProgress,
  ) {
    if (saved) {
      this.predictions = { ...saved.predictions };
      this.measures = { ...saved.measures };
      this.completed = saved.completed;
      // Charts need the runs themselves, which are not stored: resume at the first run step
      // at or before the saved step, so it runs again.
      const firstRun = lesson.file.steps.findIndex((s) => s.kind === 'run');
      this.stepIndex = firstRun >= 0 && saved.stepIndex > firstRun ? firstRun : Math.min(saved.stepIndex, lesson.file.steps.length - 1);
    }
    void this.loadLevers();
  }

  get steps(): readonly Step[] {
    return this.lesson.file.steps;
  }

  get step(): Step {
    return this.steps[this.stepIndex];
  }

  get isLast(): boolean {
    return this.stepIndex === this.steps.length - 1;
  }

  /** Whether the learner may go on: a guess committed, a run done. */
  get canAdvance(): boolean {
    const s = this.step;
    if (s.kind === 'predict') return this.predictions[s.id] !== undefined;
    if (s.kind === 'run') return this.ranSteps.includes(this.stepIndex);
    return true;
  }

  /** Commits a guess; returns false when it is out of range. */
  commit(step: PredictStep, value: number | string): boolean {
    const checked = checkGuess(step, step.answer.type === 'number' ? Number(value) : value);
    if (!checked.ok) return false;
    this.predictions = { ...this.predictions, [step.id]: checked.value };
    this.save();
    return true;
  }

  setLever(path: string, value: number): void {
    if (Number.isFinite(value)) this.levers = { ...this.levers, [path]: value };
  }

  async run(): Promise<void> {
    const s = this.step;
    if (s.kind !== 'run' || this.running) return;
    this.running = true;
    this.error = '';
    try {
      const levers: Record<string, number> = {};
      for (const path of s.levers.unlock) if (typeof this.levers[path] === 'number') levers[path] = this.levers[path] as number;
      const outcome = await this.runner.run($state.snapshot(s) as RunStep, { predictions: $state.snapshot(this.predictions), levers }, this.measures);
      this.runs = { ...this.runs, ...outcome.runs };
      this.measures = { ...this.measures, ...outcome.measures };
      this.ranSteps = [...this.ranSteps, this.stepIndex];
      this.save();
    } catch (e) {
      this.error = e;
    } finally {
      this.running = false;
    }
  }

  /** The guess set against the result, for a reveal step (null until both exist). */
  revealOf(step: Extract<Step, { kind: 'reveal' }>): Reveal | null {
    const predict = this.steps.find((s): s is PredictStep => s.kind === 'predict' && s.id === step.prediction);
    const guess = this.predictions[step.prediction];
    const result = this.measures[step.measure];
    if (!predict || guess === undefined || result === undefined) return null;
    return reveal(predict, guess, result);
  }

  next(): void {
    if (!this.canAdvance) return;
    if (this.isLast) this.completed = true;
    else this.stepIndex++;
    this.save();
    void this.loadLevers();
  }

  back(): void {
    if (this.stepIndex > 0) this.stepIndex--;
    this.save();
  }

  restart(): void {
    this.stepIndex = 0;
    this.predictions = {};
    this.measures = {};
    this.runs = {};
    this.ranSteps = [];
    this.completed = false;
    this.save();
  }

  private async loadLevers(): Promise<void> {
    const s = this.step;
    if (s.kind !== 'run' || s.levers.unlock.length + s.levers.lock.length === 0) return;
    try {
      const defaults = await this.runner.leverDefaults($state.snapshot(s) as RunStep);
      this.levers = { ...defaults, ...Object.fromEntries(Object.entries(this.levers).filter(([k]) => s.levers.unlock.includes(k))) };
    } catch (e) {
      this.error = e;
    }
  }

  private save(): void {
    this.onProgress({
      lessonId: this.lesson.id,
      stepIndex: this.stepIndex,
      predictions: $state.snapshot(this.predictions),
      measures: { ...this.measures },
      completed: this.completed,
      updatedAt: Date.now(),
    });
  }
}
