// Teunter–Syntetos–Babai: smooths the probability of demand every period (so a dying item's
// forecast decays) and the size of demand when it occurs; forecast = probability × size.
import { defineForecaster } from '../output.ts';
import { intermittentOutput } from './conformal.ts';
import type { IntermittentPass } from './croston-kernel.ts';

/** Smoothing of demand sizes and of the demand probability. */
export const TSB_ALPHA_SIZE = 0.1;
export const TSB_ALPHA_PROBABILITY = 0.1;

/**
 * TSB pass: probability starts at the first period's demand indicator, size at the first demand
 * (statsforecast's initialisation); values ≤ 0 are no demand.
 */
export function tsbPass(y: Float64Array, alphaSize: number, alphaProbability: number): IntermittentPass {
  const n = y.length;
  const fitted = new Float64Array(n).fill(NaN);
  let probability = NaN;
  let size = NaN;
  for (let t = 0; t < n; t++) {
    const demand = y[t] > 0 ? 1 : 0;
    if (probability === probability) fitted[t] = probability * (size === size ? size : 0);
    if (probability !== probability) probability = demand;
    else probability += alphaProbability * (demand - probability);
    if (demand === 1) size = size === size ? size + alphaSize * (y[t] - size) : y[t];
  }
  const forecast = probability === probability && size === size ? probability * size : 0;
  return { forecast, fitted };
}

/** TSB with α = 0.1 for both; conformal intervals, non-negative. */
export const tsb = defineForecaster('tsb', 2, (series) => {
  const { forecast, fitted } = tsbPass(series.y, TSB_ALPHA_SIZE, TSB_ALPHA_PROBABILITY);
  return { predict: (h, options) => intermittentOutput('tsb', forecast, series.y, fitted, h, options) };
});
