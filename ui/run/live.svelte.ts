// Live what-if: a lever move re-runs the scenario by itself, shortly after the lever stops, and
// drops the run it makes stale at once. The user can switch it off (remembered in localStorage).

/** Quiet time after the last lever move before the re-run starts (ms). */
export const LIVE_DEBOUNCE_MS = 300;
/** localStorage key of the user's choice. */
export const LIVE_STORAGE_KEY = 'shoplab.live';

/** The little of localStorage live mode needs (tests pass a Map-backed one). */
export type LiveStorage = Pick<Storage, 'getItem' | 'setItem'>;

/** What live mode drives: dropping the run under way, and starting a run of the current text. */
export interface LiveTarget {
  supersede(): void;
  start(): Promise<void>;
}

export class LiveMode {
  /** On unless the user switched it off: seeing the numbers move with the lever is the point. */
  enabled = $state(true);
  /** A lever moved and its re-run has not started yet. */
  pending = $state(false);
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly target: LiveTarget,
    private readonly storage: LiveStorage | null = globalThis.localStorage ?? null,
    private readonly debounceMs = LIVE_DEBOUNCE_MS,
  ) {
    try {
      this.enabled = this.storage?.getItem(LIVE_STORAGE_KEY) !== 'off';
    } catch {
      // Storage refused (private window): live mode stays on for this page.
    }
  }

  /** Switches live mode on or off and remembers the choice; off also forgets a pending re-run. */
  setEnabled(on: boolean): void {
    this.enabled = on;
    if (!on) this.clear();
    try {
      this.storage?.setItem(LIVE_STORAGE_KEY, on ? 'on' : 'off');
    } catch {
      // Storage refused: the choice holds for this page only.
    }
  }

  /** A lever moved: the run under way is stale now, and a new one starts once the lever rests. */
  leverMoved(): void {
    if (!this.enabled) return;
    this.target.supersede();
    this.pending = true;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.pending = false;
      void this.target.start();
    }, this.debounceMs);
  }

  private clear(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.pending = false;
  }
}
