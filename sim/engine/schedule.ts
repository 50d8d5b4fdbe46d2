// The calendar queue: one bucket per day holding the ids of the shoppers due that day, so a
// day's work is O(due) and shoppers with nothing due cost nothing. Each shopper holds at most
// one entry: the next candidate visit (or its churn day). Candidates come at a rate that bounds
// the shopper's true visit rate on every day; the visit system thins them (accepts a candidate
// with probability p(t) / pMax), which makes visits exactly a day-by-day Bernoulli(p(t))
// process while rates vary in time and with the shopper's state, with no rescheduling when the
// state changes. A bucket is a growable Int32Array rather than an intrusive linked list: a
// list walk chases one cache miss after another, while an array's ids are known in advance and
// their records can be fetched in parallel. (Sorting the ids first was measured: slower.)
import type { Rng } from '../random.ts';

export class Schedule {
  private readonly buckets: (Int32Array | null)[];
  private readonly lengths: Int32Array;

  constructor(readonly days: number) {
    this.buckets = new Array<Int32Array | null>(days).fill(null);
    this.lengths = new Int32Array(days);
  }

  /** Puts shopper `i` in the bucket of `day`; entries beyond the horizon are dropped (they cost nothing). */
  push(i: number, day: number): void {
    if (day >= this.days) return;
    let bucket = this.buckets[day];
    const n = this.lengths[day];
    if (bucket === null) bucket = this.buckets[day] = new Int32Array(64);
    else if (n === bucket.length) {
      const wider = new Int32Array(n * 2);
      wider.set(bucket);
      bucket = this.buckets[day] = wider;
    }
    bucket[n] = i;
    this.lengths[day] = n + 1;
  }

  /** Removes and returns the ids due on `day`, in the order they were scheduled (the bucket's memory is released). */
  take(day: number): Int32Array {
    const bucket = this.buckets[day];
    if (bucket === null) return new Int32Array(0);
    this.buckets[day] = null;
    return bucket.subarray(0, this.lengths[day]);
  }

  /** Bytes held by the buckets now. */
  bytes(): number {
    let total = this.lengths.byteLength;
    for (const b of this.buckets) if (b !== null) total += b.byteLength;
    return total;
  }
}

/**
 * Days until the next success of a daily Bernoulli(p) process (≥ 1), drawn by inversion;
 * `logMiss` is log(1 − p). Returns Infinity when p is 0.
 */
export function geometricGap(rng: Rng, p: number, logMiss: number): number {
  if (p >= 1) return 1;
  if (!(p > 0)) return Infinity;
  const gap = 1 + Math.floor(Math.log(1 - rng.next()) / logMiss);
  // A rate so small that 1 − p rounds to 1 (logMiss = 0) gives −∞ or NaN: it never comes due.
  return gap >= 1 ? gap : Infinity;
}
