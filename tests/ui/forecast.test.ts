import { describe, expect, it } from 'vitest';
import { byScore, issueLine, sortIssues } from '../../ui/forecast/csv-issues.ts';
import { studioChartData } from '../../ui/forecast/chart-data.ts';
import { heatGrid, defaultRange, leverValues } from '../../ui/sweep/sweep-view.ts';
import { summariseKpis } from '../../sim/experiment/summarise.ts';
import { fakeRun } from './fixtures.ts';

describe('forecast studio helpers', () => {
  it('writes a data problem with its row and column first', () => {
    expect(issueLine({ severity: 'error', message: 'not a number: "abc"', row: 12, column: 'y' })).toBe('row 12, column y: not a number: "abc"');
    expect(issueLine({ severity: 'error', message: 'empty file' })).toBe('empty file');
    const zh = { row: (r: number) => `第 ${r} 行`, column: (c: string) => `列 ${c}`, sheet: (s: string) => `工作表 ${s}`, message: (i: { message: string }) => `<${i.message}>`, join: '，', colon: '：' };
    expect(issueLine({ severity: 'error', message: '"n/a" is not a number', row: 4, column: 'y', sheet: 'Q1' }, zh)).toBe('工作表 Q1，第 4 行，列 y：<"n/a" is not a number>');
    expect(issueLine({ severity: 'warning', message: 'm', row: 3 }, zh)).toBe('第 3 行：<m>');
  });

  it('lists errors before warnings, each by row', () => {
    const sorted = sortIssues([
      { severity: 'warning', message: 'w', row: 2 },
      { severity: 'error', message: 'b', row: 9 },
      { severity: 'error', message: 'a', row: 4 },
    ]);
    expect(sorted.map((i) => i.message)).toEqual(['a', 'b', 'w']);
  });

  it('ranks the leaderboard by MASE with undefined scores last', () => {
    const rows = [{ m: 'a', mase: NaN, smape: 3 }, { m: 'b', mase: 0.9, smape: 9 }, { m: 'c', mase: 0.4, smape: 8 }, { m: 'd', mase: NaN, smape: 1 }];
    expect(rows.sort(byScore).map((r) => r.m)).toEqual(['c', 'b', 'd', 'a']);
  });

  it('joins history and forecast on one axis, the forecast starting at the last observation', () => {
    const d = studioChartData(19723, 1, [5, 6, 7], { mean: [8, 9], lo80: [7, 7], hi80: [9, 11], lo95: [6, 5], hi95: [10, 13] });
    expect(Array.from(d.x)).toEqual([19723, 19724, 19725, 19726, 19727].map((day) => day * 86400));
    expect(Array.from(d.history)).toEqual([5, 6, 7, NaN, NaN]);
    expect(Array.from(d.mean)).toEqual([NaN, NaN, 7, 8, 9]);
    expect(Array.from(d.hi95)).toEqual([NaN, NaN, NaN, 10, 13]);
  });
});

describe('sweep helpers', () => {
  it('spreads lever values evenly and rounds whole-number levers without repeats', () => {
    expect(leverValues({ path: 'a', from: 0, to: 6000, steps: 4, integer: false })).toEqual({ ok: true, values: [0, 2000, 4000, 6000] });
    expect(leverValues({ path: 'days', from: 10, to: 11, steps: 4, integer: true })).toEqual({ ok: true, values: [10, 11] });
  });

  it('rejects a form row it cannot turn into values', () => {
    expect(leverValues({ path: 'a', from: NaN, to: 1, steps: 3, integer: false })).toEqual({ ok: false, key: 'sweep.fromToNumbers' });
    expect(leverValues({ path: 'a', from: 0, to: 1, steps: 0, integer: false })).toEqual({ ok: false, key: 'sweep.stepsRange' });
  });

  it('proposes half to one and a half times the current value', () => {
    expect(defaultRange(3000)).toEqual({ from: 1500, to: 4500 });
    expect(defaultRange(0)).toEqual({ from: 0, to: 100 });
  });

  it('lays two-lever cells out as a grid of KPI means', () => {
    const kpis = (r: number) => summariseKpis([fakeRun(r, 2)]);
    const cells = [
      { run: 0, values: { a: 1, b: 10 }, kpis: kpis(0) },
      { run: 1, values: { a: 1, b: 20 }, kpis: kpis(1) },
      { run: 2, values: { a: 2, b: 10 }, kpis: kpis(2) },
    ];
    const g = heatGrid(cells, 'a', 'b', 'gmvCny');
    expect(g.rows).toEqual([1, 2]);
    expect(g.cols).toEqual([10, 20]);
    expect(g.means).toEqual([[1000, 2000], [3000, NaN]]);
  });
});
