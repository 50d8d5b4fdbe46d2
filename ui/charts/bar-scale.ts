// The horizontal scale shared by the waterfall and tornado charts: a domain that holds every
// finite value and zero, mapped to 0–100 (percent of the bar track's width).

/** A linear map from values to a position in percent of the track (0 at `min`, 100 at `max`). */
export interface BarScale {
  min: number;
  max: number;
  /** Position of `value` in percent of the track, clamped to 0–100. */
  at: (value: number) => number;
}

/** The scale over the finite `values` and zero (a unit domain when they are all zero). */
export function barScale(values: readonly number[]): BarScale {
  let min = 0;
  let max = 0;
  for (const v of values) {
    if (!Number.isFinite(v)) continue;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  if (min === max) max = min + 1;
  const span = max - min;
  return { min, max, at: (v) => Math.min(100, Math.max(0, ((v - min) / span) * 100)) };
}
