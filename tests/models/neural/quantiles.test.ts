import { describe, expect, it } from 'vitest';
import { interpolateQuantile, reportedProbabilities } from '../../../models/neural/quantiles.ts';

describe('neural quantile read-out', () => {
  const grid = [0.1, 0.5, 0.9];
  const fan = [2, 4, 10];

  it('reads trained probabilities exactly and interpolates linearly between them', () => {
    expect(interpolateQuantile(grid, fan, 0.5)).toBe(4);
    expect(interpolateQuantile(grid, fan, 0.3)).toBeCloseTo(3);
    expect(interpolateQuantile(grid, fan, 0.8)).toBeCloseTo(8.5);
  });

  it('holds the outermost trained quantile beyond the grid', () => {
    expect(interpolateQuantile(grid, fan, 0.01)).toBe(2);
    expect(interpolateQuantile(grid, fan, 0.99)).toBe(10);
  });

  it('always reports 0.1, 0.5 and 0.9 plus both ends of each level, without float noise', () => {
    expect(reportedProbabilities()).toEqual([0.1, 0.5, 0.9]);
    expect(reportedProbabilities([80, 95, 50])).toEqual([0.025, 0.1, 0.25, 0.5, 0.75, 0.9, 0.975]);
    expect(() => reportedProbabilities([0])).toThrow('interval level must be between 0 and 100 (percent), got 0');
  });
});
