// Empirical quantiles of samples (type 7, as R's and numpy's default).

/** The p-quantile of values already sorted ascending (linear interpolation between order statistics). */
export function sortedQuantile(sorted: ArrayLike<number>, p: number): number {
  const n = sorted.length;
  if (n === 0) return NaN;
  if (n === 1) return sorted[0];
  const position = Math.min(Math.max(p, 0), 1) * (n - 1);
  const lo = Math.floor(position);
  const hi = Math.min(lo + 1, n - 1);
  return sorted[lo] + (position - lo) * (sorted[hi] - sorted[lo]);
}

/** The p-quantile of unsorted values (copies, sorts, ignores NaN). */
export function quantile(values: ArrayLike<number>, p: number): number {
  const finite: number[] = [];
  for (let i = 0; i < values.length; i++) if (!Number.isNaN(values[i])) finite.push(values[i]);
  finite.sort((a, b) => a - b);
  return sortedQuantile(finite, p);
}
