// 001 Omnichannel retail plan: each alternative against the file it extends, same seed (common
// random numbers), a tenth of the market. Directions are the plan's claims; README records sizes.
import { describe, expect, it } from 'vitest';
import { kpi, runBuiltin, seriesSum } from './builtin-runs.ts';

const base = runBuiltin('001-omnichannel/baseline');
const perOrder = (runs: typeof base) => seriesSum(runs, 'logisticsCny') / seriesSum(runs, 'shippedOrders');
const perUnit = (runs: typeof base) => seriesSum(runs, 'logisticsCny') / seriesSum(runs, 'units');

describe('001 omnichannel retail plan', () => {
  it('synchronised stock removes the overselling returns (001 §1.2: returns up to 12 % without it)', () => {
    const sync = runBuiltin('001-omnichannel/stock-sync');
    expect(kpi(sync, 'returnRate')).toBeLessThan(kpi(base, 'returnRate') - 0.01);
    expect(kpi(sync, 'complaintRate')).toBeLessThan(kpi(base, 'complaintRate'));
  });

  it('pick-up in store cuts logistics cost per order and late deliveries (001 §1.1)', () => {
    const sync = runBuiltin('001-omnichannel/stock-sync');
    const bopis = runBuiltin('001-omnichannel/bopis');
    expect(perOrder(bopis)).toBeLessThan(perOrder(sync) * 0.95);
    expect(kpi(bopis, 'onTimeRate')).toBeGreaterThan(kpi(sync, 'onTimeRate'));
  });

  it('free shipping from 59 CNY raises AOV and orders and cuts logistics cost per unit (001 §3.4)', () => {
    const free = runBuiltin('001-omnichannel/free-shipping-59');
    expect(kpi(free, 'aovCny')).toBeGreaterThan(kpi(base, 'aovCny') * 1.1);
    expect(kpi(free, 'orders')).toBeGreaterThan(kpi(base, 'orders') * 1.1);
    expect(perUnit(free)).toBeLessThan(perUnit(base));
  });

  it('phasing the programme keeps more cash in hand and never pays back later than paying it at once (001 §6.3)', () => {
    const once = runBuiltin('001-omnichannel/integrated-all-at-once');
    const phased = runBuiltin('001-omnichannel/integrated-phased');
    expect(kpi(phased, 'minCashCny')).toBeGreaterThan(kpi(once, 'minCashCny'));
    // Once the last tranche is paid both have spent the same, so a payback after day 365 is the same day.
    expect(kpi(phased, 'paybackDay')).toBeLessThanOrEqual(kpi(once, 'paybackDay'));
    // Same levers from day 0 in both files: everything but the cash timing is identical.
    expect(kpi(phased, 'gmvCny')).toBe(kpi(once, 'gmvCny'));
  });
});
