// What the hub sends in a lesson session: the trainer's view (every learner and guess, the class's
// distribution of guesses against each result and the closest guesses) and a learner's view (their
// own guesses and reveals only: nothing of another learner leaves the server).
import { guessDistance, reveal, type Step } from '../../lessons/index.ts';
import type { LessonClass } from './lesson-room.ts';
import type { LessonGuess } from './lesson-state.ts';
import type { ClassReveal, GuessBin, LessonLearnerView, LessonTrainerView, OwnReveal, RankedGuess } from './lesson-wire.ts';
import type { ClassroomRoom } from './room.ts';

type PredictStep = Extract<Step, { kind: 'predict' }>;
type RevealStep = Extract<Step, { kind: 'reveal' }>;

/** Bars of a number prediction's histogram. */
export const GUESS_BINS = 8;

const finite = (v: number | undefined): number | null => (v !== undefined && Number.isFinite(v) ? v : null);

/**
 * The class's guesses as bars: one per choice, or GUESS_BINS equal ranges spanning the guesses and
 * the result (one bar when they are all equal). The result's bar is marked.
 */
export function guessBins(predict: PredictStep, values: readonly (number | string)[], result: number | null): GuessBin[] {
  if (predict.answer.type === 'choice') {
    const right = result === null ? null : predict.answer.choices.find((c) => guessDistance(predict, c.id, result) === 0)?.id ?? null;
    return predict.answer.choices.map((c) => ({ choice: c.id, from: c.min ?? null, to: c.max ?? null, count: values.filter((v) => v === c.id).length, holdsResult: c.id === right }));
  }
  const numbers = values.map(Number);
  const all = result === null ? numbers : [...numbers, result];
  if (all.length === 0) return [];
  const lo = Math.min(...all);
  const hi = Math.max(...all);
  const n = hi > lo ? GUESS_BINS : 1;
  const width = (hi - lo) / n;
  const binOf = (v: number) => (n === 1 ? 0 : Math.min(n - 1, Math.floor((v - lo) / width)));
  const bins: GuessBin[] = Array.from({ length: n }, (_, i) => ({ choice: null, from: lo + i * width, to: i === n - 1 ? hi : lo + (i + 1) * width, count: 0, holdsResult: false }));
  for (const v of numbers) bins[binOf(v)].count++;
  if (result !== null) bins[binOf(result)].holdsResult = true;
  return bins;
}

/** Guesses ranked by their distance from the result, closest first; ties keep the order they came in. */
export function rankGuesses(predict: PredictStep, guesses: readonly LessonGuess[], result: number | null, nameOf: (id: string) => string): RankedGuess[] {
  const rows = guesses.map((g, order) => {
    const distance = result === null ? null : finite(guessDistance(predict, g.value, result));
    const error = result === null ? null : predict.answer.type === 'number' ? result - Number(g.value) : distance;
    return { order, row: { rank: 0, learnerId: g.learner, name: nameOf(g.learner), guess: g.value, error, distance } };
  });
  rows.sort((a, b) => (a.row.distance ?? Infinity) - (b.row.distance ?? Infinity) || a.order - b.order);
  return rows.map((r, i) => ({ ...r.row, rank: i + 1 }));
}

function revealSteps(lesson: LessonClass): { index: number; step: RevealStep; predict: PredictStep }[] {
  const out: { index: number; step: RevealStep; predict: PredictStep }[] = [];
  lesson.steps.forEach((step, index) => {
    const predict = step.kind === 'reveal' ? lesson.predict(step.prediction) : undefined;
    if (step.kind === 'reveal' && predict && index <= lesson.session.stepIndex) out.push({ index, step, predict });
  });
  return out;
}

/** What both views share: where the class is, the current run, the measures and the debrief chart's data. */
function base(room: ClassroomRoom, lesson: LessonClass) {
  const s = lesson.session;
  const state = lesson.runState(s.stepIndex);
  const measures = lesson.measures();
  const charts: LessonTrainerView['charts'] = {};
  const step = lesson.step;
  if (step.kind === 'debrief' && step.chart.kind !== 'bars') {
    const ids = step.chart.kind === 'series' ? step.chart.runs : [step.chart.run];
    const wanted = step.chart.kind === 'series' ? step.chart.series : [];
    for (const r of s.ran) {
      const done = lesson.runState(r.step);
      if (done?.state !== 'done') continue;
      for (const id of ids) {
        const out = done.outcome.runs[id];
        if (!out) continue;
        charts[id] = out.beerGame ? { beerGame: out.beerGame } : { series: Object.fromEntries(wanted.map((name) => [name, out.series?.[name] ?? []])) };
      }
    }
  }
  return {
    code: room.session.code,
    status: s.status,
    lesson: { ...s.lesson },
    stepIndex: s.stepIndex,
    stepCount: lesson.steps.length,
    run: state ? { state: state.state, ...(state.state === 'failed' ? { error: state.error } : {}) } : null,
    classAnswers: Object.assign({}, ...s.ran.map((r) => r.predictions)) as Record<string, number>,
    measures: Object.fromEntries(Object.entries(measures).map(([k, v]) => [k, finite(v)])),
    charts,
  };
}

/** The trainer's view of a lesson session; `connected` holds the ids of learners with an open connection. */
export function lessonTrainerView(room: ClassroomRoom, lesson: LessonClass, connected: ReadonlySet<string>, joinUrls: readonly string[] = []): LessonTrainerView {
  const s = lesson.session;
  const here = lesson.step;
  const measures = lesson.measures();
  const names = new Map(s.learners.map((l) => [l.id, l.name]));
  const guesses: LessonTrainerView['guesses'] = {};
  for (const g of s.guesses) (guesses[g.prediction] ??= {})[g.learner] = g.value;
  const reveals: ClassReveal[] = revealSteps(lesson).map(({ index, step, predict }) => {
    const result = finite(measures[step.measure]);
    const given = s.guesses.filter((g) => g.prediction === predict.id);
    const own = result === null ? null : reveal(predict, predict.answer.type === 'number' ? 0 : '', result);
    return {
      step: index, prediction: predict.id, measure: step.measure, result, rightChoice: own?.rightChoice ?? null,
      bins: guessBins(predict, given.map((g) => g.value), result),
      leaderboard: rankGuesses(predict, given, result, (id) => names.get(id) ?? id),
    };
  });
  return {
    type: 'lesson-trainer-view',
    ...base(room, lesson),
    joinUrls: [...joinUrls],
    learners: s.learners.map((l) => {
      const g = here.kind === 'predict' ? lesson.guessOf(l.id, here.id) : undefined;
      return { id: l.id, name: l.name, team: l.team ?? null, connected: connected.has(l.id), guessed: g !== undefined && g.round >= lesson.round(g.prediction) };
    }),
    guesses,
    reveals,
  };
}

/** Learner `learnerId`'s view: their own guesses, and their guess against each result revealed so far. */
export function lessonLearnerView(room: ClassroomRoom, lesson: LessonClass, learnerId: string): LessonLearnerView {
  const s = lesson.session;
  const me = room.lessonLearner(learnerId);
  if (!me) throw new Error(`no learner ${learnerId}`);
  const here = lesson.step;
  const measures = lesson.measures();
  const guesses: Record<string, number | string> = {};
  for (const g of s.guesses) if (g.learner === learnerId) guesses[g.prediction] = g.value;
  const mine = here.kind === 'predict' ? lesson.guessOf(learnerId, here.id) : undefined;
  const reveals: OwnReveal[] = revealSteps(lesson).map(({ index, step, predict }) => {
    const result = finite(measures[step.measure]);
    const guess = guesses[predict.id] ?? null;
    const r = result !== null && guess !== null ? reveal(predict, guess, result) : null;
    const rightChoice = result === null ? null : reveal(predict, predict.answer.type === 'number' ? 0 : '', result).rightChoice;
    const distance = r ? finite(guessDistance(predict, guess!, result!)) : null;
    return {
      step: index, prediction: predict.id, measure: step.measure, result, rightChoice, guess,
      error: r ? (predict.answer.type === 'number' ? finite(r.error) : distance) : null, distance, close: r?.close ?? false,
    };
  });
  // The class's median guess says something of the others' guesses: a learner sees it from the reveal on.
  const revealed = new Set(reveals.map((r) => r.prediction));
  const shared = base(room, lesson);
  return {
    type: 'lesson-learner-view',
    ...shared,
    classAnswers: Object.fromEntries(Object.entries(shared.classAnswers).filter(([id]) => revealed.has(id))),
    you: { id: me.id, name: me.name, team: me.team ?? null },
    guesses,
    canGuess: s.status === 'running' && here.kind === 'predict' && (mine === undefined || mine.round < lesson.round(here.id)),
    reveals,
  };
}
