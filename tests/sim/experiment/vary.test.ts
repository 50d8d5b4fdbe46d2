import { describe, expect, it } from 'vitest';
import { linspace, parseVary } from '../../../sim/experiment/vary.ts';

describe('parseVary', () => {
  it('reads a list of values', () => {
    expect(parseVary('channels.paid_search.budgetPerDayCny=1000,2000, 4_000')).toEqual({
      path: 'channels.paid_search.budgetPerDayCny',
      values: [1000, 2000, 4000],
    });
  });

  it('reads lo:hi:steps as evenly spaced points with both ends', () => {
    expect(parseVary('funnel.checkoutRate=0.1:0.3:3').values).toEqual([0.1, 0.2, 0.3]);
    expect(parseVary('x.y=0:1:11').values[3]).toBe(0.3);
    expect(parseVary('x.y=5:1:5').values).toEqual([5, 4, 3, 2, 1]);
    expect(parseVary('x.y=2:2:1').values).toEqual([2]);
    expect(linspace(0, 10, 6)).toEqual([0, 2, 4, 6, 8, 10]);
  });

  it('explains each malformed spec', () => {
    expect(() => parseVary('channels.paid_search.budgetPerDayCny')).toThrow(/no "=" found/);
    expect(() => parseVary('=1,2')).toThrow(/path before "=" is empty/);
    expect(() => parseVary('a.b=')).toThrow(/no values after "="/);
    expect(() => parseVary('a.b=1,x')).toThrow('--vary a.b=1,x: value 2 "x" is not a number');
    expect(() => parseVary('a.b=1:2')).toThrow(/three parts\), got 2/);
    expect(() => parseVary('a.b=1:2:2.5')).toThrow(/whole number ≥ 1, got 2\.5/);
    expect(() => parseVary('a.b=1:5:1')).toThrow(/one step cannot span/);
    expect(() => parseVary('a.b=0:1:5000')).toThrow(/more than the 1000/);
    expect(() => parseVary('a.b=1,1')).toThrow(/appears twice/);
    expect(() => parseVary('a b=1')).toThrow(/not a dotted setting path/);
  });
});
