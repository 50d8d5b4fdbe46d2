// Holt–Winters: level, trend and season; additive or multiplicative season, plain or damped trend,
// chosen by AICc. Multiplicative forms (ETS(M,A,M), ETS(M,Ad,M)) only for positive data.
import type { EtsSpec } from './fit.ts';
import { etsForecaster } from './ets-forecaster.ts';

/** The Holt–Winters family as ETS specs: additive (A,A,A), (A,Ad,A); multiplicative (M,A,M), (M,Ad,M). */
export const HOLT_WINTERS_SPECS: readonly EtsSpec[] = [
  { error: 'A', trend: 'A', season: 'A' },
  { error: 'A', trend: 'Ad', season: 'A' },
  { error: 'M', trend: 'A', season: 'M' },
  { error: 'M', trend: 'Ad', season: 'M' },
];

/** Holt–Winters, best of HOLT_WINTERS_SPECS by AICc (needs two full seasons). */
export const holtWinters = etsForecaster('hw', 14, () => HOLT_WINTERS_SPECS);
