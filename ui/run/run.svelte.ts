// One scenario's Monte Carlo run: replications over the web workers, progress with time left,
// cancel, the results (kept whole, replaced at once) and their summary.
import { type RunSummary, type RunResult, type Scenario, type RiskSummary, kpisOnly } from '../../sim/index.ts';
import type { Summariser } from '../workers/summary-client.ts';
import type { PartialRunSummary } from '../workers/summary.api.ts';
import type { RiskTargets } from '../risk/targets.svelte.ts';
import type { WebWorkersTransport } from '../workers/web-workers.ts';
import { BatchProgress } from './batch.svelte.ts';
import { JOURNEY_SHOPPERS } from './journey.ts';
import { ProgressiveFeed, refinementPauseMs } from './progressive.ts';

/** The results of the replications landed so far, `done` of `total`, with replication 0's traced shoppers once it landed. */
export type PartialResults = PartialRunSummary & { total: number; trace: RunResult['trace'] };

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
   * While a run is under way: the summary (KPIs, daily series, channels, risk) of the replications
   * landed so far, refined a few times a second; the view shows it until the full summary replaces it.
   */
  partial = $state.raw<PartialResults | null>(null);
  /** Whether the run under way was started by a lever move (live mode) rather than by Run. */
  live = $state(false);
  /** Time from start to the first partial results on screen (ms), for the benchmark. */
  firstPartialMs = $state(NaN);
  /** Counts runs: answers for an older run than the latest are dropped, never painted. */
  private generation = 0;

  constructor(
    transport: WebWorkersTransport,
    private readonly summariser: Summariser,
    private readonly targets: RiskTargets,
  ) {
    super(transport);
  }

  /**
   * Runs every replication of `scenario`; the previous results stay until the first new
   * replications land, then `partial` refines until the full summary replaces it. With `keep`,
   * the summary worker also stores the runs as the last results; `live` marks a lever's re-run.
   */
  async run(scenario: Scenario, scenarioId: string, text: string, keep = false, live = false): Promise<boolean> {
    const generation = ++this.generation;
    this.partial = null;
    this.live = live;
    this.firstPartialMs = NaN;
    const started = performance.now();
    let trace: RunResult['trace'];
    void this.summariser.partialBegin(generation, 1);
    const feed = new ProgressiveFeed(
      () => this.summariser.partialSummary(generation, this.targets.conditions),
      (landed) => {
        if (generation !== this.generation || this.status !== 'running') return;
        if (Number.isNaN(this.firstPartialMs)) this.firstPartialMs = performance.now() - started;
        this.partial = { ...landed, total: scenario.replications, trace };
      },
      { pauseAfter: (landed) => refinementPauseMs(landed.done) },
    );
    const onResult = (_job: number, replication: number, run: RunResult) => {
      if (replication === 0) trace = run.trace;
      void this.summariser.partialAdd(generation, 0, run);
      feed.landed();
    };
    try {
      const runs = await this.execute([{ scenario, seed: scenario.seed, replications: scenario.replications, trace: JOURNEY_SHOPPERS }], async ([done]) => {
        feed.stop();
        const t = performance.now();
        const info = keep ? { scenarioId, text, elapsedMs: this.elapsedMs } : undefined;
        // The summary worker holds every landed run already and its running summary is the final
        // one: nothing is sent again, nothing sorted again (summarise is the fallback).
        const finished = await this.summariser.partialFinish(generation, done.length, info, this.targets.conditions, trace);
        const summarised = finished ? { runs: done, ...finished } : await this.summariser.summarise(done, info, this.targets.conditions);
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
      if (runs === null && generation === this.generation) this.partial = null;
      return runs !== null;
    } finally {
      feed.stop();
      void this.summariser.partialEnd(generation);
    }
  }

  /**
   * Drops the run under way without calling it cancelled, because a newer one (a lever moved in
   * live mode) is about to take its place; its results are never shown.
   */
  supersede(): void {
    this.generation++;
    this.partial = null;
    this.abandon();
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
