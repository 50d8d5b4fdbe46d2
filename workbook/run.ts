// The workbook of one scenario's run: KPIs, risk, the monthly P&L and cash flow with the NPV of
// the net cash flow at an annual discount rate, the daily mean series and the channels.
import { PNL_LINES, monthlyPnl, npv, type RiskSummary, type RunSummary, SERIES, type SeriesName, dateOfDay } from '../sim/index.ts';
import { CNY, cell, header, kpiSheet, newWorkbook, riskSheet, xlsxBytes } from './sheets.ts';

/** What a run workbook holds. */
export interface RunWorkbookInput {
  summary: RunSummary;
  risk: RiskSummary;
  /** Cash before day 0 (CNY), the scenario's `finance.openingCashCny`. */
  openingCashCny: number;
  /** Annual discount rate of the NPV, e.g. 0.08 for 8 %. */
  annualRate: number;
}

/** The .xlsx bytes of a run's workbook (sheets: KPIs, Risk, Monthly P&L, Daily (mean), Channels). */
export async function runWorkbook({ summary, risk, openingCashCny, annualRate }: RunWorkbookInput): Promise<Uint8Array> {
  const wb = newWorkbook();
  kpiSheet(wb, 'KPIs', summary.kpis);
  riskSheet(wb, ['Value'], [risk]);
  const mean = Object.fromEntries(SERIES.map((s) => [s, summary.series[s].mean])) as Record<SeriesName, Float64Array>;
  const months = monthlyPnl(mean, summary.startDate, openingCashCny);
  const pnl = wb.addWorksheet('Monthly P&L');
  header(pnl, [{ header: 'Month', width: 10 }, { header: 'Days', width: 6 }, ...PNL_LINES.map((l) => ({ header: l, width: 16, numFmt: CNY })), { header: 'cashFlowCny', width: 16, numFmt: CNY }, { header: 'endCashCny', width: 16, numFmt: CNY }]);
  for (const m of months) pnl.addRow([m.month, m.days, ...PNL_LINES.map((l) => m.lines[l]), m.cashFlowCny, m.endCashCny]);
  pnl.addRow([]);
  const rateRow = pnl.addRow(['Discount rate (annual)', null, annualRate]);
  rateRow.getCell(3).numFmt = '0.00%';
  const npvRow = pnl.addRow(['NPV of net cash flow (mean series)', null, npv(mean.cashCny, openingCashCny, annualRate)]);
  npvRow.getCell(3).numFmt = CNY;
  const daily = wb.addWorksheet('Daily (mean)');
  header(daily, [{ header: 'day', width: 6 }, { header: 'date', width: 12 }, ...SERIES.map((s) => ({ header: s, width: 14, numFmt: /Cny$/.test(s) ? CNY : '#,##0.##' }))]);
  for (let d = 0; d < summary.days; d++) daily.addRow([d, dateOfDay(summary.startDate, d), ...SERIES.map((s) => cell(mean[s][d]))]);
  const ch = wb.addWorksheet('Channels');
  header(ch, [{ header: 'Channel', width: 16 }, { header: 'Spend', width: 14, numFmt: CNY }, { header: 'Clicks', width: 12, numFmt: '#,##0' }, { header: 'Orders', width: 12, numFmt: '#,##0' }, { header: 'New customers', width: 14, numFmt: '#,##0' }, { header: 'GMV', width: 14, numFmt: CNY }]);
  for (const [name, c] of Object.entries(summary.channels)) ch.addRow([name, c.spendCny, c.clicks, c.orders, c.newCustomers, c.gmvCny]);
  return xlsxBytes(wb);
}
