import { describe, expect, it } from 'vitest';
import { simulate } from '../../../sim/engine/simulate.ts';
import { KPIS, SERIES } from '../../../sim/result.ts';
import { VERSION } from '../../../sim/version.ts';
import { smallShop } from '../../fixtures/scenario.ts';

describe('simulate', () => {
  const scenario = smallShop();

  it('gives bit-identical series for the same seed and replication', () => {
    const a = simulate(scenario, { seed: 7 });
    const b = simulate(scenario, { seed: 7 });
    for (const name of SERIES) expect(Array.from(b.series[name]), name).toEqual(Array.from(a.series[name]));
    for (const id of Object.keys(a.skuUnits)) expect(Array.from(b.skuUnits[id])).toEqual(Array.from(a.skuUnits[id]));
    expect(b.kpis).toEqual(a.kpis);
  });

  it('gives a different run for another replication', () => {
    const a = simulate(scenario, { seed: 7, replication: 0 });
    const b = simulate(scenario, { seed: 7, replication: 1 });
    expect(Array.from(b.series.orders)).not.toEqual(Array.from(a.series.orders));
  });

  it('shares random numbers between scenarios: a change that does not touch demand leaves demand identical', () => {
    const a = simulate(scenario, { seed: 7 });
    const b = simulate(smallShop({ finance: { holdingCostRatePerYear: 0.5, paymentFeePct: 0.02 }, fulfilment: { logisticsCostPerOrderCny: 20 } }), { seed: 7 });
    expect(Array.from(b.series.orders)).toEqual(Array.from(a.series.orders));
    expect(Array.from(b.series.gmvCny)).toEqual(Array.from(a.series.gmvCny));
    expect(b.kpis.profitCny).toBeLessThan(a.kpis.profitCny);
  });

  it('records scenario, seed, replication, version and dates', () => {
    const r = simulate(scenario, { seed: 3, replication: 2, days: 10 });
    expect(r).toMatchObject({ scenarioName: 'Small test shop', seed: 3, replication: 2, version: VERSION, days: 10, startDate: '2026-01-01' });
    for (const name of SERIES) expect(r.series[name]).toHaveLength(10);
    expect(Object.keys(r.kpis).sort()).toEqual([...KPIS].sort());
    expect(Object.keys(r.channels)).toEqual(['organic', 'paid_search', 'social', 'crm']);
    expect(Object.keys(r.skuStock)).toEqual(['tee', 'jeans', 'jacket']);
  });

  it('stops with an AbortError when the signal aborts mid-run', () => {
    const controller = new AbortController();
    let seen = 0;
    const run = () =>
      simulate(scenario, {
        signal: controller.signal,
        onProgress: (done) => {
          seen = done;
          if (done === 5) controller.abort();
        },
      });
    expect(run).toThrowError(expect.objectContaining({ name: 'AbortError' }));
    expect(seen).toBe(5);
  });

  it('reports progress once per day up to the horizon', () => {
    const calls: [number, number][] = [];
    simulate(scenario, { days: 4, onProgress: (d, n) => calls.push([d, n]) });
    expect(calls).toEqual([
      [1, 4],
      [2, 4],
      [3, 4],
      [4, 4],
    ]);
  });

  it('explains a bad horizon instead of running', () => {
    expect(() => simulate(scenario, { days: 0 })).toThrow('days must be a whole number ≥ 1, got 0');
  });
});
