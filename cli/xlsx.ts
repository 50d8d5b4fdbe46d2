// Excel workbooks for finance: KPIs with units and number formats, daily series, a monthly P&L
// and cash flow with NPV, risk, compare and sweep tables (`--xlsx OUT` on run, compare, sweep).
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { PNL_LINES, monthlyPnl, npv } from '../sim/decide/finance.ts';
import type { Comparison } from '../sim/experiment/compare.ts';
import type { RiskSummary } from '../sim/experiment/risk.ts';
import type { KpiSummary, RunSummary } from '../sim/experiment/summarise.ts';
import { KPIS, SERIES, dateOfDay, type KpiName } from '../sim/result.ts';
import { KPI_CATALOGUE, type KpiFormat } from '../sim/kpi-catalogue.ts';
import { UsageError, type CliIO } from './io.ts';

/** Excel number format of each KPI format. */
const FORMAT: Record<KpiFormat, string> = { money: '#,##0 "CNY";-#,##0 "CNY"', percent: '0.00%', count: '#,##0.##', ratio: '0.00"×"', days: '0.0" d"' };
const CNY = FORMAT.money;
const fmt = (k: KpiName) => FORMAT[KPI_CATALOGUE[k].format];

function cell(v: number): number | null {
  return Number.isFinite(v) ? v : null;
}

function header(ws: ExcelJS.Worksheet, columns: { header: string; width: number; numFmt?: string }[]): void {
  ws.columns = columns.map((c) => ({ header: c.header, width: c.width, style: c.numFmt ? { numFmt: c.numFmt } : {} }));
  ws.getRow(1).font = { bold: true };
  ws.views = [{ state: 'frozen', ySplit: 1 }];
}

/** A KPI sheet: one row per KPI with its unit and the summary's statistics, formatted in that unit. */
function kpiSheet(wb: ExcelJS.Workbook, name: string, kpis: Record<KpiName, KpiSummary>): void {
  const ws = wb.addWorksheet(name);
  header(ws, [{ header: 'KPI', width: 24 }, { header: 'Key', width: 18 }, { header: 'Unit', width: 8 }, ...['Mean', 'SD', 'P10', 'P50', 'P90', 'CI low', 'CI high'].map((h) => ({ header: h, width: 16 })), { header: 'n', width: 6 }]);
  for (const k of KPIS) {
    const s = kpis[k];
    const row = ws.addRow([KPI_CATALOGUE[k].label, k, KPI_CATALOGUE[k].unit, ...[s.mean, s.sd, s.p10, s.p50, s.p90, s.ciLow, s.ciHigh].map(cell), s.n]);
    for (let c = 4; c <= 10; c++) row.getCell(c).numFmt = fmt(k);
  }
}

function riskSheet(wb: ExcelJS.Workbook, labels: readonly string[], risks: readonly RiskSummary[]): void {
  const ws = wb.addWorksheet('Risk');
  header(ws, [{ header: 'Measure', width: 28 }, ...labels.map((l) => ({ header: l, width: 16 }))]);
  const pct = (r: (x: RiskSummary) => number) => risks.map((x) => cell(r(x)));
  const rows: [string, (number | null)[], string][] = [
    ['P(profit < 0)', pct((x) => x.loss.p), '0.0%'],
    ['P(cash < 0 on any day)', pct((x) => x.cashShortfall.p), '0.0%'],
    ['CVaR 5 % of profit', pct((x) => x.cvar5ProfitCny), CNY],
    ...(risks[0]?.targets ?? []).map((t, i): [string, (number | null)[], string] => [`P(${t.condition.text})`, pct((x) => x.targets[i].met.p), '0.0%']),
  ];
  for (const [label, values, fmt] of rows) {
    const row = ws.addRow([label, ...values]);
    for (let c = 2; c <= values.length + 1; c++) row.getCell(c).numFmt = fmt;
  }
}

async function save(wb: ExcelJS.Workbook, io: CliIO, file: string): Promise<void> {
  const buffer = await wb.xlsx.writeBuffer();
  try {
    writeFileSync(resolve(io.cwd, file), Buffer.from(buffer));
  } catch (error) {
    throw new UsageError(`cannot write ${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** `run --xlsx`: KPIs, risk, daily mean series, monthly P&L and cash flow with NPV at `annualRate`. */
export async function writeRunXlsx(io: CliIO, file: string, summary: RunSummary, risk: RiskSummary, openingCashCny: number, annualRate: number): Promise<void> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'ShopLab';
  kpiSheet(wb, 'KPIs', summary.kpis);
  riskSheet(wb, ['Value'], [risk]);
  const mean = Object.fromEntries(SERIES.map((s) => [s, summary.series[s].mean])) as Record<(typeof SERIES)[number], Float64Array>;
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
  await save(wb, io, file);
}

/** `compare --xlsx`: means per scenario, paired deltas of each alternative, risk. */
export async function writeCompareXlsx(io: CliIO, file: string, labels: readonly string[], kpis: readonly Record<KpiName, KpiSummary>[], comparisons: readonly Comparison[], risks: readonly RiskSummary[]): Promise<void> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'ShopLab';
  const ws = wb.addWorksheet('Means');
  header(ws, [{ header: 'KPI', width: 24 }, { header: 'Unit', width: 8 }, ...labels.map((l) => ({ header: l, width: 16 }))]);
  for (const k of KPIS) {
    const row = ws.addRow([KPI_CATALOGUE[k].label, KPI_CATALOGUE[k].unit, ...kpis.map((s) => cell(s[k].mean))]);
    for (let c = 3; c <= labels.length + 2; c++) row.getCell(c).numFmt = fmt(k);
  }
  comparisons.forEach((cmp, i) => {
    const d = wb.addWorksheet(`${labels[i + 1]} vs ${labels[0]}`.slice(0, 31));
    header(d, [{ header: 'KPI', width: 24 }, { header: 'Δ mean', width: 16 }, { header: 'Δ %', width: 10, numFmt: '0.0%' }, { header: 'CI low', width: 16 }, { header: 'CI high', width: 16 }, { header: 'P(better)', width: 10, numFmt: '0%' }]);
    for (const k of KPIS) {
      const c = cmp.kpis[k];
      const row = d.addRow([KPI_CATALOGUE[k].label, cell(c.meanDelta), cell(c.relativeDelta), cell(c.ciLow), cell(c.ciHigh), cell(c.pBetter)]);
      for (const col of [2, 4, 5]) row.getCell(col).numFmt = fmt(k);
    }
  });
  riskSheet(wb, labels, risks);
  await save(wb, io, file);
}

/** `sweep --xlsx`: one row per grid point with the mean of each headline KPI. */
export async function writeSweepXlsx(io: CliIO, file: string, paths: readonly string[], cells: readonly { run: number; values: Record<string, number>; kpis: Record<KpiName, KpiSummary> }[]): Promise<void> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'ShopLab';
  const ws = wb.addWorksheet('Sweep (means)');
  header(ws, [{ header: 'run', width: 6 }, ...paths.map((p) => ({ header: p, width: 20 })), ...KPIS.map((k) => ({ header: k, width: 14, numFmt: fmt(k) }))]);
  for (const c of cells) ws.addRow([c.run, ...paths.map((p) => c.values[p]), ...KPIS.map((k) => cell(c.kpis[k].mean))]);
  await save(wb, io, file);
}
