// Starting values of an ETS model's states before optimisation (after Hyndman's initstate):
// seasonal indices from the first cycles, then level and trend from a line through the first
// deseasonalised values.
import { ADDITIVE, MULTIPLICATIVE, NONE } from './kernel.ts';

/** Initial level, trend and seasonal indices (indices in period order, one season before the data). */
export interface InitialStates {
  l0: number;
  b0: number;
  season: Float64Array;
}

/**
 * Heuristic initial states. Seasonal indices average each period's deviation (additive) or ratio
 * (multiplicative) from its cycle mean over the first up-to-4 full cycles, normalised to sum 0 /
 * average 1. Level and trend: see the comment in the body.
 */
export function initialStates(y: Float64Array, m: number, trend: number, seasonType: number): InitialStates {
  const n = y.length;
  const season = new Float64Array(Math.max(m, 1)).fill(seasonType === MULTIPLICATIVE ? 1 : 0);
  if (seasonType !== NONE) {
    const cycles = Math.min(4, Math.floor(n / m));
    const counts = new Float64Array(m);
    season.fill(0);
    for (let c = 0; c < cycles; c++) {
      let mean = 0;
      let k = 0;
      for (let j = 0; j < m; j++) {
        const v = y[c * m + j];
        if (v === v) {
          mean += v;
          k++;
        }
      }
      if (k === 0) continue;
      mean /= k;
      for (let j = 0; j < m; j++) {
        const v = y[c * m + j];
        if (v !== v) continue;
        season[j] += seasonType === ADDITIVE ? v - mean : mean > 0 ? v / mean : 1;
        counts[j]++;
      }
    }
    let total = 0;
    for (let j = 0; j < m; j++) {
      season[j] = counts[j] > 0 ? season[j] / counts[j] : seasonType === ADDITIVE ? 0 : 1;
      total += season[j];
    }
    const centre = total / m;
    for (let j = 0; j < m; j++) season[j] = seasonType === ADDITIVE ? season[j] - centre : centre > 0 ? season[j] / centre : 1;
  }

  const deseason = (t: number): number => {
    const v = y[t];
    if (seasonType === NONE) return v;
    const s = season[t % m];
    return seasonType === ADDITIVE ? v - s : v / s;
  };
  // Trend: a least-squares line through the first quarter of the series (at least max(10, 2m)
  // values), long enough that noise does not masquerade as trend. Level: the mean of the first
  // max(10, 2m) deseasonalised values, carried back to one period before the first.
  const shortWindow = Math.min(n, Math.max(10, 2 * m));
  const longWindow = Math.min(n, Math.max(shortWindow, Math.floor(n / 4)));
  let slope = 0;
  if (trend !== NONE) {
    let sx = 0, sy = 0, sxx = 0, sxy = 0, count = 0;
    for (let t = 0; t < longWindow; t++) {
      const d = deseason(t);
      if (d !== d) continue;
      sx += t;
      sy += d;
      sxx += t * t;
      sxy += t * d;
      count++;
    }
    const denominator = count * sxx - sx * sx;
    if (count > 1 && denominator !== 0) slope = (count * sxy - sx * sy) / denominator;
  }
  let sum = 0, sumT = 0, count = 0;
  for (let t = 0; t < shortWindow; t++) {
    const d = deseason(t);
    if (d !== d) continue;
    sum += d;
    sumT += t;
    count++;
  }
  if (count === 0) return { l0: 0, b0: 0, season };
  return { l0: sum / count - slope * (sumT / count + 1), b0: slope, season };
}
