// Sweep one or two levers of the scenario in the editor over a grid (BehaviorSpace): every grid
// point runs the same replications with the same seed, spread over the web workers.
import {
  bestCell,
  sweepJobs,
  sweepResult,
  type SweepCellSummary,
  type TidyRow,
  type KpiName,
  type RunResult,
  type Scenario,
} from '../../sim/index.ts';
import type { ScenarioValidator } from '../workers/scenario-client.ts';
import type { WebWorkersTransport } from '../workers/web-workers.ts';
import { BatchProgress } from '../run/batch.svelte.ts';
import { leverValues, type LeverSpec } from './sweep-view.ts';

export class SweepState {
  specs = $state<LeverSpec[]>([]);
  kpi = $state<KpiName>('profitCny');
  readonly progress: BatchProgress;
  cells = $state.raw<SweepCellSummary[]>([]);
  rows = $state.raw<TidyRow[]>([]);
  /** Lever paths of the results on screen. */
  paths = $state.raw<string[]>([]);
  replications = $state(0);
  best: SweepCellSummary | undefined = $derived(this.cells.length > 0 ? bestCell(this.cells, this.kpi) : undefined);

  constructor(
    private readonly validator: ScenarioValidator,
    transport: WebWorkersTransport,
  ) {
    this.progress = new BatchProgress(transport);
  }

  /** Runs the grid over `scenario`; refuses with a message when a lever row is wrong. */
  async run(scenario: Scenario): Promise<void> {
    if (this.specs.length < 1 || this.specs.length > 2) return this.progress.refuseWith({ key: 'sweep.oneOrTwo' });
    const levers = [];
    for (const spec of this.specs) {
      const parsed = leverValues(spec);
      if (!parsed.ok) return this.progress.refuseWith({ key: parsed.key, params: { path: spec.path } });
      levers.push({ path: spec.path, values: parsed.values });
    }
    const plan = await this.validator.planSweep(scenario, levers);
    if (!plan.ok) return this.progress.refuse(plan);
    const reps = scenario.replications;
    const grouped = await this.progress.execute(sweepJobs(plan.cells, reps, scenario.seed));
    if (!grouped) return;
    const result = sweepResult(levers, plan.cells, reps, scenario.seed, grouped);
    this.cells = result.cells;
    this.rows = result.rows;
    this.paths = levers.map((l) => l.path);
    this.replications = reps;
  }
}
