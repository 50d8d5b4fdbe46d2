// The sensitivity tornado of the scenario in the editor: every editor lever at ± a percentage,
// planned in the scenario worker, run over the web workers by the one experiment runner (same
// seed for every scenario: common random numbers), and read for whichever KPI is chosen.
import { tornadoOf, kpisOnly, type KpiName, type KpiRun, type LeverRange, type Scenario, type Tornado } from '../../sim/index.ts';
import type { ScenarioValidator } from '../workers/scenario-client.ts';
import type { WebWorkersTransport } from '../workers/web-workers.ts';
import { BatchProgress } from '../run/batch.svelte.ts';
import type { I18n } from '../i18n/i18n.svelte.ts';

export class SensitivityState {
  kpi = $state<KpiName>('profitCny');
  /** The ± range of every lever, in percent of today's value. */
  pct = $state(20);
  /** Replications per scenario; empty (null) or 0 means the scenario's own. */
  replications = $state<number | null>(null);
  readonly progress: BatchProgress;
  ranges = $state.raw<LeverRange[]>([]);
  /** runs[s][r]: the base, then each range's low and high end; KPIs only. */
  runs = $state.raw<KpiRun[][]>([]);
  /** Text of the scenario the tornado on screen was run on. */
  scenarioText = $state('');
  tornado: Tornado | null = $derived(this.runs.length > 0 && this.runs.length === 1 + 2 * this.ranges.length ? tornadoOf(this.kpi, this.ranges, this.runs) : null);

  constructor(
    private readonly validator: ScenarioValidator,
    transport: WebWorkersTransport,
    private readonly i18n: I18n,
  ) {
    this.progress = new BatchProgress(transport);
  }

  /** Runs the tornado of `scenario` (written as `text`); refuses with a message when the settings are out of range. */
  async run(scenario: Scenario, text: string): Promise<void> {
    const pct = Number(this.pct);
    if (!(pct > 0 && pct < 100)) return this.progress.refuse(this.i18n.t('sens.pctBad', { value: String(this.pct) }));
    const reps = Number(this.replications) || scenario.replications;
    if (!Number.isInteger(reps) || reps < 1 || reps > 1000) return this.progress.refuse(this.i18n.t('sens.repsBad', { value: String(this.replications) }));
    const plan = await this.validator.planTornado(scenario, pct / 100);
    if (!plan.ok) return this.progress.refuse(plan);
    if (plan.ranges.length === 0) return this.progress.refuse(this.i18n.t('sens.none'));
    const groups = await this.progress.execute(plan.scenarios.map((s) => ({ scenario: s, seed: scenario.seed, replications: reps })));
    if (!groups) return;
    this.ranges = plan.ranges;
    this.runs = groups.map((g) => g.map(kpisOnly));
    this.scenarioText = text;
  }
}
