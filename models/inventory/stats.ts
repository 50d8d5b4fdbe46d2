// Small numeric helpers the inventory formulas share: the standard normal (density, CDF, inverse
// CDF, loss function) and the Poisson distribution (pmf, CDF, quantile, loss function).

const SQRT_2PI = Math.sqrt(2 * Math.PI);

/** Standard normal density φ(z). */
export function normalPdf(z: number): number {
  return Math.exp(-0.5 * z * z) / SQRT_2PI;
}

/**
 * Standard normal CDF Φ(z), by Hart's double-precision rational approximation (algorithm 5666,
 * as arranged by West 2005): absolute error below 1e-14 everywhere, and the upper tail is
 * computed directly so 1 − Φ(z) keeps its relative accuracy for large z.
 */
export function normalCdf(z: number): number {
  if (Number.isNaN(z)) return NaN;
  const x = Math.abs(z);
  let tail: number;
  if (x > 37) {
    tail = 0;
  } else {
    const e = Math.exp(-0.5 * x * x);
    if (x < 7.07106781186547) {
      let n = 3.52624965998911e-2 * x + 0.700383064443688;
      n = n * x + 6.37396220353165;
      n = n * x + 33.912866078383;
      n = n * x + 112.079291497871;
      n = n * x + 221.213596169931;
      n = n * x + 220.206867912376;
      let d = 8.83883476483184e-2 * x + 1.75566716318264;
      d = d * x + 16.064177579207;
      d = d * x + 86.7807322029461;
      d = d * x + 296.564248779674;
      d = d * x + 637.333633378831;
      d = d * x + 793.826512519948;
      d = d * x + 440.413735824752;
      tail = (e * n) / d;
    } else {
      let b = x + 0.65;
      b = x + 4 / b;
      b = x + 3 / b;
      b = x + 2 / b;
      b = x + 1 / b;
      tail = e / b / 2.506628274631;
    }
  }
  return z > 0 ? 1 - tail : tail;
}

const A = [-3.969683028665376e1, 2.209460984245205e2, -2.759285104469687e2, 1.38357751867269e2, -3.066479806614716e1, 2.506628277459239];
const B = [-5.447609879822406e1, 1.615858368580409e2, -1.556989798598866e2, 6.680131188771972e1, -1.328068155288572e1];
const C = [-7.784894002430293e-3, -3.223964580411365e-1, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];
const D = [7.784695709041462e-3, 3.224671290700398e-1, 2.445134137142996, 3.754408661907416];
const P_LOW = 0.02425;

function acklamTail(p: number): number {
  const q = Math.sqrt(-2 * Math.log(p));
  return (((((C[0] * q + C[1]) * q + C[2]) * q + C[3]) * q + C[4]) * q + C[5]) / ((((D[0] * q + D[1]) * q + D[2]) * q + D[3]) * q + 1);
}

/**
 * Inverse standard normal CDF Φ⁻¹(p) for p in (0, 1): Acklam's rational approximation (relative
 * error 1.15e-9) polished by one Halley step on `normalCdf`, which brings it to ~1e-15.
 * Returns −Infinity at 0, +Infinity at 1 and NaN outside [0, 1].
 */
export function normalInv(p: number): number {
  if (!(p >= 0 && p <= 1)) return NaN;
  if (p === 0) return -Infinity;
  if (p === 1) return Infinity;
  let x: number;
  if (p < P_LOW) {
    x = acklamTail(p);
  } else if (p > 1 - P_LOW) {
    x = -acklamTail(1 - p);
  } else {
    const q = p - 0.5;
    const r = q * q;
    x = ((((((A[0] * r + A[1]) * r + A[2]) * r + A[3]) * r + A[4]) * r + A[5]) * q) / (((((B[0] * r + B[1]) * r + B[2]) * r + B[3]) * r + B[4]) * r + 1);
  }
  // Halley refinement; in the upper tail work with 1 − p to keep precision.
  const e = p > 0.5 ? 1 - normalCdf(-x) - p : normalCdf(x) - p;
  const u = e * SQRT_2PI * Math.exp(0.5 * x * x);
  return x - u / (1 + 0.5 * x * u);
}

/**
 * Standard normal loss function G(z) = E[(Z − z)⁺] = φ(z) − z (1 − Φ(z)): expected units short
 * per unit of σ when the stock covers z standard deviations (Silver–Pyke–Thomas G_u(k)).
 */
export function normalLoss(z: number): number {
  return normalPdf(z) - z * normalCdf(-z);
}

/**
 * Inverse of the standard normal loss function: the z with G(z) = g, for g > 0. G is strictly
 * decreasing from +∞ to 0, so Newton's method on it (G′(z) = Φ(z) − 1) converges from a
 * bracketed start.
 */
export function normalLossInv(g: number): number {
  if (!(g > 0)) return g === 0 ? Infinity : NaN;
  let lo = -40;
  let hi = 40;
  let z = g >= normalLoss(0) ? -g : 0;
  for (let i = 0; i < 200; i++) {
    const f = normalLoss(z) - g;
    if (f > 0) lo = z;
    else hi = z;
    const slope = -normalCdf(-z);
    let next = slope < 0 ? z - f / slope : (lo + hi) / 2;
    if (!(next > lo && next < hi)) next = (lo + hi) / 2;
    if (Math.abs(next - z) < 1e-13 * (1 + Math.abs(z))) return next;
    z = next;
  }
  return z;
}

/** Poisson probability P(X = k) for mean λ ≥ 0, computed in log space (stable for large λ). */
export function poissonPmf(k: number, mean: number): number {
  if (!Number.isInteger(k) || k < 0) return 0;
  if (mean === 0) return k === 0 ? 1 : 0;
  return Math.exp(k * Math.log(mean) - mean - logFactorial(k));
}

/** Poisson CDF P(X ≤ k), summed by the pmf recurrence from 0 (exact to rounding for moderate λ). */
export function poissonCdf(k: number, mean: number): number {
  if (k < 0) return 0;
  const top = Math.floor(k);
  let p = Math.exp(-mean);
  if (p === 0) {
    // Large λ: start the recurrence at the mode instead of 0 to avoid underflow.
    let s = 0;
    for (let j = 0; j <= top; j++) s += poissonPmf(j, mean);
    return Math.min(1, s);
  }
  let s = p;
  for (let j = 1; j <= top; j++) {
    p *= mean / j;
    s += p;
  }
  return Math.min(1, s);
}

/** Smallest integer k with P(X ≤ k) ≥ prob (the prob-quantile of a Poisson variable). */
export function poissonQuantile(prob: number, mean: number): number {
  if (!(prob >= 0 && prob < 1)) throw new RangeError(`poissonQuantile: probability must be in [0, 1), got ${prob}`);
  let k = 0;
  let cdf = poissonPmf(0, mean);
  while (cdf < prob) {
    k++;
    cdf += poissonPmf(k, mean);
  }
  return k;
}

/** Poisson loss function E[(X − k)⁺] = λ − k + Σ_{j<k} (k − j) P(X = j): expected units beyond k. */
export function poissonLoss(k: number, mean: number): number {
  let below = 0;
  for (let j = 0; j < k; j++) below += (k - j) * poissonPmf(j, mean);
  return Math.max(0, mean - k + below);
}

const LOG_FACT_CACHE: number[] = [0, 0];

/** ln(k!) — exact sums up to 256, Stirling's series beyond (error < 1e-15 there). */
export function logFactorial(k: number): number {
  if (k < LOG_FACT_CACHE.length) return LOG_FACT_CACHE[k];
  if (k <= 256) {
    for (let j = LOG_FACT_CACHE.length; j <= k; j++) LOG_FACT_CACHE[j] = LOG_FACT_CACHE[j - 1] + Math.log(j);
    return LOG_FACT_CACHE[k];
  }
  const n = k + 1;
  return (n - 0.5) * Math.log(n) - n + 0.5 * Math.log(2 * Math.PI) + 1 / (12 * n) - 1 / (360 * n ** 3) + 1 / (1260 * n ** 5);
}
