// `dhr`: dynamic harmonic regression. The season is K pairs of Fourier terms (sin, cos of 2πkt/P)
// estimated by least squares together with the user's covariates (events, holidays, promotions,
// price); the regression's errors follow a non-seasonal ETS model (level and trend move). K is
// chosen by the AICc of the regression. A long season needs only 2K coefficients, not m − 1.
import { ModelError } from '../errors.ts';
import type { FittedModel, SeriesInput } from '../forecaster.ts';
import { SeriesTooShortError } from '../errors.ts';
import { covariateEffect, solveLinearSystem, usableCovariates, type CovariateEffect } from '../covariates.ts';
import { defineForecaster, shiftOutput } from '../output.ts';
import { ADJUSTED_MIN_LENGTH, fitAdjustedEts } from '../ets/adjusted.ts';
import { describeEts, predictEts } from '../ets/predict.ts';

/** Harmonic counts tried, up to ⌊P/2⌋ and up to a third of the observations. */
export const HARMONIC_CHOICES: readonly number[] = [1, 2, 3, 4, 6, 8, 10];

/**
 * Period of the Fourier terms for a season length m: 52 weeks stand for a year, 365.25/7 ≈ 52.18
 * weeks, so the terms do not drift a day a year against the calendar; other seasons are exact.
 */
export function fourierPeriod(m: number): number {
  return m === 52 ? 365.25 / 7 : m;
}

/**
 * Columns sin_k, cos_k (k = 1 … K) of periods t = start … start + length − 1. Higher harmonics
 * come from the first by the angle-addition recurrence (two trig calls per period, not 2K).
 */
export function fourierTerms(period: number, harmonics: number, start: number, length: number): Record<string, Float64Array> {
  const sin = Array.from({ length: harmonics }, () => new Float64Array(length));
  const cos = Array.from({ length: harmonics }, () => new Float64Array(length));
  for (let i = 0; i < length; i++) {
    // The angle reduced to one period first keeps it accurate far from t = 0.
    const angle = (2 * Math.PI * ((start + i) % period)) / period;
    const s1 = Math.sin(angle);
    const c1 = Math.cos(angle);
    let s = s1, c = c1;
    for (let k = 0; k < harmonics; k++) {
      sin[k][i] = s;
      cos[k][i] = c;
      const next = s * c1 + c * s1;
      c = c * c1 - s * s1;
      s = next;
    }
  }
  const columns: Record<string, Float64Array> = {};
  for (let k = 0; k < harmonics; k++) {
    columns[`sin${k + 1}`] = sin[k];
    columns[`cos${k + 1}`] = cos[k];
  }
  return columns;
}

/** A regression of y on an intercept and some columns: coefficients by column name, SSE. */
interface NestedFit {
  regression: CovariateEffect;
  sse: number;
}

/**
 * Least squares of y on an intercept and the columns `chosen` of a design whose cross-products
 * (with the intercept as column 0) were computed once: each candidate model solves only its own
 * small system. SSE = y'y − β'X'y. A tiny ridge keeps collinear columns solvable.
 */
function nestedFit(xtx: Float64Array, xty: Float64Array, yty: number, size: number, names: string[], chosen: number[]): NestedFit {
  const index = [0, ...chosen.map((c) => c + 1)];
  const p = index.length;
  const a = new Float64Array(p * p);
  const b = new Float64Array(p);
  for (let i = 0; i < p; i++) {
    b[i] = xty[index[i]];
    for (let j = 0; j < p; j++) a[i * p + j] = xtx[index[i] * size + index[j]];
    if (i > 0) a[i * p + i] += 1e-9 * (a[i * p + i] + 1);
  }
  const beta = solveLinearSystem(a, b, p);
  let explained = 0;
  for (let i = 0; i < p; i++) explained += beta[i] * b[i];
  const coefficients = new Float64Array(chosen.length);
  for (let k = 0; k < chosen.length; k++) coefficients[k] = Number.isFinite(beta[k + 1]) ? beta[k + 1] : 0;
  return { regression: { names: chosen.map((c) => names[c]), coefficients }, sse: Math.max(yty - explained, 0) };
}

function fitDhr(series: SeriesInput): FittedModel {
  const y = series.y;
  const n = y.length;
  if (n < ADJUSTED_MIN_LENGTH) throw new SeriesTooShortError('dhr', ADJUSTED_MIN_LENGTH, n);
  const m = Math.max(1, Math.floor(series.seasonLength));
  const period = fourierPeriod(m);
  // Covariates that vary over the history (a constant one is the intercept again).
  const userNames = usableCovariates(series).filter((name) => {
    const x = series.covariates![name];
    for (let t = 1; t < n; t++) if (x[t] !== x[0]) return true;
    return false;
  });
  const futureNames = usableCovariates(series);
  const choices = m >= 2 ? HARMONIC_CHOICES.filter((k) => 2 * k <= period && 6 * k < n) : [];
  const maxHarmonics = choices.length > 0 ? choices[choices.length - 1] : 0;
  const table = { ...fourierTerms(period, maxHarmonics, 0, n), ...(series.covariates ?? {}) };
  const names = [...Object.keys(fourierTerms(period, maxHarmonics, 0, 0)), ...userNames];
  const columns = names.map((name) => table[name]);
  // Cross-products of [1, columns…] and with y, once.
  const size = names.length + 1;
  const xtx = new Float64Array(size * size);
  const xty = new Float64Array(size);
  const row = new Float64Array(size);
  let yty = 0;
  for (let t = 0; t < n; t++) {
    row[0] = 1;
    for (let c = 0; c < columns.length; c++) row[c + 1] = columns[c][t];
    const v = y[t];
    yty += v * v;
    for (let i = 0; i < size; i++) {
      const ri = row[i];
      xty[i] += ri * v;
      for (let j = i; j < size; j++) xtx[i * size + j] += ri * row[j];
    }
  }
  for (let i = 0; i < size; i++) for (let j = 0; j < i; j++) xtx[i * size + j] = xtx[j * size + i];
  const userColumns = userNames.map((_, u) => 2 * maxHarmonics + u);
  let best: { harmonics: number; fit: NestedFit; aicc: number } | undefined;
  for (const harmonics of [0, ...choices]) {
    const chosen = [...Array.from({ length: 2 * harmonics }, (_, c) => 2 * (c >> 1) + (c & 1)), ...userColumns];
    const fit = nestedFit(xtx, xty, yty, size, names, chosen);
    const p = chosen.length + 2;
    const aicc = n * Math.log(Math.max(fit.sse, 1e-300) / n) + 2 * p + (n - p - 1 > 0 ? (2 * p * (p + 1)) / (n - p - 1) : Infinity);
    if (best === undefined || aicc < best.aicc) best = { harmonics, fit, aicc };
  }
  const chosen = best!;
  const effect = covariateEffect(chosen.fit.regression, table, n);
  const errors = Float64Array.from(y, (v, t) => v - effect[t]);
  const fit = fitAdjustedEts('dhr', errors);
  const futureLength = futureNames.length > 0 ? Math.min(...futureNames.map((name) => series.futureCovariates![name].length)) : Infinity;
  return {
    predict(h, options) {
      if (h > futureLength) throw new ModelError('forecast.futureShort', { names: futureNames, covered: futureLength, h });
      const output = predictEts(fit, 'dhr', h, { ...options, nonNegative: false });
      const future: Record<string, Float64Array> = { ...fourierTerms(period, chosen.harmonics, n, h) };
      for (const name of userNames) future[name] = series.futureCovariates![name];
      shiftOutput(output, covariateEffect(chosen.fit.regression, future, h), options?.nonNegative);
      output.detail = `${chosen.harmonics} harmonic(s) of ${period.toFixed(2)}${userNames.length ? ` + ${userNames.join(', ')}` : ''}, errors ${describeEts(fit)}`;
      return output;
    },
  };
}

/** Dynamic harmonic regression: Fourier terms and covariates by least squares, ETS errors. */
export const dhr = defineForecaster('dhr', ADJUSTED_MIN_LENGTH, fitDhr);
