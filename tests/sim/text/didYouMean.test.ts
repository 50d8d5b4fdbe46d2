import { describe, expect, it } from 'vitest';
import { closest, didYouMean, editDistance } from '../../../sim/text/didYouMean.ts';

describe('didYouMean', () => {
  it('counts insertions, deletions and substitutions', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('popualtion', 'population')).toBe(1); // one swap of neighbours
  });

  it('suggests the closest candidate, ignoring case', () => {
    expect(closest('DAYOFYEAR', ['day', 'dayOfYear', 'dayOfMonth'])).toBe('dayOfYear');
    expect(didYouMean('popualtion', ['population', 'pricing'])).toBe('; did you mean "population"?');
  });

  it('suggests nothing when no candidate is a likely typo', () => {
    expect(closest('zzzzzzzz', ['funnel', 'pricing'])).toBeNull();
    expect(didYouMean('ab', ['xyz1'])).toBe('');
  });
});
