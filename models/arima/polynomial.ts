// Lag-polynomial arithmetic of ARIMA models: differencing, the reflection-coefficient map that keeps
// AR and MA parts stationary / invertible, products of seasonal and non-seasonal parts, psi-weights.
// Convention: an AR polynomial is 1 − Σ a_i B^i, an MA polynomial 1 + Σ b_i B^i (as R's arima).

/** y differenced `times` times at `lag` (length n − times·lag; a copy of y when times = 0). */
export function difference(y: Float64Array, lag: number, times = 1): Float64Array {
  let out = Float64Array.from(y);
  for (let k = 0; k < times; k++) {
    const next = new Float64Array(Math.max(0, out.length - lag));
    for (let t = 0; t < next.length; t++) next[t] = out[t + lag] - out[t];
    out = next;
  }
  return out;
}

/**
 * Coefficients a_1 … a_p of a stationary AR polynomial 1 − Σ a_i B^i from unconstrained values
 * u_1 … u_p: reflection coefficients (partial autocorrelations) r_j = tanh(u_j), then the
 * Durbin–Levinson recursion (Monahan 1984; R's arima transform.pars). Every u maps to a
 * stationary polynomial, so the optimiser needs no constraint. Writes into `out` (length p).
 */
export function reflectionToCoefficients(u: ArrayLike<number>, offset: number, p: number, out: Float64Array, work: Float64Array): void {
  for (let j = 0; j < p; j++) {
    const r = Math.tanh(u[offset + j]);
    for (let i = 0; i < j; i++) work[i] = out[i] - r * out[j - 1 - i];
    for (let i = 0; i < j; i++) out[i] = work[i];
    out[j] = r;
  }
}

/**
 * True when every root of 1 − Σ a_i B^i (sign −1; AR) or 1 + Σ a_i B^i (sign +1; MA) lies outside
 * the circle of `radius`: the step-down (Schur–Cohn) test on the coefficients scaled by radius^i.
 * auto.arima rejects fits with a root within 1.01 of the unit circle the same way.
 */
export function rootsOutside(a: ArrayLike<number>, sign: 1 | -1, radius: number): boolean {
  const p = a.length;
  let current = Float64Array.from(a, (v, i) => -sign * v * radius ** (i + 1));
  for (let j = p - 1; j >= 0; j--) {
    const r = current[j];
    if (!(Math.abs(r) < 1)) return false;
    const next = new Float64Array(j);
    for (let i = 0; i < j; i++) next[i] = (current[i] + r * current[j - 1 - i]) / (1 - r * r);
    current = next;
  }
  return true;
}

/**
 * Dense coefficients (index = lag, index 0 unused) of the product of a non-seasonal and a seasonal
 * part: sign −1 for AR ((1 − Σa B^i)(1 − ΣA B^{jm}) = 1 − Σ c_k B^k), +1 for MA. `out` has length
 * p + P·m + 1 and is overwritten.
 */
export function seasonalProduct(nonSeasonal: Float64Array, seasonal: Float64Array, m: number, sign: 1 | -1, out: Float64Array): void {
  out.fill(0);
  for (let i = 0; i < nonSeasonal.length; i++) out[i + 1] += nonSeasonal[i];
  for (let j = 0; j < seasonal.length; j++) {
    const lag = (j + 1) * m;
    out[lag] += seasonal[j];
    // Cross terms: (1 − aB)(1 − AB^m) has +aA at lag m + 1, i.e. c = −aA; (1 + bB)(1 + B'B^m) has c = +bB'.
    for (let i = 0; i < nonSeasonal.length; i++) out[lag + i + 1] += sign * nonSeasonal[i] * seasonal[j];
  }
}

/** Dense coefficients (index = lag) of the differencing polynomial (1 − B)^d (1 − B^m)^D written as 1 − Σ δ_i B^i. */
export function differencingCoefficients(d: number, D: number, m: number): Float64Array {
  // Multiply the polynomial in its plain form [1, …] factor by factor, then flip signs.
  let poly = Float64Array.of(1);
  const times = (lag: number) => {
    const next = new Float64Array(poly.length + lag);
    for (let i = 0; i < poly.length; i++) {
      next[i] += poly[i];
      next[i + lag] -= poly[i];
    }
    poly = next;
  };
  for (let k = 0; k < d; k++) times(1);
  for (let k = 0; k < D; k++) times(m);
  const delta = new Float64Array(poly.length);
  for (let i = 1; i < poly.length; i++) delta[i] = -poly[i];
  return delta;
}

/**
 * Psi-weights ψ_0 … ψ_{h−1} of the MA(∞) form of an ARIMA model whose full AR side (differencing
 * included) is 1 − Σ a_i B^i and MA side 1 + Σ b_i B^i (dense, index = lag): the h-step forecast
 * error variance is σ² Σ_{j<h} ψ_j².
 */
export function psiWeights(ar: Float64Array, ma: Float64Array, h: number): Float64Array {
  const psi = new Float64Array(h);
  psi[0] = 1;
  for (let j = 1; j < h; j++) {
    let v = j < ma.length ? ma[j] : 0;
    for (let i = 1; i <= j && i < ar.length; i++) v += ar[i] * psi[j - i];
    psi[j] = v;
  }
  return psi;
}

/** Product of two AR polynomials in the 1 − Σ c_i B^i form (dense, index = lag, index 0 unused). */
export function multiplyAr(a: Float64Array, b: Float64Array): Float64Array {
  const pa = Float64Array.from(a, (v, i) => (i === 0 ? 1 : -v));
  const pb = Float64Array.from(b, (v, i) => (i === 0 ? 1 : -v));
  const product = new Float64Array(Math.max(1, pa.length + pb.length - 1));
  for (let i = 0; i < pa.length; i++) for (let j = 0; j < pb.length; j++) product[i + j] += pa[i] * pb[j];
  return Float64Array.from(product, (v, i) => (i === 0 ? 0 : -v));
}
