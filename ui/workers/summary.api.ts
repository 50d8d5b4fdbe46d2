// Summarises Monte Carlo runs off the main thread: for 100 replications `summarise` takes
// 150–200 ms, far over the page's 50 ms budget. Runs arrive and leave as transferred buffers.
import * as Comlink from 'comlink';
import { summarise, type RunSummary, compareRuns, type Comparison, type RunResult, resultBuffers } from '../../sim/index.ts';
import { WorkbenchDb, type StoredResults } from '../library/db.ts';

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
  async summarise(runs: RunResult[], keep?: LastResultsInfo): Promise<{ runs: RunResult[]; summary: RunSummary }> {
    const summary = summarise(runs);
    if (keep) {
      db ??= WorkbenchDb.open();
      await (await db).saveResults({ key: 'last', ...keep, runs, savedAt: Date.now() });
    }
    return Comlink.transfer({ runs, summary }, [...runs.flatMap(resultBuffers), ...summaryBuffers(summary)]);
  },

  /** Summaries of several scenarios' runs and each one's paired comparison with the first. */
  compare(groups: RunResult[][]): { summaries: RunSummary[]; comparisons: Comparison[] } {
    const summaries = groups.map((g) => summarise(g));
    const comparisons = groups.slice(1).map((g) => compareRuns(groups[0], g));
    return Comlink.transfer({ summaries, comparisons }, summaries.flatMap(summaryBuffers));
  },
};

export type SummaryApi = typeof summaryApi;
