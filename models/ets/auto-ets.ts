// AutoETS: every admissible error/trend/season combination, best by AICc (Hyndman's ets with
// restrict = TRUE and no multiplicative trend): additive-error models with multiplicative season
// are excluded as numerically unstable.
import type { EtsSpec } from './fit.ts';
import { etsForecaster } from './ets-forecaster.ts';

/** Candidate specs of AutoETS for season length m (no seasonal ones when m < 2). */
export function autoEtsSpecs(m: number): EtsSpec[] {
  const specs: EtsSpec[] = [];
  for (const error of ['A', 'M'] as const) {
    for (const trend of ['N', 'A', 'Ad'] as const) {
      for (const season of ['N', 'A', 'M'] as const) {
        if (season !== 'N' && m < 2) continue;
        if (error === 'A' && season === 'M') continue;
        specs.push({ error, trend, season });
      }
    }
  }
  return specs;
}

/** AutoETS, registered as `ets`. */
export const autoEts = etsForecaster('ets', 8, autoEtsSpecs);
