// Compare two to four scenarios: all run with the baseline's seed and replication count (common
// random numbers), summarised, and each alternative paired with the baseline (`compareRuns`).
import {
  bestIndex,
  type Comparison,
  type RunSummary,
  KPIS,
  type KpiName,
  type Scenario,
  formatIssue,
  type Issue,
  type RiskSummary,
  type Explanation,
  type KpiRun,
} from '../../sim/index.ts';
import type { RiskTargets } from '../risk/targets.svelte.ts';
import type { Summariser } from '../workers/summary-client.ts';
import type { ScenarioLibrary } from '../library/library.svelte.ts';
import type { ScenarioValidator } from '../workers/scenario-client.ts';
import type { WebWorkersTransport } from '../workers/web-workers.ts';
import { BatchProgress } from '../run/batch.svelte.ts';
import { ProgressiveFeed, refinementPauseMs } from '../run/progressive.ts';
import type { CompareOutput } from '../workers/summary.api.ts';

/** One compared scenario and its results. */
export interface ComparedScenario {
  id: string;
  title: string;
  summary: RunSummary;
}

export const MAX_COMPARED = 4;

export class CompareState {
  picks = $state<string[]>([]);
  readonly progress: BatchProgress;
  entries = $state.raw<ComparedScenario[]>([]);
  /** comparisons[i] compares entries[i + 1] with entries[0]. */
  comparisons = $state.raw<Comparison[]>([]);
  /** risks[i]: entries[i] against the shared targets. */
  risks = $state.raw<RiskSummary[]>([]);
  /** explanations[i]: why GMV and profit moved from entries[0] to entries[i + 1]. */
  explanations = $state.raw<Explanation[]>([]);
  /** Each entry's KPIs per replication, kept to reassess risk when the targets change. */
  private kpiRuns: KpiRun[][] = [];
  /** Per KPI, the index of the best entry (−1 when neutral). */
  winners: Record<KpiName, number> = $derived(winnersOf(this.entries));
  seed = $state(0);
  replications = $state(0);
  /**
   * While a comparison is under way: how many paired replications (landed in every scenario) the
   * figures on screen rest on, of how many; null once the full comparison is on screen.
   */
  partial = $state.raw<{ done: number; total: number } | null>(null);
  /** Counts comparisons: answers for an older one than the latest are dropped, never painted. */
  private generation = 0;

  constructor(
    private readonly library: ScenarioLibrary,
    private readonly validator: ScenarioValidator,
    transport: WebWorkersTransport,
    private readonly summariser: Summariser,
    private readonly targets: RiskTargets,
    /** A scenario issue as `line:col: path: message` in the workbench's language. */
    private readonly issueLine: (issue: Issue) => string = formatIssue,
  ) {
    this.progress = new BatchProgress(transport);
  }

  /** Starts from the selected scenario and the next built-in of its folder. */
  ensurePicks(): void {
    if (this.picks.length >= 2) return;
    const first = this.library.selectedId;
    const sibling = this.library.builtins.find((b) => b.id !== first && b.group === this.library.selected.group) ?? this.library.builtins.find((b) => b.id !== first);
    this.picks = sibling ? [first, sibling.id] : [first];
  }

  setPick(index: number, id: string): void {
    this.picks = this.picks.map((p, i) => (i === index ? id : p));
  }

  addPick(): void {
    if (this.picks.length < MAX_COMPARED) this.picks = [...this.picks, this.library.builtins[0]?.id ?? this.picks[0]];
  }

  removePick(index: number): void {
    if (this.picks.length > 2) this.picks = this.picks.filter((_, i) => i !== index);
  }

  async run(): Promise<void> {
    const scenarios: { id: string; title: string; scenario: Scenario }[] = [];
    const problems: string[] = [];
    for (const id of this.picks) {
      const entry = this.library.entry(id);
      if (!entry) continue;
      const result = await this.validator.validateOnce(entry.text, entry.fileName);
      if (result.ok) scenarios.push({ id, title: entry.title, scenario: result.scenario });
      else problems.push(`${entry.title}: ${result.issues.map((i) => this.issueLine({ ...i, file: undefined })).join('; ')}`);
    }
    if (problems.length > 0) return this.progress.refuse(problems.join('\n'));
    if (scenarios.length < 2) return this.progress.refuse('pick two to four scenarios');
    const { seed, replications } = scenarios[0].scenario;
    this.seed = seed;
    this.replications = replications;
    const generation = ++this.generation;
    const before = { entries: this.entries, comparisons: this.comparisons, risks: this.risks, explanations: this.explanations };
    void this.summariser.partialBegin(generation, scenarios.length);
    const feed = new ProgressiveFeed(
      () => this.summariser.partialCompare(generation, this.targets.conditions),
      (landed) => {
        if (generation !== this.generation || !this.progress.running) return;
        this.show(scenarios, landed);
        this.partial = { done: landed.summaries[0].replications, total: replications };
      },
      { pauseAfter: (landed) => refinementPauseMs(landed.summaries.length * landed.summaries[0].replications) },
    );
    try {
      const groups = await this.progress.execute(
        scenarios.map((s) => ({ scenario: s.scenario, seed, replications })),
        undefined,
        (job, _replication, run) => {
          void this.summariser.partialAdd(generation, job, run);
          feed.landed();
        },
      );
      feed.stop();
      if (generation !== this.generation) return;
      if (!groups) {
        // Cancelled or failed: the previous comparison comes back, never a part of this one.
        Object.assign(this, before, { partial: null });
        return;
      }
      const out = await this.summariser.compare(groups, this.targets.conditions);
      if (generation !== this.generation) return;
      this.show(scenarios, out);
      this.kpiRuns = out.kpiRuns;
      this.partial = null;
    } finally {
      feed.stop();
      void this.summariser.partialEnd(generation);
    }
  }

  private show(scenarios: { id: string; title: string }[], out: CompareOutput): void {
    this.entries = scenarios.map((s, i) => ({ id: s.id, title: s.title, summary: out.summaries[i] }));
    this.comparisons = out.comparisons;
    this.risks = out.risks;
    this.explanations = out.explanations;
  }

  /** Assesses the compared runs again against the targets as they are now. */
  async reassess(): Promise<void> {
    const kpiRuns = this.kpiRuns;
    if (kpiRuns.length === 0 || this.partial) return;
    const risks = await this.summariser.risk(kpiRuns, this.targets.conditions);
    if (kpiRuns === this.kpiRuns) this.risks = risks;
  }
}

function winnersOf(entries: readonly ComparedScenario[]): Record<KpiName, number> {
  const out = {} as Record<KpiName, number>;
  for (const k of KPIS) out[k] = entries.length < 2 ? -1 : bestIndex(k, entries.map((e) => e.summary.kpis[k].mean));
  return out;
}
