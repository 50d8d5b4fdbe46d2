// Nelder–Mead simplex minimiser: derivative-free, as used to fit ETS models by likelihood.
// Allocates its simplex once per call; the objective is called with a reused point array.

/** Options of a minimisation. */
export interface NelderMeadOptions {
  /** Most objective evaluations (default 200 × dimension). */
  maxEvaluations?: number;
  /** Stop when the spread of objective values across the simplex falls below this (default 1e-8, relative). */
  tolerance?: number;
  /** Also require every vertex within this of the best, relative to 1 + |coordinate| (default 1e-6). */
  xTolerance?: number;
  /** Initial step per coordinate (default 10 % of |x0| or 0.05 when x0 is 0). */
  steps?: ArrayLike<number>;
}

/** Result of a minimisation: the best point, its value, and evaluations used. */
export interface NelderMeadResult {
  x: Float64Array;
  value: number;
  evaluations: number;
}

/**
 * Minimises `f` from `x0` with the standard coefficients (reflection 1, expansion 2,
 * contraction 0.5, shrink 0.5); stops when the objective values across the simplex agree within
 * `tolerance` (relative) and the vertices within `xTolerance`, or after `maxEvaluations`. `f` must return a number; return a large value (not NaN) for
 * points outside the admissible region.
 */
export function nelderMead(f: (x: Float64Array) => number, x0: ArrayLike<number>, options: NelderMeadOptions = {}): NelderMeadResult {
  const d = x0.length;
  const maxEvaluations = options.maxEvaluations ?? 200 * d;
  const tolerance = options.tolerance ?? 1e-8;
  const xTolerance = options.xTolerance ?? 1e-6;
  const points = new Float64Array((d + 1) * d);
  const values = new Float64Array(d + 1);
  const centroid = new Float64Array(d);
  const trial = new Float64Array(d);
  const trial2 = new Float64Array(d);
  let evaluations = 0;
  const evaluate = (x: Float64Array): number => {
    evaluations++;
    const v = f(x);
    return Number.isNaN(v) ? Infinity : v;
  };

  for (let i = 0; i <= d; i++) {
    for (let j = 0; j < d; j++) points[i * d + j] = x0[j];
    if (i > 0) {
      const j = i - 1;
      const step = options.steps ? options.steps[j] : x0[j] !== 0 ? 0.1 * Math.abs(x0[j]) : 0.05;
      points[i * d + j] += step;
    }
    values[i] = evaluate(points.subarray(i * d, i * d + d));
  }

  const order = new Int32Array(d + 1);
  while (evaluations < maxEvaluations) {
    for (let i = 0; i <= d; i++) order[i] = i;
    order.sort((a, b) => values[a] - values[b]);
    const best = order[0];
    const worst = order[d];
    const secondWorst = order[d - 1];
    const spread = Math.abs(values[worst] - values[best]);
    if (spread <= tolerance * (Math.abs(values[best]) + 1e-12) && collapsed(best)) break;

    centroid.fill(0);
    for (let i = 0; i <= d; i++) if (i !== worst) for (let j = 0; j < d; j++) centroid[j] += points[i * d + j] / d;

    for (let j = 0; j < d; j++) trial[j] = centroid[j] + (centroid[j] - points[worst * d + j]);
    const reflected = evaluate(trial);
    if (reflected < values[best]) {
      for (let j = 0; j < d; j++) trial2[j] = centroid[j] + 2 * (centroid[j] - points[worst * d + j]);
      const expanded = evaluate(trial2);
      if (expanded < reflected) accept(worst, trial2, expanded);
      else accept(worst, trial, reflected);
      continue;
    }
    if (reflected < values[secondWorst]) {
      accept(worst, trial, reflected);
      continue;
    }
    const outside = reflected < values[worst];
    for (let j = 0; j < d; j++) {
      const from = outside ? trial[j] : points[worst * d + j];
      trial2[j] = centroid[j] + 0.5 * (from - centroid[j]);
    }
    const contracted = evaluate(trial2);
    if (contracted < Math.min(reflected, values[worst])) {
      accept(worst, trial2, contracted);
      continue;
    }
    for (let i = 0; i <= d; i++) {
      if (i === best) continue;
      for (let j = 0; j < d; j++) points[i * d + j] = points[best * d + j] + 0.5 * (points[i * d + j] - points[best * d + j]);
      values[i] = evaluate(points.subarray(i * d, i * d + d));
    }
  }

  let bestIndex = 0;
  for (let i = 1; i <= d; i++) if (values[i] < values[bestIndex]) bestIndex = i;
  return { x: points.slice(bestIndex * d, bestIndex * d + d), value: values[bestIndex], evaluations };

  function collapsed(best: number): boolean {
    for (let i = 0; i <= d; i++) {
      if (i === best) continue;
      for (let j = 0; j < d; j++) {
        const b = points[best * d + j];
        if (Math.abs(points[i * d + j] - b) > xTolerance * (1 + Math.abs(b))) return false;
      }
    }
    return true;
  }

  function accept(index: number, x: Float64Array, value: number): void {
    for (let j = 0; j < d; j++) points[index * d + j] = x[j];
    values[index] = value;
  }
}
