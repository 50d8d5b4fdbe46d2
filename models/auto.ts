// `auto`: per series, backtests a few suitable models and forecasts with the one whose backtest
// MASE is lowest. Intermittent series (mean interval between demands ≥ 1.32, the Syntetos–Boylan
// cut-off) choose among the intermittent methods; others among seasonal naive, AutoETS, drift
// and the window average.
import type { FittedModel, Forecaster, SeriesInput } from './forecaster.ts';
import { defineForecaster } from './output.ts';
import { withFallback } from './fallback.ts';
import { crossValidate } from './backtest/cross-validation.ts';
import { mae } from './metrics/point.ts';
import { mase } from './metrics/scaled.ts';
import { seasonalNaive } from './baselines/seasonal-naive.ts';
import { drift } from './baselines/drift.ts';
import { windowAverage } from './baselines/window-average.ts';
import { autoEts } from './ets/auto-ets.ts';
import { croston } from './intermittent/croston.ts';
import { sba } from './intermittent/sba.ts';
import { tsb } from './intermittent/tsb.ts';
import { adida } from './intermittent/adida.ts';

/** Candidates for regular (smooth or erratic) series. */
export const SMOOTH_CANDIDATES: readonly Forecaster[] = [seasonalNaive, autoEts, drift, windowAverage];
/** Candidates for intermittent series. */
export const INTERMITTENT_CANDIDATES: readonly Forecaster[] = [croston, sba, tsb, adida, windowAverage];

/** Average demand interval (periods per non-zero value; Infinity without demand). */
export function averageDemandInterval(y: Float64Array): number {
  let demands = 0;
  for (let t = 0; t < y.length; t++) if (y[t] > 0) demands++;
  return demands > 0 ? y.length / demands : Infinity;
}

/** True when demand is intermittent by the Syntetos–Boylan rule (ADI ≥ 1.32). */
export function isIntermittent(y: Float64Array): boolean {
  return averageDemandInterval(y) >= 1.32;
}

/** The validation horizon and windows `auto` uses on a series of length n (null: too short to validate). */
export function autoValidation(n: number, seasonLength: number): { h: number; windows: number } | null {
  const h = Math.max(7, 2 * Math.max(1, Math.floor(seasonLength)));
  const windows = 2;
  return n >= 3 * h + (windows - 1) * h ? { h, windows } : null;
}

function fitAuto(series: SeriesInput): FittedModel {
  const intermittent = isIntermittent(series.y);
  const candidates = (intermittent ? INTERMITTENT_CANDIDATES : SMOOTH_CANDIDATES).map(withFallback);
  const validation = autoValidation(series.y.length, series.seasonLength);
  // Without enough history to validate: SBA for intermittent series, AutoETS otherwise.
  let chosen = candidates[(intermittent ? INTERMITTENT_CANDIDATES : SMOOTH_CANDIDATES).indexOf(intermittent ? sba : autoEts)];
  let why = `too short to validate (${series.y.length} periods); default ${chosen.name}`;
  if (validation) {
    const scored = candidates.map((candidate) => {
      const windows = crossValidate(candidate, series, { ...validation, nonNegative: true });
      let total = 0;
      for (const w of windows) {
        const insample = series.y.subarray(0, w.cutoff);
        const scaled = mase(w.actual, w.forecast.mean, insample, series.seasonLength);
        total += Number.isFinite(scaled) ? scaled : 1e6 + mae(w.actual, w.forecast.mean);
      }
      return { candidate, score: total / windows.length };
    });
    scored.sort((a, b) => a.score - b.score);
    chosen = scored[0].candidate;
    why = `chose ${chosen.name} by backtest MASE (${scored.map((s) => `${s.candidate.name} ${s.score < 1e6 ? s.score.toFixed(3) : '–'}`).join(', ')})`;
  }
  const fitted = chosen.fit(series);
  return {
    predict(h, options) {
      const output = fitted.predict(h, options);
      output.detail = `${why}${output.detail ? `; ${output.detail}` : ''}`;
      output.model = output.note ? output.model : 'auto';
      return output;
    },
  };
}

/** `auto`: the per-series winner of a small backtest among suitable models. */
export const auto = defineForecaster('auto', 1, fitAuto);
