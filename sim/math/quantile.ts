// Empirical quantiles (Hyndman–Fan type 7, R's and numpy's default), shared by the Monte Carlo
// summaries and the forecasters' simulated intervals.

/**
 * Quantile `p` (0–1, clamped) of values already sorted ascending, interpolating linearly between
 * the closest ranks: the 0.1 quantile of 1…10 is 1.9. NaN for no values.
 */
export function quantileSorted(sorted: ArrayLike<number>, p: number): number {
  const n = sorted.length;
  if (n === 0) return NaN;
  const h = (n - 1) * Math.min(Math.max(p, 0), 1);
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, n - 1);
  return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
}
