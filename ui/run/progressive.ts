// Progressive results on the page: as replications land, asks the summary worker for the summary
// of what has landed, one question at a time and at most one answer per `minIntervalMs`, so the
// page re-renders a few times a second however fast replications land.

/** Asks `fetch` again whenever something new landed; `apply` gets each answer until `stop`. */
export class ProgressiveFeed<T> {
  private inFlight = false;
  private dirty = false;
  private stopped = false;
  private lastAnswerAt = -Infinity;
  private timer: ReturnType<typeof setTimeout> | undefined;

  /**
   * @param fetch asks for the figures of what has landed so far (null: nothing to show)
   * @param apply puts an answer on screen; never called after `stop`
   * @param minIntervalMs least time between two answers being applied (ms)
   */
  constructor(
    private readonly fetch: () => Promise<T | null>,
    private readonly apply: (value: T) => void,
    private readonly minIntervalMs = 150,
    private readonly now: () => number = () => performance.now(),
  ) {}

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
    const waitMs = this.lastAnswerAt + this.minIntervalMs - this.now();
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
          if (!this.stopped && value !== null) this.apply(value);
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
