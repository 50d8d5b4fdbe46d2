// A runner job's replication in a light bundle: the memo's formula values and no field check,
// falling back to the full layer for a formula the memo does not hold; equal to `simulate` either way.
import { describe, expect, it } from 'vitest';
import { simulateJob } from '../../../sim/engine/run-job.ts';
import { simulate } from '../../../sim/engine/simulate.ts';
import { runSimulationWith } from '../../../sim/engine/run.ts';
import { FormulaEvaluatorNeeded, LIGHT_LAYER } from '../../../sim/engine/layer.ts';
import { formulaMemo } from '../../../sim/scenario/formulaMemo.ts';
import { ScenarioSchema } from '../../../sim/scenario/schema.ts';

const seasonal = ScenarioSchema.parse({
  name: 'Seasonal shop',
  days: 40,
  population: { size: 2000 },
  channels: { paid_search: { kind: 'paid', budgetPerDayCny: '1000 * (1 + 0.5 * sin(2 * pi * t / 7))' } },
});

describe('a replication of a runner job', () => {
  it('takes formulas from the memo and equals simulate', async () => {
    const formulas = formulaMemo(seasonal);
    const light = await simulateJob(seasonal, { seed: 3, replication: 1, formulas });
    expect(light).toEqual(simulate(seasonal, { seed: 3, replication: 1 }));
  });

  it('loads the formula evaluator for a formula the memo does not hold, and still equals simulate', async () => {
    expect(() => runSimulationWith(seasonal, { seed: 3 }, LIGHT_LAYER)).toThrow(FormulaEvaluatorNeeded);
    const other = formulaMemo({ ...seasonal, days: 39 });
    expect(await simulateJob(seasonal, { seed: 3, formulas: other })).toEqual(simulate(seasonal, { seed: 3 }));
    expect(await simulateJob(seasonal, { seed: 3 })).toEqual(simulate(seasonal, { seed: 3 }));
  });

  it('reports a formula that fails during the run as simulate does', async () => {
    const broken = { ...seasonal, channels: { paid_search: { ...seasonal.channels.paid_search, budgetPerDayCny: '1000 / (t - 5)' } } };
    await expect(simulateJob(broken, { seed: 3 })).rejects.toThrow(/budgetPerDayCny/);
    expect(() => simulate(broken, { seed: 3 })).toThrow(/budgetPerDayCny/);
  });
});
