// The ETS state-space recursions (Hyndman et al. 2008; the forecast package's etscalc): one pass
// over a series gives the likelihood objective, fitted values and the final state. Pure, and
// allocation-free: the seasonal ring buffer is passed in.

/** Component codes: none, additive, multiplicative. */
export const NONE = 0;
export const ADDITIVE = 1;
export const MULTIPLICATIVE = 2;

/** Smoothing parameters and initial states of one ETS model (state-space β, as in Hyndman's ets). */
export interface EtsParameters {
  alpha: number;
  beta: number;
  gamma: number;
  phi: number;
  /** Level before the first observation. */
  l0: number;
  /** Trend before the first observation (0 without trend). */
  b0: number;
}

/**
 * Runs the recursions over `y` and returns the objective minimised in fitting:
 * n·log(SSE/n) + 2·Σ log|ŷ_t| (the last term only for multiplicative errors), where n counts the
 * finite observations (NaN observations are skipped: the state moves on with ŷ as the value).
 * Returns Infinity when a multiplicative model meets a non-positive forecast.
 *
 * `season` (length m) is the seasonal ring buffer: on entry season[j] is the factor of the periods
 * t ≡ j (mod m) one season before the first; on exit, the last factor of each residue. `fitted`,
 * when given, receives the one-step forecasts. `state`, when given, receives [level, trend, SSE, n].
 */
export function etsPass(
  y: Float64Array,
  m: number,
  error: number,
  trend: number,
  seasonType: number,
  alpha: number,
  beta: number,
  gamma: number,
  phi: number,
  l0: number,
  b0: number,
  season: Float64Array,
  fitted: Float64Array | null,
  state: Float64Array | null,
): number {
  const n = y.length;
  const damp = trend === NONE ? 0 : phi;
  let level = l0;
  let slope = trend === NONE ? 0 : b0;
  let sse = 0;
  let logSum = 0;
  // Σ log ŷ accumulated as a product, logged only when it nears the float range (log is slow).
  let product = 1;
  let count = 0;
  let j = 0;
  for (let t = 0; t < n; t++) {
    const phib = damp * slope;
    const q = level + phib;
    const s = seasonType === NONE ? 0 : season[j];
    const forecast = seasonType === MULTIPLICATIVE ? q * s : q + s;
    if (fitted !== null) fitted[t] = forecast;
    let value = y[t];
    if (value !== value) {
      value = forecast;
    } else {
      if (error === MULTIPLICATIVE) {
        if (!(forecast > 0)) return Infinity;
        const e = (value - forecast) / forecast;
        sse += e * e;
        product *= forecast;
        if (product > 1e150 || product < 1e-150) {
          logSum += Math.log(product);
          product = 1;
        }
      } else {
        const e = value - forecast;
        sse += e * e;
      }
      count++;
    }
    const deseasoned = seasonType === NONE ? value : seasonType === ADDITIVE ? value - s : value / s;
    // ℓ_t − ℓ_{t−1} − φb_{t−1} = α·innovation, so b_t = φb_{t−1} + β*·α·innovation = φb + β·innovation:
    // level and slope update in parallel from the innovation (a shorter dependency chain per step).
    const innovation = deseasoned - q;
    level = q + alpha * innovation;
    if (trend !== NONE) slope = phib + beta * innovation;
    if (seasonType !== NONE) {
      const detrended = seasonType === ADDITIVE ? value - q : value / q;
      season[j] = s + gamma * (detrended - s);
      j++;
      if (j === m) j = 0;
    }
  }
  if (state !== null) {
    state[0] = level;
    state[1] = slope;
    state[2] = sse;
    state[3] = count;
  }
  if (count === 0) return Infinity;
  logSum += Math.log(product);
  const objective = count * Math.log(sse / count) + (error === MULTIPLICATIVE ? 2 * logSum : 0);
  return Number.isNaN(objective) ? Infinity : sse === 0 ? -1e12 : objective;
}

/** Σ_{i=1}^{k} φ^i (k for φ = 1): how far a damped trend carries after k periods. */
export function dampedSum(phi: number, k: number): number {
  if (phi === 1) return k;
  return (phi * (1 - Math.pow(phi, k))) / (1 - phi);
}

/**
 * Point forecasts from a final state: level, trend, and the seasonal ring buffer positioned so that
 * season[(start + i) mod m] is the factor of the i-th future period (start = n mod m).
 */
export function etsPointForecast(
  h: number,
  m: number,
  trend: number,
  seasonType: number,
  phi: number,
  level: number,
  slope: number,
  season: Float64Array,
  start: number,
  out: Float64Array,
): void {
  for (let i = 0; i < h; i++) {
    const q = trend === NONE ? level : level + dampedSum(phi, i + 1) * slope;
    const s = seasonType === NONE ? 0 : season[(start + i) % m];
    out[i] = seasonType === MULTIPLICATIVE ? q * s : q + s;
  }
}
