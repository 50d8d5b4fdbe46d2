// Finance views of a run: the daily series rolled up into a monthly P&L and cash flow, and the
// net present value of the daily net cash flow at an annual discount rate.
import type { SeriesName } from '../result.ts';
import { codedRangeError } from '../scenario/codedError.ts';

/** P&L lines of the monthly view, in order (each the month's sum of the daily series). */
export const PNL_LINES = ['gmvCny', 'discountCny', 'refundsCny', 'netRevenueCny', 'cogsCny', 'grossMarginCny', 'marketingCny', 'logisticsCny', 'holdingCny', 'promoCostCny', 'fixedCny', 'investmentCny', 'profitCny'] as const satisfies readonly SeriesName[];

/** One calendar month. */
export interface MonthRow {
  /** YYYY-MM. */
  month: string;
  days: number;
  /** Sums of the P&L lines over the month's days (CNY). */
  lines: Record<(typeof PNL_LINES)[number], number>;
  /** The month's marketing by channel (CNY; sums to `lines.marketingCny` when every channel is given). */
  marketingByChannel: Record<string, number>;
  /** Net cash flow: cash at the month's end minus cash at its start (CNY). */
  cashFlowCny: number;
  /** Cash at the month's last day (CNY). */
  endCashCny: number;
}

function monthOf(startDate: string, day: number): string {
  return new Date(Date.parse(`${startDate}T00:00:00Z`) + day * 86_400_000).toISOString().slice(0, 7);
}

/**
 * The monthly P&L and cash flow of daily `series` (e.g. a summary's mean series) from
 * `startDate`; `openingCashCny` is the cash before day 0; `channelSpend` (channel id → CNY/day)
 * splits each month's marketing by channel.
 */
export function monthlyPnl(
  series: Readonly<Record<SeriesName, ArrayLike<number>>>,
  startDate: string,
  openingCashCny: number,
  channelSpend: Readonly<Record<string, ArrayLike<number>>> = {},
): MonthRow[] {
  const channels = Object.keys(channelSpend);
  const days = series.profitCny.length;
  const rows: MonthRow[] = [];
  let cashBefore = openingCashCny;
  for (let d = 0; d < days; d++) {
    const month = monthOf(startDate, d);
    let row = rows[rows.length - 1];
    if (!row || row.month !== month) {
      row = {
        month,
        days: 0,
        lines: Object.fromEntries(PNL_LINES.map((l) => [l, 0])) as MonthRow['lines'],
        marketingByChannel: Object.fromEntries(channels.map((c) => [c, 0])),
        cashFlowCny: 0,
        endCashCny: cashBefore,
      };
      rows.push(row);
    }
    row.days++;
    for (const l of PNL_LINES) row.lines[l] += series[l][d];
    for (const c of channels) row.marketingByChannel[c] += channelSpend[c][d];
    const cash = series.cashCny[d];
    row.cashFlowCny += cash - cashBefore;
    row.endCashCny = cash;
    cashBefore = cash;
  }
  return rows;
}

/**
 * Net present value (CNY) of the daily net cash flow (day d's change in cash, the first against
 * `openingCashCny`), each discounted by (1 + annualRate)^((d + 1) / 365): flows at the day's end.
 */
export function npv(cashCny: ArrayLike<number>, openingCashCny: number, annualRate: number): number {
  if (!(annualRate > -1)) throw codedRangeError('decide.discountRate', { rate: annualRate });
  let value = 0;
  let before = openingCashCny;
  for (let d = 0; d < cashCny.length; d++) {
    value += (cashCny[d] - before) / Math.pow(1 + annualRate, (d + 1) / 365);
    before = cashCny[d];
  }
  return value;
}
