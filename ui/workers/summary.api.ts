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
import { PartialRuns } from './partial-runs.ts';
import type { RunWorkbookInput, CompareWorkbookInput } from '../../workbook/index.ts';

/** What to record with the runs as the last results (the page reloads them). */
export type LastResultsInfo = Pick<StoredResults, 'scenarioId' | 'text' | 'elapsedMs'>;

let db: Promise<WorkbenchDb> | null = null;
/** The runs of the batch under way (progressive results). */
const partial = new PartialRuns();

/** What the run view shows while a run is under way: the summary of the replications landed so far. */
export interface PartialRunSummary {
  summary: RunSummary;
  risk: RiskSummary;
  /** Replications summarised. */
  done: number;
}

/** Stores `runs` as the last results, which the page reloads. */
async function saveLast(keep: LastResultsInfo, runs: RunResult[]): Promise<void> {
  db ??= WorkbenchDb.open();
  await (await db).saveResults({ key: 'last', ...keep, runs, savedAt: Date.now() });
}

/** Summaries, paired comparisons, risk and explanations of several scenarios' runs. */
export interface CompareOutput {
  summaries: RunSummary[];
  comparisons: Comparison[];
  risks: RiskSummary[];
  explanations: Explanation[];
  kpiRuns: KpiRun[][];
}

function compareGroups(groups: RunResult[][], targets: KpiCondition[], summaryOf: (group: RunResult[], job: number) => RunSummary = (g) => summarise(g)): CompareOutput {
  const summaries = groups.map(summaryOf);
  const comparisons = groups.slice(1).map((g) => compareRuns(groups[0], g));
  const risks = groups.map((g) => assessRisk(g, targets));
  const explanations = groups.slice(1).map((g) => explain(groups[0], g));
  const kpiRuns = groups.map((g) => g.map(kpisOnly));
  return Comlink.transfer({ summaries, comparisons, risks, explanations, kpiRuns }, summaries.flatMap(summaryBuffers));
}

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
    if (keep) await saveLast(keep, runs);
    return Comlink.transfer({ runs, summary, risk }, [...runs.flatMap(resultBuffers), ...summaryBuffers(summary)]);
  },

  /**
   * Summaries of several scenarios' runs, each one's paired comparison with the first, their risk
   * against `targets`, why GMV and profit moved from the first to each other (paired
   * replications), and the KPIs of every run (for reassessing risk when the targets change).
   */
  compare(groups: RunResult[][], targets: KpiCondition[] = []): CompareOutput {
    return compareGroups(groups, targets);
  },

  /** Starts collecting the runs of batch `generation` (`jobs` scenarios) as they land. */
  partialBegin(generation: number, jobs: number): void {
    partial.begin(generation, jobs);
  },

  /**
   * One landed run of batch `generation` (copied here; the page keeps its own). The page sends it
   * without its shopper trace: the trace is what costs most to copy, and the page has it already.
   */
  partialAdd(generation: number, job: number, run: RunResult): void {
    partial.add(generation, job, run);
  },

  /**
   * The final summary and risk of batch `generation`'s first job, from the runs already here: its
   * running summary equals `summarise` of them to the last bit, so the page need not send them
   * again nor wait for a second sort. With `keep`, stores them as the last results (replication 0
   * with `trace`, which the page kept). Null unless all `replications` of that job have landed
   * here (the page then falls back on `summarise`).
   */
  async partialFinish(generation: number, replications: number, keep?: LastResultsInfo, targets: KpiCondition[] = [], trace?: RunResult['trace']): Promise<{ summary: RunSummary; risk: RiskSummary } | null> {
    const runs = partial.complete(generation)?.[0];
    if (!runs || runs.length !== replications) return null;
    const summary = partial.summary(0, runs);
    const risk = assessRisk(runs, targets);
    if (keep) await saveLast(keep, trace ? runs.map((r) => (r.replication === 0 ? { ...r, trace } : r)) : runs);
    return Comlink.transfer({ summary, risk }, summaryBuffers(summary));
  },

  /** Forgets batch `generation`. */
  partialEnd(generation: number): void {
    partial.end(generation);
  },

  /**
   * The summary and risk of the first job's replications landed so far, computed as `summarise`
   * computes the final one (equal to it once all have landed); null for a stale generation.
   */
  partialSummary(generation: number, targets: KpiCondition[] = []): PartialRunSummary | null {
    const runs = partial.complete(generation)?.[0];
    if (!runs) return null;
    const summary = partial.summary(0, runs);
    return Comlink.transfer({ summary, risk: assessRisk(runs, targets), done: runs.length }, summaryBuffers(summary));
  },

  /** `compare` over the replications landed in every job so far; null for a stale generation. */
  partialCompare(generation: number, targets: KpiCondition[] = []): CompareOutput | null {
    const groups = partial.complete(generation);
    return groups ? compareGroups(groups, targets, (g, job) => partial.summary(job, g)) : null;
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
