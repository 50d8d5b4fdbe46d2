// The partial sort behind simulated intervals: the ranks quantileSorted reads hold the same values as after a full sort.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { quantileRanks, quantileSorted, selectRanks } from '../../../sim/math/quantile.ts';

describe('selectRanks', () => {
  it('puts every asked rank in place, with ties, as a full sort would', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -20, max: 20 }), { minLength: 1, maxLength: 300 }), fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 6 }), (raw, probs) => {
        const values = Float64Array.from(raw, (v) => v / 4);
        const sorted = Float64Array.from(values).sort();
        const ranks = quantileRanks(values.length, probs);
        selectRanks(values, ranks);
        for (const r of ranks) expect(values[r]).toBe(sorted[r]);
        for (const p of probs) expect(quantileSorted(values, p)).toBe(quantileSorted(sorted, p));
        // Still a permutation of the input.
        expect(Array.from(Float64Array.from(values).sort())).toEqual(Array.from(sorted));
      }),
      { numRuns: 200, seed: 11 },
    );
  });

  it('lists the two ranks around each quantile once, ascending', () => {
    expect(Array.from(quantileRanks(1000, [0.5, 0.1, 0.9]))).toEqual([99, 100, 499, 500, 899, 900]);
    expect(Array.from(quantileRanks(1, [0.5]))).toEqual([0]);
  });
});
