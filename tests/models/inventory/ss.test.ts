import { describe, expect, it } from 'vitest';
import { Rng } from '../../../sim/random.ts';
import { SsModel, evaluateSs, optimiseSs } from '../../../models/inventory/ss.ts';
import { demandFromPmf, demandLeftover, demandLoss, demandOverPeriods, poissonDemand, type DiscreteDemand } from '../../../models/inventory/discrete.ts';

/**
 * An independent evaluation: the Markov chain of the inventory position after ordering, solved by
 * power iteration, with cost K·P(order) + Σ π(y) G(y).
 */
function markovCost(s: number, S: number, demand: DiscreteDemand, leadTime: number, k: number, h: number, b: number): number {
  const n = S - s;
  let pi = new Float64Array(n).fill(1 / n); // index i ↔ position S − i
  let orderProbability = 0;
  for (let iter = 0; iter < 3000; iter++) {
    const next = new Float64Array(n);
    orderProbability = 0;
    for (let i = 0; i < n; i++) {
      for (let d = 0; d < demand.pmf.length; d++) {
        const after = S - i - d;
        const mass = pi[i] * demand.pmf[d];
        if (after > s) next[S - after] += mass;
        else {
          next[0] += mass;
          orderProbability += mass;
        }
      }
    }
    pi = next;
  }
  const over = demandOverPeriods(demand, leadTime + 1);
  let cost = k * orderProbability;
  for (let i = 0; i < n; i++) cost += pi[i] * (h * demandLeftover(over, S - i) + b * demandLoss(over, S - i));
  return cost;
}

describe('the (s, S) policy', () => {
  it('finds s* = 6, S* = 40, cost 35.0215 for Poisson(10) demand, K = 64, h = 1, p = 9 (Zheng–Federgruen 1991, Table I)', () => {
    const best = optimiseSs({ demand: poissonDemand(10), leadTime: 0, orderCost: 64, holdingCost: 1, backorderCost: 9 });
    expect(best.reorderLevel).toBe(6);
    expect(best.orderUpToLevel).toBe(40);
    expect(best.costPerPeriod).toBeCloseTo(35.0215, 3);
  });

  it('evaluates a policy exactly as the Markov chain of the inventory position does', () => {
    const demand = demandFromPmf([0.2, 0.3, 0.25, 0.15, 0.1]);
    for (const [s, S, L] of [[1, 6, 0], [3, 9, 1], [-1, 4, 2], [5, 6, 1]]) {
      const renewal = evaluateSs(s, S, { demand, leadTime: L, orderCost: 20, holdingCost: 1, backorderCost: 6 }).costPerPeriod;
      expect(renewal).toBeCloseTo(markovCost(s, S, demand, L, 20, 1, 6), 9);
    }
  });

  it('agrees with an exhaustive search over all (s, S) pairs', () => {
    const input = { demand: poissonDemand(3), leadTime: 1, orderCost: 30, holdingCost: 1, backorderCost: 8 };
    const model = new SsModel(input);
    let bestCost = Infinity;
    for (let S = 0; S <= 40; S++) for (let s = -10; s < S; s++) bestCost = Math.min(bestCost, model.cost(s, S));
    const best = optimiseSs(input);
    expect(best.costPerPeriod).toBeCloseTo(bestCost, 12);
  });

  it('reduces to the base-stock policy (order every period) when ordering is free', () => {
    const best = optimiseSs({ demand: poissonDemand(5), leadTime: 2, orderCost: 0, holdingCost: 1, backorderCost: 9 });
    expect(best.orderUpToLevel - best.reorderLevel).toBe(1);
    expect(best.orderUpToLevel).toBe(new SsModel({ demand: poissonDemand(5), leadTime: 2, orderCost: 0, holdingCost: 1, backorderCost: 9 }).bestBaseStock());
  });

  it('predicts the order frequency, stock and fill rate of a simulated system', () => {
    const s = 8;
    const S = 30;
    const L = 2;
    const exact = evaluateSs(s, S, { demand: poissonDemand(6), leadTime: L, orderCost: 50, holdingCost: 1, backorderCost: 10 });
    const rng = new Rng(11);
    const pipeline = new Array<number>(L + 1).fill(0);
    let net = S;
    let position = S;
    let orders = 0;
    let onHand = 0;
    let served = 0;
    let demanded = 0;
    const periods = 200_000;
    for (let t = 0; t < periods; t++) {
      if (position <= s) {
        pipeline[L] += S - position;
        position = S;
        orders++;
      }
      net += pipeline.shift() ?? 0;
      pipeline.push(0);
      const d = rng.poisson(6);
      served += Math.min(d, Math.max(0, net));
      net -= d;
      position -= d;
      demanded += d;
      onHand += Math.max(0, net);
    }
    expect(orders / periods).toBeCloseTo(exact.orderProbability, 2);
    expect(onHand / periods).toBeCloseTo(exact.expectedOnHand, 1);
    expect(served / demanded).toBeCloseTo(exact.fillRate, 2);
  });

  it('rejects levels that are not a policy', () => {
    const input = { demand: poissonDemand(3), leadTime: 0, orderCost: 10, holdingCost: 1, backorderCost: 5 };
    expect(() => evaluateSs(5, 5, input)).toThrow(/S: the order-up-to level must exceed the reorder level/);
    expect(() => evaluateSs(1.5, 5, input)).toThrow(/whole units/);
    expect(() => evaluateSs(1, 5, { ...input, leadTime: 1.5 })).toThrow(/leadTime/);
    expect(() => optimiseSs({ ...input, demand: demandFromPmf([1]) })).toThrow(/demand is always 0/);
  });
});
