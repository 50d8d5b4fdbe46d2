import { describe, expect, it } from 'vitest';
import { projectBudget, type BudgetGroup } from '../../../sim/decide/budget.ts';
import { runnerEvaluator } from '../../../sim/decide/evaluator.ts';
import { optimise, type OptimiseProblem } from '../../../sim/decide/optimise.ts';
import { pollPoints } from '../../../sim/decide/pattern-search.ts';
import { parseRange } from '../../../sim/decide/range.ts';
import { parseCondition } from '../../../sim/experiment/kpi-condition.ts';
import { makeScenario } from '../../fixtures/scenario.ts';
import { closedFormSplit, expectedClicks, hillShop, syntheticHillEvaluator } from './hill-shop.fixture.ts';

const TOTAL = 3000;
const group = (current: number[], min = [0, 0, 0], max = [TOTAL, TOTAL, TOTAL]): BudgetGroup => ({
  paths: ['channels.a.budgetPerDayCny', 'channels.b.budgetPerDayCny', 'channels.c.budgetPerDayCny'],
  total: TOTAL,
  min,
  max,
  current,
  resolution: 1,
});

function problem(budget: BudgetGroup, extra: Partial<OptimiseProblem> = {}): OptimiseProblem {
  return { scenario: hillShop({ a: budget.current[0], b: budget.current[1], c: budget.current[2] }), objective: 'visits', levers: [], budget, constraints: [], ...extra };
}

describe('the budget set', () => {
  it('projects any split onto the total exactly, inside each bound, on the 1 CNY grid', () => {
    const g = group([100, 200, 300], [500, 0, 0], [2000, 1000, 3000]);
    const x = projectBudget([100, 200, 300], g);
    expect(x.reduce((a, b) => a + b, 0)).toBe(TOTAL);
    expect(x[0]).toBeGreaterThanOrEqual(500);
    expect(x[1]).toBeLessThanOrEqual(1000);
    expect(x.every(Number.isInteger)).toBe(true);
  });

  it('polls budget moves that keep the total and the bounds', () => {
    const g = group([2990, 5, 5], [0, 0, 0], [3000, 20, 3000]);
    for (const p of pollPoints([2990, 5, 5], 0.25, [], g)) {
      expect(p.reduce((a, b) => a + b, 0)).toBe(TOTAL);
      expect(p[1]).toBeLessThanOrEqual(20);
      expect(Math.min(...p)).toBeGreaterThanOrEqual(0);
    }
  });
});

describe('optimise', () => {
  it('finds the closed-form best split of a Hill response (equal marginal returns) within 0.1 % on a noiseless evaluator', async () => {
    const r = await optimise(problem(group([TOTAL, 0, 0])), { evaluate: syntheticHillEvaluator, plan: { seed: 1, replications: 1 }, maxEvaluations: 400, minStep: 0.001 });
    const best = expectedClicks(closedFormSplit(TOTAL));
    expect(r.best.objective).toBeGreaterThan(0.999 * best);
    expect(r.best.objective).toBeLessThanOrEqual(best + 1e-9);
    expect(Object.values(r.best.values).reduce((a, b) => a + b, 0)).toBe(TOTAL);
    // the start (everything on channel a) is far from it, so the test could fail
    expect(r.start.objective).toBeLessThan(0.8 * best);
  });

  it('minimises the spend that reaches a target, honouring the constraint on the mean', async () => {
    const levers = ['a', 'b', 'c'].map((k) => parseRange(`channels.${k}.budgetPerDayCny=0:3000`, hillShop({ a: 1000, b: 1000, c: 1000 })));
    const target = 1000; // clicks/day
    const r = await optimise(
      { scenario: hillShop({ a: 1000, b: 1000, c: 1000 }), objective: 'marketingCny', minimise: true, levers, constraints: [parseCondition(`visits>=${target}`)] },
      { evaluate: syntheticHillEvaluator, plan: { seed: 1, replications: 1 }, maxEvaluations: 600, minStep: 0.0005 },
    );
    expect(r.best.feasible).toBe(true);
    expect(r.best.means.visits).toBeGreaterThanOrEqual(target);
    // the least total that buys 1,000 clicks/day: bisect the closed-form split's total
    let lo = 0;
    let hi = 9000;
    for (let i = 0; i < 60; i++) {
      const mid = (lo + hi) / 2;
      if (expectedClicks(closedFormSplit(mid)) < target) lo = mid;
      else hi = mid;
    }
    expect(r.best.objective).toBeGreaterThanOrEqual(hi - 1e-6);
    expect(r.best.objective).toBeLessThan(hi * 1.01);
  });

  it('on the simulation, lands within 1 % of the closed-form split and re-checks the winner on fresh seeds', async () => {
    const evaluate = runnerEvaluator();
    const plan = { seed: 11, replications: 2, days: 5 };
    const r = await optimise(problem(group([TOTAL, 0, 0])), { evaluate, plan, maxEvaluations: 90, minStep: 0.02 });
    const x = closedFormSplit(TOTAL);
    const [runs] = await evaluate([hillShop(x)], plan);
    const atOptimum = runs.reduce((s, run) => s + run.kpis.visits, 0) / runs.length;
    expect(r.best.objective).toBeGreaterThan(0.99 * atOptimum);
    expect(r.start.objective).toBeLessThan(0.9 * atOptimum);
    expect(Object.values(r.best.values).reduce((a, b) => a + b, 0)).toBe(TOTAL);
    expect(r.check.plan).toEqual({ seed: 12, replications: 4, days: 5 });
    expect(r.check.meanDelta).toBeGreaterThan(0);
    expect(r.check.ciLow).toBeGreaterThan(0);
    expect(r.check.pBetter).toBe(1);
  }, 120_000);
});

describe('optimise where stock binds', () => {
  const shop = (stockUnits: number) =>
    makeScenario({
      name: `One-SKU shop, ${stockUnits} units`,
      seed: 3,
      days: 20,
      replications: 2,
      population: { size: 4000 },
      finance: { fixedCostsPerDayCny: 100 },
      channels: { organic: { kind: 'organic' }, ads: { kind: 'paid', budgetPerDayCny: 100, costPerClickCny: 0.4, saturationClicksPerDay: 800, adstockDecay: 0, cpcRisePerSaturation: 0, prospectShare: 0.5 } },
      skus: { tee: { name: 'Tee', listPriceCny: 79, unitCostCny: 28, popularity: 1, initialStockUnits: stockUnits, replenishment: { policy: 'none' } } },
    });

  it('spends far less on ads when a fixed stock runs out than when stock is ample', async () => {
    const best = async (stockUnits: number) => {
      const scenario = shop(stockUnits);
      const r = await optimise(
        { scenario, objective: 'profitCny', levers: [parseRange('channels.ads.budgetPerDayCny=0:2000', scenario)], constraints: [] },
        { evaluate: runnerEvaluator(), plan: { seed: 3, replications: 2 }, maxEvaluations: 30 },
      );
      return r.best.values['channels.ads.budgetPerDayCny'];
    };
    const ample = await best(5000);
    const scarce = await best(120);
    expect(ample).toBeGreaterThan(150);
    expect(scarce).toBeLessThan(ample / 2);
  }, 120_000);
});
