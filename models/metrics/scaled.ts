// Scaled errors: the forecast's error relative to a naive forecast's in-sample error, so they
// compare across series of different sizes (MASE: Hyndman & Koehler 2006; RMSSE: M5 competition).
import { mae, mse } from './point.ts';

/** MASE denominator: mean |y_t − y_{t−m}| over the training data (NaN with ≤ m values). */
export function maseScale(insample: ArrayLike<number>, seasonLength = 1): number {
  const m = Math.max(1, Math.floor(seasonLength));
  let sum = 0, n = 0;
  for (let t = m; t < insample.length; t++) {
    const d = insample[t] - insample[t - m];
    if (Number.isFinite(d)) { sum += Math.abs(d); n++; }
  }
  return n > 0 ? sum / n : NaN;
}

/**
 * Mean absolute scaled error: MAE / maseScale(insample, m). Infinity when the history is flat
 * (scale 0) and the forecast is wrong; 0 when both are 0.
 */
export function mase(actual: ArrayLike<number>, forecast: ArrayLike<number>, insample: ArrayLike<number>, seasonLength = 1): number {
  return ratio(mae(actual, forecast), maseScale(insample, seasonLength));
}

/**
 * RMSSE denominator as in M5: mean squared one-step difference of the training data counted from
 * its first non-zero value (leading zeros are before the product was on sale).
 */
export function rmsseScale(insample: ArrayLike<number>): number {
  let start = 0;
  while (start < insample.length && !(insample[start] !== 0 && Number.isFinite(insample[start]))) start++;
  let sum = 0, n = 0;
  for (let t = start + 1; t < insample.length; t++) {
    const d = insample[t] - insample[t - 1];
    if (Number.isFinite(d)) { sum += d * d; n++; }
  }
  return n > 0 ? sum / n : NaN;
}

/** Root mean squared scaled error (M5): √(MSE / rmsseScale(insample)). */
export function rmsse(actual: ArrayLike<number>, forecast: ArrayLike<number>, insample: ArrayLike<number>): number {
  return Math.sqrt(ratio(mse(actual, forecast), rmsseScale(insample)));
}

function ratio(error: number, scale: number): number {
  if (Number.isNaN(error) || Number.isNaN(scale)) return NaN;
  if (scale === 0) return error === 0 ? 0 : Infinity;
  return error / scale;
}
