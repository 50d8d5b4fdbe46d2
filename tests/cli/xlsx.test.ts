import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { runCli, scenarioDir } from './cli-fixture.ts';

const dir = scenarioDir();

describe('--xlsx', () => {
  it('run writes KPIs with number formats, risk, a monthly P&L with NPV and the daily series', async () => {
    const r = await runCli(['run', 'small.yaml', '--reps', '1', '--days', '33', '--xlsx', 'run.xlsx', '--rate', '10%'], dir);
    expect(r.code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, 'run.xlsx'));
    expect(wb.worksheets.map((w) => w.name)).toEqual(['KPIs', 'Risk', 'Monthly P&L', 'Daily (mean)', 'Channels']);
    const kpis = wb.getWorksheet('KPIs')!;
    expect(kpis.getRow(2).getCell(1).value).toBe('GMV');
    expect(kpis.getRow(2).getCell(4).numFmt).toContain('CNY');
    const pnl = wb.getWorksheet('Monthly P&L')!;
    // 33 days from 1 January: January and February
    expect([pnl.getRow(2).getCell(1).value, pnl.getRow(3).getCell(1).value]).toEqual(['2026-01', '2026-02']);
    // marketing by channel, right after the marketing line, adds up to it month by month
    const headers = (pnl.getRow(1).values as unknown[]).map(String);
    const marketing = headers.indexOf('marketingCny');
    const channelColumns = headers.flatMap((h, i) => (h.startsWith('marketingCny.') ? [i] : []));
    expect(headers.slice(marketing + 1, marketing + 1 + channelColumns.length)).toEqual(['marketingCny.organic', 'marketingCny.paid_search', 'marketingCny.social', 'marketingCny.crm']);
    for (const row of [2, 3]) {
      const total = Number(pnl.getRow(row).getCell(marketing).value);
      const byChannel = channelColumns.reduce((sum, i) => sum + Number(pnl.getRow(row).getCell(i).value), 0);
      expect(total).toBeGreaterThan(0);
      expect(byChannel).toBeCloseTo(total, 4);
    }
    const values: unknown[] = [];
    pnl.eachRow((row) => values.push(row.getCell(1).value));
    expect(values).toContain('NPV of net cash flow (mean series)');
    expect(wb.getWorksheet('Daily (mean)')!.rowCount).toBe(34);
  }, 180_000);

  it('compare writes means, deltas and risk; a bad --rate is a usage error', async () => {
    const r = await runCli(['compare', 'small.yaml', 'better-checkout.yaml', '--reps', '2', '--days', '10', '--xlsx', 'cmp.xlsx'], dir);
    expect(r.code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, 'cmp.xlsx'));
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Means', 'B vs A', 'Risk']);
    const bad = await runCli(['run', 'small.yaml', '--rate', 'lots'], dir);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--rate expects an annual discount rate such as 8% or 0.08, got "lots"/);
  }, 180_000);
});
