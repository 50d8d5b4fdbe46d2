// Fits one seasonal ARIMA(p,d,q)(P,D,Q)[m] by conditional sum of squares (CSS), as
// forecast::auto.arima's search does when approximation = TRUE. Conditioning: values and
// innovations before the differenced series starts are set to their expectation (0 after removing
// the mean), so every order is scored on the same N residuals (conditioning on the first p + P·m
// values instead favoured seasonal AR terms, which drop a season of the noisiest residuals).
// No exact-likelihood refit follows (a documented simplification: it keeps a 52-week model cheap).
// Parameters: AR and MA parts through reflection coefficients (always stationary and invertible),
// plus the mean of the differenced series (a mean when d + D = 0, a drift when d + D = 1);
// Nelder–Mead minimises log SSE. The information criteria follow auto.arima's CSS convention:
// −2 log L ≈ N (log 2πσ² + 1) with N the differenced length and σ² = SSE / N.
import { nelderMead } from '../../sim/math/nelderMead.ts';
import { difference, reflectionToCoefficients, rootsOutside, seasonalProduct } from './polynomial.ts';

/** Orders of a seasonal ARIMA model; `constant` adds the mean (d + D = 0) or drift (d + D = 1). */
export interface ArimaOrder {
  p: number;
  d: number;
  q: number;
  P: number;
  D: number;
  Q: number;
  /** Season length (1: no seasonal part). */
  m: number;
  constant: boolean;
}

/** A fitted ARIMA model. Coefficients follow R's signs: AR 1 − Σ φ_i B^i, MA 1 + Σ θ_i B^i. */
export interface ArimaFit {
  order: ArimaOrder;
  ar: Float64Array;
  ma: Float64Array;
  sar: Float64Array;
  sma: Float64Array;
  /** Mean of the differenced series (0 without constant): the mean, or the drift per period. */
  mean: number;
  /** Innovation variance, SSE / N. */
  sigma2: number;
  neg2LogLik: number;
  aic: number;
  aicc: number;
  /** Estimated coefficients + 1 (σ²), as counted in the AIC. */
  parameterCount: number;
  /** The differenced series the model was fitted on. */
  differenced: Float64Array;
  /** CSS residuals, one per value of the differenced series. */
  residuals: Float64Array;
  evaluations: number;
  /** The optimum in the optimiser's coordinates, to warm-start a neighbouring order. */
  reflections: ArimaStart;
}

/** Fewest residuals a fit must use beyond its parameter count (fewer: the order is not admissible). */
export const MIN_RESIDUALS = 10;

/** Smallest modulus of an AR or MA root a fit may have (auto.arima's 1.01). */
export const ROOT_RADIUS = 1.01;

/** Floor of σ² relative to the series' mean square: an exact fit stays comparable instead of −∞. */
const SIGMA2_FLOOR = 1e-12;

/** Start values for a warm start: reflection-coefficient vectors per part and the mean. */
export interface ArimaStart {
  ar?: ArrayLike<number>;
  ma?: ArrayLike<number>;
  sar?: ArrayLike<number>;
  sma?: ArrayLike<number>;
}

/**
 * Fits `order` to y by CSS. Returns null when the differenced series leaves too few residuals for
 * the parameters (fewer than parameters + MIN_RESIDUALS) or a root lies within ROOT_RADIUS. `start` warm-starts the reflection values.
 */
export function fitArima(y: Float64Array, order: ArimaOrder, start: ArimaStart = {}): ArimaFit | null {
  const { p, q, P, Q, m } = order;
  const w = difference(difference(y, 1, order.d), m, order.D);
  const N = w.length;
  const coefficientCount = p + q + P + Q + (order.constant ? 1 : 0);
  if (N < coefficientCount + MIN_RESIDUALS) return null;
  let wMean = 0;
  let meanSquare = 0;
  for (let t = 0; t < N; t++) {
    wMean += w[t];
    meanSquare += y[t + (y.length - N)] ** 2;
  }
  wMean /= N;
  meanSquare /= N;
  let wSd = 0;
  for (let t = 0; t < N; t++) wSd += (w[t] - wMean) ** 2;
  wSd = Math.sqrt(wSd / N);

  const arLength = p + P * m + 1;
  const maLength = q + Q * m + 1;
  const ar = new Float64Array(p), ma = new Float64Array(q), sar = new Float64Array(P), sma = new Float64Array(Q);
  const work = new Float64Array(Math.max(p, q, P, Q, 1));
  const arFull = new Float64Array(arLength), maFull = new Float64Array(maLength);
  // Only the lags that can be non-zero are visited in the recursion.
  const arLags = Int32Array.from(structuralLags(p, P, m));
  const maLags = Int32Array.from(structuralLags(q, Q, m));
  const residuals = new Float64Array(N);
  const centred = new Float64Array(N);
  // The non-zero coefficients, in lag order, for the main loop.
  const arCompact = new Float64Array(arLags.length);
  const maCompact = new Float64Array(maLags.length);

  const unpack = (x: ArrayLike<number>): number => {
    reflectionToCoefficients(x, 0, p, ar, work);
    reflectionToCoefficients(x, p, q, ma, work);
    for (let i = 0; i < q; i++) ma[i] = -ma[i];
    reflectionToCoefficients(x, p + q, P, sar, work);
    reflectionToCoefficients(x, p + q + P, Q, sma, work);
    for (let i = 0; i < Q; i++) sma[i] = -sma[i];
    seasonalProduct(ar, sar, m, -1, arFull);
    seasonalProduct(ma, sma, m, 1, maFull);
    return order.constant ? x[p + q + P + Q] : 0;
  };
  const sse = (x: ArrayLike<number>): number => {
    const mu = unpack(x);
    for (let t = 0; t < N; t++) centred[t] = w[t] - mu;
    let sum = 0;
    // Before the longest lag, values before the start count as 0; after it, no bounds checks.
    const warmUp = Math.min(N, Math.max(arLength, maLength) - 1);
    for (let t = 0; t < warmUp; t++) {
      let e = centred[t];
      for (let k = 0; k < arLags.length && arLags[k] <= t; k++) e -= arFull[arLags[k]] * centred[t - arLags[k]];
      for (let k = 0; k < maLags.length && maLags[k] <= t; k++) e -= maFull[maLags[k]] * residuals[t - maLags[k]];
      residuals[t] = e;
      sum += e * e;
    }
    const arCount = arLags.length, maCount = maLags.length;
    for (let k = 0; k < arCount; k++) arCompact[k] = arFull[arLags[k]];
    for (let k = 0; k < maCount; k++) maCompact[k] = maFull[maLags[k]];
    for (let t = warmUp; t < N; t++) {
      let e = centred[t];
      for (let k = 0; k < arCount; k++) e -= arCompact[k] * centred[t - arLags[k]];
      for (let k = 0; k < maCount; k++) e -= maCompact[k] * residuals[t - maLags[k]];
      residuals[t] = e;
      sum += e * e;
    }
    return sum;
  };

  const x0 = new Float64Array(coefficientCount);
  const put = (offset: number, length: number, values?: ArrayLike<number>) => {
    // A warm start deep in tanh's flat tails would stall the simplex: |u| ≤ 2 (|reflection| ≤ 0.96).
    for (let i = 0; i < length && values && i < values.length; i++) x0[offset + i] = Number.isFinite(values[i]) ? Math.max(-2, Math.min(2, values[i])) : 0;
  };
  put(0, p, start.ar);
  put(p, q, start.ma);
  put(p + q, P, start.sar);
  put(p + q + P, Q, start.sma);
  if (order.constant) x0[coefficientCount - 1] = wMean;
  let evaluations = 0;
  let best: Float64Array = x0;
  if (coefficientCount > 0) {
    const steps = Array.from({ length: coefficientCount }, (_, i) => (order.constant && i === coefficientCount - 1 ? 0.1 * wSd + 1e-8 : 0.2));
    const objective = (x: Float64Array): number => Math.log(sse(x) + 1e-300);
    // log SSE flat to 1e-7 (≈ 1e-4 on an AICc of a thousand) is converged for model selection.
    const result = nelderMead(objective, x0, { steps, maxEvaluations: 100 * coefficientCount + 50, fTolerance: 1e-7, xTolerance: 1e-4, adaptive: true });
    best = result.x;
    evaluations = result.evaluations;
  }
  const sum = sse(best);
  const mean = unpack(best);
  // As auto.arima: a root within 1.01 of the unit circle (seasonal parts: in B, so 1.01^m in B^m)
  // marks a degenerate fit (over-differencing, cancelling factors); the order is not admissible.
  const seasonalRadius = ROOT_RADIUS ** m;
  if (!rootsOutside(ar, -1, ROOT_RADIUS) || !rootsOutside(ma, 1, ROOT_RADIUS) || !rootsOutside(sar, -1, seasonalRadius) || !rootsOutside(sma, 1, seasonalRadius)) return null;
  const sigma2 = Math.max(sum / N, SIGMA2_FLOOR * (meanSquare + 1));
  const k = coefficientCount + 1;
  const neg2LogLik = N * (Math.log(2 * Math.PI * sigma2) + 1);
  const aic = neg2LogLik + 2 * k;
  const aicc = N - k - 1 > 0 ? aic + (2 * k * (k + 1)) / (N - k - 1) : Infinity;
  return {
    order,
    ar: Float64Array.from(ar),
    ma: Float64Array.from(ma),
    sar: Float64Array.from(sar),
    sma: Float64Array.from(sma),
    mean,
    sigma2,
    neg2LogLik,
    aic,
    aicc,
    parameterCount: k,
    differenced: w,
    residuals: Float64Array.from(residuals),
    evaluations,
    reflections: {
      ar: best.slice(0, p),
      ma: best.slice(p, p + q),
      sar: best.slice(p + q, p + q + P),
      sma: best.slice(p + q + P, p + q + P + Q),
    },
  };
}

/** Lags 1 … n + N·m that a product of a degree-n and a seasonal degree-N (period m) polynomial can use. */
function structuralLags(n: number, seasonalN: number, m: number): number[] {
  const lags = new Set<number>();
  for (let j = 0; j <= seasonalN; j++) for (let i = 0; i <= n; i++) if (i + j * m > 0) lags.add(i + j * m);
  return [...lags].sort((a, b) => a - b);
}

/** R-style label, e.g. "ARIMA(0,1,1)(0,1,1)[12]" plus " with drift" / " with non-zero mean". */
export function arimaLabel(order: ArimaOrder): string {
  const seasonal = order.m > 1 && (order.P || order.D || order.Q) ? `(${order.P},${order.D},${order.Q})[${order.m}]` : '';
  const constant = order.constant ? (order.d + order.D === 0 ? ' with non-zero mean' : ' with drift') : '';
  return `ARIMA(${order.p},${order.d},${order.q})${seasonal}${constant}`;
}
