import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { boundHit, formatInterval, fromUnbounded, toUnbounded } from '../../../sim/calibrate/interval.ts';

describe('interval transforms', () => {
  it('round-trip values strictly inside a finite interval', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.001, max: 0.999, noNaN: true }), (p) => {
        const iv = { lo: 2, hi: 12 };
        const x = 2 + 10 * p;
        expect(fromUnbounded(toUnbounded(x, iv), iv)).toBeCloseTo(x, 9);
      }),
    );
  });

  it('round-trip values on half-open and unbounded intervals', () => {
    expect(fromUnbounded(toUnbounded(37.5, { lo: 0, hi: Infinity }), { lo: 0, hi: Infinity })).toBeCloseTo(37.5, 9);
    expect(fromUnbounded(toUnbounded(-4, { lo: -Infinity, hi: 1 }), { lo: -Infinity, hi: 1 })).toBeCloseTo(-4, 9);
    expect(toUnbounded(-3.25, { lo: -Infinity, hi: Infinity })).toBe(-3.25);
  });

  it('map every unbounded coordinate to a value inside the bounds', () => {
    fc.assert(
      fc.property(fc.double({ min: -60, max: 60, noNaN: true }), (u) => {
        const x = fromUnbounded(u, { lo: 0, hi: 1 });
        expect(x).toBeGreaterThanOrEqual(0);
        expect(x).toBeLessThanOrEqual(1);
        expect(fromUnbounded(u, { lo: 5, hi: Infinity })).toBeGreaterThanOrEqual(5);
      }),
    );
  });

  it('keeps a value on a bound finite in the unbounded space', () => {
    expect(Number.isFinite(toUnbounded(0, { lo: 0, hi: 1 }))).toBe(true);
    expect(Number.isFinite(toUnbounded(1, { lo: 0, hi: 1 }))).toBe(true);
    expect(Number.isFinite(toUnbounded(0, { lo: 0, hi: Infinity }))).toBe(true);
  });

  it('says which bound a value sits on', () => {
    expect(boundHit(0.999, { lo: 0, hi: 1 }, 0.5)).toBe('upper');
    expect(boundHit(0.002, { lo: 0, hi: 1 }, 0.5)).toBe('lower');
    expect(boundHit(0.5, { lo: 0, hi: 1 }, 0.5)).toBeNull();
    expect(boundHit(0.01, { lo: 0, hi: Infinity }, 6)).toBe('lower');
    expect(boundHit(3, { lo: 0, hi: Infinity }, 6)).toBeNull();
  });

  it('formats intervals for messages', () => {
    expect(formatInterval({ lo: 0, hi: 1 })).toBe('[0, 1]');
    expect(formatInterval({ lo: 0, hi: Infinity })).toBe('[0, ∞)');
  });
});
