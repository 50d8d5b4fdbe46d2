// The Theta method as a state space model (Fiorucci et al. 2016, "Models for optimising the theta
// method"): SES level ℓ plus (1 − 1/θ) times the linear trend A + B·t carried by the SES weights.
// Static models use the least-squares line of the whole history; dynamic ones update A and B
// recursively, one observation at a time. Pure and allocation-free.

/** Least-squares intercept A and slope B of y on t = 1 … n. */
export function linearTrend(y: Float64Array): { a: number; b: number } {
  const n = y.length;
  let sy = 0, sty = 0;
  for (let t = 0; t < n; t++) {
    sy += y[t];
    sty += (t + 1) * y[t];
  }
  const st = (n * (n + 1)) / 2;
  const stt = (n * (n + 1) * (2 * n + 1)) / 6;
  const d = n * stt - st * st;
  const b = d > 0 ? (n * sty - st * sy) / d : 0;
  return { a: (sy - b * st) / n, b };
}

/** Final state of a pass: level, trend intercept and slope, SSE. */
export interface ThetaState {
  level: number;
  a: number;
  b: number;
  sse: number;
}

/**
 * One pass over y: one-step forecasts μ_t = ℓ_{t−1} + w[(1−α)^{t−1}A + (1−(1−α)^t)/α · B],
 * w = 1 − 1/θ, then ℓ_t = αy_t + (1−α)ℓ_{t−1}. Returns the sum of squared one-step errors; writes
 * the final state into `out` and the one-step forecasts into `fitted` when given.
 */
export function thetaPass(y: Float64Array, alpha: number, theta: number, l0: number, dynamic: boolean, staticA: number, staticB: number, out: ThetaState | null, fitted: Float64Array | null): number {
  const n = y.length;
  const w = 1 - 1 / theta;
  let level = l0;
  let a = dynamic ? y[0] : staticA;
  let b = dynamic ? 0 : staticB;
  let mean = y[0];
  let decay = 1; // (1 − α)^{t−1}
  let sse = 0;
  for (let t = 1; t <= n; t++) {
    const next = decay * (1 - alpha);
    const mu = level + w * (decay * a + ((1 - next) / alpha) * b);
    const value = y[t - 1];
    if (fitted !== null) fitted[t - 1] = mu;
    const e = value - mu;
    sse += e * e;
    level = alpha * value + (1 - alpha) * level;
    decay = next;
    if (dynamic) {
      const previousMean = mean;
      mean = t === 1 ? value : ((t - 1) * mean + value) / t;
      b = t === 1 ? 0 : ((t - 2) * b + (6 * (value - previousMean)) / t) / (t + 1);
      a = mean - ((t + 1) / 2) * b;
    }
  }
  if (out !== null) {
    out.level = level;
    out.a = a;
    out.b = b;
    out.sse = sse;
  }
  return sse;
}

/** Point forecasts h steps from the final state after n observations: ℓ_n + w[(1−α)^n A + B(h − 1 + (1 − (1−α)^{n+1})/α)]. */
export function thetaForecast(state: ThetaState, alpha: number, theta: number, n: number, h: number, out: Float64Array): void {
  const w = 1 - 1 / theta;
  const decay = Math.pow(1 - alpha, n);
  const carried = (1 - decay * (1 - alpha)) / alpha;
  for (let i = 0; i < h; i++) out[i] = state.level + w * (decay * state.a + state.b * (i + carried));
}
