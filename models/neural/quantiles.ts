// Reads any quantile off the fan the network outputs: exact at trained probabilities, linear in
// probability between them, held at the outermost trained quantile beyond them.
import { ModelError } from '../errors.ts';
import { levelToQuantiles } from '../forecaster.ts';

/** The probabilities a forecast reports: 0.1, 0.5, 0.9 and both ends of each level asked for. */
export function reportedProbabilities(levels: number[] = []): number[] {
  const probs = new Set([0.1, 0.5, 0.9]);
  for (const level of levels) {
    if (!(level > 0 && level < 100)) throw new ModelError('neural.level', { level });
    for (const p of levelToQuantiles(level)) probs.add(round(p));
  }
  return [...probs].sort((a, b) => a - b);
}

/**
 * The value at probability `p` of one day's fan: `fan[i]` is the `grid[i]` quantile (both
 * increasing). Between grid points the value is interpolated linearly in probability.
 */
export function interpolateQuantile(grid: number[], fan: ArrayLike<number>, p: number): number {
  if (p <= grid[0]) return fan[0];
  const last = grid.length - 1;
  if (p >= grid[last]) return fan[last];
  let i = 1;
  while (grid[i] < p) i++;
  const w = (p - grid[i - 1]) / (grid[i] - grid[i - 1]);
  return fan[i - 1] + w * (fan[i] - fan[i - 1]);
}

/** Removes floating noise from level → probability maths (0.1 instead of 0.09999999999999998). */
function round(p: number): number {
  return Math.round(p * 1e9) / 1e9;
}
