import { describe, expect, it } from 'vitest';
import { formulaMemo, memoFits } from '../../../sim/scenario/formulaMemo.ts';
import { runSimulation } from '../../../sim/engine/simulate.ts';
import { ScenarioSchema } from '../../../sim/scenario/schema.ts';
import { runExperiment } from '../../../sim/experiment/runner.ts';

// The default shop with formulas in three kinds of field (seasonality, a budget, capacity).
const scenario = ScenarioSchema.parse({
  days: 40,
  population: { size: 3000 },
  params: { lift: 1.5 },
  channels: { paid: { budgetPerDayCny: '800 * (dow >= 5 ? lift : 1)' } },
  fulfilment: { capacityOrdersPerDay: '200 + 10 * t' },
});

describe('formulas evaluated once, ahead of the runs', () => {
  const memo = formulaMemo(scenario);

  it('holds one value per day for every formula field of the scenario', () => {
    const formulas = Object.keys(memo.values).sort();
    expect(formulas).toContain('800 * (dow >= 5 ? lift : 1)');
    expect(formulas).toContain('200 + 10 * t');
    expect(formulas.some((f) => f.includes('cos'))).toBe(true);
    expect(memo.values['200 + 10 * t']).toHaveLength(40);
    expect(memo.values['200 + 10 * t'][39]).toBe(590);
  });

  it('gives a run exactly the results it would compute itself', () => {
    const plain = runSimulation(scenario, { seed: 7 }).result;
    const memoised = runSimulation(scenario, { seed: 7, formulas: memo }).result;
    expect(memoised.kpis).toEqual(plain.kpis);
    expect(memoised.series).toEqual(plain.series);
  });

  it('is what the run reads: values put in the memo change the run', () => {
    const doubled = structuredClone(memo);
    doubled.values['200 + 10 * t'] = new Float64Array(40).fill(1);
    const plain = runSimulation(scenario, { seed: 7 }).result;
    const squeezed = runSimulation(scenario, { seed: 7, formulas: doubled }).result;
    const shipped = (run: typeof plain) => run.series.shippedOrders.reduce((a, b) => a + b, 0);
    expect(shipped(squeezed)).toBeLessThanOrEqual(40);
    expect(shipped(plain)).toBeGreaterThan(40);
  });

  it('is ignored by a run with another horizon or other params', () => {
    expect(memoFits(memo, { days: 40, startDate: scenario.startDate, params: { lift: 1.5 } })).toBe(true);
    expect(memoFits(memo, { days: 30, startDate: scenario.startDate, params: { lift: 1.5 } })).toBe(false);
    expect(memoFits(memo, { days: 40, startDate: scenario.startDate, params: { lift: 2 } })).toBe(false);
    expect(memoFits(memo, { days: 40, startDate: '2027-01-01', params: { lift: 1.5 } })).toBe(false);
    const wrong = structuredClone(memo);
    wrong.values['200 + 10 * t'] = new Float64Array(40).fill(1);
    const shorter = runSimulation(scenario, { seed: 7, days: 30 }).result;
    expect(runSimulation(scenario, { seed: 7, days: 30, formulas: wrong }).result.kpis).toEqual(shorter.kpis);
  });

  it('leaves out a formula that fails, so the run reports it where it always does', () => {
    const broken = { ...scenario, fulfilment: { ...scenario.fulfilment, capacityOrdersPerDay: '100 / (t - 3)' } };
    const partial = formulaMemo(broken);
    expect(Object.keys(partial.values)).not.toContain('100 / (t - 3)');
    expect(() => runSimulation(broken, { seed: 7, formulas: partial })).toThrow(/fulfilment\.capacityOrdersPerDay.*day 3/);
  });

  it('travels with an experiment job to every replication', async () => {
    const squeezing = structuredClone(memo);
    squeezing.values['200 + 10 * t'] = new Float64Array(40).fill(1);
    const [runs] = await runExperiment([{ scenario, seed: 7, replications: 2, formulas: squeezing }]);
    for (const run of runs) expect(run.series.shippedOrders.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(40);
  });
});
