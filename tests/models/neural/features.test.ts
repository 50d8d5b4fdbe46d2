import { describe, expect, it } from 'vitest';
import { architectureOf, resolveNeuralConfig } from '../../../models/neural/config.ts';
import { buildWindows, featureWidth, prepareSeries, trainingOrigins, writeFeatures } from '../../../models/neural/features.ts';
import { calendarAnchor, writeCalendar } from '../../../models/neural/calendar.ts';

const arch = architectureOf(resolveNeuralConfig({ lags: 4, horizon: 2, harmonics: 1 }));
const ramp = (n: number) => Float64Array.from({ length: n }, (_, i) => i + 1);

describe('neural features', () => {
  it('lay out lags, promotions, prices, calendar and level in a fixed width', () => {
    // 4 lags + 4 past promos + 2 prices + 2 promos + 2 harmonic + 2 day-of-year + 1 level
    expect(featureWidth(arch)).toBe(17);
  });

  it('divide the lag window by its mean and report that scale', () => {
    const s = prepareSeries({ y: ramp(10), seasonLength: 7 }, arch, 0);
    const out = new Float32Array(featureWidth(arch));
    const scale = writeFeatures(s, 6, arch, out, 0);
    expect(scale).toBeCloseTo(4.5); // days 2…5 hold 3, 4, 5, 6
    expect(Array.from(out.subarray(0, 4))).toEqual([3 / 4.5, 4 / 4.5, 5 / 4.5, 6 / 4.5].map(Math.fround));
    expect(out[16]).toBeCloseTo(Math.log1p(4.5), 5);
  });

  it('give an all-zero window a scale from the series level instead of dividing by zero', () => {
    const y = new Float64Array(20);
    y[0] = 40;
    const s = prepareSeries({ y, seasonLength: 7 }, arch, 0);
    const out = new Float32Array(featureWidth(arch));
    const scale = writeFeatures(s, 10, arch, out, 0);
    expect(scale).toBeCloseTo(0.1 * 2); // a tenth of the series mean 40 / 20
    expect(Array.from(out.subarray(0, 4))).toEqual([0, 0, 0, 0]);
  });

  it('express price as the log of price over the median price and repeat the last price into the future', () => {
    const price = Float64Array.from([10, 10, 10, 8, 8, 10, 10, 10]);
    const s = prepareSeries({ y: ramp(8), seasonLength: 7, covariates: { price } }, arch, 3);
    expect(s.logPrice[3]).toBeCloseTo(Math.log(0.8));
    expect(s.logPrice[0]).toBe(0);
    expect(Array.from(s.logPrice.subarray(8))).toEqual([0, 0, 0]);
  });

  it('read future promotions from the known-future covariates and treat missing ones as none', () => {
    const promo = Float64Array.from([0, 1, 0, 0, 0, 0]);
    const s = prepareSeries({ y: ramp(6), seasonLength: 7, covariates: { promo }, futureCovariates: { promo: Float64Array.from([1, 0]) } }, arch, 2);
    expect(Array.from(s.promo)).toEqual([0, 1, 0, 0, 0, 0, 1, 0]);
    const none = prepareSeries({ y: ramp(6), seasonLength: 7 }, arch, 2);
    expect(Array.from(none.promo)).toEqual(new Array(8).fill(0));
  });

  it('place day 0 of a series by its start date: Monday is phase 0, 6 January is day 5 of the year', () => {
    expect(calendarAnchor(7, '2025-01-06')).toEqual({ phase0: 0, dayOfYear0: 5, periodDays: 1 });
    expect(calendarAnchor(7, '2025-01-05').phase0).toBe(6);
    expect(calendarAnchor(7)).toEqual({ phase0: 0, dayOfYear0: 0, periodDays: 1 });
  });

  it('phase weekly data by week of year and advance its day of year 7 days per period', () => {
    const anchor = calendarAnchor(52, '2025-03-03', 'weekly', 7);
    expect(anchor).toEqual({ phase0: 8, dayOfYear0: 61, periodDays: 7 });
    const a = new Float32Array(4);
    const b = new Float32Array(4);
    writeCalendar(anchor, 52, 52, 1, a, 0); // 364 days on
    writeCalendar(calendarAnchor(52, '2026-03-02', 'weekly', 7), 0, 52, 1, b, 0);
    expect(a[0]).toBeCloseTo(b[0], 5);
    expect(a[2]).toBeCloseTo(b[2], 1);
    expect(() => calendarAnchor(52, undefined, 'weekly', 30)).toThrow('weekly: periodDays must be 1 (daily) or 7 (weekly), got 30');
  });

  it('encode equal phases alike and different phases differently', () => {
    const anchor = calendarAnchor(7, '2025-01-06');
    const a = new Float32Array(8);
    const b = new Float32Array(8);
    writeCalendar(anchor, 3, 7, 3, a, 0);
    writeCalendar(anchor, 10, 7, 3, b, 0);
    expect(Array.from(a.subarray(0, 6))).toEqual(Array.from(b.subarray(0, 6)));
    writeCalendar(anchor, 4, 7, 3, b, 0);
    expect(Array.from(a.subarray(0, 6))).not.toEqual(Array.from(b.subarray(0, 6)));
  });

  it('reject a malformed start date, non-finite values and mismatched covariates with the series named', () => {
    expect(() => prepareSeries({ id: 'A1', y: ramp(10), seasonLength: 7, startDate: '2025-02-30' }, arch, 0)).toThrow('series "A1": startDate must be a date like 2025-01-31, got "2025-02-30"');
    const gap = ramp(10);
    gap[3] = NaN;
    expect(() => prepareSeries({ y: gap, seasonLength: 7 }, arch, 0, 2)).toThrow('series #3: value 4 is NaN');
    expect(() => prepareSeries({ y: ramp(10), seasonLength: 7, covariates: { promo: new Float64Array(9) } }, arch, 0)).toThrow('covariate "promo" has 9 values but y has 10');
    expect(() => prepareSeries({ y: ramp(10), seasonLength: 7, futureCovariates: { price: new Float64Array(2) } }, arch, 5)).toThrow('covers 2 days but 5 are forecast');
    expect(() => prepareSeries({ y: ramp(10), seasonLength: 12 }, arch, 0)).toThrow('season length 12 differs from the model\'s 7');
  });

  it('take the most recent origins first when windows are capped, every stride-th day', () => {
    expect(trainingOrigins(12, arch, 1, 100)).toEqual([4, 5, 6, 7, 8, 9, 10]);
    expect(trainingOrigins(12, arch, 3, 100)).toEqual([4, 7, 10]);
    expect(trainingOrigins(12, arch, 1, 2)).toEqual([9, 10]);
    expect(trainingOrigins(5, arch, 1, 100)).toEqual([]);
  });

  it('build targets scaled like their inputs', () => {
    const s = prepareSeries({ y: ramp(8), seasonLength: 7 }, arch, 0);
    const w = buildWindows([s], arch, 1, 100);
    expect(w.count).toBe(3);
    // first window: lags 1..4 (mean 2.5), targets 5 and 6
    expect(w.y[0]).toBeCloseTo(5 / 2.5, 6);
    expect(w.y[1]).toBeCloseTo(6 / 2.5, 6);
  });
});
