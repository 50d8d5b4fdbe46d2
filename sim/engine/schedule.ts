// The calendar queue: one bucket per day holding an intrusive linked list of shoppers (through
// World.bucketNext), so each shopper costs one Int32 of scheduler memory and a day's due
// shoppers are found in O(due). Each shopper holds at most one entry: the next candidate visit
// (or its churn day). Candidates come at a rate that bounds the shopper's true visit rate on
// every day; the visit system thins them (accepts a candidate with probability p(t) / pMax),
// which makes visits exactly a day-by-day Bernoulli(p(t)) process while rates vary in time and
// with the shopper's state, with no rescheduling when state changes.
import type { Rng } from '../random.ts';
import type { World } from './world.ts';

export class Schedule {
  /** First shopper due on each day, or −1. */
  readonly head: Int32Array;

  constructor(readonly days: number) {
    this.head = new Int32Array(days).fill(-1);
  }

  /** Puts shopper `i` in the bucket of `day`; entries beyond the horizon are dropped (they cost nothing). */
  push(world: World, i: number, day: number): void {
    if (day >= this.days) return;
    world.bucketNext[i] = this.head[day];
    this.head[day] = i;
  }

  /** Detaches and returns the list of shoppers due on `day` (walk it with World.bucketNext). */
  take(day: number): number {
    const first = this.head[day];
    this.head[day] = -1;
    return first;
  }

  /** Bytes held by the bucket heads. */
  bytes(): number {
    return this.head.byteLength;
  }
}

/**
 * Days until the next success of a daily Bernoulli(p) process (≥ 1), drawn by inversion;
 * `logMiss` is log(1 − p). Returns Infinity when p is 0.
 */
export function geometricGap(rng: Rng, p: number, logMiss: number): number {
  if (p >= 1) return 1;
  if (!(p > 0)) return Infinity;
  return 1 + Math.floor(Math.log(1 - rng.next()) / logMiss);
}
