// A token bucket per connection: a page may send bursts (a trainer clicking fast) but not a flood.
// Pure: the clock is passed in.

/** Messages a connection may send at once, and how fast its allowance refills. */
export interface RateLimit {
  burst: number;
  perSecond: number;
}

/** The hub's limit: 20 messages at once, 5 a second after that (a learner sends one a week). */
export const MESSAGE_RATE: RateLimit = { burst: 20, perSecond: 5 };

/** Counts one connection's messages against a RateLimit. */
export class TokenBucket {
  private tokens: number;
  private lastMs: number;
  /** Messages refused so far. */
  refused = 0;

  constructor(private readonly limit: RateLimit, nowMs: number) {
    this.tokens = limit.burst;
    this.lastMs = nowMs;
  }

  /** True when a message at `nowMs` (milliseconds) is within the limit; it then uses one token. */
  take(nowMs: number): boolean {
    const elapsedSeconds = Math.max(0, nowMs - this.lastMs) / 1000;
    this.tokens = Math.min(this.limit.burst, this.tokens + elapsedSeconds * this.limit.perSecond);
    this.lastMs = nowMs;
    if (this.tokens >= 1) {
      this.tokens -= 1;
      return true;
    }
    this.refused++;
    return false;
  }
}
