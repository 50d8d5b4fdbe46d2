// One scenario's Monte Carlo run: replications over the web workers, progress with time left,
// cancel, the results (kept whole, replaced at once) and their summary.
import type { RunSummary, RunResult, Scenario } from '../../sim/index.ts';
import type { Summariser } from '../workers/summary-client.ts';
import type { WebWorkersTransport } from '../workers/web-workers.ts';
import { BatchProgress } from './batch.svelte.ts';
import { JOURNEY_SHOPPERS } from './journey.ts';

/** One scenario's run: a batch of its replications whose results are summarised before they show. */
export class RunState extends BatchProgress {
  runs = $state.raw<RunResult[]>([]);
  summary = $state.raw<RunSummary | null>(null);
  /** Scenario text and id the results belong to. */
  resultText = $state('');
  resultScenarioId = $state('');
  /** Time the summary worker took for the last run, transfers included (ms), for the benchmark. */
  summariseMs = $state(NaN);

  constructor(
    transport: WebWorkersTransport,
    private readonly summariser: Summariser,
  ) {
    super(transport);
  }

  /**
   * Runs every replication of `scenario`; keeps the previous results until the new ones are
   * complete. With `keep`, the summary worker also stores them as the last results.
   */
  async run(scenario: Scenario, scenarioId: string, text: string, keep = false): Promise<boolean> {
    const runs = await this.execute([{ scenario, seed: scenario.seed, replications: scenario.replications, trace: JOURNEY_SHOPPERS }], async ([done]) => {
      const t = performance.now();
      const summarised = await this.summariser.summarise(done, keep ? { scenarioId, text, elapsedMs: this.elapsedMs } : undefined);
      this.summariseMs = performance.now() - t;
      return () => {
        this.runs = summarised.runs;
        this.summary = summarised.summary;
        this.resultText = text;
        this.resultScenarioId = scenarioId;
      };
    });
    return runs !== null;
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
