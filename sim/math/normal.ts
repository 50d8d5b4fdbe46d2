// The standard normal distribution, shared by the engine's built-in forecaster, the forecasters'
// analytic intervals and the inventory maths: density, CDF, quantile and loss function.

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

/**
 * Inverse of the standard normal CDF (Wichura's AS 241, PPND16: ~1e-16 relative accuracy).
 * `p` in (0, 1); returns −Infinity / +Infinity at 0 / 1 and NaN outside.
 */
export function normalQuantile(p: number): number {
  if (!(p >= 0 && p <= 1)) return NaN;
  if (p === 0) return -Infinity;
  if (p === 1) return Infinity;
  const q = p - 0.5;
  if (Math.abs(q) <= 0.425) {
    const r = 0.180625 - q * q;
    return (
      (q *
        (((((((r * 2509.0809287301226727 + 33430.575583588128105) * r + 67265.770927008700853) * r +
          45921.953931549871457) * r + 13731.693765509461125) * r + 1971.5909503065514427) * r +
          133.14166789178437745) * r + 3.387132872796366608)) /
      (((((((r * 5226.495278852545925 + 28729.085735721942674) * r + 39307.89580009271061) * r +
        21213.794301586595867) * r + 5394.1960214247511077) * r + 687.1870074920579083) * r +
        42.313330701600911252) * r + 1)
    );
  }
  let r = q < 0 ? p : 1 - p;
  r = Math.sqrt(-Math.log(r));
  let value: number;
  if (r <= 5) {
    r -= 1.6;
    value =
      (((((((r * 7.7454501427834140764e-4 + 0.0227238449892691845833) * r + 0.24178072517745061177) * r +
        1.27045825245236838258) * r + 3.64784832476320460504) * r + 5.7694972214606914055) * r +
        4.6303378461565452959) * r + 1.42343711074968357734) /
      (((((((r * 1.05075007164441684324e-9 + 5.475938084995344946e-4) * r + 0.0151986665636164571966) * r +
        0.14810397642748007459) * r + 0.68976733498510000455) * r + 1.6763848301838038494) * r +
        2.05319162663775882187) * r + 1);
  } else {
    r -= 5;
    value =
      (((((((r * 2.01033439929228813265e-7 + 2.71155556874348757815e-5) * r + 0.0012426609473880784386) * r +
        0.026532189526576123093) * r + 0.29656057182850489123) * r + 1.7848265399172913358) * r +
        5.4637849111641143699) * r + 6.6579046435011037772) /
      (((((((r * 2.04426310338993978564e-15 + 1.4215117583164458887e-7) * r + 1.8463183175100546818e-5) * r +
        7.868691311456132591e-4) * r + 0.0148753612908506148525) * r + 0.13692988092273580531) * r +
        0.59983220655588793769) * r + 1);
  }
  return q < 0 ? -value : value;
}

/**
 * Standard normal loss function G(z) = E[(Z − z)⁺] = φ(z) − z (1 − Φ(z)): expected units short
 * per unit of σ when the stock covers z standard deviations (Silver–Pyke–Thomas G_u(k)).
 */
export function normalLoss(z: number): number {
  return normalPdf(z) - z * normalCdf(-z);
}

/**
 * Standard normal second-order loss function G₂(z) = ½ E[((Z − z)⁺)²] = ½[(z² + 1)(1 − Φ(z)) − zφ(z)]:
 * the integral of G from z to ∞, which the exact (r, Q) cost needs (Zipkin §C.3.4).
 */
export function normalSecondOrderLoss(z: number): number {
  return 0.5 * ((z * z + 1) * normalCdf(-z) - z * normalPdf(z));
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
