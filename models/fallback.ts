// The fallback chain: when the requested model cannot serve a series (too short, fit failed, or
// non-finite output), seasonal naive → naive → mean takes over and the output says so in `note`.
import type { FittedModel, ForecastOutput, Forecaster, PredictOptions, SeriesInput } from './forecaster.ts';
import { ModelError, SeriesTooShortError, modelMessage, modelTextOf, type ModelCoded } from './errors.ts';
import { seasonalNaive } from './baselines/seasonal-naive.ts';
import { naive } from './baselines/naive.ts';
import { historicAverage } from './baselines/historic-average.ts';
import { defineForecaster } from './output.ts';

/** The chain tried in order after the requested model fails. */
export const FALLBACK_CHAIN: readonly Forecaster[] = [seasonalNaive, naive, historicAverage];

function finite(output: ForecastOutput): boolean {
  const ok = (values: Float64Array) => values.every(Number.isFinite);
  return ok(output.mean) && [...output.quantiles.values()].every(ok);
}

function reason(model: string, error: unknown): ModelCoded {
  if (error instanceof SeriesTooShortError) return { code: error.code, params: error.params };
  return { code: 'forecast.failed', params: { model, why: modelTextOf(error) } };
}

/**
 * Wraps a forecaster so that it never fails on a series: it keeps the name; outputs produced by a
 * fallback carry the fallback's `model` and a `note` with the reason. Errors from the caller's
 * own arguments (a bad horizon or level) still throw.
 */
export function withFallback(forecaster: Forecaster): Forecaster {
  const fit = (series: SeriesInput): FittedModel => {
    let why: ModelCoded;
    if (series.y.length < forecaster.minLength) {
      why = { code: 'series.tooShort', params: { model: forecaster.name, needed: forecaster.minLength, got: series.y.length } };
    } else {
      try {
        const fitted = forecaster.fit(series);
        return {
          predict(h: number, options?: PredictOptions): ForecastOutput {
            let output: ForecastOutput;
            try {
              output = fitted.predict(h, options);
            } catch (error) {
              if (isArgumentError(h, options)) throw error;
              return fallback(series, reason(forecaster.name, error), h, options);
            }
            if (finite(output)) return output;
            return fallback(series, { code: 'forecast.nonFinite', params: { model: forecaster.name } }, h, options);
          },
        };
      } catch (error) {
        why = reason(forecaster.name, error);
      }
    }
    return { predict: (h, options) => fallback(series, why, h, options) };
  };
  return defineForecaster(forecaster.name, 0, fit);
}

function isArgumentError(h: number, options?: PredictOptions): boolean {
  if (!Number.isInteger(h) || h < 1) return true;
  return (options?.levels ?? []).some((level) => !(level > 0 && level < 100));
}

function fallback(series: SeriesInput, why: ModelCoded, h: number, options?: PredictOptions): ForecastOutput {
  let lastWhy = why;
  for (const candidate of FALLBACK_CHAIN) {
    if (series.y.length < candidate.minLength) continue;
    try {
      const output = candidate.forecast({ y: series.y, seasonLength: series.seasonLength }, h, options);
      if (!finite(output)) continue;
      const note = modelMessage('forecast.fallback', { why, used: candidate.name });
      output.note = note.message;
      output.noteCoded = { code: note.code, params: note.params };
      return output;
    } catch (error) {
      lastWhy = reason(candidate.name, error);
    }
  }
  throw new ModelError('forecast.noModel', { why: lastWhy });
}
