// 003 Double 11 campaign plan: each alternative against the baseline, same seed (common random
// numbers), a tenth of the shop. Directions are the plan's claims; README records the sizes.
import { describe, expect, it } from 'vitest';
import { kpi, runBuiltin, seriesSum } from './builtin-runs.ts';

const base = runBuiltin('003-double11/baseline');
const PEAK = [20, 28] as const; // 4–11 November, day indices [from, to)

describe('003 Double 11 campaign plan', () => {
  it('tiered coupons with a flash sale convert better than spend-X-save-Y (003 §3.1)', () => {
    const spendSave = runBuiltin('003-double11/spend-save');
    expect(kpi(base, 'conversionRate')).toBeGreaterThan(kpi(spendSave, 'conversionRate'));
    const peakConversion = (runs: typeof base) => seriesSum(runs, 'orders', ...PEAK) / seriesSum(runs, 'visits', ...PEAK);
    expect(peakConversion(base)).toBeGreaterThan(peakConversion(spendSave) * 1.05);
  });

  it('without the capacity upgrade the peak is late more often and loses orders (003 §5.3)', () => {
    const today = runBuiltin('003-double11/no-capacity-upgrade');
    expect(kpi(base, 'onTimeRate')).toBeGreaterThan(kpi(today, 'onTimeRate') + 0.2);
    expect(seriesSum(base, 'orders', 25, 28)).toBeGreaterThan(seriesSum(today, 'orders', 25, 28));
    expect(kpi(today, 'complaintRate')).toBeGreaterThan(kpi(base, 'complaintRate'));
  });

  it('a logistics disruption at the peak lowers on-time delivery, and the contingency plan recovers part of it', () => {
    const hit = runBuiltin('003-double11/logistics-disruption');
    const eased = runBuiltin('003-double11/logistics-contingency');
    expect(kpi(hit, 'onTimeRate')).toBeLessThan(kpi(base, 'onTimeRate'));
    expect(kpi(hit, 'complaintRate')).toBeGreaterThan(kpi(base, 'complaintRate'));
    expect(kpi(eased, 'onTimeRate')).toBeGreaterThan(kpi(hit, 'onTimeRate'));
    expect(kpi(eased, 'onTimeRate')).toBeLessThan(kpi(base, 'onTimeRate'));
  });

  it('a marketing-heavy budget split buys more GMV but delivers late more often than 40/25/15/10/10', () => {
    const heavy = runBuiltin('003-double11/budget-marketing-heavy');
    expect(kpi(heavy, 'gmvCny')).toBeGreaterThan(kpi(base, 'gmvCny'));
    expect(kpi(heavy, 'onTimeRate')).toBeLessThan(kpi(base, 'onTimeRate'));
    expect(kpi(heavy, 'cacCny')).toBeGreaterThan(kpi(base, 'cacCny'));
  });

  it('pre-orders are held until their ship day and released at once (003 §3.1)', () => {
    // Pre-sale runs on days 5–19 and ships on day 24: the day-24 release spikes shipments.
    const shipped = (d: number) => seriesSum(base, 'shippedOrders', d, d + 1);
    expect(shipped(24)).toBeGreaterThan(2 * shipped(18));
  });
});
