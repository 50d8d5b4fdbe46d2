// Derivative-free minimisation by the Nelder–Mead simplex, shared by the ETS likelihood fits (a
// hot path: the simplex lives in flat arrays allocated once per call) and scenario calibration
// (adaptive coefficients, restarts, a target value and a hard evaluation budget). One search in
// ask-and-tell form drives both: `nelderMead` calls a plain objective, `nelderMeadAsync` awaits one
// (the calibrator's, which simulates on the experiment runner).
import { codedRangeError } from '../scenario/codedError.ts';

/** Options of one minimisation. */
export interface NelderMeadOptions {
  /** Most objective evaluations; never exceeded (default 200 × dimension). */
  maxEvaluations?: number;
  /** Converged when the objective agrees across the simplex within this × (|best| + 1e-12) (default 1e-8)… */
  fTolerance?: number;
  /** …and every vertex lies within this × (1 + |best coordinate|) of the best one (default 1e-6). */
  xTolerance?: number;
  /** Edge of the starting simplex, one number or one per coordinate (default 10 % of |x0|, 0.05 at 0). */
  steps?: number | ArrayLike<number>;
  /** Gao & Han (2012) coefficients above two dimensions, which keep the method effective there (default false). */
  adaptive?: boolean;
  /** Stop as soon as the best value is at or below this (default −∞). */
  targetValue?: number;
  /** Rebuild the simplex around the best point after convergence, to escape a collapsed simplex (default 0). */
  restarts?: number;
  /** Called after every evaluation with the count so far and the best value seen. */
  onEvaluation?: (evaluations: number, best: number) => void;
}

/** Why the search stopped. */
export type StopReason = 'converged' | 'target' | 'maxEvaluations';

export interface NelderMeadResult {
  /** Best point found. */
  x: Float64Array;
  /** Objective at `x`. */
  value: number;
  evaluations: number;
  iterations: number;
  reason: StopReason;
}

/** Thrown inside the search when the budget is spent; never escapes the search. */
class BudgetSpent {}

/**
 * Minimises `f` from `x0`. NaN counts as +∞, so the simplex walks away from inadmissible points
 * (return Infinity for them). Deterministic: the same objective and start give the same path.
 * `f` receives a view that is reused; copy it to keep it.
 */
export function nelderMead(f: (x: Float64Array) => number, x0: ArrayLike<number>, options: NelderMeadOptions = {}): NelderMeadResult {
  const steps = nelderMeadSteps(x0, options);
  let step = steps.next();
  while (!step.done) step = steps.next(f(step.value));
  return step.value;
}

/**
 * `nelderMead` for an objective that answers later (a batch of simulations on a worker pool or a
 * queue): the same search, point for point, awaiting each value.
 */
export async function nelderMeadAsync(
  f: (x: Float64Array) => number | Promise<number>,
  x0: ArrayLike<number>,
  options: NelderMeadOptions = {},
): Promise<NelderMeadResult> {
  const steps = nelderMeadSteps(x0, options);
  let step = steps.next();
  while (!step.done) step = steps.next(await f(step.value));
  return step.value;
}

/**
 * The search in ask-and-tell form, shared by both drivers: it yields each point to evaluate and
 * resumes with the objective's value there; it returns the result.
 */
export function* nelderMeadSteps(x0: ArrayLike<number>, options: NelderMeadOptions = {}): Generator<Float64Array, NelderMeadResult, number> {
  const d = x0.length;
  if (d === 0) throw codedRangeError('decide.noCoordinates', {});
  const maxEvaluations = options.maxEvaluations ?? 200 * d;
  const fTolerance = options.fTolerance ?? 1e-8;
  const xTolerance = options.xTolerance ?? 1e-6;
  const target = options.targetValue ?? -Infinity;
  const adaptive = options.adaptive === true && d > 2;
  const expansion = adaptive ? 1 + 2 / d : 2;
  const contraction = adaptive ? 0.75 - 1 / (2 * d) : 0.5;
  const shrink = adaptive ? 1 - 1 / d : 0.5;

  const points = new Float64Array((d + 1) * d);
  const values = new Float64Array(d + 1);
  const centroid = new Float64Array(d);
  const trial = new Float64Array(d);
  const trial2 = new Float64Array(d);
  const order = new Int32Array(d + 1);
  const bestX = Float64Array.from(x0);
  let bestValue = Infinity;
  let evaluations = 0;
  let iterations = 0;

  /** Counts an evaluation about to be asked for; throws when the budget is spent. */
  const ask = (x: Float64Array): Float64Array => {
    if (evaluations >= maxEvaluations) throw new BudgetSpent();
    evaluations++;
    return x;
  };
  /** Records the value the caller gave for `x` (NaN counts as +∞) and returns it. */
  const told = (x: Float64Array, raw: number): number => {
    const v = Number.isNaN(raw) ? Infinity : raw;
    if (v < bestValue) {
      bestValue = v;
      bestX.set(x);
    }
    options.onEvaluation?.(evaluations, bestValue);
    return v;
  };

  let reason: StopReason = 'maxEvaluations';
  try {
    for (let round = 0; round <= (options.restarts ?? 0); round++) {
      const before = bestValue;
      reason = yield* search(round === 0 ? x0 : Float64Array.from(bestX), round > 0);
      if (reason === 'target') break;
      // A restart that finds nothing better confirms convergence.
      if (round > 0 && !(bestValue < before - fTolerance * (Math.abs(before) + 1e-12))) break;
    }
  } catch (error) {
    if (!(error instanceof BudgetSpent)) throw error;
    reason = 'maxEvaluations';
  }
  return { x: bestX, value: bestValue, evaluations, iterations, reason };

  /** One simplex search from `origin`; on a restart the origin's value is already known. */
  function* search(origin: ArrayLike<number>, originKnown: boolean): Generator<Float64Array, StopReason, number> {
    for (let i = 0; i <= d; i++) {
      for (let j = 0; j < d; j++) points[i * d + j] = origin[j];
      if (i > 0) points[i * d + i - 1] += stepOf(i - 1, origin[i - 1]);
      const vertex = points.subarray(i * d, i * d + d);
      values[i] = i === 0 && originKnown ? bestValue : told(vertex, yield ask(vertex));
    }
    if (bestValue <= target) return 'target';
    for (;;) {
      iterations++;
      for (let i = 0; i <= d; i++) order[i] = i;
      order.sort((a, b) => values[a] - values[b]);
      const best = order[0];
      const worst = order[d];
      const secondWorst = order[d - 1];
      const spread = Math.abs(values[worst] - values[best]);
      // A collapsed simplex has converged even across a discontinuity of the objective.
      if ((spread <= fTolerance * (Math.abs(values[best]) + 1e-12) && collapsed(best, xTolerance)) || collapsed(best, xTolerance * 1e-3)) {
        return 'converged';
      }

      centroid.fill(0);
      for (let i = 0; i <= d; i++) if (i !== worst) for (let j = 0; j < d; j++) centroid[j] += points[i * d + j] / d;

      for (let j = 0; j < d; j++) trial[j] = centroid[j] + (centroid[j] - points[worst * d + j]);
      const reflected = told(trial, yield ask(trial));
      if (reflected < values[best]) {
        for (let j = 0; j < d; j++) trial2[j] = centroid[j] + expansion * (centroid[j] - points[worst * d + j]);
        const expanded = told(trial2, yield ask(trial2));
        if (expanded < reflected) accept(worst, trial2, expanded);
        else accept(worst, trial, reflected);
      } else if (reflected < values[secondWorst]) {
        accept(worst, trial, reflected);
      } else {
        // Contract outside (towards the reflection) or inside (towards the worst vertex).
        const outside = reflected < values[worst];
        for (let j = 0; j < d; j++) {
          const from = outside ? trial[j] : points[worst * d + j];
          trial2[j] = centroid[j] + contraction * (from - centroid[j]);
        }
        const contracted = told(trial2, yield ask(trial2));
        if (contracted < Math.min(reflected, values[worst])) {
          accept(worst, trial2, contracted);
        } else {
          for (let i = 0; i <= d; i++) {
            if (i === best) continue;
            for (let j = 0; j < d; j++) points[i * d + j] = points[best * d + j] + shrink * (points[i * d + j] - points[best * d + j]);
            const vertex = points.subarray(i * d, i * d + d);
            values[i] = told(vertex, yield ask(vertex));
          }
        }
      }
      if (bestValue <= target) return 'target';
    }
  }

  function stepOf(j: number, start: number): number {
    const s = options.steps;
    if (typeof s === 'number') return s;
    if (s !== undefined) return s[j];
    return start !== 0 ? 0.1 * Math.abs(start) : 0.05;
  }

  function collapsed(best: number, tolerance: number): boolean {
    for (let i = 0; i <= d; i++) {
      if (i === best) continue;
      for (let j = 0; j < d; j++) {
        const b = points[best * d + j];
        if (Math.abs(points[i * d + j] - b) > tolerance * (1 + Math.abs(b))) return false;
      }
    }
    return true;
  }

  function accept(index: number, x: Float64Array, value: number): void {
    for (let j = 0; j < d; j++) points[index * d + j] = x[j];
    values[index] = value;
  }
}
