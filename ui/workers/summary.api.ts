// Summarises Monte Carlo runs off the main thread: for 100 replications `summarise` takes
// 150–200 ms, far over the page's 50 ms budget; risk and the split of a difference into effects
// (`explain`) are computed here too. Runs arrive and leave as transferred buffers.
import * as Comlink from 'comlink';
import {
  summarise,
  type RunSummary,
  compareRuns,
  type Comparison,
  type RunResult,
  resultBuffers,
  assessRisk,
  type RiskSummary,
  type KpiCondition,
  type KpiRun,
  kpisOnly,
  explain,
  type Explanation,
  type SweepCellSummary,
} from '../../sim/index.ts';
import { WorkbenchDb, type StoredResults } from '../library/db.ts';
import type { RunWorkbookInput, CompareWorkbookInput } from '../../workbook/index.ts';

/** What to record with the runs as the last results (the page reloads them). */
export type LastResultsInfo = Pick<StoredResults, 'scenarioId' | 'text' | 'elapsedMs'>;

let db: Promise<WorkbenchDb> | null = null;

/** The distinct buffers of a summary's daily series. */
export function summaryBuffers(summary: RunSummary): ArrayBuffer[] {
  const seen = new Set<ArrayBuffer>();
  for (const s of Object.values(summary.series)) for (const a of [s.mean, s.p10, s.p50, s.p90]) if (a.buffer instanceof ArrayBuffer) seen.add(a.buffer);
  return [...seen];
}

export const summaryApi = {
  /**
   * The summary of one scenario's runs; the runs come back with it. With `keep`, the runs are also
   * stored as the last results here, since cloning them into IndexedDB on the page's thread takes
   * longer than its 50 ms budget.
   */
  async summarise(runs: RunResult[], keep?: LastResultsInfo, targets: KpiCondition[] = []): Promise<{ runs: RunResult[]; summary: RunSummary; risk: RiskSummary }> {
    const summary = summarise(runs);
    const risk = assessRisk(runs, targets);
    if (keep) {
      db ??= WorkbenchDb.open();
      await (await db).saveResults({ key: 'last', ...keep, runs, savedAt: Date.now() });
    }
    return Comlink.transfer({ runs, summary, risk }, [...runs.flatMap(resultBuffers), ...summaryBuffers(summary)]);
  },

  /**
   * Summaries of several scenarios' runs, each one's paired comparison with the first, their risk
   * against `targets`, why GMV and profit moved from the first to each other (paired
   * replications), and the KPIs of every run (for reassessing risk when the targets change).
   */
  compare(
    groups: RunResult[][],
    targets: KpiCondition[] = [],
  ): { summaries: RunSummary[]; comparisons: Comparison[]; risks: RiskSummary[]; explanations: Explanation[]; kpiRuns: KpiRun[][] } {
    const summaries = groups.map((g) => summarise(g));
    const comparisons = groups.slice(1).map((g) => compareRuns(groups[0], g));
    const risks = groups.map((g) => assessRisk(g, targets));
    const explanations = groups.slice(1).map((g) => explain(groups[0], g));
    const kpiRuns = groups.map((g) => g.map(kpisOnly));
    return Comlink.transfer({ summaries, comparisons, risks, explanations, kpiRuns }, summaries.flatMap(summaryBuffers));
  },

  /** The .xlsx bytes of a run's workbook; exceljs loads here, on first use, never in the page. */
  async runWorkbook(input: RunWorkbookInput): Promise<Uint8Array> {
    const { runWorkbook } = await import('../../workbook/index.ts');
    const bytes = await runWorkbook(input);
    return Comlink.transfer(bytes, [bytes.buffer as ArrayBuffer]);
  },

  /** The .xlsx bytes of a comparison's workbook (means, paired deltas, risk). */
  async compareWorkbook(input: CompareWorkbookInput): Promise<Uint8Array> {
    const { compareWorkbook } = await import('../../workbook/index.ts');
    const bytes = await compareWorkbook(input);
    return Comlink.transfer(bytes, [bytes.buffer as ArrayBuffer]);
  },

  /** The .xlsx bytes of a sweep's workbook (the mean of every KPI per grid point). */
  async sweepWorkbook(paths: string[], cells: SweepCellSummary[]): Promise<Uint8Array> {
    const { sweepWorkbook } = await import('../../workbook/index.ts');
    const bytes = await sweepWorkbook(paths, cells);
    return Comlink.transfer(bytes, [bytes.buffer as ArrayBuffer]);
  },

  /** The risk of each group of runs (KPIs only) against `targets`. */
  risk(groups: KpiRun[][], targets: KpiCondition[]): RiskSummary[] {
    return groups.map((g) => assessRisk(g, targets));
  },
};

export type SummaryApi = typeof summaryApi;
