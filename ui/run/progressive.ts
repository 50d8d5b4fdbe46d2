// Progressive results on the page: as replications land, asks the summary worker for the summary
// of what has landed, one question at a time and at most one answer per `minIntervalMs`, so the
// page re-renders a few times a second however fast replications land. An answer resting on many
// runs may ask for a longer pause (`pauseAfter`): later refinements change the figures less, and
// spacing them keeps their cost a small share of the simulation workers' time.

/** Pause after a refinement per replication it rests on (ms): 100 runs → 1.5 s. */
export const PAUSE_PER_RUN_MS = 15;

/**
 * The pause after a refinement resting on `runs` replications (ms): the interval of a mean
 * narrows as 1/√n, so a refinement of many runs moves the figures little.
 */
export function refinementPauseMs(runs: number): number {
  return PAUSE_PER_RUN_MS * runs;
}

/** Asks `fetch` again whenever something new landed; `apply` gets each answer until `stop`. */
export class ProgressiveFeed<T> {
  private inFlight = false;
  private dirty = false;
  private stopped = false;
  private lastAnswerAt = -Infinity;
  /** Least time from the last answer to the next question (ms). */
  private pauseMs: number;
  private timer: ReturnType<typeof setTimeout> | undefined;

  /**
   * @param fetch asks for the figures of what has landed so far (null: nothing to show)
   * @param apply puts an answer on screen; never called after `stop`
   * @param options.minIntervalMs least time between two answers being applied (ms; default 150)
   * @param options.pauseAfter a longer pause wanted after applying an answer (ms; at least minIntervalMs is kept)
   * @param options.now the clock (ms; default performance.now)
   */
  constructor(
    private readonly fetch: () => Promise<T | null>,
    private readonly apply: (value: T) => void,
    options: { minIntervalMs?: number; pauseAfter?: (value: T) => number; now?: () => number } = {},
  ) {
    this.minIntervalMs = options.minIntervalMs ?? 150;
    this.pauseAfter = options.pauseAfter ?? (() => 0);
    this.now = options.now ?? (() => performance.now());
    this.pauseMs = this.minIntervalMs;
  }

  private readonly minIntervalMs: number;
  private readonly pauseAfter: (value: T) => number;
  private readonly now: () => number;

  /** Something new landed: the figures will be asked for again. */
  landed(): void {
    if (this.stopped) return;
    this.dirty = true;
    this.pump();
  }

  /** No more answers are applied (the batch ended, was cancelled or superseded). */
  stop(): void {
    this.stopped = true;
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  private pump(): void {
    if (this.inFlight || !this.dirty || this.stopped || this.timer !== undefined) return;
    const waitMs = this.lastAnswerAt + this.pauseMs - this.now();
    if (waitMs > 0) {
      this.timer = setTimeout(() => {
        this.timer = undefined;
        this.pump();
      }, waitMs);
      return;
    }
    this.dirty = false;
    this.inFlight = true;
    this.fetch()
      .then(
        (value) => {
          if (this.stopped || value === null) return;
          this.apply(value);
          this.pauseMs = Math.max(this.minIntervalMs, this.pauseAfter(value));
        },
        // A failed preview only means fewer previews: the batch's own summary reports any error.
        () => undefined,
      )
      .finally(() => {
        this.inFlight = false;
        this.lastAnswerAt = this.now();
        this.pump();
      });
  }
}
