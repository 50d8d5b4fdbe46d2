import { describe, expect, it } from 'vitest';
import { monthlyPnl, npv } from '../../../sim/decide/finance.ts';
import { SERIES, type SeriesName } from '../../../sim/result.ts';

function series(days: number, fill: (name: SeriesName, d: number) => number): Record<SeriesName, Float64Array> {
  return Object.fromEntries(SERIES.map((s) => [s, Float64Array.from({ length: days }, (_, d) => fill(s, d))])) as Record<SeriesName, Float64Array>;
}

describe('monthlyPnl', () => {
  it('sums each P&L line by calendar month and gives each month its cash flow and end cash', () => {
    // 30 Jan … 2 Feb: two days in January, two in February; profit 10/day, cash rises by it
    const s = series(4, (name, d) => (name === 'cashCny' ? 1000 + 10 * (d + 1) : name === 'profitCny' ? 10 : 1));
    const rows = monthlyPnl(s, '2026-01-30', 1000);
    expect(rows.map((r) => [r.month, r.days])).toEqual([['2026-01', 2], ['2026-02', 2]]);
    expect(rows[0].lines.profitCny).toBe(20);
    expect(rows[0].lines.gmvCny).toBe(2);
    expect(rows[0].cashFlowCny).toBe(20);
    expect(rows[1].endCashCny).toBe(1040);
  });
});

describe('npv', () => {
  it('discounts each day-end cash flow at the annual rate', () => {
    const cash = Float64Array.from({ length: 365 }, (_, d) => (d === 364 ? 1100 : 1000));
    // one flow of +100 at the end of the year, plus nothing else
    expect(npv(cash, 1000, 0.1)).toBeCloseTo(100 / 1.1, 9);
    expect(npv(cash, 1000, 0)).toBeCloseTo(100, 12);
    expect(() => npv(cash, 1000, -1)).toThrow(/above −100 %/);
  });
});
