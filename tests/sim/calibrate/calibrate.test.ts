import { describe, expect, it } from 'vitest';
import { ScenarioSchema, type Scenario } from '../../../sim/scenario/schema.ts';
import { calibrate } from '../../../sim/calibrate/calibrate.ts';

/** A synthetic evaluator that answers at once. */
type KpiEvaluator = (s: Scenario) => Readonly<Record<string, number>>;
import { CalibrationInputError } from '../../../sim/calibrate/parameterPath.ts';

const shop = ScenarioSchema.parse({});

/** A known linear map from two parameters to two KPIs, standing in for the simulation. */
const linear: KpiEvaluator = (s: Scenario) => {
  const a = s.funnel.pageQuality;
  const b = s.pricing.shippingFeeCny;
  return { aovCny: 60 + 20 * a + 5 * b, conversionRate: 0.01 * a - 0.001 * b + 0.02, orders: 100 };
};

/** A saturating, non-linear map in which add-to-cart rate caps conversion at 0.5. */
const capped: KpiEvaluator = (s: Scenario) => ({
  conversionRate: 0.5 * s.funnel.addToCartRate,
  aovCny: 100 * s.population.segments.base.basketUnitsMean,
});

describe('calibrate', () => {
  it('recovers the parameters that generated the targets of a known linear map', async () => {
    const truth = { pageQuality: 1.7, shippingFeeCny: 4.2 };
    const truthKpis = linear(ScenarioSchema.parse({ funnel: { pageQuality: truth.pageQuality }, pricing: { shippingFeeCny: truth.shippingFeeCny } }));
    const r = await calibrate(shop, {
      targets: [{ kpi: 'aovCny', value: truthKpis.aovCny }, { kpi: 'conversionRate', value: truthKpis.conversionRate }],
      parameters: [{ path: 'funnel.pageQuality', hi: 5 }, { path: 'pricing.shippingFeeCny', hi: 30 }],
      evaluate: linear,
      stopTolerance: 1e-5,
      maxEvaluations: 400,
    });
    expect(r.status).toBe('reached');
    expect(r.parameters[0].fitted).toBeCloseTo(1.7, 2);
    expect(r.parameters[1].fitted).toBeCloseTo(4.2, 1);
    expect(r.scenario.funnel.pageQuality).toBe(r.parameters[0].fitted);
    expect(shop.funnel.pageQuality).toBe(1);
    expect(r.targets.every((t) => Math.abs(t.relativeError) < 1e-4)).toBe(true);
    expect(r.notes).toEqual([]);
  });

  it('reports the initial and achieved KPI of each target', async () => {
    const r = await calibrate(shop, {
      targets: [{ kpi: 'aovCny', value: 150 }],
      parameters: [{ path: 'funnel.pageQuality', hi: 10 }],
      evaluate: linear,
    });
    expect(r.targets[0].initial).toBeCloseTo(60 + 20 + 40, 9);
    expect(r.targets[0].achieved).toBeCloseTo(150, -1);
    expect(Math.abs(r.targets[0].relativeError)).toBeLessThanOrEqual(0.01);
    expect(r.parameters[0].fitted).toBeCloseTo(2.5, 1);
  });

  it('skips the search when the starting scenario already meets the targets', async () => {
    let calls = 0;
    const r = await calibrate(shop, {
      targets: [{ kpi: 'aovCny', value: 120 }],
      parameters: [{ path: 'funnel.pageQuality' }],
      evaluate: (s) => (calls++, linear(s)),
    });
    expect(r.status).toBe('reached');
    expect(r.parameters[0].fitted).toBe(1);
    expect(calls).toBe(2);
  });

  it('reports a target beyond a parameter bound as not reached and names the bound', async () => {
    const r = await calibrate(shop, {
      targets: [{ kpi: 'conversionRate', value: 0.8 }],
      parameters: [{ path: 'funnel.addToCartRate' }],
      evaluate: capped,
    });
    expect(r.status).toBe('not reached');
    expect(r.parameters[0].atBound).toBe('upper');
    expect(r.targets[0].reached).toBe(false);
    expect(r.targets[0].achieved).toBeGreaterThan(0.49);
    expect(r.targets[0].relativeError).toBeCloseTo(-0.375, 2);
    expect(r.targets[0].reason).toMatch(/funnel\.addToCartRate sits at its upper bound .* would need to go higher/);
    expect(r.notes.join('\n')).toMatch(/1 of 1 targets not reached/);
  });

  it('calls a target out of reach when even the bound would not close the gap, before the search gets there', async () => {
    // Conversion saturates at 0.1: a target of 0.5 cannot be met by any add-to-cart rate.
    const saturating: KpiEvaluator = (s) => ({ conversionRate: 0.1 * (1 - Math.exp(-3 * s.funnel.addToCartRate)) });
    const r = await calibrate(shop, {
      targets: [{ kpi: 'conversionRate', value: 0.5 }],
      parameters: [{ path: 'funnel.addToCartRate' }],
      evaluate: saturating,
      maxEvaluations: 6,
    });
    expect(r.status).toBe('not reached');
    expect(r.parameters[0].fitted).toBeGreaterThan(0.11);
    expect(r.parameters[0].atBound).toBeNull();
    expect(r.targets[0].reason).toMatch(/out of reach within the bounds: even moving funnel\.addToCartRate to 1 would close only about [\d.]+ points of its [\d.]+ % error/);
  });

  it('names the conflicting target when one parameter must serve two incompatible targets', async () => {
    const r = await calibrate(shop, {
      // aovCny = 150 wants pageQuality 2.5, conversionRate = 0.05 wants 3.8: the best compromise misses both.
      targets: [{ kpi: 'aovCny', value: 150 }, { kpi: 'conversionRate', value: 0.05 }],
      parameters: [{ path: 'funnel.pageQuality', hi: 10 }],
      evaluate: linear,
    });
    expect(r.status).toBe('not reached');
    expect(r.parameters[0].fitted).toBeCloseTo(3.4, 1);
    expect(r.parameters[0].atBound).toBeNull();
    expect(r.targets.map((t) => t.reached)).toEqual([false, false]);
    expect(r.targets[0].conflictsWith).toEqual(['conversionRate']);
    expect(r.targets[1].conflictsWith).toEqual(['aovCny']);
    expect(r.targets[0].reason).toMatch(/conflicts with conversionRate: moving funnel\.pageQuality/);
    expect(r.notes.join('\n')).toMatch(/over-determined/);
  });

  it('says when no fitted parameter moves a target', async () => {
    const r = await calibrate(shop, {
      targets: [{ kpi: 'orders', value: 300 }],
      parameters: [{ path: 'funnel.pageQuality', hi: 10 }],
      evaluate: linear,
      maxEvaluations: 40,
    });
    expect(r.status).toBe('not reached');
    expect(r.targets[0].reason).toMatch(/no fitted parameter moves orders/);
  });

  it('never uses more evaluations than its budget', async () => {
    let calls = 0;
    const r = await calibrate(shop, {
      targets: [{ kpi: 'aovCny', value: 170 }, { kpi: 'conversionRate', value: 0.033 }],
      parameters: [{ path: 'funnel.pageQuality', hi: 5 }, { path: 'pricing.shippingFeeCny', hi: 30 }],
      evaluate: (s) => (calls++, linear(s)),
      maxEvaluations: 12,
      stopTolerance: 1e-9,
    });
    expect(calls).toBe(r.evaluations);
    expect(calls).toBeLessThanOrEqual(12);
  });

  it('rejects unknown KPIs, duplicate targets and missing parameters with clear messages', async () => {
    const base = { evaluate: linear, parameters: [{ path: 'funnel.pageQuality' }] };
    await expect(calibrate(shop, { ...base, targets: [{ kpi: 'happiness', value: 1 }] })).rejects.toThrow(/happiness: not a KPI/);
    await expect(calibrate(shop, { ...base, targets: [{ kpi: 'aovCny', value: 1 }, { kpi: 'aovCny', value: 2 }] })).rejects.toThrow(/given twice/);
    await expect(calibrate(shop, { ...base, parameters: [], targets: [{ kpi: 'aovCny', value: 1 }] })).rejects.toThrow(CalibrationInputError);
    await expect(calibrate(shop, { ...base, targets: [{ kpi: 'aovCny', value: Number.NaN }] })).rejects.toThrow(/not a number/);
  });
});
