// The page's handle on the summary worker; runs are transferred there and back, never copied,
// except the landed runs of a batch under way (the runner still needs them).
import * as Comlink from 'comlink';
import type { RunResult, RunSummary } from '../../sim/light.ts';
import type { KpiCondition, KpiRun, RiskSummary, SweepCellSummary } from '../../sim/index.ts';
import type { CompareOutput, LastResultsInfo, PartialRunSummary, SummaryApi } from './summary.api.ts';
import type { RunWorkbookInput, CompareWorkbookInput } from '../../workbook/index.ts';
import { resultBuffers } from '../../sim/index.ts';

export class Summariser {
  private worker: Worker | null = null;
  private api: Comlink.Remote<SummaryApi> | null = null;

  private remote(): Comlink.Remote<SummaryApi> {
    if (!this.api) {
      this.worker = new Worker(new URL('./summary.worker.ts', import.meta.url), { type: 'module', name: 'shoplab-summary' });
      this.api = Comlink.wrap<SummaryApi>(this.worker);
    }
    return this.api;
  }

  /** Starts the worker ahead of the first run. */
  warm(): void {
    this.remote();
  }

  /**
   * Summarises `runs` and assesses their risk against `targets`, and with `keep` stores them as
   * the last results; the arrays move to the worker and back (use the returned runs).
   */
  summarise(runs: RunResult[], keep?: LastResultsInfo, targets: KpiCondition[] = []): Promise<{ runs: RunResult[]; summary: RunSummary; risk: RiskSummary }> {
    return this.remote().summarise(Comlink.transfer(runs, runs.flatMap(resultBuffers)), keep, targets);
  }

  /** Summaries, paired comparisons, risk and explanations of several scenarios' runs (the runs are handed over). */
  compare(groups: RunResult[][], targets: KpiCondition[] = []): Promise<CompareOutput> {
    return this.remote().compare(Comlink.transfer(groups, groups.flat().flatMap(resultBuffers)), targets);
  }

  /** Starts collecting batch `generation`'s runs (`jobs` scenarios) in the worker as they land. */
  partialBegin(generation: number, jobs: number): Promise<void> {
    return this.remote().partialBegin(generation, jobs);
  }

  /**
   * Copies one landed run, less its shopper trace (the costliest part to copy, and no summary
   * needs it), to the worker; the runner keeps the page's copy for the final summary.
   */
  partialAdd(generation: number, job: number, run: RunResult): Promise<void> {
    return this.remote().partialAdd(generation, job, { ...run, trace: undefined });
  }

  /**
   * The final summary and risk of batch `generation`'s first job from the runs the worker already
   * holds (stored with `keep`, replication 0 with `trace`); null unless all `replications` landed there.
   */
  partialFinish(generation: number, replications: number, keep?: LastResultsInfo, targets: KpiCondition[] = [], trace?: RunResult['trace']): Promise<{ summary: RunSummary; risk: RiskSummary } | null> {
    return this.remote().partialFinish(generation, replications, keep, targets, trace);
  }

  /** Lets the worker drop batch `generation`'s runs. */
  partialEnd(generation: number): Promise<void> {
    return this.remote().partialEnd(generation);
  }

  /** The summary of the first job's replications landed so far (null when `generation` is stale). */
  partialSummary(generation: number, targets: KpiCondition[] = []): Promise<PartialRunSummary | null> {
    return this.remote().partialSummary(generation, targets);
  }

  /** Summaries and paired comparisons of the replications landed in every job so far. */
  partialCompare(generation: number, targets: KpiCondition[] = []): Promise<CompareOutput | null> {
    return this.remote().partialCompare(generation, targets);
  }

  /** The Excel workbook of a run, built in the worker (the summary's arrays are copied there). */
  runWorkbook(input: RunWorkbookInput): Promise<Uint8Array> {
    return this.remote().runWorkbook(input);
  }

  /** The Excel workbook of a comparison, built in the worker. */
  compareWorkbook(input: CompareWorkbookInput): Promise<Uint8Array> {
    return this.remote().compareWorkbook(input);
  }

  /** The Excel workbook of a sweep, built in the worker. */
  sweepWorkbook(paths: string[], cells: SweepCellSummary[]): Promise<Uint8Array> {
    return this.remote().sweepWorkbook(paths, cells);
  }

  /** The risk of each group of runs (only their KPIs travel) against `targets`. */
  risk(groups: KpiRun[][], targets: KpiCondition[]): Promise<RiskSummary[]> {
    return this.remote().risk(groups, targets);
  }
}
