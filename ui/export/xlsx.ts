// Excel downloads of the workbench: the run's, the comparison's and the sweep's workbooks are built by
// workbook/ in the summary worker; the page only saves the bytes it gets back.
import type { Workbench } from '../app/workbench.svelte.ts';
import { downloadFile, slug } from './download.ts';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The annual discount rate (fraction) of a percentage the user typed, or null when it is not above −100 %. */
export function rateOfPercent(percent: number | string): number | null {
  const rate = Number(percent) / 100;
  return String(percent).trim() !== '' && Number.isFinite(rate) && rate > -1 ? rate : null;
}

function save(fileName: string, bytes: Uint8Array): void {
  downloadFile(fileName, new Blob([bytes as Uint8Array<ArrayBuffer>], { type: XLSX_TYPE }));
}

/**
 * The opening cash of the run on screen: kept from the run, or read again from its scenario text
 * after a reload (the saved results do not carry it).
 */
async function openingCash(workbench: Workbench): Promise<number> {
  const run = workbench.run;
  if (Number.isFinite(run.openingCashCny)) return run.openingCashCny;
  const fileName = workbench.library.entry(run.resultScenarioId)?.fileName ?? '/scenarios/results.yaml';
  const checked = await workbench.compareValidator.validateOnce(run.resultText, fileName);
  if (!checked.ok) throw new Error(checked.issues.map(workbench.i18n.issue).join('; '));
  return checked.scenario.finance.openingCashCny;
}

/** Downloads the run's workbook with the NPV at `annualRate`. */
export async function downloadRunXlsx(workbench: Workbench, annualRate: number): Promise<void> {
  const { summary, risk } = workbench.run;
  if (!summary || !risk) return;
  const bytes = await workbench.summariser.runWorkbook({ summary, risk, openingCashCny: await openingCash(workbench), annualRate });
  save(`${slug(summary.scenarioName)}.xlsx`, bytes);
}

/** Downloads the comparison's workbook. */
export async function downloadCompareXlsx(workbench: Workbench): Promise<void> {
  const cmp = workbench.compare;
  if (cmp.entries.length < 2) return;
  const bytes = await workbench.summariser.compareWorkbook({ labels: cmp.entries.map((e) => e.title), kpis: cmp.entries.map((e) => e.summary.kpis), comparisons: cmp.comparisons, risks: cmp.risks });
  save('shoplab-comparison.xlsx', bytes);
}

/** Downloads the sweep's workbook (the mean of every KPI per grid point). */
export async function downloadSweepXlsx(workbench: Workbench): Promise<void> {
  const sw = workbench.sweep;
  if (sw.cells.length === 0) return;
  save('shoplab-sweep.xlsx', await workbench.summariser.sweepWorkbook(sw.paths, sw.cells));
}
