// `auto` picks a model per series by backtest.
import { describe, expect, it } from 'vitest';
import { auto, averageDemandInterval, isIntermittent, autoValidation } from '../../models/auto.ts';
import { intermittentSeries, seasonalSeries } from '../fixtures/forecast-series.ts';

describe('auto', () => {
  it('classifies intermittent demand by the Syntetos–Boylan cut-off ADI ≥ 1.32', () => {
    expect(averageDemandInterval(Float64Array.from([0, 2, 0, 1]))).toBe(2);
    expect(isIntermittent(Float64Array.from([0, 2, 0, 1]))).toBe(true);
    expect(isIntermittent(Float64Array.from([1, 2, 3, 0, 1]))).toBe(false);
  });

  it('chooses among intermittent methods for intermittent series', () => {
    const output = auto.forecast({ y: intermittentSeries(150, 4, 4), seasonLength: 7 }, 7);
    expect(output.model).toBe('auto');
    expect(output.detail).toMatch(/^chose \S*(croston|sba|tsb|adida|window-average)\S*( \(default\))? by backtest MASE over 2×7 \(/);
  });

  it('chooses a seasonal-capable model for a seasonal series', () => {
    const output = auto.forecast({ y: seasonalSeries(150, 5, { noise: 1 }), seasonLength: 7 }, 7);
    expect(output.detail).toMatch(/^chose \S*(ets|snaive|dhr|autotheta|drift|window-average)\S*( \(default\))? by backtest MASE/);
  });

  it('falls back to a default without validation on a short series', () => {
    expect(autoValidation(14, 7)).toBeNull();
    const output = auto.forecast({ y: seasonalSeries(14, 6), seasonLength: 7 }, 7);
    expect(output.detail).toMatch(/^too short to validate \(14 periods\); default ets/);
  });
});
