// One scenario's Monte Carlo run: replications over the worker pool, progress with time left,
// cancel, the results (kept whole, replaced at once) and their summary.
import type { RunSummary } from '../../sim/experiment/summarise.ts';
import type { Summariser } from '../workers/summary-client.ts';
import type { RunResult } from '../../sim/result.ts';
import type { Scenario } from '../../sim/scenario/schema.ts';
import type { SimPool } from '../workers/sim-pool.ts';
import { remainingMs } from './eta.ts';

export type RunStatus = 'idle' | 'running' | 'done' | 'cancelled' | 'failed';

/** Replications to run for a scenario, with an optional crash injected for tests. */
export function replicationTasks(scenario: Scenario, crashReplication = -1) {
  return Array.from({ length: scenario.replications }, (_, r) => ({ scenario, seed: scenario.seed, replication: r, crash: r === crashReplication }));
}

export class RunState {
  status = $state<RunStatus>('idle');
  fraction = $state(0);
  tasksDone = $state(0);
  tasksTotal = $state(0);
  remaining = $state(NaN);
  elapsedMs = $state(0);
  error = $state('');
  notices = $state.raw<string[]>([]);
  runs = $state.raw<RunResult[]>([]);
  summary = $state.raw<RunSummary | null>(null);
  /** Scenario text and id the results belong to. */
  resultText = $state('');
  resultScenarioId = $state('');
  /** Time from Run to the first finished replication (ms), for the benchmark. */
  firstResultMs = $state(NaN);
  /** Time the summary worker took for the last run, transfers included (ms), for the benchmark. */
  summariseMs = $state(NaN);

  private controller: AbortController | null = null;

  constructor(
    private readonly pool: SimPool,
    private readonly summariser: Summariser,
    private readonly crashReplication = -1,
  ) {}

  get running(): boolean {
    return this.status === 'running';
  }

  /** Runs every replication of `scenario`; keeps the previous results until the new ones are complete. */
  async run(scenario: Scenario, scenarioId: string, text: string): Promise<boolean> {
    this.controller?.abort();
    const controller = new AbortController();
    this.controller = controller;
    this.status = 'running';
    this.error = '';
    this.notices = [];
    this.fraction = 0;
    this.tasksDone = 0;
    this.tasksTotal = scenario.replications;
    this.remaining = NaN;
    this.firstResultMs = NaN;
    const started = performance.now();
    try {
      const runs = await this.pool.runTasks(replicationTasks(scenario, this.crashReplication), {
        signal: controller.signal,
        onProgress: (p) => {
          const elapsed = performance.now() - started;
          this.fraction = p.fraction;
          if (p.tasksDone > 0 && this.tasksDone === 0) this.firstResultMs = elapsed;
          this.tasksDone = p.tasksDone;
          this.elapsedMs = elapsed;
          this.remaining = remainingMs(p.fraction, elapsed);
        },
        onCrash: (message) => (this.notices = [...this.notices, message]),
      });
      const t = performance.now();
      const summarised = await this.summariser.summarise(runs);
      this.summariseMs = performance.now() - t;
      if (controller !== this.controller) return false;
      this.runs = summarised.runs;
      this.summary = summarised.summary;
      this.resultText = text;
      this.resultScenarioId = scenarioId;
      this.elapsedMs = performance.now() - started;
      this.status = 'done';
      return true;
    } catch (error) {
      if (controller !== this.controller) return false;
      if (error instanceof DOMException && error.name === 'AbortError') this.status = 'cancelled';
      else {
        this.status = 'failed';
        this.error = error instanceof Error ? error.message : String(error);
      }
      return false;
    }
  }

  cancel(): void {
    this.controller?.abort();
  }

  /** Puts saved results back on screen (after a reload). */
  async restore(saved: RunResult[], text: string, scenarioId: string, elapsedMs: number): Promise<void> {
    if (saved.length === 0) return;
    const { runs, summary } = await this.summariser.summarise(saved);
    this.runs = runs;
    this.summary = summary;
    this.resultText = text;
    this.resultScenarioId = scenarioId;
    this.elapsedMs = elapsedMs;
    this.tasksDone = this.tasksTotal = runs.length;
    this.fraction = 1;
    this.status = 'done';
  }
}
