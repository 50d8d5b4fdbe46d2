import { describe, expect, it } from 'vitest';
import { simulate } from '../../../sim/engine/simulate.ts';
import { ScenarioSchema } from '../../../sim/scenario/schema.ts';

const round = (x: number, digits = 0) => Number(x.toFixed(digits));

describe('golden run of the default shop', () => {
  const r = simulate(ScenarioSchema.parse({}), { seed: 20261111, days: 120 });
  const k = r.kpis;

  it('reproduces the recorded summary exactly', () => {
    expect({
      orders: k.orders,
      units: k.units,
      visits: k.visits,
      newCustomers: k.newCustomers,
      gmvCny: round(k.gmvCny),
      profitCny: round(k.profitCny),
      endCashCny: round(k.endCashCny),
      onTimeRate: round(k.onTimeRate, 4),
      stockoutRate: round(k.stockoutRate, 4),
      returnRate: round(k.returnRate, 4),
    }).toMatchInlineSnapshot(`
      {
        "endCashCny": 2409753,
        "gmvCny": 2690504,
        "newCustomers": 6458,
        "onTimeRate": 0.7716,
        "orders": 12423,
        "profitCny": 120975,
        "returnRate": 0.0945,
        "stockoutRate": 0.09,
        "units": 17216,
        "visits": 555738,
      }
    `);
  });

  it('lands in plausible ranges for an online clothing shop', () => {
    expect(k.conversionRate).toBeGreaterThan(0.01);
    expect(k.conversionRate).toBeLessThan(0.06);
    expect(k.aovCny).toBeGreaterThan(80);
    expect(k.aovCny).toBeLessThan(250);
    expect(k.returnRate).toBeGreaterThan(0.04);
    expect(k.returnRate).toBeLessThan(0.2);
    expect(k.onTimeRate).toBeGreaterThan(0.6);
    expect(k.grossMarginPct).toBeGreaterThan(0.3);
    expect(k.grossMarginPct).toBeLessThan(0.75);
    expect(k.roas).toBeGreaterThan(1);
    expect(k.fillRate).toBeGreaterThan(0.8);
    expect(k.fillRate).toBeLessThanOrEqual(1);
  });
});
