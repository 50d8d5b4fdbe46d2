import { describe, expect, it } from 'vitest';
import { alignTo, dayTimestamps, fanLayout, forUplot, PALETTE, withAlpha } from '../../../ui/charts/fan.ts';
import { normalise, rampColour, textOnRamp } from '../../../ui/charts/heat.ts';

const a = new Float64Array([1, 2, 3]);

describe('fan chart layout', () => {
  it('puts each band between its P90 and P10 edges, before the layer mean', () => {
    const { series, bands } = fanLayout([
      { label: 'Base', mean: a, p10: a, p90: a },
      { label: 'Alt', mean: a },
      { label: 'Third', mean: a, p10: a, p90: a },
    ]);
    expect(series.map((s) => `${s.label}:${s.role}`)).toEqual(['Base P90:p90', 'Base P10:p10', 'Base:mean', 'Alt:mean', 'Third P90:p90', 'Third P10:p10', 'Third:mean']);
    // uPlot counts series from 1 after x: Base P90 = 1, Base P10 = 2; Third P90 = 5, P10 = 6.
    expect(bands.map((b) => [b.upper, b.lower])).toEqual([[1, 2], [5, 6]]);
  });

  it('colours layers from the palette unless a colour is given, bands translucent', () => {
    const { series, bands } = fanLayout([{ label: 'A', mean: a, p10: a, p90: a }, { label: 'B', mean: a, color: '#000000' }]);
    expect(series[2].color).toBe(PALETTE[0]);
    expect(series[3].color).toBe('#000000');
    expect(bands[0].fill).toBe('rgba(0, 114, 178, 0.18)');
    expect(withAlpha('red', 0.5)).toBe('red');
  });

  it('draws a points-only layer without a line', () => {
    const { series } = fanLayout([{ label: 'Best', mean: a, points: true }]);
    expect(series[0]).toMatchObject({ label: 'Best', width: 0, points: true });
  });

  it('places days one UTC day apart from the start date', () => {
    const t = dayTimestamps('2026-11-11', 3);
    expect(Array.from(t)).toEqual([1794355200, 1794441600, 1794528000]);
    expect(new Date(t[2] * 1000).toISOString().slice(0, 10)).toBe('2026-11-13');
  });
});

describe('chart data', () => {
  it('hands uPlot nulls for gaps and leaves complete arrays untouched', () => {
    const full = new Float64Array([1, 2]);
    expect(forUplot(full)).toBe(full);
    expect(forUplot(new Float64Array([1, NaN, Infinity, 4]))).toEqual([1, null, null, 4]);
  });

  it('cuts or pads a layer to the shared axis length', () => {
    expect(Array.from(alignTo([1, 2, 3], 2))).toEqual([1, 2]);
    expect(Array.from(alignTo([1], 3))).toEqual([1, NaN, NaN]);
  });
});

describe('heat map colours', () => {
  it('runs from dark purple to yellow and greys out missing values', () => {
    expect(rampColour(0)).toBe('rgb(68, 1, 84)');
    expect(rampColour(1)).toBe('rgb(253, 231, 37)');
    expect(rampColour(2)).toBe('rgb(253, 231, 37)');
    expect(rampColour(NaN)).toBe('rgb(200, 200, 200)');
  });

  it('writes dark text on the light end and light text on the dark end', () => {
    expect(textOnRamp(0.9)).toBe('#111');
    expect(textOnRamp(0.1)).toBe('#fff');
  });

  it('normalises between the finite extremes', () => {
    expect(normalise(15, [10, 20, NaN])).toBe(0.5);
    expect(normalise(3, [3, 3])).toBe(0.5);
    expect(normalise(NaN, [1, 2])).toBeNaN();
  });
});
