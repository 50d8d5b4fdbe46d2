import { describe, expect, it } from 'vitest';
import { nelderMead } from '../../../models/stats/nelder-mead.ts';

describe('nelderMead', () => {
  it('finds the minimum of the Rosenbrock function from the classic start (−1.2, 1)', () => {
    const rosenbrock = (x: Float64Array) => 100 * (x[1] - x[0] * x[0]) ** 2 + (1 - x[0]) ** 2;
    const result = nelderMead(rosenbrock, [-1.2, 1], { maxEvaluations: 2000, tolerance: 1e-14 });
    expect(result.x[0]).toBeCloseTo(1, 3);
    expect(result.x[1]).toBeCloseTo(1, 3);
    expect(result.value).toBeLessThan(1e-6);
  });

  it('stays inside an admissible region marked by Infinity', () => {
    const f = (x: Float64Array) => (x[0] <= 0 ? Infinity : (x[0] - 2) ** 2);
    const result = nelderMead(f, [0.5]);
    expect(result.x[0]).toBeCloseTo(2, 3);
  });

  it('respects the evaluation budget', () => {
    let calls = 0;
    nelderMead((x) => (calls++, x[0] ** 2 + x[1] ** 2 + x[2] ** 2), [5, 5, 5], { maxEvaluations: 30 });
    expect(calls).toBeLessThanOrEqual(30 + 3);
  });
});
