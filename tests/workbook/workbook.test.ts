import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { summarise } from '../../sim/experiment/summarise.ts';
import { compareRuns } from '../../sim/experiment/compare.ts';
import { assessRisk } from '../../sim/experiment/risk.ts';
import { parseCondition } from '../../sim/experiment/kpi-condition.ts';
import { npv } from '../../sim/decide/finance.ts';
import { summaryApi } from '../../ui/workers/summary.api.ts';
import { fakeRun } from '../ui/fixtures.ts';

async function read(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  return wb;
}

describe('the shared workbook builder, as the workbench calls it in its summary worker', () => {
  it('builds the run workbook with KPIs, risk with targets, a monthly P&L whose NPV is at the rate given, and the daily means', async () => {
    const runs = [fakeRun(0, 40), fakeRun(1, 40)];
    const summary = summarise(runs);
    const risk = assessRisk(runs, [parseCondition('roi>=1500')]);
    const wb = await read(await summaryApi.runWorkbook({ summary, risk, openingCashCny: 5, annualRate: 0.1 }));
    expect(wb.worksheets.map((w) => w.name)).toEqual(['KPIs', 'Risk', 'Monthly P&L', 'Daily (mean)', 'Channels']);
    const pnl = wb.getWorksheet('Monthly P&L')!;
    // 40 days from 1 January 2026: 31 in January, 9 in February
    expect([2, 3].map((r) => [pnl.getRow(r).getCell(1).value, pnl.getRow(r).getCell(2).value])).toEqual([['2026-01', 31], ['2026-02', 9]]);
    let npvCell: unknown;
    pnl.eachRow((row) => {
      if (row.getCell(1).value === 'NPV of net cash flow (mean series)') npvCell = row.getCell(3).value;
    });
    expect(npvCell).toBeCloseTo(npv(summary.series.cashCny.mean, 5, 0.1), 6);
    const riskRows: unknown[] = [];
    wb.getWorksheet('Risk')!.eachRow((row) => riskRows.push([row.getCell(1).value, row.getCell(2).value]));
    expect(riskRows).toContainEqual(['P(roi>=1500)', 0.5]);
    expect(wb.getWorksheet('Daily (mean)')!.rowCount).toBe(41);
  });

  it('builds the comparison workbook with one deltas sheet per alternative, names kept unique and within Excel\'s 31 characters', async () => {
    const a = [fakeRun(0, 5), fakeRun(1, 5)];
    const b = [fakeRun(0, 5), fakeRun(1, 5)];
    const long = 'A very long scenario title that Excel would refuse';
    const bytes = await summaryApi.compareWorkbook({
      labels: ['Base', long, long],
      kpis: [a, b, b].map((g) => summarise(g).kpis),
      comparisons: [compareRuns(a, b), compareRuns(a, b)],
      risks: [a, b, b].map((g) => assessRisk(g)),
    });
    const names = (await read(bytes)).worksheets.map((w) => w.name);
    expect(names).toHaveLength(4);
    expect(new Set(names).size).toBe(4);
    expect(names.every((n) => n.length <= 31)).toBe(true);
    expect(names[0]).toBe('Means');
    expect(names[3]).toBe('Risk');
  });

  it('builds the sweep workbook: one row per grid point with the lever values and every KPI\'s mean', async () => {
    const kpis = summarise([fakeRun(0, 5), fakeRun(1, 5)]).kpis;
    const cells = [24, 48].map((v, i) => ({ run: i, values: { 'fulfilment.promiseHours': v }, kpis }));
    const ws = (await read(await summaryApi.sweepWorkbook(['fulfilment.promiseHours'], cells))).getWorksheet('Sweep (means)')!;
    expect(ws.getRow(1).getCell(2).value).toBe('fulfilment.promiseHours');
    expect(ws.getRow(1).getCell(3).value).toBe('gmvCny');
    expect([ws.getRow(2).getCell(2).value, ws.getRow(3).getCell(2).value]).toEqual([24, 48]);
    expect(ws.getRow(3).getCell(3).value).toBe(kpis.gmvCny.mean);
  });
});
