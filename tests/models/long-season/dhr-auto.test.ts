// Dynamic harmonic regression, combinations, the retail event calendar, and `auto` on a small
// synthetic weekly panel: it must never be worse than the best single candidate by more than noise.
import { describe, expect, it } from 'vitest';
import { dhr, fourierPeriod } from '../../../models/harmonic/dhr.ts';
import { combineOutputs } from '../../../models/combine.ts';
import { auto, autoValidation, significantlyBetter, SEASONAL_CANDIDATES } from '../../../models/auto.ts';
import { withFallback } from '../../../models/fallback.ts';
import { rmsse } from '../../../models/metrics/scaled.ts';
import { chinaRetailEvents } from '../../../models/calendar/china-retail.ts';
import { normalOutput } from '../../../models/output.ts';
import type { SeriesInput } from '../../../models/forecaster.ts';
import { retailPanel } from '../../fixtures/retail-panel.ts';

describe('dhr', () => {
  it('fits a yearly sine of 52.18 weeks and an event effect, and forecasts both ahead', () => {
    const n = 120;
    const h = 8;
    const event = Float64Array.from({ length: n + h }, (_, t) => (t % 30 === 7 ? 1 : 0));
    const y = Float64Array.from({ length: n + h }, (_, t) => 200 + 40 * Math.sin((2 * Math.PI * t) / fourierPeriod(52)) + 50 * event[t]);
    const series: SeriesInput = { y: y.subarray(0, n), seasonLength: 52, covariates: { event: event.subarray(0, n) }, futureCovariates: { event: event.subarray(n) } };
    const output = dhr.forecast(series, h);
    expect(output.detail).toMatch(/harmonic\(s\) of 52\.18 \+ event/);
    for (let i = 0; i < h; i++) expect(Math.abs(output.mean[i] - y[n + i])).toBeLessThan(1);
  });
});

describe('combinations', () => {
  it('take the median or mean of each step of the means and of each quantile', () => {
    const a = normalOutput('a', Float64Array.from([1, 10]), Float64Array.from([1, 1]));
    const b = normalOutput('b', Float64Array.from([2, 20]), Float64Array.from([1, 1]));
    const c = normalOutput('c', Float64Array.from([6, 60]), Float64Array.from([1, 1]));
    expect(Array.from(combineOutputs([a, b, c], 'median', 'auto').mean)).toEqual([2, 20]);
    expect(Array.from(combineOutputs([a, b, c], 'mean', 'auto').mean)).toEqual([3, 30]);
    expect(combineOutputs([a, b, c], 'mean', 'auto').quantiles.get(0.9)![0]).toBeCloseTo(3 + 1.2816, 3);
  });
});

describe('the Chinese retail calendar', () => {
  it('puts Spring Festival in the week that holds it, year by year', () => {
    const start = Date.UTC(2023, 0, 2) / 86_400_000; // a Monday
    const events = chinaRetailEvents(start, 7, 160);
    // 2023-01-22 is a Sunday: the week of 2023-01-16 holds day 0 only; 2024-02-10 is the
    // Saturday of week 57, which holds days 0–1 of the festival week, week 58 the other five.
    expect(events.spring_festival[2]).toBeCloseTo(1 / 7, 9);
    expect(events.spring_festival[3]).toBeCloseTo(6 / 7, 9);
    expect(events.spring_festival[57]).toBeCloseTo(2 / 7, 9);
    expect(events.spring_festival[58]).toBeCloseTo(5 / 7, 9);
    expect(events.double11.reduce((a, b) => a + b, 0)).toBeCloseTo(3, 9); // 2023, 2024, 2025
  });

  it('marks Double 11 on a daily grid and refuses years it does not know', () => {
    const start = Date.UTC(2024, 10, 1) / 86_400_000;
    const daily = chinaRetailEvents(start, 1, 15);
    expect(Array.from(daily.double11.subarray(8, 11))).toEqual([1 / 3, 1 / 3, 1 / 3]);
    expect(() => chinaRetailEvents(Date.UTC(2040, 0, 1) / 86_400_000, 7, 10)).toThrow(/covers 2010–2035/);
  });
});

describe('auto', () => {
  it('validates on at least the horizon when the history allows, and never on more than it holds', () => {
    expect(autoValidation(143, 8, 104)).toEqual({ h: 8, windows: 2 });
    expect(autoValidation(110, 8, 104)).toEqual({ h: 6, windows: 1 });
    expect(autoValidation(104, 8, 104)).toBeNull();
  });

  it('replaces the default only for a significant advantage', () => {
    const base = Float64Array.from([1, 1.2, 0.9, 1.1, 1, 1.05]);
    expect(significantlyBetter(base, base.map((v) => v - 0.5))).toBe(true);
    expect(significantlyBetter(base, Float64Array.from([0.2, 1.9, 0.1, 1.9, 0.3, 1.7]))).toBe(false);
  });

  it('is never worse than the best single candidate by more than noise on a weekly retail panel', () => {
    const panel = retailPanel({ stores: 3, departments: 8, length: 124, seed: 7 });
    const events = chinaRetailEvents(panel.startDay, 7, panel.length);
    const h = 8;
    const cutoff = panel.length - h;
    const models = [auto, ...SEASONAL_CANDIDATES].map(withFallback);
    const totals = new Float64Array(models.length);
    for (const s of panel.series) {
      const covariates: Record<string, Float64Array> = {};
      const futureCovariates: Record<string, Float64Array> = {};
      for (const [name, values] of Object.entries({ ...events, promo: s.promo })) {
        covariates[name] = values.subarray(0, cutoff);
        futureCovariates[name] = values.subarray(cutoff);
      }
      const input: SeriesInput = { y: s.y.subarray(0, cutoff), seasonLength: 52, covariates, futureCovariates };
      models.forEach((model, k) => (totals[k] += rmsse(s.y.subarray(cutoff), model.forecast(input, h, { nonNegative: true }).mean, input.y)));
    }
    const bestSingle = Math.min(...totals.subarray(1));
    expect(totals[0]).toBeLessThanOrEqual(1.03 * bestSingle);
    // And well ahead of seasonal naive on this data.
    expect(totals[0]).toBeLessThan(0.85 * totals[2]);
  });
});
