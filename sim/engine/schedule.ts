// The calendar queue: one bucket per day holding the ids of the shoppers due that day, so a
// day's work is O(due) and shoppers with nothing due cost nothing. Each shopper holds at most
// one entry: the next candidate visit (or its churn day). Candidates come at a rate that bounds
// the shopper's true visit rate on every day; the visit system thins them (accepts a candidate
// with probability p(t) / pMax), which makes visits exactly a day-by-day Bernoulli(p(t))
// process while rates vary in time and with the shopper's state, with no rescheduling when the
// state changes. A bucket holds ids rather than threading an intrusive linked list through the
// shoppers: a list walk chases one cache miss after another, while a day's ids are known in
// advance and their records can be fetched in parallel. (Sorting the ids first was measured: slower.)
import type { Rng } from '../random.ts';

/** Ids per chunk of a day's bucket. */
const CHUNK = 128;

/**
 * Buckets are chains of fixed-size chunks from one pool, and a taken day's chunks go back to the
 * pool: a bucket grows without copying, and a run allocates nothing once the pool has reached
 * its peak (buckets that double and are dropped put tens of megabytes through the collector).
 */
export class Schedule {
  /** Chunk storage: chunk c holds ids [c·CHUNK, (c+1)·CHUNK). */
  private store = new Int32Array(64 * CHUNK);
  /** Next chunk in the same bucket, or −1 (for a free chunk: the next free one). */
  private nextChunk = new Int32Array(64).fill(-1);
  private freeChunk = -1;
  private chunksMade = 0;
  private readonly first: Int32Array;
  private readonly last: Int32Array;
  /** Ids in each day's last chunk. */
  private readonly lastFill: Int32Array;
  private readonly lengths: Int32Array;
  /** A day's ids, copied out of its chunks by `take`. */
  private due = new Int32Array(4 * CHUNK);

  constructor(readonly days: number) {
    this.first = new Int32Array(days).fill(-1);
    this.last = new Int32Array(days).fill(-1);
    this.lastFill = new Int32Array(days);
    this.lengths = new Int32Array(days);
  }

  /** Puts shopper `i` in the bucket of `day`; entries beyond the horizon are dropped (they cost nothing). */
  push(i: number, day: number): void {
    if (day >= this.days) return;
    let chunk = this.last[day];
    if (chunk < 0 || this.lastFill[day] === CHUNK) {
      const fresh = this.newChunk();
      if (chunk < 0) this.first[day] = fresh;
      else this.nextChunk[chunk] = fresh;
      this.last[day] = chunk = fresh;
      this.lastFill[day] = 0;
    }
    this.store[chunk * CHUNK + this.lastFill[day]++] = i;
    this.lengths[day]++;
  }

  /**
   * Removes and returns the ids due on `day`, in the order they were scheduled. The array is
   * reused by the next `take`.
   */
  take(day: number): Int32Array {
    const n = this.lengths[day];
    if (n > this.due.length) this.due = new Int32Array(Math.max(n, this.due.length * 2));
    let chunk = this.first[day];
    let at = 0;
    while (chunk >= 0) {
      const count = Math.min(CHUNK, n - at);
      this.due.set(this.store.subarray(chunk * CHUNK, chunk * CHUNK + count), at);
      at += count;
      const next = this.nextChunk[chunk];
      this.nextChunk[chunk] = this.freeChunk;
      this.freeChunk = chunk;
      chunk = next;
    }
    this.first[day] = this.last[day] = -1;
    this.lengths[day] = 0;
    return this.due.subarray(0, n);
  }

  /** Bytes held by the calendar now (chunk pool, day tables and the taken day's copy). */
  bytes(): number {
    return this.store.byteLength + this.nextChunk.byteLength + this.first.byteLength * 4 + this.due.byteLength;
  }

  private newChunk(): number {
    if (this.freeChunk >= 0) {
      const c = this.freeChunk;
      this.freeChunk = this.nextChunk[c];
      this.nextChunk[c] = -1;
      return c;
    }
    if (this.chunksMade === this.nextChunk.length) {
      const chunks = Math.ceil(this.chunksMade * 1.25) + 16;
      const store = new Int32Array(chunks * CHUNK);
      store.set(this.store);
      this.store = store;
      const next = new Int32Array(chunks).fill(-1);
      next.set(this.nextChunk);
      this.nextChunk = next;
    }
    return this.chunksMade++;
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
