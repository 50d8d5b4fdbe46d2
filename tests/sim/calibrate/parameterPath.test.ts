import { describe, expect, it } from 'vitest';
import { ScenarioSchema } from '../../../sim/scenario/schema.ts';
import { CalibrationInputError, resolveParameter, withValues } from '../../../sim/calibrate/parameterPath.ts';

const shop = ScenarioSchema.parse({
  promotions: { d11: { type: 'tieredCoupon', startDay: 3, endDay: 5, tiers: [{ minSpendCny: 100, offCny: 10 }] } },
  channels: { paid_search: { kind: 'paid', budgetPerDayCny: '3000 * (1 + 0.1 * dow)' }, social: { kind: 'social' } },
});

describe('resolveParameter', () => {
  it('reads a fraction field with its schema range [0, 1]', () => {
    const p = resolveParameter(shop, 'funnel.addToCartRate');
    expect(p.value).toBe(0.11);
    expect(p.interval).toEqual({ lo: 0, hi: 1 });
    expect(p.integer).toBe(false);
  });

  it("follows record keys such as a customer tier and gives the field's stated range", () => {
    const p = resolveParameter(shop, 'population.segments.base.visitsPerYear');
    expect(p.value).toBe(4);
    expect(p.interval).toEqual({ lo: 0, hi: 3650 });
  });

  it('finds fields of the matching promotion type in a discriminated union', () => {
    const p = resolveParameter(shop, 'promotions.d11.claimRate');
    expect(p.value).toBe(0.6);
    expect(p.interval).toEqual({ lo: 0, hi: 1 });
  });

  it('marks whole-number fields as integer', () => {
    expect(resolveParameter(shop, 'skus.tee.initialStockUnits').integer).toBe(true);
  });

  it('narrows the range to the bounds the caller gives', () => {
    expect(resolveParameter(shop, 'channels.social.costPerClickCny', { lo: 0.2, hi: 2 }).interval).toEqual({ lo: 0.2, hi: 2 });
  });

  it('names the missing key and the keys that exist for an unknown path', () => {
    expect(() => resolveParameter(shop, 'population.segments.gold.visitsPerYear')).toThrow(
      /population\.segments has no field "gold" \(it has: base, core, vip\)/,
    );
  });

  it('refuses a field that holds a formula and says what to do instead', () => {
    expect(() => resolveParameter(shop, 'channels.paid_search.budgetPerDayCny')).toThrow(/is the formula .*params/);
  });

  it('refuses non-numeric fields, bounds outside the schema and inverted bounds', () => {
    expect(() => resolveParameter(shop, 'name')).toThrow(CalibrationInputError);
    expect(() => resolveParameter(shop, 'funnel.addToCartRate', { lo: 0, hi: 2 })).toThrow(/leave the schema's range \[0, 1\]/);
    expect(() => resolveParameter(shop, 'funnel.addToCartRate', { lo: 0.5, hi: 0.1 })).toThrow(/must be below/);
    expect(() => resolveParameter(shop, 'funnel..addToCartRate')).toThrow(/dotted path/);
  });
});

describe('withValues', () => {
  it('returns a copy with the values set and leaves the original untouched', () => {
    const copy = withValues(shop, new Map([['funnel.addToCartRate', 0.2], ['population.segments.vip.share', 0.15]]));
    expect(copy.funnel.addToCartRate).toBe(0.2);
    expect(copy.population.segments.vip.share).toBe(0.15);
    expect(shop.funnel.addToCartRate).toBe(0.11);
    expect(shop.population.segments.vip.share).toBe(0.1);
  });
});
