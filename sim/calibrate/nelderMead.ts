// Derivative-free minimisation by the Nelder–Mead simplex method (adaptive coefficients of Gao &
// Han 2012, restart after convergence). Works on an unconstrained space: bounds are handled by the
// caller's transforms (see interval.ts), so every point the simplex visits is a valid one.

/** Options of one minimisation. */
export interface NelderMeadOptions {
  /** Most objective evaluations (default 200 · dimensions, at least 100). */
  maxEvaluations?: number;
  /** Converged when every vertex lies within this distance of the best one, per coordinate (default 1e-4)… */
  xTolerance?: number;
  /** …and the objective differs by at most this much across the simplex (default 1e-10). */
  fTolerance?: number;
  /** Edge length of the starting simplex, one number or one per coordinate (default 0.5). */
  initialStep?: number | ArrayLike<number>;
  /** Stop at once when the best objective value is at or below this (default −∞). */
  targetValue?: number;
  /** Restarts from the best point after convergence, to escape a collapsed simplex (default 1). */
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
  f: number;
  evaluations: number;
  iterations: number;
  reason: StopReason;
}

class Budget extends Error {}

/**
 * Minimises `objective` from `start`. A NaN objective counts as +∞ (the simplex moves away from it).
 * Deterministic: the same objective and start give the same path.
 */
export function nelderMead(
  objective: (x: Float64Array) => number,
  start: ArrayLike<number>,
  options: NelderMeadOptions = {},
): NelderMeadResult {
  const n = start.length;
  if (n === 0) throw new RangeError('nelderMead needs at least one coordinate');
  const maxEvaluations = options.maxEvaluations ?? Math.max(100, 200 * n);
  const xTol = options.xTolerance ?? 1e-4;
  const fTol = options.fTolerance ?? 1e-10;
  const target = options.targetValue ?? -Infinity;
  const restarts = options.restarts ?? 1;
  const steps = Float64Array.from({ length: n }, (_, i) => {
    const s = options.initialStep;
    return typeof s === 'number' ? s : s === undefined ? 0.5 : s[i];
  });
  // Adaptive coefficients keep the method effective beyond a handful of dimensions; for one and
  // two dimensions they equal (or would degenerate from) the classic 1, 2, ½, ½.
  const adaptive = n > 2;
  const alpha = 1;
  const beta = adaptive ? 1 + 2 / n : 2;
  const gamma = adaptive ? 0.75 - 1 / (2 * n) : 0.5;
  const delta = adaptive ? 1 - 1 / n : 0.5;

  let evaluations = 0;
  let iterations = 0;
  let bestX = Float64Array.from(start);
  let bestF = Infinity;
  const evaluate = (x: Float64Array): number => {
    if (evaluations >= maxEvaluations) throw new Budget();
    evaluations++;
    const raw = objective(x);
    const f = Number.isNaN(raw) ? Infinity : raw;
    if (f < bestF) {
      bestF = f;
      bestX = Float64Array.from(x);
    }
    options.onEvaluation?.(evaluations, bestF);
    return f;
  };

  let reason: StopReason = 'maxEvaluations';
  try {
    for (let round = 0; round <= restarts; round++) {
      const before = bestF;
      reason = runSimplex(bestX);
      if (reason === 'target') break;
      // A restart that finds nothing better confirms convergence.
      if (round > 0 && !(bestF < before - fTol)) break;
    }
  } catch (e) {
    if (!(e instanceof Budget)) throw e;
    reason = 'maxEvaluations';
  }
  return { x: bestX, f: bestF, evaluations, iterations, reason };

  function runSimplex(origin: Float64Array): StopReason {
    const pts: Float64Array[] = [Float64Array.from(origin)];
    for (let i = 0; i < n; i++) {
      const p = Float64Array.from(origin);
      p[i] += steps[i];
      pts.push(p);
    }
    const fs = pts.map((p, i) => (i === 0 && Number.isFinite(bestF) && sameAs(p, bestX) ? bestF : evaluate(p)));
    if (bestF <= target) return 'target';
    const order = Array.from({ length: n + 1 }, (_, i) => i);
    const centroid = new Float64Array(n);
    const trial = (from: Float64Array, towards: Float64Array, t: number) =>
      Float64Array.from(from, (v, i) => v + t * (towards[i] - v));

    for (;;) {
      iterations++;
      order.sort((a, b) => fs[a] - fs[b]);
      const best = order[0];
      const worst = order[n];
      const secondWorst = order[n - 1];
      if (converged(pts, fs, order)) return 'converged';

      centroid.fill(0);
      for (const k of order) if (k !== worst) for (let i = 0; i < n; i++) centroid[i] += pts[k][i] / n;

      const xr = trial(centroid, pts[worst], -alpha);
      const fr = evaluate(xr);
      if (fr < fs[best]) {
        const xe = trial(centroid, pts[worst], -alpha * beta);
        const fe = evaluate(xe);
        if (fe < fr) replace(worst, xe, fe);
        else replace(worst, xr, fr);
      } else if (fr < fs[secondWorst]) {
        replace(worst, xr, fr);
      } else {
        // Contract outside (towards the reflection) or inside (towards the worst vertex).
        const outside = fr < fs[worst];
        const xc = outside ? trial(centroid, pts[worst], -alpha * gamma) : trial(centroid, pts[worst], gamma);
        const fc = evaluate(xc);
        if (fc < (outside ? fr : fs[worst])) {
          replace(worst, xc, fc);
        } else {
          for (const k of order) {
            if (k === best) continue;
            pts[k] = trial(pts[best], pts[k], delta);
            fs[k] = evaluate(pts[k]);
          }
        }
      }
      if (bestF <= target) return 'target';
    }

    function replace(k: number, x: Float64Array, f: number) {
      pts[k] = x;
      fs[k] = f;
    }
  }

  function converged(pts: Float64Array[], fs: number[], order: number[]): boolean {
    const b = pts[order[0]];
    let spreadX = 0;
    for (const p of pts) for (let i = 0; i < n; i++) spreadX = Math.max(spreadX, Math.abs(p[i] - b[i]));
    const spreadF = fs[order[n]] - fs[order[0]];
    // A collapsed simplex has converged even across a discontinuity of the objective.
    return (spreadX <= xTol && spreadF <= fTol) || spreadX <= xTol * 1e-3;
  }
}

function sameAs(a: Float64Array, b: Float64Array): boolean {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
