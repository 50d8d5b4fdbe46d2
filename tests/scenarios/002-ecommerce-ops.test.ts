// 002 E-commerce operations plan: each alternative against the baseline, same seed (common
// random numbers), a tenth of the market. Directions are the plan's claims; README records sizes.
import { describe, expect, it } from 'vitest';
import { kpi, ratioOn, runBuiltin } from './builtin-runs.ts';

const base = runBuiltin('002-ecommerce-ops/baseline');

describe('002 e-commerce operations plan', () => {
  it('CRM and private-domain touches raise the repeat rate (002 §2.3: +30 %)', () => {
    const crm = runBuiltin('002-ecommerce-ops/crm-private-domain');
    expect(kpi(crm, 'repeatRate')).toBeGreaterThan(kpi(base, 'repeatRate') * 1.1);
  });

  it('better pages and checkout lift conversion towards the plan\'s 3.6 % (002 §4.2)', () => {
    const better = runBuiltin('002-ecommerce-ops/conversion-optimised');
    expect(kpi(better, 'conversionRate')).toBeGreaterThan(kpi(base, 'conversionRate') * 1.15);
    expect(kpi(better, 'conversionRate')).toBeGreaterThan(0.032);
  });

  it('rebalancing traffic towards content and short video lowers the acquisition cost and buys more orders', () => {
    const mix = runBuiltin('002-ecommerce-ops/traffic-rebalance');
    expect(kpi(mix, 'cacCny')).toBeLessThan(kpi(base, 'cacCny'));
    expect(kpi(mix, 'orders')).toBeGreaterThan(kpi(base, 'orders'));
  });

  it('over-promotion lowers conversion on ordinary days and the repeat rate (002 §5.3)', () => {
    const over = runBuiltin('002-ecommerce-ops/over-promotion');
    // Ordinary days: from the 10th to the 28th of each month after the first quarter, outside the
    // baseline's 618 and Double 11 sale weeks — no promotion runs in either scenario then.
    const monthStarts = [90, 120, 151, 181, 212, 243, 273, 304, 334];
    const ordinary = monthStarts.flatMap((m) => Array.from({ length: 19 }, (_, i) => m + 9 + i)).filter((t) => !(t >= 166 && t <= 172) && !(t >= 309 && t <= 314));
    expect(ratioOn(over, 'orders', 'visits', ordinary)).toBeLessThan(ratioOn(base, 'orders', 'visits', ordinary));
    expect(kpi(over, 'repeatRate')).toBeLessThan(kpi(base, 'repeatRate'));
    expect(kpi(over, 'grossMarginPct')).toBeLessThan(kpi(base, 'grossMarginPct'));
  });
});
