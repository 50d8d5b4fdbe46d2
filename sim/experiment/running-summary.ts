// The summary of one scenario's replications as they land (progressive results): each run's daily
// values are inserted into per-day sorted columns when it lands, so a summary of n runs costs
// O(days × n) additions instead of sorting every day's column again (O(days × n log n)).
import { SERIES, type RunResult, type SeriesName } from '../result.ts';
import { assembleSummary, checkSameHorizon, emptySeriesSummary, writeSeriesDay, type RunSummary, type SeriesSummary } from './summarise.ts';
import { codedRangeError } from '../scenario/codedError.ts';

/** Sorted finite values of one series, day by day: day d holds `counts[d]` values from `d × capacity`. */
interface Columns {
  values: Float64Array;
  counts: Int32Array;
}

/** True when `a` sorts before `b` as Float64Array's sort orders them (−0 before +0). */
function before(a: number, b: number): boolean {
  return a < b || (a === 0 && b === 0 && Object.is(a, -0) && !Object.is(b, -0));
}

/**
 * Replications of one scenario added one at a time, in any order; `summary()` equals
 * `summarise()` of the same runs in replication order, to the last bit.
 */
export class RunningSummary {
  private readonly runs = new Map<number, RunResult>();
  private ordered: RunResult[] = [];
  private columns = new Map<SeriesName, Columns>();
  private capacity = 0;
  private days = -1;

  /** Replications added so far. */
  get size(): number {
    return this.runs.size;
  }

  /** Adds a run; a replication already added is ignored. RangeError for another horizon. */
  add(run: RunResult): void {
    if (this.runs.has(run.replication)) return;
    if (this.days < 0) this.days = run.days;
    else checkSameHorizon([this.ordered[0], run]);
    if (this.runs.size === this.capacity) this.grow(Math.max(8, 2 * this.capacity));
    this.runs.set(run.replication, run);
    const at = this.ordered.findIndex((r) => r.replication > run.replication);
    this.ordered.splice(at < 0 ? this.ordered.length : at, 0, run);
    for (const name of SERIES) this.insert(this.columns.get(name)!, run.series[name]);
  }

  /** The runs added so far, in replication order. */
  results(): readonly RunResult[] {
    return this.ordered;
  }

  /** The summary of the runs added so far; RangeError when there are none. */
  summary(): RunSummary {
    if (this.ordered.length === 0) throw codedRangeError('run.noResults', {});
    return assembleSummary(this.ordered, (name) => this.series(name));
  }

  private series(name: SeriesName): SeriesSummary {
    const { values, counts } = this.columns.get(name)!;
    const summary = emptySeriesSummary(this.days);
    const daily = this.ordered.map((r) => r.series[name]);
    for (let d = 0; d < this.days; d++) {
      const start = d * this.capacity;
      writeSeriesDay(summary, d, daily, values.subarray(start, start + counts[d]));
    }
    return summary;
  }

  /** Inserts each day's finite value of `daily` into that day's sorted column. */
  private insert(columns: Columns, daily: ArrayLike<number>): void {
    const { values, counts } = columns;
    for (let d = 0; d < this.days; d++) {
      const v = daily[d];
      if (!Number.isFinite(v)) continue;
      const start = d * this.capacity;
      let lo = start;
      let hi = start + counts[d];
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (before(v, values[mid])) hi = mid;
        else lo = mid + 1;
      }
      values.copyWithin(lo + 1, lo, start + counts[d]);
      values[lo] = v;
      counts[d]++;
    }
  }

  /** Re-lays every column for `capacity` runs a day. */
  private grow(capacity: number): void {
    for (const name of SERIES) {
      const old = this.columns.get(name);
      const values = new Float64Array(this.days * capacity);
      const counts = old?.counts ?? new Int32Array(this.days);
      if (old) for (let d = 0; d < this.days; d++) values.set(old.values.subarray(d * this.capacity, d * this.capacity + counts[d]), d * capacity);
      this.columns.set(name, { values, counts });
    }
    this.capacity = capacity;
  }
}
