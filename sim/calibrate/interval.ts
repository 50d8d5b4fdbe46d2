// Maps a bounded parameter to an unbounded coordinate and back, so an unconstrained optimiser
// only ever proposes valid values: logit for [lo, hi], log for [lo, ∞) or (−∞, hi], identity else.

/** Allowed range of a parameter; either end may be infinite. */
export interface Interval {
  lo: number;
  hi: number;
}

/** Keeps values a hair inside finite bounds so the transforms stay finite. */
const EDGE = 1e-9;

/** The unbounded coordinate of value `x` in `iv` (x is clamped into the interval first). */
export function toUnbounded(x: number, iv: Interval): number {
  const { lo, hi } = iv;
  if (Number.isFinite(lo) && Number.isFinite(hi)) {
    const p = Math.min(1 - EDGE, Math.max(EDGE, (x - lo) / (hi - lo)));
    return Math.log(p / (1 - p));
  }
  if (Number.isFinite(lo)) return Math.log(Math.max(x - lo, EDGE * Math.max(1, Math.abs(lo))));
  if (Number.isFinite(hi)) return -Math.log(Math.max(hi - x, EDGE * Math.max(1, Math.abs(hi))));
  return x;
}

/** The value in `iv` of unbounded coordinate `u` (inverse of `toUnbounded`). */
export function fromUnbounded(u: number, iv: Interval): number {
  const { lo, hi } = iv;
  if (Number.isFinite(lo) && Number.isFinite(hi)) {
    const p = u >= 0 ? 1 / (1 + Math.exp(-u)) : Math.exp(u) / (1 + Math.exp(u));
    return lo + (hi - lo) * p;
  }
  if (Number.isFinite(lo)) return lo + Math.exp(u);
  if (Number.isFinite(hi)) return hi - Math.exp(-u);
  return u;
}

/**
 * Which bound, if any, `x` sits on: within `share` of the width for a finite interval, or within
 * `share` of the starting distance from the one finite bound of a half-open interval.
 */
export function boundHit(x: number, iv: Interval, start: number, share = 0.01): 'lower' | 'upper' | null {
  const { lo, hi } = iv;
  const width = Number.isFinite(lo) && Number.isFinite(hi) ? hi - lo : NaN;
  if (Number.isFinite(lo)) {
    const scale = Number.isFinite(width) ? width : Math.abs(start - lo);
    if (x - lo <= share * scale) return 'lower';
  }
  if (Number.isFinite(hi)) {
    const scale = Number.isFinite(width) ? width : Math.abs(hi - start);
    if (hi - x <= share * scale) return 'upper';
  }
  return null;
}

/** "[0, 1]", "[0, ∞)" — for messages. */
export function formatInterval(iv: Interval): string {
  const lo = Number.isFinite(iv.lo) ? `[${iv.lo}` : '(−∞';
  const hi = Number.isFinite(iv.hi) ? `${iv.hi}]` : '∞)';
  return `${lo}, ${hi}`;
}
