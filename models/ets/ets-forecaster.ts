// Builds ETS forecasters (ses, holt, hw, ets) from a list of candidate specs: every candidate
// that applies to the series is fitted and the lowest AICc wins (Hyndman's ets selection).
import { ModelError } from '../errors.ts';
import type { FittedModel, Forecaster, SeriesInput } from '../forecaster.ts';
import { withCovariates } from '../covariates.ts';
import { defineForecaster } from '../output.ts';
import { SeriesTooShortError } from '../errors.ts';
import { etsMinLength, fitEts, type EtsFit, type EtsFitOptions, type EtsSpec } from './fit.ts';
import { predictEts } from './predict.ts';

/** True when every value is finite and > 0 (multiplicative components need it). */
export function strictlyPositive(y: Float64Array): boolean {
  for (let t = 0; t < y.length; t++) if (!(y[t] > 0)) return false;
  return y.length > 0;
}

/**
 * Fits every spec that applies (long enough; multiplicative only on positive data; seasonal only
 * with m ≥ 2) and returns the one with the lowest AICc. Throws SeriesTooShortError if none applies.
 * `stats`, when given, accumulates likelihood evaluations and fits (a load-independent cost).
 */
export function selectEts(name: string, y: Float64Array, m: number, specs: readonly EtsSpec[], stats?: { evaluations: number; fits: number }, fitOptions: Pick<EtsFitOptions, 'optimiseStates'> = {}): EtsFit {
  const positive = strictlyPositive(y);
  let best: EtsFit | undefined;
  let shortest = Infinity;
  const fits = new Map<string, EtsFit>();
  for (const spec of specs) {
    if (spec.season !== 'N' && m < 2) continue;
    if ((spec.error === 'M' || spec.season === 'M') && !positive) continue;
    const needed = etsMinLength(spec, m);
    shortest = Math.min(shortest, needed);
    if (y.length < needed) continue;
    let fit: EtsFit;
    try {
      fit = fitEts(y, m, spec, { ...fitOptions, start: warmStart(spec, fits) });
    } catch {
      continue;
    }
    fits.set(key(spec), fit);
    if (stats) {
      stats.evaluations += fit.evaluations;
      stats.fits++;
    }
    if (best === undefined || fit.aicc < best.aicc) best = fit;
  }
  if (best === undefined) {
    if (Number.isFinite(shortest)) throw new SeriesTooShortError(name, shortest, y.length);
    throw new ModelError('ets.noneApplies', { model: name, m, positive });
  }
  return best;
}

const key = (spec: EtsSpec) => `${spec.error}${spec.trend}${spec.season}`;

/**
 * Smoothing parameters of an already fitted relative, to start the search near its optimum:
 * the additive-error twin, the undamped twin, the additive-season twin, the trendless twin. Halves the
 * likelihood evaluations of AutoETS without changing what it finds (up to optimiser tolerance).
 */
function warmStart(spec: EtsSpec, fits: Map<string, EtsFit>): EtsFit | undefined {
  const relatives: EtsSpec[] = [
    { ...spec, error: 'A' },
    { ...spec, trend: spec.trend === 'Ad' ? 'A' : spec.trend },
    { ...spec, season: spec.season === 'M' ? 'A' : spec.season },
    // Trend models start from their trendless twin's α and γ (β and φ from their defaults).
    { ...spec, trend: 'N' },
  ];
  for (const relative of relatives) {
    const fit = key(relative) !== key(spec) ? fits.get(key(relative)) : undefined;
    if (fit) return fit;
  }
  return undefined;
}

/**
 * A forecaster that selects among `candidates(seasonLength)` by AICc, with covariates by two-stage
 * regression. `minLength` is the need of its smallest candidate (etsMinLength); seasonal ones may need more.
 */
export function etsForecaster(name: string, minLength: number, candidates: (seasonLength: number) => readonly EtsSpec[]): Forecaster {
  return defineForecaster(
    name,
    minLength,
    withCovariates((series: SeriesInput): FittedModel => {
      const m = Math.max(1, Math.floor(series.seasonLength));
      const fit = selectEts(name, series.y, m, candidates(m));
      return { predict: (h, options) => predictEts(fit, name, h, options) };
    }),
  );
}
