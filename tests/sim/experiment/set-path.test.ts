import { describe, expect, it } from 'vitest';
import { LeverError, setPath } from '../../../sim/experiment/set-path.ts';
import { ScenarioSchema } from '../../../sim/scenario/schema.ts';

const base = ScenarioSchema.parse({});

describe('setPath', () => {
  it('sets a nested numeric setting on a copy and leaves the original alone', () => {
    const changed = setPath(base, 'channels.paid_search.budgetPerDayCny', 4500);
    expect(changed.channels.paid_search.budgetPerDayCny).toBe(4500);
    expect(base.channels.paid_search.budgetPerDayCny).toBe(3000);
    expect(changed.skus.tee).not.toBe(base.skus.tee);
    expect(changed.skus.tee).toEqual(base.skus.tee);
  });

  it('replaces a formula with a number and fills a nullable number', () => {
    expect(setPath(base, 'skus.jacket.seasonality', 1.2).skus.jacket.seasonality).toBe(1.2);
    expect(setPath(base, 'pricing.freeShippingThresholdCny', 59).pricing.freeShippingThresholdCny).toBe(59);
    expect(setPath(base, 'days', 90).days).toBe(90);
  });

  it('names the keys available where a path goes wrong', () => {
    expect(() => setPath(base, 'channels.paid_serch.budgetPerDayCny', 1)).toThrow(
      'channels.paid_serch.budgetPerDayCny: no setting "paid_serch" at channels; available: organic, paid_search, social, crm',
    );
    expect(() => setPath(base, 'chanels.paid_search.budgetPerDayCny', 1)).toThrow(/no setting "chanels" at the top level; available: name, description/);
    expect(() => setPath(base, 'channels.paid_search.budget', 1)).toThrow(/no setting "budget" at channels\.paid_search; available: kind, budgetPerDayCny/);
  });

  it('refuses groups, yes/no settings, text settings and empty paths', () => {
    expect(() => setPath(base, 'channels.paid_search', 1)).toThrow(/is a group of settings, not a number; its settings: kind, budgetPerDayCny/);
    expect(() => setPath(base, 'inventory.backorders', 1)).toThrow(LeverError);
    expect(() => setPath(base, 'channels.paid_search.kind', 1)).toThrow(/does not take a number \(it holds "paid"\)/);
    expect(() => setPath(base, 'days.x', 1)).toThrow(/days is a single value/);
    expect(() => setPath(base, 'channels..kind', 1)).toThrow(/not a setting path/);
  });

  it('re-validates the scenario and says which rule the value breaks', () => {
    expect(() => setPath(base, 'funnel.checkoutRate', 1.5)).toThrow(/^funnel\.checkoutRate = 1\.5: .*1/);
    expect(() => setPath(base, 'days', 2.5)).toThrow(LeverError);
    expect(() => setPath(base, 'days', Number.NaN)).toThrow(/finite number/);
  });
});
