import { describe, expect, it } from 'vitest';
import { fieldBounds } from '../../../sim/scenario/fieldBounds.ts';
import { ScenarioSchema } from '../../../sim/scenario/schema.ts';
import { buildLevers, sliderMax, sweepableLevers } from '../../../ui/editor/levers.ts';

describe('scenario levers', () => {
  const s = ScenarioSchema.parse({
    channels: { paid: { kind: 'paid', budgetPerDayCny: 3000 }, video: { kind: 'social', budgetPerDayCny: '500 + 100 * (dow >= 5)' }, organic: { kind: 'organic' } },
    promotions: { spring: { type: 'discount', startDay: 10, endDay: 20, pct: 0.2 } },
  });
  const levers = buildLevers(s);
  const byId = new Map(levers.map((l) => [l.id, l]));

  it('offers a budget per buying channel with its unit, none for organic', () => {
    expect(byId.get('channels.paid.budgetPerDayCny')).toMatchObject({ group: 'channels', value: 3000, unit: 'unit.cnyPerDay', labelParams: { channel: 'paid' } });
    expect(byId.has('channels.organic.budgetPerDayCny')).toBe(false);
  });

  it('shows a formula as such instead of a number', () => {
    expect(byId.get('channels.video.budgetPerDayCny')).toMatchObject({ value: null, formula: '500 + 100 * (dow >= 5)' });
  });

  it('scales fractions to percent and bounds promotion days by the horizon', () => {
    expect(byId.get('promotions.spring.pct')).toMatchObject({ value: 0.2, scale: 100, max: 0.95 });
    expect(byId.get('promotions.spring.endDay')).toMatchObject({ value: 20, max: s.days - 1 });
  });

  it('covers population, prices, inventory policy and capacity of the default shop', () => {
    const d = buildLevers(ScenarioSchema.parse({}));
    const ids = d.map((l) => l.id);
    expect(ids).toContain('population.size');
    expect(ids).toContain('skus.tee.listPriceCny');
    expect(ids).toContain('skus.tee.replenishment.reorderPointUnits');
    expect(ids).toContain('fulfilment.capacityOrdersPerDay');
    expect(d.find((l) => l.id === 'pricing.freeShippingThresholdCny')).toMatchObject({ value: null, nullable: true });
  });

  it('lets sweeps vary numeric levers but not the seed or replications', () => {
    const ids = sweepableLevers(s).map((l) => l.id);
    expect(ids).not.toContain('seed');
    expect(ids).not.toContain('replications');
    expect(ids).not.toContain('channels.video.budgetPerDayCny');
  });

  it('rounds slider ends up to a round number at least twice the value', () => {
    expect(sliderMax(3000, 10_000)).toBe(10_000);
    expect(sliderMax(12_345, 1000)).toBe(30_000);
    expect(sliderMax(0, 500)).toBe(500);
  });
});

describe('lever ranges and the schema', () => {
  it('never offer a value outside the field\'s stated range', () => {
    const s = ScenarioSchema.parse({ skus: { big: { listPriceCny: 9_000_000 } }, channels: { paid: { budgetPerDayCny: 900_000_000 } } });
    const levers = buildLevers(s);
    for (const l of levers) {
      const b = fieldBounds(l.path, s);
      if (!b) continue;
      expect(l.max, l.id).toBeLessThanOrEqual(b.max);
      expect(l.min, l.id).toBeGreaterThanOrEqual(b.min);
    }
    expect(levers.find((l) => l.id === 'skus.big.listPriceCny')?.max).toBe(10_000_000);
    expect(levers.find((l) => l.id === 'channels.paid.budgetPerDayCny')?.max).toBe(1_000_000_000);
  });
});
