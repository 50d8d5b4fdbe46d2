// 000 Clothing operations plan: each alternative against the baseline, same seed (common random
// numbers), a tenth of the market. Directions are the plan's claims; README records the sizes.
import { describe, expect, it } from 'vitest';
import { kpi, runBuiltin } from './builtin-runs.ts';

const base = runBuiltin('000-clothing/baseline');

describe('000 clothing operations plan', () => {
  it('marketing at 5 %, 8 % and 12 % of sales buys GMV in that order (000 §5.1)', () => {
    const low = runBuiltin('000-clothing/marketing-5pct');
    const high = runBuiltin('000-clothing/marketing-12pct');
    expect(kpi(low, 'gmvCny')).toBeLessThan(kpi(base, 'gmvCny'));
    expect(kpi(high, 'gmvCny')).toBeGreaterThan(kpi(base, 'gmvCny'));
    // Diminishing returns: each extra CNY buys new customers at a higher price.
    expect(kpi(high, 'cacCny')).toBeGreaterThan(kpi(base, 'cacCny'));
    expect(kpi(base, 'cacCny')).toBeGreaterThan(kpi(low, 'cacCny'));
  });

  it('forecast-driven replenishment cuts inventory days to the plan\'s ≤ 30 without a lower fill rate (000 §1.3, §3.2)', () => {
    // A quarter of the market: stock levels round less coarsely than at a tenth.
    const quarter = { scale: 0.25, reps: 1 };
    const sS = runBuiltin('000-clothing/baseline', quarter);
    const fc = runBuiltin('000-clothing/forecast-replenishment', quarter);
    expect(kpi(fc, 'inventoryDays')).toBeLessThan(kpi(sS, 'inventoryDays') * 0.8);
    expect(kpi(fc, 'inventoryDays')).toBeLessThanOrEqual(30);
    expect(kpi(fc, 'fillRate')).toBeGreaterThanOrEqual(kpi(sS, 'fillRate'));
  });

  it('added warehouse capacity clears the busy-day backlog and raises the share delivered within 48 hours (000 §1.3)', () => {
    const cap = runBuiltin('000-clothing/capacity-added');
    // Carrier transit, not the warehouse, causes most late deliveries here, so the gain is small (README).
    expect(kpi(cap, 'onTimeRate')).toBeGreaterThan(kpi(base, 'onTimeRate') + 0.005);
    expect(kpi(cap, 'peakBacklogOrders')).toBeLessThan(kpi(base, 'peakBacklogOrders'));
  });

  it('dynamic pricing on stock cover turns stock faster at a lower margin (000 §4.2)', () => {
    const dyn = runBuiltin('000-clothing/dynamic-pricing');
    expect(kpi(dyn, 'inventoryDays')).toBeLessThan(kpi(base, 'inventoryDays'));
    expect(kpi(dyn, 'grossMarginPct')).toBeLessThan(kpi(base, 'grossMarginPct'));
  });

  it('the month-6 markdown and month-9 delisting leave less summer stock and sell nothing after delisting (000 §4.2)', () => {
    const cycle = runBuiltin('000-clothing/life-cycle');
    const endStock = (runs: typeof base) => runs.reduce((s, r) => s + r.skuStock.summer_dress[r.days - 1], 0) / runs.length;
    const unitsAfter = (runs: typeof base, from: number) => runs.reduce((s, r) => s + r.skuUnits.summer_dress.slice(from).reduce((a, b) => a + b, 0), 0);
    expect(endStock(cycle)).toBeLessThan(endStock(base));
    expect(unitsAfter(cycle, 270)).toBeGreaterThan(unitsAfter(base, 270));
    expect(unitsAfter(cycle, 360)).toBe(0);
  });
});
