import { describe, expect, it } from 'vitest';
import { demandCdf, demandFromPmf, demandLeftover, demandLoss, demandMean, demandOverPeriods, demandQuantile, demandVariance, empiricalDemand, poissonDemand } from '../../../models/inventory/discrete.ts';
import { poissonCdf } from '../../../models/inventory/stats.ts';

describe('discrete demand distributions', () => {
  it('keep a Poisson table whose mean and variance are λ', () => {
    const d = poissonDemand(12.5);
    expect(demandMean(d)).toBeCloseTo(12.5, 9);
    expect(demandVariance(d)).toBeCloseTo(12.5, 8);
    expect(d.pmf.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
  });

  it('add independent periods: three Poisson(2) periods are a Poisson(6)', () => {
    const three = demandOverPeriods(poissonDemand(2), 3);
    for (const k of [0, 4, 6, 9, 15]) expect(demandCdf(three, k)).toBeCloseTo(poissonCdf(k, 6), 10);
    expect(demandOverPeriods(poissonDemand(2), 0).pmf).toEqual(Float64Array.of(1));
  });

  it('weigh each observation equally in an empirical distribution', () => {
    const d = empiricalDemand([2, 2, 5, 9]);
    expect(d.pmf[2]).toBe(0.5);
    expect(demandMean(d)).toBe(4.5);
    expect(demandQuantile(d, 0.5)).toBe(2);
    expect(demandQuantile(d, 0.51)).toBe(5);
  });

  it('split the mean into leftover and loss: E[(y − D)⁺] − E[(D − y)⁺] = y − E[D]', () => {
    const d = demandFromPmf([0.1, 0.2, 0.3, 0.4]);
    for (const y of [-2, 0, 1, 1.5, 3, 7]) expect(demandLeftover(d, y) - demandLoss(d, y)).toBeCloseTo(y - demandMean(d), 12);
  });

  it('explain bad input', () => {
    expect(() => empiricalDemand([])).toThrow(/observations: need at least one/);
    expect(() => empiricalDemand([3, -1])).toThrow(/observations\[1\]: expected a number ≥ 0/);
    expect(() => demandFromPmf([0, 0])).toThrow(/sum to 0/);
    expect(() => demandOverPeriods(poissonDemand(1), 1.5)).toThrow(/periods: expected a whole number/);
  });
});
