// Non-seasonal ETS for series whose season (or regression effect) was taken out beforehand: the
// additive-error models without season, best by AICc (statsforecast's MSTL uses AutoETS "ZZN"
// likewise). Additive error keeps the intervals analytic on a series that may go below zero.
import type { EtsFit, EtsSpec } from './fit.ts';
import { selectEts } from './ets-forecaster.ts';

/**
 * ETS(A,N,N) and ETS(A,Ad,N). The undamped ETS(A,A,N) is left out: on adjusted retail series it
 * was picked for 1 series in 200 (the damped trend nests it up to φ ≤ 0.98) and cost a third of the fit.
 */
export const ADJUSTED_SPECS: readonly EtsSpec[] = [
  { error: 'A', trend: 'N', season: 'N' },
  { error: 'A', trend: 'Ad', season: 'N' },
];

/** Fewest observations ADJUSTED_SPECS need (ETS(A,N,N)). */
export const ADJUSTED_MIN_LENGTH = 8;

/**
 * Best of ADJUSTED_SPECS by AICc on an adjusted series. Initial level and trend keep their
 * heuristic values (they decay within the first seasons; two fewer dimensions make it fast).
 */
export function fitAdjustedEts(name: string, y: Float64Array): EtsFit {
  return selectEts(name, y, 1, ADJUSTED_SPECS, undefined, { optimiseStates: y.length < 40 });
}
