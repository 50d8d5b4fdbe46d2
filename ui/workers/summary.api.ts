// Summarises Monte Carlo runs off the main thread: for 100 replications `summarise` takes
// 150–200 ms, far over the page's 50 ms budget. Runs arrive and leave as transferred buffers.
import * as Comlink from 'comlink';
import { summarise, type RunSummary } from '../../sim/experiment/summarise.ts';
import { compareRuns, type Comparison } from '../../sim/experiment/compare.ts';
import type { RunResult } from '../../sim/result.ts';
import { resultBuffers } from '../../sim/experiment/transfer.ts';

/** The distinct buffers of a summary's daily series. */
export function summaryBuffers(summary: RunSummary): ArrayBuffer[] {
  const seen = new Set<ArrayBuffer>();
  for (const s of Object.values(summary.series)) for (const a of [s.mean, s.p10, s.p50, s.p90]) if (a.buffer instanceof ArrayBuffer) seen.add(a.buffer);
  return [...seen];
}

export const summaryApi = {
  /** The summary of one scenario's runs; the runs come back with it. */
  summarise(runs: RunResult[]): { runs: RunResult[]; summary: RunSummary } {
    const summary = summarise(runs);
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
