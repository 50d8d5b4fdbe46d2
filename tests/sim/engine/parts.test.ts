import { describe, expect, it } from 'vitest';
import { movingAverageForecaster } from '../../../sim/engine/forecast.ts';
import { paybackDay } from '../../../sim/engine/kpis.ts';
import { Schedule, geometricGap } from '../../../sim/engine/schedule.ts';
import { CHURNED, CUSTOMER, PROSPECT, World } from '../../../sim/engine/world.ts';
import { Rng } from '../../../sim/random.ts';

describe('World', () => {
  it('keeps every shopper in exactly one place (prospect pool, customer pool, or churned) through growth', () => {
    const w = new World(16);
    const rng = new Rng(1);
    for (let n = 0; n < 100; n++) w.add(n % 3, n % 4 === 0 ? CUSTOMER : PROSPECT);
    for (let n = 0; n < 60; n++) {
      const i = rng.int(w.n);
      if (rng.next() < 0.5) w.makeCustomer(i);
      else w.churn(i);
    }
    expect(w.cap).toBeGreaterThanOrEqual(100);
    expect(w.nProspects + w.nCustomers + w.nChurned).toBe(100);
    const seen = new Set<number>();
    for (let j = 0; j < w.nProspects; j++) {
      expect(w.state(w.pool[j])).toBe(PROSPECT);
      expect(w.poolIndex[w.pool[j]]).toBe(j);
      seen.add(w.pool[j]);
    }
    for (let j = w.cap - w.nCustomers; j < w.cap; j++) {
      expect(w.state(w.pool[j])).toBe(CUSTOMER);
      expect(w.poolIndex[w.pool[j]]).toBe(j);
      seen.add(w.pool[j]);
    }
    for (let i = 0; i < 100; i++) if (!seen.has(i)) expect(w.state(i)).toBe(CHURNED);
    for (let i = 0; i < 100; i++) expect(w.segment(i)).toBe(i % 3);
  });

  it('churns a shopper only once and picks no one from an empty pool', () => {
    const w = new World(4);
    const i = w.add(0, PROSPECT);
    expect(w.churn(i)).toBe(true);
    expect(w.churn(i)).toBe(false);
    expect(w.randomProspect(0.5)).toBe(-1);
    expect(w.randomCustomer(0.5)).toBe(-1);
  });
});

describe('Schedule', () => {
  it("returns a day's shoppers in the order they were scheduled and drops entries beyond the horizon", () => {
    const s = new Schedule(5);
    for (const [i, d] of [[9, 2], [3, 2], [7, 0], [5, 2], [1, 5], [2, 99]]) s.push(i, d);
    expect(Array.from(s.take(2))).toEqual([9, 3, 5]);
    expect(Array.from(s.take(2))).toEqual([]);
    expect(Array.from(s.take(0))).toEqual([7]);
  });

  it('grows a bucket past its first allocation without losing ids', () => {
    const s = new Schedule(2);
    for (let i = 0; i < 1000; i++) s.push(i, 1);
    const due = s.take(1);
    expect(due.length).toBe(1000);
    expect(due[0]).toBe(0);
    expect(due[999]).toBe(999);
  });

  it('draws geometric gaps with the right mean', () => {
    const rng = new Rng(3);
    let sum = 0;
    for (let n = 0; n < 20000; n++) sum += geometricGap(rng, 0.1, Math.log(0.9));
    expect(sum / 20000).toBeCloseTo(10, 0);
    expect(geometricGap(rng, 1, -Infinity)).toBe(1);
    expect(geometricGap(rng, 0, 0)).toBe(Infinity);
  });
});

describe('moving-average forecaster', () => {
  it('forecasts mean × horizon with a normal quantile growing with √horizon', () => {
    const history = Float64Array.from([8, 12, 10, 10, 6, 14]);
    const sd = Math.sqrt((4 + 4 + 0 + 0 + 16 + 16) / 5);
    const f = movingAverageForecaster.forecastTotal(history, 4, 0.95);
    expect(f.mean).toBe(40);
    expect(f.quantile).toBeCloseTo(40 + 1.6448536 * sd * 2, 5);
    expect(movingAverageForecaster.forecastTotal(new Float64Array(0), 4, 0.95)).toEqual({ mean: 0, quantile: 0 });
  });
});

describe('payback day', () => {
  it('is the first day cumulative profit is back at zero after a loss', () => {
    expect(paybackDay(Float64Array.from([-10, 4, 4, 2, 5]))).toBe(3);
  });
  it('waits until cumulative profit stays at or above zero, not its first brief recovery', () => {
    expect(paybackDay(Float64Array.from([-10, 12, -5, 4]))).toBe(3);
    expect(paybackDay(Float64Array.from([5, -10, 1]))).toBeNaN();
  });
  it('is 0 when profit is never negative and NaN when it never recovers', () => {
    expect(paybackDay(Float64Array.from([1, 2, 3]))).toBe(0);
    expect(paybackDay(Float64Array.from([-5, 1, 1]))).toBeNaN();
  });
});
