// Properties of the Monte Carlo summaries and paired comparisons over random inputs.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareRuns } from '../../../sim/experiment/compare.ts';
import { summariseValues } from '../../../sim/experiment/summarise.ts';
import { fakeRuns } from './run-result.fixture.ts';

const values = fc.array(fc.oneof(fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.constant(NaN)), { minLength: 1, maxLength: 40 });

describe('summary properties', () => {
  it('orders P10 ≤ P50 ≤ P90 and puts the mean inside its interval, whatever the values', () => {
    fc.assert(
      fc.property(values, (xs) => {
        const s = summariseValues(xs);
        expect(s.n).toBe(xs.filter(Number.isFinite).length);
        if (s.n === 0) return;
        expect(s.p10).toBeLessThanOrEqual(s.p50);
        expect(s.p50).toBeLessThanOrEqual(s.p90);
        if (s.n >= 2) {
          expect(s.ciLow).toBeLessThanOrEqual(s.mean + 1e-9 * Math.abs(s.mean));
          expect(s.ciHigh).toBeGreaterThanOrEqual(s.mean - 1e-9 * Math.abs(s.mean));
        }
      }),
    );
  });

  it('does not depend on the order of the replications', () => {
    fc.assert(
      fc.property(values, fc.integer(), (xs, k) => {
        const shift = ((k % xs.length) + xs.length) % xs.length;
        const rotated = [...xs.slice(shift), ...xs.slice(0, shift)];
        const a = summariseValues(xs);
        const b = summariseValues(rotated);
        expect(b.p10).toBe(a.p10);
        expect(b.p90).toBe(a.p90);
        expect(b.n).toBe(a.n);
        if (a.n > 0) expect(b.mean).toBeCloseTo(a.mean, 6);
      }),
    );
  });
});

describe('comparison properties', () => {
  it('negates the delta and complements P(better) when baseline and alternative swap', () => {
    const pair = fc.integer({ min: 1, max: 20 }).chain((n) =>
      fc.tuple(fc.array(fc.integer({ min: -1000, max: 1000 }), { minLength: n, maxLength: n }), fc.array(fc.integer({ min: -1000, max: 1000 }), { minLength: n, maxLength: n })),
    );
    fc.assert(
      fc.property(pair, ([base, alt]) => {
        for (const kpi of ['profitCny', 'churnRate'] as const) {
          const ab = compareRuns(fakeRuns(kpi, base), fakeRuns(kpi, alt)).kpis[kpi];
          const ba = compareRuns(fakeRuns(kpi, alt), fakeRuns(kpi, base)).kpis[kpi];
          expect(ba.meanDelta).toBeCloseTo(-ab.meanDelta, 9);
          expect(ba.pBetter).toBeCloseTo(1 - ab.pBetter, 12);
          expect(ab.pBetter).toBeGreaterThanOrEqual(0);
          expect(ab.pBetter).toBeLessThanOrEqual(1);
        }
      }),
    );
  });
});
