// `--xlsx OUT` on run, compare and sweep: the workbooks come from workbook/ (shared with the
// workbench); this adapter only writes their bytes to the file the user named.
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Comparison, RiskSummary, KpiSummary, RunSummary, KpiName, SweepCellSummary } from '../sim/index.ts';
import { compareWorkbook, runWorkbook, sweepWorkbook } from '../workbook/index.ts';
import { UsageError, type CliIO } from './io.ts';
import { cliMessage } from './lang.ts';

function save(io: CliIO, file: string, bytes: Uint8Array): void {
  try {
    writeFileSync(resolve(io.cwd, file), bytes);
  } catch (error) {
    throw new UsageError(cliMessage('io.cannotWrite', { file, reason: error instanceof Error ? error.message : String(error) }));
  }
}

/** `run --xlsx`: KPIs, risk, daily mean series, monthly P&L and cash flow with NPV at `annualRate`. */
export async function writeRunXlsx(io: CliIO, file: string, summary: RunSummary, risk: RiskSummary, openingCashCny: number, annualRate: number): Promise<void> {
  save(io, file, await runWorkbook({ summary, risk, openingCashCny, annualRate }));
}

/** `compare --xlsx`: means per scenario, paired deltas of each alternative, risk. */
export async function writeCompareXlsx(io: CliIO, file: string, labels: readonly string[], kpis: readonly Record<KpiName, KpiSummary>[], comparisons: readonly Comparison[], risks: readonly RiskSummary[]): Promise<void> {
  save(io, file, await compareWorkbook({ labels, kpis, comparisons, risks }));
}

/** `sweep --xlsx`: one row per grid point with the mean of each headline KPI. */
export async function writeSweepXlsx(io: CliIO, file: string, paths: readonly string[], cells: readonly SweepCellSummary[]): Promise<void> {
  save(io, file, await sweepWorkbook(paths, cells));
}
