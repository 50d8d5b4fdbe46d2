// The lag-polynomial helpers of ARIMA: differencing, the stationary reparametrisation, root checks, psi-weights.
import { describe, expect, it } from 'vitest';
import { difference, differencingCoefficients, multiplyAr, psiWeights, reflectionToCoefficients, rootsOutside, seasonalProduct } from '../../../models/arima/polynomial.ts';
import { kpssStatistic, regularDifferences } from '../../../models/arima/unit-root.ts';
import { Rng } from '../../../sim/random.ts';

describe('ARIMA lag polynomials', () => {
  it('differences at a lag, repeatedly', () => {
    expect(Array.from(difference(Float64Array.of(1, 4, 9, 16, 25), 1, 2))).toEqual([2, 2, 2]);
    expect(Array.from(difference(Float64Array.of(1, 2, 3, 11, 12, 13), 3))).toEqual([10, 10, 10]);
  });

  it('writes (1 − B)(1 − B^4) as 1 − B − B^4 + B^5', () => {
    expect(Array.from(differencingCoefficients(1, 1, 4), (v) => v + 0)).toEqual([0, 1, 0, 0, 1, -1]);
  });

  it('maps any unconstrained values to a stationary AR polynomial', () => {
    const out = new Float64Array(3);
    reflectionToCoefficients([5, -5, 5], 0, 3, out, new Float64Array(3));
    expect(rootsOutside(out, -1, 1)).toBe(true);
    reflectionToCoefficients([Math.atanh(0.5)], 0, 1, out, new Float64Array(3));
    expect(out[0]).toBeCloseTo(0.5, 12);
  });

  it('finds roots inside a radius: 1 − 0.995B has its root at 1.005', () => {
    expect(rootsOutside([0.995], -1, 1)).toBe(true);
    expect(rootsOutside([0.995], -1, 1.01)).toBe(false);
    expect(rootsOutside([-0.5], 1, 1.01)).toBe(true);
    expect(rootsOutside([1.98, -0.9801], -1, 1)).toBe(true); // (1 − 0.99B)²
    expect(rootsOutside([1.98, -0.9801], -1, 1.02)).toBe(false);
  });

  it('multiplies a seasonal and a non-seasonal MA part with the cross term at lag m + 1', () => {
    const out = new Float64Array(1 + 4 + 1);
    seasonalProduct(Float64Array.of(0.5), Float64Array.of(0.4), 4, 1, out);
    expect(Array.from(out).map((v) => +v.toFixed(12))).toEqual([0, 0.5, 0, 0, 0.4, 0.2]);
    seasonalProduct(Float64Array.of(0.5), Float64Array.of(0.4), 4, -1, out);
    expect(out[5]).toBeCloseTo(-0.2, 12);
  });

  it('gives psi-weights φ^j for an AR(1), and 1 + θ for a random walk plus MA(1)', () => {
    expect(Array.from(psiWeights(Float64Array.of(0, 0.5), Float64Array.of(0), 4))).toEqual([1, 0.5, 0.25, 0.125]);
    const integrated = multiplyAr(Float64Array.of(0), differencingCoefficients(1, 0, 1));
    const psi = psiWeights(integrated, Float64Array.of(0, -0.4), 4);
    for (let j = 1; j < 4; j++) expect(psi[j]).toBeCloseTo(0.6, 12);
  });
});

describe('KPSS differencing', () => {
  const rng = Rng.stream(7, 0, 'kpss-test');
  const noise = Float64Array.from({ length: 200 }, () => rng.normal());
  const walk = new Float64Array(200);
  for (let t = 1; t < 200; t++) walk[t] = walk[t - 1] + noise[t];

  it('keeps white noise undifferenced and differences a random walk once', () => {
    expect(kpssStatistic(noise)).toBeLessThan(0.463);
    expect(kpssStatistic(walk)).toBeGreaterThan(0.463);
    expect(regularDifferences(noise)).toBe(0);
    expect(regularDifferences(walk)).toBe(1);
  });

  it('needs no difference for a constant series', () => {
    expect(regularDifferences(new Float64Array(50).fill(3))).toBe(0);
  });
});
