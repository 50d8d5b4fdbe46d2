// Croston's method as a pure kernel: exponential smoothing of non-zero demand sizes and of the
// intervals between them; the forecast per period is size / interval (× a bias correction).

/** Result of a pass: the forecast per period after the last observation and one-step fitted values. */
export interface IntermittentPass {
  forecast: number;
  fitted: Float64Array;
}

/**
 * Runs Croston over y with smoothing α for both sizes and intervals, scaling the ratio by
 * `correction` (1 for Croston, 1 − α/2 for SBA). Values ≤ 0 count as no demand (returns are not
 * demand). Initialisation as statsforecast: size = the first demand, interval = its 1-based
 * position. Fitted[t] is the forecast made before seeing y[t] (NaN before the first demand).
 */
export function crostonPass(y: Float64Array, alpha: number, correction: number): IntermittentPass {
  const n = y.length;
  const fitted = new Float64Array(n).fill(NaN);
  let size = NaN;
  let interval = NaN;
  let last = -1;
  for (let t = 0; t < n; t++) {
    if (size === size) fitted[t] = (correction * size) / interval;
    const v = y[t];
    if (!(v > 0)) continue;
    if (size !== size) {
      size = v;
      interval = t + 1;
    } else {
      size += alpha * (v - size);
      interval += alpha * (t - last - interval);
    }
    last = t;
  }
  return { forecast: size === size ? (correction * size) / interval : 0, fitted };
}
