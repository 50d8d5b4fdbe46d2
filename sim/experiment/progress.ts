// Aggregate progress over many replications (possibly running at once in several workers):
// fraction of simulated days done, replications finished and an estimate of the time left.

/** Progress of a batch of replications. */
export interface Progress {
  /** Simulated days done over all days to simulate (0–1). */
  fraction: number;
  replicationsDone: number;
  replicationsTotal: number;
  /** Milliseconds since the tracker started. */
  elapsedMs: number;
  /** Estimated milliseconds left (elapsed × remaining ÷ done); null until some work is done. */
  etaMs: number | null;
}

/** A clock in milliseconds; `performance.now` exists in Node, browsers and workers. */
export type Clock = () => number;

/**
 * Collects per-replication day counts into one Progress. Replications are identified by any
 * key (a replication index, or "cell:replication" in a sweep); each reports days done and
 * finishes with `finish`.
 */
export class ProgressTracker {
  private readonly daysDone = new Map<string | number, number>();
  private doneDays = 0;
  private finished = 0;
  private readonly started: number;

  constructor(
    private readonly replicationsTotal: number,
    private readonly daysPerReplication: number,
    private readonly onProgress: ((progress: Progress) => void) | undefined,
    private readonly now: Clock = () => performance.now(),
  ) {
    this.started = now();
  }

  /** Records that replication `key` has simulated `days` days. */
  update(key: string | number, days: number): void {
    const before = this.daysDone.get(key) ?? 0;
    const clamped = Math.min(days, this.daysPerReplication);
    this.daysDone.set(key, clamped);
    this.doneDays += clamped - before;
    this.emit();
  }

  /** Records that replication `key` is complete. */
  finish(key: string | number): void {
    const before = this.daysDone.get(key) ?? 0;
    this.daysDone.set(key, this.daysPerReplication);
    this.doneDays += this.daysPerReplication - before;
    this.finished++;
    this.emit();
  }

  /** The progress now. */
  current(): Progress {
    const total = this.replicationsTotal * this.daysPerReplication;
    const fraction = total > 0 ? Math.min(1, this.doneDays / total) : 1;
    const elapsedMs = this.now() - this.started;
    return {
      fraction,
      replicationsDone: this.finished,
      replicationsTotal: this.replicationsTotal,
      elapsedMs,
      etaMs: fraction > 0 ? (elapsedMs * (1 - fraction)) / fraction : null,
    };
  }

  private emit(): void {
    if (this.onProgress) this.onProgress(this.current());
  }
}
