import { describe, expect, it } from 'vitest';
import { nelderMead, nelderMeadAsync } from '../../../sim/math/nelderMead.ts';

const rosenbrock = (x: Float64Array) => 100 * (x[1] - x[0] * x[0]) ** 2 + (1 - x[0]) ** 2;

describe('nelderMead', () => {
  it('finds the minimum of the Rosenbrock valley from the classic start', () => {
    const r = nelderMead(rosenbrock, [-1.2, 1], { maxEvaluations: 2000, xTolerance: 1e-8, fTolerance: 1e-14 });
    expect(r.x[0]).toBeCloseTo(1, 3);
    expect(r.x[1]).toBeCloseTo(1, 3);
    expect(r.value).toBeLessThan(1e-8);
    expect(r.reason).toBe('converged');
  });

  it('minimises a badly scaled five-dimensional quadratic with the adaptive coefficients', () => {
    const centre = [3, -2, 0.5, 10, -7];
    const scales = [1, 10, 0.1, 3, 0.5];
    const f = (x: Float64Array) => centre.reduce((s, c, i) => s + scales[i] * (x[i] - c) ** 2, 0);
    const r = nelderMead(f, [0, 0, 0, 0, 0], { maxEvaluations: 5000, steps: 1, xTolerance: 1e-7, fTolerance: 1e-14 });
    centre.forEach((c, i) => expect(r.x[i]).toBeCloseTo(c, 3));
  });

  it('stops as soon as the objective reaches the target value', () => {
    let calls = 0;
    const r = nelderMead((x) => (calls++, (x[0] - 5) ** 2), [0], { targetValue: 0.25, steps: 1 });
    expect(r.reason).toBe('target');
    expect(r.value).toBeLessThanOrEqual(0.25);
    expect(calls).toBe(r.evaluations);
    expect(calls).toBeLessThan(30);
  });

  it('never evaluates more often than its budget allows and returns the best point seen', () => {
    let calls = 0;
    const r = nelderMead((x) => (calls++, rosenbrock(x)), [-1.2, 1], { maxEvaluations: 25 });
    expect(r.reason).toBe('maxEvaluations');
    expect(calls).toBe(25);
    expect(r.value).toBe(rosenbrock(r.x));
    expect(r.value).toBeLessThan(rosenbrock(Float64Array.from([-1.2, 1])));
  });

  it('treats NaN as worse than any number and walks away from it', () => {
    const f = (x: Float64Array) => (x[0] < 0 ? NaN : (x[0] - 2) ** 2);
    const r = nelderMead(f, [0.1], { steps: 0.5 });
    expect(r.x[0]).toBeCloseTo(2, 3);
  });

  it('follows the same path for the same objective and start', () => {
    const a = nelderMead(rosenbrock, [0, 0], { maxEvaluations: 150 });
    const b = nelderMead(rosenbrock, [0, 0], { maxEvaluations: 150 });
    expect(Array.from(a.x)).toEqual(Array.from(b.x));
    expect(a.evaluations).toBe(b.evaluations);
  });

  it('stays inside an admissible region marked by Infinity', () => {
    const f = (x: Float64Array) => (x[0] <= 0 ? Infinity : (x[0] - 2) ** 2);
    expect(nelderMead(f, [0.5]).x[0]).toBeCloseTo(2, 3);
  });

  it('uses adaptive coefficients above two dimensions when asked, and restarts after convergence', () => {
    const f = (x: Float64Array) => x.reduce((s, v, i) => s + (i + 1) * (v - 1) ** 2, 0);
    const r = nelderMead(f, [0, 0, 0, 0, 0, 0], { adaptive: true, restarts: 1, steps: 1, maxEvaluations: 4000 });
    expect(r.reason).toBe('converged');
    r.x.forEach((v) => expect(v).toBeCloseTo(1, 2));
  });

  it('rejects an empty starting point', () => {
    expect(() => nelderMead(() => 0, [])).toThrow(/at least one coordinate/);
  });

  it('follows, awaiting an objective that answers later, exactly the path of the plain search', async () => {
    const options = { maxEvaluations: 300, adaptive: true, restarts: 1, steps: 0.5 };
    const f = (x: Float64Array) => x.reduce((s, v, i) => s + (i + 1) * (v - 1) ** 2 + Math.sin(3 * v), 0);
    const plainPoints: number[][] = [];
    const awaitedPoints: number[][] = [];
    const plain = nelderMead((x) => (plainPoints.push(Array.from(x)), f(x)), [0, 0, 0, 0], options);
    const awaited = await nelderMeadAsync(async (x) => {
      awaitedPoints.push(Array.from(x));
      await new Promise((r) => setTimeout(r, 0));
      return f(x);
    }, [0, 0, 0, 0], options);
    expect(awaitedPoints).toEqual(plainPoints);
    expect(Array.from(awaited.x)).toEqual(Array.from(plain.x));
    expect([awaited.value, awaited.evaluations, awaited.reason]).toEqual([plain.value, plain.evaluations, plain.reason]);
  });
});
