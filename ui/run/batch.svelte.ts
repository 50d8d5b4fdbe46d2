// Progress, time left, cancel and failure of an experiment run on the web workers: the base of a
// scenario's run (RunState) and of compare and sweep runs.
import { errorText, type RunResult, runExperiment, type ExperimentJob } from '../../sim/index.ts';
import type { WebWorkersTransport } from '../workers/web-workers.ts';
import { remainingMs } from './eta.ts';
import { formulasOf } from '../workers/formula-memos.ts';
import type { UiMessage } from '../i18n/translate.ts';


/**
 * Least time between two progress updates on screen (ms): each one costs the page and the
 * compositor a frame, taken from the simulation workers on a small machine.
 */
export const PROGRESS_REPAINT_MS = 250;

/** Where a run or batch stands. */
export type RunStatus = 'idle' | 'running' | 'done' | 'cancelled' | 'failed';

export class BatchProgress {
  status = $state<RunStatus>('idle');
  fraction = $state(0);
  tasksDone = $state(0);
  tasksTotal = $state(0);
  remaining = $state(NaN);
  elapsedMs = $state(0);
  /** The failure in English; `failure` is what failed (shown in the chosen language with `I18n.error`). */
  error = $state('');
  failure = $state.raw<unknown>('');
  /** A refusal the workbench words itself (by key, shown in the current language); null otherwise. */
  refusal = $state.raw<UiMessage | null>(null);
  notices = $state.raw<string[]>([]);
  /** Time from start to the first finished task (ms), for the benchmark. */
  firstResultMs = $state(NaN);
  private controller: AbortController | null = null;

  constructor(private readonly transport: WebWorkersTransport) {}

  get running(): boolean {
    return this.status === 'running';
  }

  /** Marks the batch failed: before it ran (a message, or a coded refusal such as a sweep plan's) or as it ran (the error). */
  refuse(failure: unknown): void {
    this.status = 'failed';
    this.error = errorText(failure, 'en');
    this.failure = failure;
    this.refusal = null;
  }

  /** Marks the batch refused before it ran, with a workbench message (e.g. "pick two to four scenarios"). */
  refuseWith(message: UiMessage): void {
    this.refuse('');
    this.refusal = message;
  }

  /**
   * Runs the jobs' replications (`result[j][r]`); null when cancelled, superseded or failed (the
   * status says which). `finish` turns the results into what the caller keeps (e.g. a summary)
   * before the batch counts as done; the commit it returns is applied only if no newer batch
   * started meanwhile.
   */
  async execute(
    jobs: ExperimentJob[],
    finish?: (runs: RunResult[][]) => Promise<() => void>,
    onResult?: (job: number, replication: number, run: RunResult) => void,
  ): Promise<RunResult[][] | null> {
    this.controller?.abort();
    const controller = new AbortController();
    this.controller = controller;
    const total = jobs.reduce((sum, j) => sum + j.replications, 0);
    Object.assign(this, { status: 'running', error: '', failure: '', notices: [], fraction: 0, tasksDone: 0, tasksTotal: total, remaining: NaN, firstResultMs: NaN });
    this.refusal = null;
    const started = performance.now();
    let shownAt = -Infinity;
    try {
      // Formulas the validation worker already evaluated travel with the job (formula-memos.ts).
      const withFormulas = jobs.map((job) => (job.formulas ? job : { ...job, formulas: formulasOf(job.scenario, job.days) }));
      const runs = await runExperiment(withFormulas, {
        transport: this.transport,
        signal: controller.signal,
        onProgress: (p) => {
          if (controller !== this.controller) return;
          const now = performance.now();
          const first = p.replicationsDone > 0 && this.tasksDone === 0;
          if (!first && p.replicationsDone < total && now - shownAt < PROGRESS_REPAINT_MS) return;
          shownAt = now;
          this.elapsedMs = now - started;
          if (first) this.firstResultMs = this.elapsedMs;
          this.fraction = p.fraction;
          this.tasksDone = p.replicationsDone;
          this.remaining = remainingMs(p.fraction, this.elapsedMs);
        },
        onResult: onResult ? (job, replication, run) => controller === this.controller && onResult(job, replication, run) : undefined,
        // A dead worker loses every task it held, each retried with the same message: say it once.
        onRetry: (_job, _replication, error) => {
          if (!this.notices.includes(error.message)) this.notices = [...this.notices, error.message];
        },
      });
      const commit = finish ? await finish(runs) : null;
      if (controller !== this.controller) return null;
      commit?.();
      this.elapsedMs = performance.now() - started;
      this.status = 'done';
      return runs;
    } catch (error) {
      if (controller !== this.controller) return null;
      if (error instanceof DOMException && error.name === 'AbortError') this.status = 'cancelled';
      else this.refuse(error);
      return null;
    }
  }

  cancel(): void {
    this.controller?.abort();
  }

  /** Stops the batch under way and forgets it: it reports nothing, not even that it was cancelled. */
  protected abandon(): void {
    const controller = this.controller;
    this.controller = null;
    controller?.abort();
    if (this.status === 'running') this.status = 'idle';
  }
}
