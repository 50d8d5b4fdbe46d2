// Price, promotion and event covariates for forecasters that model a series without them: a
// two-stage regression. Stage 1 regresses y on the covariates known in the future (ordinary least
// squares with intercept); stage 2 fits the inner model to y minus the covariate effect; the
// forecast adds the effect of the future covariate values back to the mean and every quantile
// (the covariate path is treated as known, so it shifts intervals without widening them).
import { ModelError } from './errors.ts';
import type { FittedModel, ForecastOutput, SeriesInput } from './forecaster.ts';
import { shiftOutput } from './output.ts';

/** Coefficients of a regression on named covariates (the intercept stays in the adjusted series). */
export interface CovariateEffect {
  names: string[];
  coefficients: Float64Array;
}

/** Names of covariates usable for forecasting: given over the history and over the future. */
export function usableCovariates(series: SeriesInput): string[] {
  const history = series.covariates ?? {};
  const future = series.futureCovariates ?? {};
  return Object.keys(history)
    .filter((name) => future[name] !== undefined && history[name].length === series.y.length)
    .sort();
}

/**
 * Least-squares coefficients of y on the covariates plus an intercept (normal equations solved by
 * Gaussian elimination with partial pivoting). Covariates that are constant over the history carry
 * no information and get coefficient 0. Rows with a non-finite value are skipped.
 */
export function regressOnCovariates(y: Float64Array, covariates: Record<string, Float64Array>, names: string[]): CovariateEffect {
  const varying = names.filter((name) => {
    const x = covariates[name];
    for (let t = 1; t < x.length; t++) if (x[t] !== x[0]) return true;
    return false;
  });
  const p = varying.length + 1;
  const xtx = new Float64Array(p * p);
  const xty = new Float64Array(p);
  const row = new Float64Array(p);
  for (let t = 0; t < y.length; t++) {
    row[0] = 1;
    let ok = Number.isFinite(y[t]);
    for (let k = 0; k < varying.length; k++) {
      row[k + 1] = covariates[varying[k]][t];
      if (!Number.isFinite(row[k + 1])) ok = false;
    }
    if (!ok) continue;
    for (let a = 0; a < p; a++) {
      xty[a] += row[a] * y[t];
      for (let b = 0; b < p; b++) xtx[a * p + b] += row[a] * row[b];
    }
  }
  // A tiny ridge keeps collinear covariates (e.g. a promo flag that equals a price drop) solvable.
  for (let a = 1; a < p; a++) xtx[a * p + a] += 1e-9 * (xtx[a * p + a] + 1);
  const beta = solveLinearSystem(xtx, xty, p);
  const coefficients = new Float64Array(names.length);
  varying.forEach((name, k) => (coefficients[names.indexOf(name)] = Number.isFinite(beta[k + 1]) ? beta[k + 1] : 0));
  return { names, coefficients };
}

/** Solves the p×p system a·x = b (row-major a) by Gaussian elimination with partial pivoting; zeros if singular. */
export function solveLinearSystem(a: Float64Array, b: Float64Array, p: number): Float64Array {
  const m = Float64Array.from(a);
  const x = Float64Array.from(b);
  for (let col = 0; col < p; col++) {
    let pivot = col;
    for (let r = col + 1; r < p; r++) if (Math.abs(m[r * p + col]) > Math.abs(m[pivot * p + col])) pivot = r;
    if (Math.abs(m[pivot * p + col]) < 1e-300) return new Float64Array(p);
    if (pivot !== col) {
      for (let c = 0; c < p; c++) [m[col * p + c], m[pivot * p + c]] = [m[pivot * p + c], m[col * p + c]];
      [x[col], x[pivot]] = [x[pivot], x[col]];
    }
    for (let r = 0; r < p; r++) {
      if (r === col) continue;
      const factor = m[r * p + col] / m[col * p + col];
      if (factor === 0) continue;
      for (let c = col; c < p; c++) m[r * p + c] -= factor * m[col * p + c];
      x[r] -= factor * x[col];
    }
  }
  for (let r = 0; r < p; r++) x[r] /= m[r * p + r];
  return x;
}

/** Σ_k coefficient_k · x_k[t] over a covariate table of length `length` (the effect of the covariates, intercept excluded). */
export function covariateEffect(fit: CovariateEffect, table: Record<string, Float64Array>, length: number): Float64Array {
  const out = new Float64Array(length);
  fit.names.forEach((name, k) => {
    const x = table[name];
    const c = fit.coefficients[k];
    if (c !== 0) for (let t = 0; t < length; t++) out[t] += c * x[t];
  });
  return out;
}

/**
 * Wraps a fit function so that usable covariates enter by two-stage regression. Without usable
 * covariates it is the inner fit unchanged. Predicting beyond the known future covariates throws.
 */
export function withCovariates(fit: (series: SeriesInput) => FittedModel): (series: SeriesInput) => FittedModel {
  return (series) => {
    const names = usableCovariates(series);
    if (names.length === 0) return fit(series);
    const history = series.covariates!;
    const future = series.futureCovariates!;
    const regression = regressOnCovariates(series.y, history, names);
    const past = covariateEffect(regression, history, series.y.length);
    const adjusted = new Float64Array(series.y.length);
    for (let t = 0; t < adjusted.length; t++) adjusted[t] = series.y[t] - past[t];
    const inner = fit({ y: adjusted, seasonLength: series.seasonLength });
    const futureLength = Math.min(...names.map((name) => future[name].length));
    return {
      predict(h, options): ForecastOutput {
        if (h > futureLength) {
          throw new ModelError('forecast.futureShort', { names, covered: futureLength, h });
        }
        const base = inner.predict(h, { ...options, nonNegative: false });
        const ahead = covariateEffect(regression, future, h);
        shiftOutput(base, ahead, options?.nonNegative);
        if (base.fitted) {
          // The inner model may hand out its own fitted array: shift a copy.
          base.fitted = Float64Array.from(base.fitted);
          for (let t = 0; t < base.fitted.length; t++) base.fitted[t] = options?.nonNegative ? Math.max(0, base.fitted[t] + past[t]) : base.fitted[t] + past[t];
        }
        const terms = names.map((name, k) => `${name}×${regression.coefficients[k].toPrecision(3)}`).join(' + ');
        base.detail = `${base.detail ?? base.model} on y − (${terms})`;
        return base;
      },
    };
  };
}
