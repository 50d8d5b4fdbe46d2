// Follow one shopper: the opt-in journey trace reads the run without drawing from it, so a traced
// run equals an untraced one, and each journey is consistent with what the engine counted.
import { describe, expect, it } from 'vitest';
import { simulate } from '../../../sim/engine/simulate.ts';
import { MAX_TRACED_SHOPPERS, tracedIds, type TraceEvent } from '../../../sim/engine/trace.ts';
import { SERIES } from '../../../sim/result.ts';
import { smallShop } from '../../fixtures/scenario.ts';

const shop = smallShop({ days: 60, population: { size: 3000 } });

describe('the shopper trace', () => {
  it('leaves every series and KPI of the run exactly as they are without it', () => {
    const plain = simulate(shop, { replication: 1 });
    const traced = simulate(shop, { replication: 1, trace: 40 });
    for (const name of SERIES) expect(traced.series[name]).toEqual(plain.series[name]);
    expect(traced.kpis).toEqual(plain.kpis);
    expect(plain.trace).toBeUndefined();
    expect(traced.trace).toHaveLength(40);
  });

  it('follows the same shoppers through the same journeys for the same seed', () => {
    const a = simulate(shop, { trace: 10 }).trace!;
    const b = simulate(shop, { trace: 10 }).trace!;
    expect(b).toEqual(a);
    expect(a.map((s) => s.id)).toEqual(tracedIds(3000, 10));
    expect(simulate(shop, { trace: 10, seed: 99 }).trace).not.toEqual(a);
  });

  it('records journeys in day order that agree with the engine: an order follows every completed checkout in stock, nothing follows churn', () => {
    const trace = simulate(shop, { trace: 200 }).trace!;
    const all = trace.flatMap((s) => s.events);
    expect(all.some((e) => e.kind === 'order')).toBe(true);
    expect(all.some((e) => e.kind === 'delivered')).toBe(true);
    for (const s of trace) {
      expect(Object.keys(shop.population.segments)).toContain(s.segment);
      const days = s.events.map((e) => e.day);
      expect(days).toEqual([...days].sort((x, y) => x - y));
      const churn = s.events.findIndex((e) => e.kind === 'churned');
      if (churn >= 0) expect(s.events.slice(churn + 1).filter((e) => e.kind === 'visit' || e.kind === 'view' || e.kind === 'order')).toEqual([]);
      s.events.forEach((e, n) => {
        if (e.kind !== 'view') return;
        expect(e.pCart).toBeGreaterThan(0);
        expect(e.pCart).toBeLessThan(1);
        if (e.checkout) expect(e.cart).toBe(true);
        const next = s.events[n + 1] as TraceEvent | undefined;
        const ordered = next?.kind === 'order' && next.day === e.day;
        if (e.checkout && e.stock === 'in stock') expect(ordered).toBe(true);
        if (!e.checkout) expect(ordered).toBe(false);
      });
    }
    const orders = all.filter((e) => e.kind === 'order').length;
    const delivered = all.filter((e) => e.kind === 'delivered').length;
    expect(delivered).toBeLessThanOrEqual(orders);
  });

  it('samples at most the shoppers present and never more than its limit', () => {
    expect(tracedIds(10, 4)).toEqual([1, 3, 6, 8]);
    expect(tracedIds(3, 10)).toEqual([0, 1, 2]);
    expect(tracedIds(1e6, 1e6)).toHaveLength(MAX_TRACED_SHOPPERS);
    expect(() => simulate(shop, { trace: -1, days: 1 })).toThrow(/trace must be/);
  });
});
