// `auto`: per series, backtests suitable models on a validation plan fitted to the history and the
// horizon. The pool's default model (its first) is kept unless a challenger — another model or a
// median/mean of the best 2–3 — beats it by more than noise: a one-sided paired test on the scaled
// errors of the backtest points. Picking the lowest score alone chases noise on short validations.
// Intermittent series (mean interval between demands ≥ 1.32, Syntetos–Boylan) use intermittent
// methods; long seasons (> 24 periods) with two full seasons the long-season models; others AutoETS and co.
import type { FittedModel, Forecaster, ForecastOutput, PredictOptions, SeriesInput } from './forecaster.ts';
import { checkHorizon, defineForecaster } from './output.ts';
import { withFallback } from './fallback.ts';
import { crossValidate } from './backtest/cross-validation.ts';
import { mae } from './metrics/point.ts';
import { maseScale } from './metrics/scaled.ts';
import { combineOutputs, combinePaths, type Combiner } from './combine.ts';
import { seasonalNaive } from './baselines/seasonal-naive.ts';
import { drift } from './baselines/drift.ts';
import { windowAverage } from './baselines/window-average.ts';
import { autoEts } from './ets/auto-ets.ts';
import { autoTheta, theta } from './theta/theta.ts';
import { stlEts } from './decompose/stl-forecaster.ts';
import { dhr } from './harmonic/dhr.ts';
import { croston } from './intermittent/croston.ts';
import { sba } from './intermittent/sba.ts';
import { tsb } from './intermittent/tsb.ts';
import { adida } from './intermittent/adida.ts';

/** Seasons of more periods than this count as long (Hyndman's ets refuses m > 24 for the same reason). */
export const LONG_SEASON = 24;
/** Candidates for series with a long season and at least two full seasons (e.g. 52 weeks); default first. */
export const SEASONAL_CANDIDATES: readonly Forecaster[] = [dhr, seasonalNaive, stlEts, theta];
/** Candidates for other regular (smooth or erratic) series, e.g. daily with a weekly season; default first. */
export const SMOOTH_CANDIDATES: readonly Forecaster[] = [autoEts, seasonalNaive, dhr, autoTheta, drift, windowAverage];
/** Candidates for intermittent series; default first. */
export const INTERMITTENT_CANDIDATES: readonly Forecaster[] = [sba, croston, tsb, adida, windowAverage];
/** A challenger replaces the default when its mean paired advantage exceeds this many standard errors. */
export const SIGNIFICANCE_Z = 2;
/** Most backtest windows `auto` uses. */
export const MAX_WINDOWS = 2;
/** Fewest training periods a non-seasonal validation keeps. */
export const MIN_TRAIN = 14;

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

/**
 * The validation plan on a series of n periods for horizon h, keeping at least `minTrain` periods
 * to train on: horizon h (less only when the data cannot hold h after minTrain), non-overlapping
 * windows, as many as fit up to MAX_WINDOWS. Null when not even one period is left to validate.
 */
export function autoValidation(n: number, h: number, minTrain = MIN_TRAIN): { h: number; windows: number } | null {
  const spare = n - minTrain;
  if (spare < 1) return null;
  const validationH = Math.min(h, spare);
  const windows = Math.max(1, Math.min(MAX_WINDOWS, Math.floor((spare - validationH) / validationH) + 1));
  return { h: validationH, windows };
}

/** What `auto` chose: members (one for a single model) and how they are combined. */
export interface AutoChoice {
  members: Forecaster[];
  how: Combiner;
  score: number;
}

function label(choice: AutoChoice): string {
  return choice.members.length === 1 ? choice.members[0].name : `${choice.how}(${choice.members.map((m) => m.name).join('+')})`;
}

/**
 * Backtests `candidates` on `series` and scores each single model and each median/mean of the best
 * 2 or 3 by MASE over the backtest points. The default (candidates[0]) is chosen unless a challenger
 * beats it significantly: mean(e_default − e_challenger) > SIGNIFICANCE_Z · sd / √points, over the
 * paired scaled absolute errors; among such challengers the lowest score wins.
 */
export function chooseByBacktest(series: SeriesInput, candidates: readonly Forecaster[], plan: { h: number; windows: number }, minTrain: number): { best: AutoChoice; scored: AutoChoice[] } {
  const m = Math.max(1, Math.floor(series.seasonLength));
  const runs = candidates.map((candidate) => crossValidate(candidate, series, { ...plan, minTrain, nonNegative: true }));
  const windows = runs[0];
  const scales = windows.map((w) => maseScale(series.y.subarray(0, w.cutoff), m));
  const points = windows.length * plan.h;
  // Scaled absolute error of every backtest point (a flat history scales by 1: its errors are raw).
  const errorsOf = (means: Float64Array[]): Float64Array => {
    const errors = new Float64Array(points);
    for (let w = 0; w < windows.length; w++) {
      const scale = scales[w] > 0 ? scales[w] : 1;
      for (let i = 0; i < plan.h; i++) errors[w * plan.h + i] = Math.abs(windows[w].actual[i] - means[w][i]) / scale;
    }
    return errors;
  };
  const meanOf = (e: Float64Array): number => e.reduce((a, b) => a + b, 0) / e.length;
  const entries: { choice: AutoChoice; errors: Float64Array }[] = candidates.map((candidate, c) => {
    const errors = errorsOf(runs[c].map((w) => w.forecast.mean));
    return { choice: { members: [candidate], how: 'mean' as Combiner, score: meanOf(errors) }, errors };
  });
  const order = entries.map((_, c) => c).sort((a, b) => entries[a].choice.score - entries[b].choice.score);
  for (const size of [2, 3]) {
    if (order.length < size) continue;
    const top = order.slice(0, size);
    for (const how of ['median', 'mean'] as const) {
      if (how === 'median' && size === 2) continue; // the median of two is their mean
      const errors = errorsOf(windows.map((_, w) => combinePaths(top.map((c) => runs[c][w].forecast.mean), how)));
      entries.push({ choice: { members: top.map((c) => candidates[c]), how, score: meanOf(errors) }, errors });
    }
  }
  const base = entries[0];
  let best = base.choice;
  for (const entry of entries.slice(1)) {
    if (!(entry.choice.score < best.score) || !significantlyBetter(base.errors, entry.errors)) continue;
    best = entry.choice;
  }
  return { best, scored: entries.map((e) => e.choice) };
}

/** One-sided paired test: the challenger's errors are lower than the default's by more than noise. */
export function significantlyBetter(defaultErrors: Float64Array, challengerErrors: Float64Array, z = SIGNIFICANCE_Z): boolean {
  const k = defaultErrors.length;
  if (k < 2) return false;
  let mean = 0;
  for (let j = 0; j < k; j++) mean += defaultErrors[j] - challengerErrors[j];
  mean /= k;
  let variance = 0;
  for (let j = 0; j < k; j++) variance += (defaultErrors[j] - challengerErrors[j] - mean) ** 2;
  variance /= k - 1;
  return mean > 0 && mean > z * Math.sqrt(variance / k);
}

function fitAuto(series: SeriesInput): FittedModel {
  const n = series.y.length;
  const m = Math.max(1, Math.floor(series.seasonLength));
  const intermittent = isIntermittent(series.y);
  const seasonal = !intermittent && m > LONG_SEASON && n > 2 * m;
  const pool = (intermittent ? INTERMITTENT_CANDIDATES : seasonal ? SEASONAL_CANDIDATES : SMOOTH_CANDIDATES).map(withFallback);
  // Seasonal candidates need two full seasons to train on; the others a few weeks of data.
  const minTrain = seasonal ? 2 * m : MIN_TRAIN;
  const fitted = new Map<string, FittedModel>();
  const member = (forecaster: Forecaster): FittedModel => {
    let model = fitted.get(forecaster.name);
    if (!model) fitted.set(forecaster.name, (model = forecaster.fit(series)));
    return model;
  };
  // The plan depends on the horizon: choose once per horizon asked.
  const choices = new Map<number, { choice: AutoChoice; why: string }>();
  const choose = (h: number) => {
    const plan = autoValidation(n, h, minTrain);
    if (!plan) {
      const fallback = pool[0];
      return { choice: { members: [fallback], how: 'mean' as Combiner, score: NaN }, why: `too short to validate (${n} periods); default ${fallback.name}` };
    }
    const { best, scored } = chooseByBacktest(series, pool, plan, minTrain);
    const ranked = [...scored].sort((a, b) => a.score - b.score).slice(0, 6);
    const why = `chose ${label(best)}${best.members.length === 1 && best.members[0] === pool[0] ? ' (default)' : ''} by backtest MASE over ${plan.windows}×${plan.h} (${ranked.map((c) => `${label(c)} ${c.score < 1e6 ? c.score.toFixed(3) : '–'}`).join(', ')})`;
    return { choice: best, why };
  };
  return {
    predict(h: number, options?: PredictOptions): ForecastOutput {
      checkHorizon(h);
      let entry = choices.get(h);
      if (!entry) choices.set(h, (entry = choose(h)));
      const outputs = entry.choice.members.map((forecaster) => member(forecaster).predict(h, options));
      const output = outputs.length === 1 ? outputs[0] : combineOutputs(outputs, entry.choice.how, 'auto');
      const notes = outputs.map((o) => o.note).filter(Boolean);
      output.detail = `${entry.why}${outputs.length === 1 && output.detail ? `; ${output.detail}` : ''}`;
      output.model = notes.length > 0 && outputs.length === 1 ? output.model : 'auto';
      if (notes.length > 0) output.note = notes.join('; ');
      return output;
    },
  };
}

/** `auto`: the per-series winner — a model or a combination — of a backtest among suitable models. */
export const auto = defineForecaster('auto', 1, fitAuto);
