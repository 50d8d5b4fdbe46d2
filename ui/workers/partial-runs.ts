// The replications of the batch under way, kept in the summary worker as they land so the page can
// ask for a summary of what has landed so far (progressive results) without sending them again.
import { RunningSummary, summarise, type RunResult, type RunSummary } from '../../sim/index.ts';

/**
 * Runs of one batch (`jobs` scenarios), keyed by replication. A batch is named by the page's
 * generation number: runs and questions of any other generation are ignored, so a cancelled
 * batch can never leak into the next one's figures.
 */
export class PartialRuns {
  private generation = -1;
  private jobs: RunningSummary[] = [];

  /** Starts batch `generation` of `jobs` scenarios, dropping whatever an earlier batch left. */
  begin(generation: number, jobs: number): void {
    this.generation = generation;
    this.jobs = Array.from({ length: jobs }, () => new RunningSummary());
  }

  /** Keeps one landed run; false when it belongs to another generation or job. */
  add(generation: number, job: number, run: RunResult): boolean {
    if (generation !== this.generation || !this.jobs[job]) return false;
    this.jobs[job].add(run);
    return true;
  }

  /**
   * Each job's runs in replication order, keeping only the replications that have landed in every
   * job (so paired comparisons pair like with like); null for another generation or nothing yet.
   * In replication order the sums run as in the finished batch, so once every run has landed the
   * figures computed from these equal the final ones to the last bit.
   */
  complete(generation: number): RunResult[][] | null {
    if (generation !== this.generation || this.jobs.length === 0) return null;
    const shared = new Set(this.jobs[0].results().map((r) => r.replication));
    for (const job of this.jobs.slice(1)) {
      const landed = new Set(job.results().map((r) => r.replication));
      for (const r of shared) if (!landed.has(r)) shared.delete(r);
    }
    if (shared.size === 0) return null;
    return this.jobs.map((j) => j.results().filter((r) => shared.has(r.replication)));
  }

  /**
   * The summary of job `job`'s runs from `complete`: kept up to date as runs land when they are
   * all of that job's runs (the usual case), else computed afresh by `summarise`.
   */
  summary(job: number, runs: readonly RunResult[]): RunSummary {
    const running = this.jobs[job];
    return running && running.size === runs.length ? running.summary() : summarise(runs);
  }

  /** Drops the batch (it finished or was cancelled). */
  end(generation: number): void {
    if (generation === this.generation) this.jobs = [];
  }
}
