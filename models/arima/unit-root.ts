// How many differences an ARIMA model needs, as Hyndman–Khandakar (2008) / forecast::auto.arima
// decide: regular differences d by repeated KPSS tests (level stationarity, 5 %), seasonal
// differences D by the seasonal-strength heuristic of STL (forecast::nsdiffs test "seas").
import { stl } from '../decompose/stl.ts';
import { difference } from './polynomial.ts';

/** 5 % critical value of the KPSS level-stationarity statistic (Kwiatkowski et al. 1992, table 1). */
export const KPSS_CRITICAL_5 = 0.463;
/** Seasonal strength above which one seasonal difference is taken (forecast::nsdiffs). */
export const SEASONAL_STRENGTH_THRESHOLD = 0.64;

/**
 * KPSS statistic for level stationarity: Σ S_t² / (n² σ̂²), S the partial sums of y − ȳ and σ̂²
 * the Newey–West long-run variance with ⌊3√n / 13⌋ lags (urca's "short", as forecast::ndiffs).
 * 0 for a constant series (nothing to difference).
 */
export function kpssStatistic(y: Float64Array): number {
  const n = y.length;
  let mean = 0;
  for (let t = 0; t < n; t++) mean += y[t];
  mean /= n;
  const e = Float64Array.from(y, (v) => v - mean);
  let gamma0 = 0;
  for (let t = 0; t < n; t++) gamma0 += e[t] * e[t];
  if (!(gamma0 > 1e-20 * (1 + mean * mean) * n)) return 0;
  let longRun = gamma0;
  const lags = Math.floor((3 * Math.sqrt(n)) / 13);
  for (let l = 1; l <= lags; l++) {
    let gamma = 0;
    for (let t = l; t < n; t++) gamma += e[t] * e[t - l];
    longRun += 2 * (1 - l / (lags + 1)) * gamma;
  }
  longRun /= n;
  let partial = 0;
  let sum = 0;
  for (let t = 0; t < n; t++) {
    partial += e[t];
    sum += partial * partial;
  }
  return longRun > 0 ? sum / (n * n * longRun) : 0;
}

/** True when every value equals the first (a difference of it carries no information). */
export function isConstant(y: Float64Array): boolean {
  for (let t = 1; t < y.length; t++) if (y[t] !== y[0]) return false;
  return true;
}

/**
 * Regular differences (0 … maxD) for stationarity: difference while the KPSS test rejects at 5 %
 * and the series stays long enough (≥ 6 values) and not constant.
 */
export function regularDifferences(y: Float64Array, maxD = 2): number {
  let d = 0;
  let x = y;
  while (d < maxD && x.length >= 6 && !isConstant(x) && kpssStatistic(x) > KPSS_CRITICAL_5) {
    x = difference(x, 1);
    d++;
  }
  return d;
}

/**
 * Strength of the season of period m (Wang, Smith & Hyndman 2006): max(0, 1 − Var(R) / Var(S + R))
 * with S and R the seasonal and remainder components of STL. 0 with fewer than two seasons.
 */
export function seasonalStrength(y: Float64Array, m: number): number {
  if (m < 2 || y.length < 2 * m || isConstant(y)) return 0;
  const { seasonal, remainder } = stl(y, m);
  const variance = (values: (t: number) => number): number => {
    let mean = 0;
    for (let t = 0; t < y.length; t++) mean += values(t);
    mean /= y.length;
    let sum = 0;
    for (let t = 0; t < y.length; t++) sum += (values(t) - mean) ** 2;
    return sum;
  };
  const total = variance((t) => seasonal[t] + remainder[t]);
  return total > 0 ? Math.max(0, 1 - variance((t) => remainder[t]) / total) : 0;
}

/** Seasonal differences (0 or 1): one when the seasonal strength exceeds 0.64 and two seasons are observed. */
export function seasonalDifferences(y: Float64Array, m: number): number {
  return seasonalStrength(y, m) > SEASONAL_STRENGTH_THRESHOLD ? 1 : 0;
}
