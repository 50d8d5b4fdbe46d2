import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { poissonCdf, poissonLoss, poissonPmf, poissonQuantile } from '../../../models/inventory/stats.ts';
import { normalCdf, normalQuantile, normalLoss, normalLossInv, normalPdf } from '../../../sim/math/normal.ts';
import { logFactorial } from '../../../sim/random.ts';

describe('the standard normal helpers', () => {
  it('match reference values of Φ to 1e-14 (R pnorm)', () => {
    expect(normalCdf(0)).toBe(0.5);
    expect(normalCdf(1)).toBeCloseTo(0.8413447460685429, 14);
    expect(normalCdf(-2)).toBeCloseTo(0.022750131948179195, 14);
    expect(normalCdf(1.96)).toBeCloseTo(0.9750021048517795, 14);
    expect(normalCdf(-5) / 2.866515718791939e-7).toBeCloseTo(1, 9);
    expect(normalCdf(-40)).toBe(0);
    expect(normalCdf(40)).toBe(1);
  });

  it('invert Φ to 1e-13 at the textbook z values (R qnorm)', () => {
    expect(normalQuantile(0.5)).toBeCloseTo(0, 14);
    expect(normalQuantile(0.9)).toBeCloseTo(1.2815515655446004, 13);
    expect(normalQuantile(0.95)).toBeCloseTo(1.6448536269514722, 13);
    expect(normalQuantile(0.975)).toBeCloseTo(1.959963984540054, 13);
    expect(normalQuantile(0.01)).toBeCloseTo(-2.3263478740408408, 13);
    expect(normalQuantile(1e-10)).toBeCloseTo(-6.361340902404056, 8);
  });

  it('return infinities at 0 and 1 and NaN outside [0, 1]', () => {
    expect(normalQuantile(0)).toBe(-Infinity);
    expect(normalQuantile(1)).toBe(Infinity);
    expect(normalQuantile(1.2)).toBeNaN();
    expect(normalQuantile(Number.NaN)).toBeNaN();
  });

  it('round-trip Φ(Φ⁻¹(p)) = p over (0, 1)', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-9, max: 1 - 1e-9, noNaN: true }), (p) => {
        expect(normalCdf(normalQuantile(p))).toBeCloseTo(p, 12);
      }),
    );
  });

  it('give the loss function of the Silver–Pyke–Thomas table: G(0) = 0.3989, G(1) = 0.0833, G(2) = 0.0085', () => {
    expect(normalLoss(0)).toBeCloseTo(0.3989, 4);
    expect(normalLoss(1)).toBeCloseTo(0.0833, 4);
    expect(normalLoss(2)).toBeCloseTo(0.0085, 4);
    expect(normalLoss(-3)).toBeCloseTo(3 + normalLoss(3), 12);
  });

  it('invert the loss function, which is decreasing', () => {
    for (const z of [-3, -1, 0, 0.5, 1.3, 2.5, 4]) expect(normalLossInv(normalLoss(z))).toBeCloseTo(z, 9);
    expect(normalLossInv(0)).toBe(Infinity);
    expect(normalLossInv(-1)).toBeNaN();
  });

  it('keep the density symmetric and normalised at 0', () => {
    expect(normalPdf(0)).toBeCloseTo(0.3989422804014327, 15);
    expect(normalPdf(1.3)).toBe(normalPdf(-1.3));
  });
});

describe('the Poisson helpers', () => {
  it('give the pmf and CDF of a Poisson(4) as in the tables', () => {
    expect(poissonPmf(0, 4)).toBeCloseTo(Math.exp(-4), 15);
    expect(poissonPmf(4, 4)).toBeCloseTo(0.19536681481316454, 14);
    expect(poissonCdf(5, 4)).toBeCloseTo(0.7851303870304052, 13);
    expect(poissonPmf(-1, 4)).toBe(0);
    expect(poissonPmf(0, 0)).toBe(1);
  });

  it('find the smallest k whose CDF reaches the probability', () => {
    expect(poissonQuantile(0.95, 4)).toBe(8);
    expect(poissonCdf(7, 4)).toBeLessThan(0.95);
    expect(poissonCdf(8, 4)).toBeGreaterThanOrEqual(0.95);
    expect(() => poissonQuantile(1, 4)).toThrow(/probability/);
  });

  it('have a loss function equal to the direct sum E[(X − k)⁺]', () => {
    for (const k of [0, 3, 5, 12]) {
      let direct = 0;
      for (let j = k + 1; j < 80; j++) direct += (j - k) * poissonPmf(j, 4);
      expect(poissonLoss(k, 4)).toBeCloseTo(direct, 12);
    }
    expect(poissonLoss(0, 4)).toBeCloseTo(4, 14);
  });

  it('stay accurate for large means where e^−λ underflows', () => {
    expect(poissonCdf(1000, 1000)).toBeCloseTo(0.508409367, 6);
    expect(logFactorial(300)).toBeCloseTo(1414.9058499, 6);
  });
});
