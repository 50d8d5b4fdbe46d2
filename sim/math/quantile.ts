// Empirical quantiles (Hyndman–Fan type 7, R's and numpy's default), shared by the Monte Carlo
// summaries and the forecasters' simulated intervals.

/**
 * Quantile `p` (0–1, clamped) of values already sorted ascending, interpolating linearly between
 * the closest ranks: the 0.1 quantile of 1…10 is 1.9. NaN for no values.
 */
export function quantileSorted(sorted: ArrayLike<number>, p: number): number {
  const n = sorted.length;
  if (n === 0) return NaN;
  const [lo, hi, h] = quantilePositions(n, p);
  return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
}

/** The two ranks `quantileSorted` reads for quantile p of n values, and the fractional rank between them. */
function quantilePositions(n: number, p: number): [number, number, number] {
  const h = (n - 1) * Math.min(Math.max(p, 0), 1);
  const lo = Math.floor(h);
  return [lo, Math.min(lo + 1, n - 1), h];
}

/** Every rank `quantileSorted` reads for the probabilities `probs` of n > 0 values, ascending, once each. */
export function quantileRanks(n: number, probs: readonly number[]): Int32Array {
  const ranks = new Set<number>();
  for (const p of probs) {
    const [lo, hi] = quantilePositions(n, p);
    ranks.add(lo);
    ranks.add(hi);
  }
  return Int32Array.from([...ranks].sort((a, b) => a - b));
}

/**
 * Reorders `values` in place so that each position in `ranks` (0-based, ascending) holds the value
 * it would hold if `values` were sorted ascending, as `quantileSorted` reads them: a multi-target
 * quickselect, O(n log k) for k ranks instead of a full sort. Values must not be NaN.
 */
export function selectRanks(values: Float64Array, ranks: ArrayLike<number>): void {
  selectWithin(values, 0, values.length - 1, ranks, 0, ranks.length - 1);
}

function selectWithin(a: Float64Array, lo: number, hi: number, ranks: ArrayLike<number>, first: number, last: number): void {
  while (first <= last && hi > lo) {
    if (hi - lo < 16) {
      for (let i = lo + 1; i <= hi; i++) {
        const v = a[i];
        let j = i - 1;
        for (; j >= lo && a[j] > v; j--) a[j + 1] = a[j];
        a[j + 1] = v;
      }
      return;
    }
    // Median of three as pivot, then a three-way partition: < pivot | = pivot | > pivot.
    const mid = (lo + hi) >> 1;
    const x = a[lo], y = a[mid], z = a[hi];
    const pivot = x < y ? (y < z ? y : x < z ? z : x) : x < z ? x : y < z ? z : y;
    let lt = lo, i = lo, gt = hi;
    while (i <= gt) {
      const v = a[i];
      if (v < pivot) {
        a[i++] = a[lt];
        a[lt++] = v;
      } else if (v > pivot) {
        a[i] = a[gt];
        a[gt--] = v;
      } else i++;
    }
    // Ranks inside [lt, gt] are settled; recurse into the side with fewer ranks, loop on the other.
    let split = first;
    while (split <= last && ranks[split] < lt) split++;
    let after = split;
    while (after <= last && ranks[after] <= gt) after++;
    if (split - first < last - after + 1) {
      selectWithin(a, lo, lt - 1, ranks, first, split - 1);
      lo = gt + 1;
      first = after;
    } else {
      selectWithin(a, gt + 1, hi, ranks, after, last);
      hi = lt - 1;
      last = split - 1;
    }
  }
}
