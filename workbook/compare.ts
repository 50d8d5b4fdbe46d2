// The workbooks of a comparison (means per scenario, each alternative's paired deltas, risk) and
// of a sweep (the mean of every KPI per grid point).
import { type Comparison, type RiskSummary, type KpiSummary, KPIS, type KpiName, KPI_CATALOGUE, type SweepCellSummary } from '../sim/index.ts';
import { cell, header, kpiFormat, newWorkbook, riskSheet, xlsxBytes } from './sheets.ts';

/** What a comparison workbook holds; `comparisons[i]` pairs scenario i + 1 with scenario 0. */
export interface CompareWorkbookInput {
  labels: readonly string[];
  kpis: readonly Record<KpiName, KpiSummary>[];
  comparisons: readonly Comparison[];
  risks: readonly RiskSummary[];
}

/** The .xlsx bytes of a comparison (sheets: Means, one "B vs A" per alternative, Risk). */
export async function compareWorkbook({ labels, kpis, comparisons, risks }: CompareWorkbookInput): Promise<Uint8Array> {
  const wb = newWorkbook();
  const ws = wb.addWorksheet('Means');
  header(ws, [{ header: 'KPI', width: 24 }, { header: 'Unit', width: 8 }, ...labels.map((l) => ({ header: l, width: 16 }))]);
  for (const k of KPIS) {
    const row = ws.addRow([KPI_CATALOGUE[k].label, KPI_CATALOGUE[k].unit, ...kpis.map((s) => cell(s[k].mean))]);
    for (let c = 3; c <= labels.length + 2; c++) row.getCell(c).numFmt = kpiFormat(k);
  }
  const used = new Set<string>();
  comparisons.forEach((cmp, i) => {
    // Sheet names are unique and at most 31 characters; a clash gets the alternative's number.
    let name = `${labels[i + 1]} vs ${labels[0]}`.replace(/[\\/?*[\]:]/g, ' ').slice(0, 31);
    if (used.has(name)) name = `${i + 1} ${name}`.slice(0, 31);
    used.add(name);
    const d = wb.addWorksheet(name);
    header(d, [{ header: 'KPI', width: 24 }, { header: 'Δ mean', width: 16 }, { header: 'Δ %', width: 10, numFmt: '0.0%' }, { header: 'CI low', width: 16 }, { header: 'CI high', width: 16 }, { header: 'P(better)', width: 10, numFmt: '0%' }]);
    for (const k of KPIS) {
      const c = cmp.kpis[k];
      const row = d.addRow([KPI_CATALOGUE[k].label, cell(c.meanDelta), cell(c.relativeDelta), cell(c.ciLow), cell(c.ciHigh), cell(c.pBetter)]);
      for (const col of [2, 4, 5]) row.getCell(col).numFmt = kpiFormat(k);
    }
  });
  riskSheet(wb, labels, risks);
  return xlsxBytes(wb);
}

/** The .xlsx bytes of a sweep: one row per grid point with the mean of each KPI. */
export async function sweepWorkbook(paths: readonly string[], cells: readonly SweepCellSummary[]): Promise<Uint8Array> {
  const wb = newWorkbook();
  const ws = wb.addWorksheet('Sweep (means)');
  header(ws, [{ header: 'run', width: 6 }, ...paths.map((p) => ({ header: p, width: 20 })), ...KPIS.map((k) => ({ header: k, width: 14, numFmt: kpiFormat(k) }))]);
  for (const c of cells) ws.addRow([c.run, ...paths.map((p) => c.values[p]), ...KPIS.map((k) => cell(c.kpis[k].mean))]);
  return xlsxBytes(wb);
}
