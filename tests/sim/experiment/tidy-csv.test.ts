import { describe, expect, it } from 'vitest';
import { compareRuns } from '../../../sim/experiment/compare.ts';
import { summarise } from '../../../sim/experiment/summarise.ts';
import { comparisonCsv, csvField, csvText, kpiCsv, seriesCsv, sweepCsv } from '../../../sim/experiment/tidy-csv.ts';
import { KPIS, SERIES, dateOfDay } from '../../../sim/result.ts';
import { fakeRun } from './run-result.fixture.ts';

describe('the tidy CSV writer', () => {
  const runs = [0, 1].map((r) => fakeRun({ replication: r, days: 3, kpis: { gmvCny: 1000 + 1000 * r, paybackDay: NaN } }));
  const summary = summarise(runs);

  it('quotes fields that need it, writes numbers in shortest form and leaves NaN empty', () => {
    expect([csvField('a,b'), csvField('say "hi"'), csvField('two\nlines'), csvField('plain')]).toEqual(['"a,b"', '"say ""hi"""', '"two\nlines"', 'plain']);
    expect([csvField(NaN), csvField(Infinity), csvField(0.5), csvField(1e21)]).toEqual(['', '', '0.5', '1e+21']);
    expect(csvText([['a', 1], ['b', NaN]])).toBe('a,1\nb,\n');
  });

  it('counts calendar days across month, year and leap-day ends', () => {
    expect(dateOfDay('2026-01-30', 3)).toBe('2026-02-02');
    expect(dateOfDay('2026-12-30', 3)).toBe('2027-01-02');
    expect(dateOfDay('2028-02-28', 1)).toBe('2028-02-29');
  });

  it('writes one daily row per series and day, with its date', () => {
    const lines = seriesCsv(summary).trimEnd().split('\n');
    expect(lines[0]).toBe('day,date,series,mean,p10,p50,p90');
    expect(lines).toHaveLength(1 + SERIES.length * 3);
    const orders = lines.filter((l) => l.includes(',orders,'));
    const start = summary.startDate;
    // Replications 0 and 1 hold 0+d and 10+d: the mean is 5 + d.
    expect(orders[2].split(',').slice(0, 4)).toEqual(['2', dateOfDay(start, 2), 'orders', '7']);
  });

  it('writes one KPI row with its spread and interval, NaN as empty cells', () => {
    const lines = kpiCsv(summary).trimEnd().split('\n');
    expect(lines).toHaveLength(1 + KPIS.length);
    const gmv = lines.find((l) => l.startsWith('gmvCny,'))!.split(',');
    expect(gmv[1]).toBe('1500');
    expect(gmv.at(-1)).toBe('2');
    expect(lines.find((l) => l.startsWith('paybackDay,'))).toBe('paybackDay,,,,,,,,0');
  });

  it('writes a comparison with deltas against the first scenario only', () => {
    const alt = summarise(runs.map((r) => ({ ...r, kpis: { ...r.kpis, gmvCny: r.kpis.gmvCny + 200 } })));
    const comparison = compareRuns(runs, runs.map((r) => ({ ...r, kpis: { ...r.kpis, gmvCny: r.kpis.gmvCny + 200 } })));
    const lines = comparisonCsv([{ title: 'base', summary }, { title: 'more, louder', summary: alt }], [comparison]).trimEnd().split('\n');
    expect(lines[0]).toBe('kpi,scenario,mean,p10,p90,delta_vs_baseline,delta_ci_low,delta_ci_high,p_better');
    expect(lines).toHaveLength(1 + 2 * KPIS.length);
    expect(lines[1].startsWith('gmvCny,base,1500,')).toBe(true);
    expect(lines[1].endsWith(',,,,')).toBe(true);
    expect(lines[2].split(',').slice(0, 2)).toEqual(['gmvCny', '"more']);
    expect(lines[2]).toMatch(/^gmvCny,"more, louder",1700,.*,200,200,200,1$/);
  });

  it('writes a sweep with one column per lever path, in order', () => {
    const rows = [
      { run: 0, levers: { 'a.b': 1, c: 2 }, replication: 0, kpi: 'gmvCny' as const, value: 10 },
      { run: 1, levers: { 'a.b': 3, c: 4 }, replication: 0, kpi: 'gmvCny' as const, value: NaN },
    ];
    expect(sweepCsv(['a.b', 'c'], rows)).toBe('run,a.b,c,replication,kpi,value\n0,1,2,0,gmvCny,10\n1,3,4,0,gmvCny,\n');
  });
});
