// One scenario's Monte Carlo run: replications over the web workers, progress with time left,
// cancel, the results (kept whole, replaced at once) and their summary.
import { type RunSummary, type RunResult, type Scenario, type RiskSummary, kpisOnly } from '../../sim/index.ts';
import { summariseKpis, type KpiName, type KpiRun, type KpiSummary } from '../../sim/light.ts';
import type { Summariser } from '../workers/summary-client.ts';
import type { RiskTargets } from '../risk/targets.svelte.ts';
import type { WebWorkersTransport } from '../workers/web-workers.ts';
import { BatchProgress } from './batch.svelte.ts';
import { JOURNEY_SHOPPERS } from './journey.ts';

/** One scenario's run: a batch of its replications whose results are summarised before they show. */
export class RunState extends BatchProgress {
  runs = $state.raw<RunResult[]>([]);
  summary = $state.raw<RunSummary | null>(null);
  /** Risk of the runs on screen against the shared targets. */
  risk = $state.raw<RiskSummary | null>(null);
  /** Opening cash of the scenario the runs on screen came from (CNY; NaN after a reload until it is read again). */
  openingCashCny = $state(NaN);
  /** Scenario text and id the results belong to. */
  resultText = $state('');
  resultScenarioId = $state('');
  /** Time the summary worker took for the last run, transfers included (ms), for the benchmark. */
  summariseMs = $state(NaN);
  /**
   * While a run is under way: the KPIs of the replications landed so far (`done` of `total`),
   * refined as each lands; the cards show these until the full summary replaces them.
   */
  partial = $state.raw<{ kpis: Record<KpiName, KpiSummary>; done: number; total: number } | null>(null);

  constructor(
    transport: WebWorkersTransport,
    private readonly summariser: Summariser,
    private readonly targets: RiskTargets,
  ) {
    super(transport);
  }

  /**
   * Runs every replication of `scenario`; keeps the previous results until the new ones are
   * complete. With `keep`, the summary worker also stores them as the last results.
   */
  async run(scenario: Scenario, scenarioId: string, text: string, keep = false): Promise<boolean> {
    this.partial = null;
    const landed: KpiRun[] = [];
    const onResult = (_job: number, _replication: number, run: RunResult) => {
      landed.push(kpisOnly(run));
      // Replication order, so the running figures are those of the first n replications' set.
      landed.sort((a, b) => a.replication - b.replication);
      this.partial = { kpis: summariseKpis(landed), done: landed.length, total: scenario.replications };
    };
    const runs = await this.execute([{ scenario, seed: scenario.seed, replications: scenario.replications, trace: JOURNEY_SHOPPERS }], async ([done]) => {
      const t = performance.now();
      const summarised = await this.summariser.summarise(done, keep ? { scenarioId, text, elapsedMs: this.elapsedMs } : undefined, this.targets.conditions);
      this.summariseMs = performance.now() - t;
      return () => {
        this.runs = summarised.runs;
        this.summary = summarised.summary;
        this.partial = null;
        this.risk = summarised.risk;
        this.openingCashCny = scenario.finance.openingCashCny;
        this.resultText = text;
        this.resultScenarioId = scenarioId;
      };
    }, onResult);
    if (runs === null && this.status !== 'running') this.partial = null;
    return runs !== null;
  }

  /** Puts saved results back on screen (after a reload). */
  async restore(saved: RunResult[], text: string, scenarioId: string, elapsedMs: number): Promise<void> {
    if (saved.length === 0) return;
    const { runs, summary, risk } = await this.summariser.summarise(saved, undefined, this.targets.conditions);
    this.runs = runs;
    this.summary = summary;
    this.risk = risk;
    this.resultText = text;
    this.resultScenarioId = scenarioId;
    this.elapsedMs = elapsedMs;
    this.tasksDone = this.tasksTotal = runs.length;
    this.fraction = 1;
    this.status = 'done';
  }

  /** Assesses the runs on screen again against the targets as they are now. */
  async reassess(): Promise<void> {
    const runs = this.runs;
    if (runs.length === 0) return;
    const [risk] = await this.summariser.risk([runs.map(kpisOnly)], this.targets.conditions);
    if (runs === this.runs) this.risk = risk;
  }
}
