// Non-seasonal ETS for series whose season (or regression effect) was taken out beforehand: the
// additive-error models without season, best by AICc (statsforecast's MSTL uses AutoETS "ZZN"
// likewise). Additive error keeps the intervals analytic on a series that may go below zero.
import type { EtsFit, EtsSpec } from './fit.ts';
import { selectEts } from './ets-forecaster.ts';

/** ETS(A,N,N), ETS(A,A,N) and ETS(A,Ad,N). */
export const ADJUSTED_SPECS: readonly EtsSpec[] = [
  { error: 'A', trend: 'N', season: 'N' },
  { error: 'A', trend: 'A', season: 'N' },
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
