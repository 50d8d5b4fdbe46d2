import { describe, expect, it } from 'vitest';
import { monthlyPnl, npv } from '../../../sim/decide/finance.ts';
import { SERIES, type SeriesName } from '../../../sim/result.ts';
import { simulate } from '../../../sim/engine/simulate.ts';
import { smallShop } from '../../fixtures/scenario.ts';

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

  it('splits each month\'s marketing by channel from the channels\' daily spend', () => {
    const s = series(4, () => 0);
    const rows = monthlyPnl(s, '2026-01-30', 0, { search: [5, 7, 11, 13], social: [1, 0, 2, 0] });
    expect(rows.map((r) => r.marketingByChannel)).toEqual([{ search: 12, social: 1 }, { search: 24, social: 2 }]);
    expect(monthlyPnl(s, '2026-01-30', 0)[0].marketingByChannel).toEqual({});
  });

  it('matches the simulated marketing line: the channels\' daily spend adds up to it, commission included', async () => {
    const shop = smallShop({ days: 40, startDate: '2026-01-15', channels: { affiliate: { kind: 'affiliate', commissionPct: 0.1, budgetPerDayCny: 50, costPerClickCny: 0.1 } } });
    const run = simulate(shop, { replication: 0 });
    expect(Object.keys(run.channelSpend)).toEqual(Object.keys(run.channels));
    for (let d = 0; d < run.days; d++) {
      const byChannel = Object.values(run.channelSpend).reduce((sum, spend) => sum + spend[d], 0);
      expect(byChannel).toBeCloseTo(run.series.marketingCny[d], 6);
    }
    for (const [id, spend] of Object.entries(run.channelSpend)) expect(spend.reduce((a, b) => a + b, 0)).toBeCloseTo(run.channels[id].spendCny, 6);
    expect(run.channels.affiliate.spendCny).toBeGreaterThan(50 * 40); // clicks bought, plus commission on the orders they bring
    const rows = monthlyPnl(run.series, run.startDate, shop.finance.openingCashCny, run.channelSpend);
    expect(rows.map((r) => r.month)).toEqual(['2026-01', '2026-02']);
    for (const r of rows) expect(Object.values(r.marketingByChannel).reduce((a, b) => a + b, 0)).toBeCloseTo(r.lines.marketingCny, 6);
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
