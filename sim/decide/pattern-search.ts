// Derivative-free search over a box of levers and a budget simplex: a compass (pattern) search
// that polls every direction at once, moves to the best poll point if it beats the incumbent,
// and halves the step when none does (Torczon 1997; Kolda, Lewis & Torczon 2003).
//
// Why this method here: each poll is one batch of independent simulations, so the runner spreads
// it over every worker; a budget move (+δ to one channel, −δ from another) stays exactly on the
// simplex and inside each channel's bounds, so no penalty or repair is needed; and on common
// random numbers the objective is a fixed function of the levers, which pattern search converges
// on without gradients. Nelder–Mead (sim/math/nelderMead.ts) is sequential, one point at a time,
// and needs a reparametrisation for the equality constraint.
import type { BudgetGroup } from './budget.ts';
import type { LeverRange } from './range.ts';

/** A point of the search: values of the free levers, then of the budget paths. */
export type Point = readonly number[];

/** Options of `patternSearch`. */
export interface PatternSearchOptions<C> {
  levers: readonly LeverRange[];
  budget?: BudgetGroup;
  start: Point;
  /** Evaluates a batch of points (one batch per poll, so it may run them in parallel). */
  evaluate: (points: readonly Point[]) => Promise<C[]>;
  /** Negative when `a` is better than `b`, positive when worse, 0 when equal. */
  compare: (a: C, b: C) => number;
  /** Most points to evaluate, the start included. */
  maxEvaluations: number;
  /** First step as a share of each lever's range and of the budget total (default 0.25). */
  initialStep?: number;
  /** Stops when the step falls below this share (default 0.01). */
  minStep?: number;
  /** Called after each poll with the incumbent and the step. */
  onIteration?: (iteration: number, best: C, step: number, evaluations: number) => void;
}

/** Why the search stopped. */
export type SearchStop = 'converged' | 'maxEvaluations';

export interface PatternSearchResult<C> {
  best: C;
  bestPoint: Point;
  start: C;
  evaluations: number;
  iterations: number;
  stop: SearchStop;
  /** Every evaluated point with its record, in evaluation order. */
  history: { point: Point; value: C }[];
}

function snap(value: number, lever: LeverRange): number {
  const v = Math.min(lever.high, Math.max(lever.low, value));
  return lever.integer ? Math.round(v) : Number.parseFloat(v.toPrecision(12));
}

/** The poll points around `x` at relative step `step`, in a fixed order (levers ±, then budget pairs). */
export function pollPoints(x: Point, step: number, levers: readonly LeverRange[], budget?: BudgetGroup): Point[] {
  const out: Point[] = [];
  levers.forEach((lever, i) => {
    for (const sign of [1, -1]) {
      const v = snap(x[i] + sign * step * (lever.high - lever.low), lever);
      if (v !== x[i]) out.push(x.map((old, k) => (k === i ? v : old)));
    }
  });
  if (budget) {
    const base = levers.length;
    const n = budget.paths.length;
    const res = budget.resolution;
    const wanted = Math.max(res, Math.round((step * budget.total) / res) * res);
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < n; j++) {
        if (i === j) continue;
        const room = Math.min(budget.max[i] - x[base + i], x[base + j] - budget.min[j]);
        const delta = Math.min(wanted, Math.floor(room / res + 1e-9) * res);
        if (!(delta > 0)) continue;
        out.push(x.map((old, k) => (k === base + i ? old + delta : k === base + j ? old - delta : old)));
      }
    }
  }
  return out;
}

const keyOf = (p: Point) => p.join(',');

/** Minimises by `compare` from `start`; every point it evaluates is feasible (bounds and budget). */
export async function patternSearch<C>(options: PatternSearchOptions<C>): Promise<PatternSearchResult<C>> {
  const { levers, budget, evaluate, compare, maxEvaluations } = options;
  const minStep = options.minStep ?? 0.01;
  let step = options.initialStep ?? 0.25;
  const cache = new Map<string, C>();
  const history: { point: Point; value: C }[] = [];
  const run = async (points: Point[]): Promise<void> => {
    if (points.length === 0) return;
    const values = await evaluate(points);
    points.forEach((p, i) => {
      cache.set(keyOf(p), values[i]);
      history.push({ point: p, value: values[i] });
    });
  };
  await run([options.start]);
  const start = cache.get(keyOf(options.start)) as C;
  let point = options.start;
  let best: C = start;
  let iterations = 0;
  let stop: SearchStop = 'converged';
  while (step >= minStep) {
    const poll = pollPoints(point, step, levers, budget);
    const fresh = poll.filter((p, i) => !cache.has(keyOf(p)) && poll.findIndex((q) => keyOf(q) === keyOf(p)) === i);
    const room = maxEvaluations - history.length;
    if (fresh.length > room) {
      stop = 'maxEvaluations';
      await run(fresh.slice(0, Math.max(0, room)));
    } else await run(fresh);
    iterations++;
    let moved = false;
    for (const p of poll) {
      const value = cache.get(keyOf(p));
      if (value !== undefined && compare(value, best) < 0) {
        best = value;
        point = p;
        moved = true;
      }
    }
    if (!moved) step /= 2;
    options.onIteration?.(iterations, best, step, history.length);
    if (stop === 'maxEvaluations') break;
  }
  return { best, bestPoint: point, start, evaluations: history.length, iterations, stop, history };
}
