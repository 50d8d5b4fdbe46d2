// Syntetos–Boylan approximation: Croston with the bias correction (1 − α/2).
import { defineForecaster } from '../output.ts';
import { crostonPass } from './croston-kernel.ts';
import { CROSTON_ALPHA } from './croston.ts';
import { intermittentOutput } from './conformal.ts';

/** SBA: Croston × (1 − α/2), conformal intervals, non-negative. */
export const sba = defineForecaster('sba', 2, (series) => {
  const { forecast, fitted } = crostonPass(series.y, CROSTON_ALPHA, 1 - CROSTON_ALPHA / 2);
  return { predict: (h, options) => intermittentOutput('sba', forecast, series.y, fitted, h, options) };
});
