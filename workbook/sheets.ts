// The building blocks of ShopLab's Excel workbooks: number formats per KPI format, a bold frozen
// header row, the KPI sheet and the risk sheet that run and compare workbooks share.
import ExcelJS from 'exceljs';
import { type RiskSummary, type KpiSummary, KPIS, type KpiName, KPI_CATALOGUE, type KpiFormat } from '../sim/index.ts';

/** Excel number format of each KPI format. */
export const FORMAT: Record<KpiFormat, string> = { money: '#,##0 "CNY";-#,##0 "CNY"', percent: '0.00%', count: '#,##0.##', ratio: '0.00"×"', days: '0.0" d"' };
/** Excel number format of amounts in CNY. */
export const CNY = FORMAT.money;

/** The Excel number format of a KPI. */
export const kpiFormat = (k: KpiName): string => FORMAT[KPI_CATALOGUE[k].format];

/** A finite number, or an empty cell. */
export function cell(v: number): number | null {
  return Number.isFinite(v) ? v : null;
}

/** Column headers (bold, frozen) with widths and each column's number format. */
export function header(ws: ExcelJS.Worksheet, columns: { header: string; width: number; numFmt?: string }[]): void {
  ws.columns = columns.map((c) => ({ header: c.header, width: c.width, style: c.numFmt ? { numFmt: c.numFmt } : {} }));
  ws.getRow(1).font = { bold: true };
  ws.views = [{ state: 'frozen', ySplit: 1 }];
}

/** A KPI sheet: one row per KPI with its unit and the summary's statistics, formatted in that unit. */
export function kpiSheet(wb: ExcelJS.Workbook, name: string, kpis: Record<KpiName, KpiSummary>): void {
  const ws = wb.addWorksheet(name);
  header(ws, [{ header: 'KPI', width: 24 }, { header: 'Key', width: 18 }, { header: 'Unit', width: 8 }, ...['Mean', 'SD', 'P10', 'P50', 'P90', 'CI low', 'CI high'].map((h) => ({ header: h, width: 16 })), { header: 'n', width: 6 }]);
  for (const k of KPIS) {
    const s = kpis[k];
    const row = ws.addRow([KPI_CATALOGUE[k].label, k, KPI_CATALOGUE[k].unit, ...[s.mean, s.sd, s.p10, s.p50, s.p90, s.ciLow, s.ciHigh].map(cell), s.n]);
    for (let c = 4; c <= 10; c++) row.getCell(c).numFmt = kpiFormat(k);
  }
}

/** The risk sheet: one row per measure (as the CLI's risk table), one column per scenario. */
export function riskSheet(wb: ExcelJS.Workbook, labels: readonly string[], risks: readonly RiskSummary[]): void {
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

/** A new workbook signed by ShopLab. */
export function newWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'ShopLab';
  return wb;
}

/** The workbook as .xlsx bytes. */
export async function xlsxBytes(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  const buffer = await wb.xlsx.writeBuffer();
  return buffer instanceof Uint8Array ? buffer : new Uint8Array(buffer as ArrayBuffer);
}
