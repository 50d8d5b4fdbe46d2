import { describe, expect, it } from 'vitest';
import { summarise } from '../../../sim/experiment/summarise.ts';
import { csvField, kpiCsv, resultsJson, seriesCsv } from '../../../ui/export/results.ts';
import { fakeRun } from '../fixtures.ts';

describe('result exports', () => {
  const summary = summarise([fakeRun(0, 3), fakeRun(1, 3)]);

  it('quotes CSV fields that need it and leaves NaN empty', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField(NaN)).toBe('');
    expect(csvField(0.5)).toBe('0.5');
  });

  it('writes one tidy row per day and series with dates', () => {
    const lines = seriesCsv(summary).trim().split('\n');
    expect(lines[0]).toBe('day,date,series,mean,p10,p50,p90');
    expect(lines.length).toBe(1 + 3 * 36);
    const orders = lines.filter((l) => l.includes(',orders,'));
    expect(orders[2]).toBe('2,2026-01-03,orders,12.5,12.1,12.5,12.9');
  });

  it('writes one KPI row with its interval', () => {
    const row = kpiCsv(summary).split('\n').find((l) => l.startsWith('gmvCny,'));
    expect(row?.split(',').slice(0, 2)).toEqual(['gmvCny', '1500']);
    expect(row?.split(',').at(-1)).toBe('2');
  });

  it('writes JSON with typed arrays as lists and NaN as null', () => {
    const data = JSON.parse(resultsJson(summary, 'name: x\n'));
    expect(data.scenarioText).toBe('name: x\n');
    expect(data.summary.series.orders.mean).toEqual([10.5, 11.5, 12.5]);
    expect(data.summary.kpis.paybackDay.mean).toBeNull();
  });
});
