// Point forecasts and normal prediction intervals of a fitted ARIMA model: the ARMA recursion on
// the differenced series (future innovations zero), integrated back through the differencing
// polynomial; the h-step variance is σ² Σ_{j<h} ψ_j² from the psi-weights of the whole model.
import type { ArimaFit } from './fit.ts';
import { differencingCoefficients, multiplyAr, psiWeights, seasonalProduct } from './polynomial.ts';

/** Forecast of h periods: mean, standard deviation per step, and one-step in-sample fits (NaN over the first d + D·m periods). */
export interface ArimaPrediction {
  mean: Float64Array;
  sd: Float64Array;
  fitted: Float64Array;
}

/** Forecasts the h periods after y from a model fitted to y. */
export function predictArima(y: Float64Array, fit: ArimaFit, h: number): ArimaPrediction {
  const { m, d, D, p, q, P, Q } = fit.order;
  const w = fit.differenced;
  const N = w.length;
  const n = y.length;
  const offset = n - N;
  const ar = new Float64Array(p + P * m + 1);
  const ma = new Float64Array(q + Q * m + 1);
  seasonalProduct(fit.ar, fit.sar, m, -1, ar);
  seasonalProduct(fit.ma, fit.sma, m, 1, ma);
  const mu = fit.mean;

  const wExt = new Float64Array(N + h);
  wExt.set(w);
  const eExt = new Float64Array(N + h);
  eExt.set(fit.residuals);
  for (let t = N; t < N + h; t++) {
    let v = 0;
    for (let k = 1; k < ar.length && k <= t; k++) if (ar[k] !== 0) v += ar[k] * (wExt[t - k] - mu);
    for (let k = 1; k < ma.length && k <= t; k++) if (ma[k] !== 0) v += ma[k] * eExt[t - k];
    wExt[t] = mu + v;
  }
  const delta = differencingCoefficients(d, D, m);
  const yExt = new Float64Array(n + h);
  yExt.set(y);
  for (let i = 0; i < h; i++) {
    const t = n + i;
    let v = wExt[N + i];
    for (let k = 1; k < delta.length; k++) v += delta[k] * yExt[t - k];
    yExt[t] = v;
  }

  const psi = psiWeights(multiplyAr(ar, delta), ma, h);
  const sd = new Float64Array(h);
  let sum = 0;
  for (let i = 0; i < h; i++) {
    sum += psi[i] * psi[i];
    sd[i] = Math.sqrt(fit.sigma2 * sum);
  }
  const fitted = new Float64Array(n).fill(NaN);
  for (let t = offset; t < n; t++) fitted[t] = y[t] - fit.residuals[t - offset];
  return { mean: yExt.slice(n), sd, fitted };
}
