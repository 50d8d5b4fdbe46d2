// The forecast studio: load a sales CSV (or the sample) in the forecast worker, pick a series and
// models, backtest and forecast, and turn the chosen forecast into stock decisions.
import * as Comlink from 'comlink';
import { byScore } from './csv-issues.ts';
import type { ForecastApi, LoadSummary, PolicyInput, PolicyOutput, StudioRun } from '../workers/forecast.api.ts';
import type { UiFailure } from '../i18n/translate.ts';

type Loaded = Extract<LoadSummary, { ok: true }>;
type DataIssue = Extract<LoadSummary, { ok: false }>['issues'][number];

export const DEFAULT_MODELS = ['snaive', 'ets', 'croston', 'auto'];

export class ForecastStudio {
  loading = $state(false);
  running = $state(false);
  fileName = $state('');
  data = $state.raw<Loaded | null>(null);
  issues = $state.raw<DataIssue[]>([]);
  models = $state.raw<string[]>([]);
  chosenModels = $state<string[]>([...DEFAULT_MODELS]);
  series = $state(0);
  horizon = $state(28);
  windows = $state(3);
  progress = $state(0);
  /** What went wrong, shown in the page's language (null: nothing). */
  error = $state.raw<UiFailure | null>(null);
  result = $state.raw<StudioRun | null>(null);
  shownModel = $state('');
  policyInput = $state<Omit<PolicyInput, 'model'>>({ leadTimePeriods: 7, leadTimeSdPeriods: 1.5, serviceLevel: 0.95, unitPrice: 129, unitCost: 55, salvageValue: 20, orderCost: 200, holdingCostPerPeriod: 0.05, backorderCostPerPeriod: 2, productionRatePerPeriod: 300 });
  policy = $state.raw<PolicyOutput | null>(null);
  policyError = $state.raw<UiFailure | null>(null);

  private worker: Worker | null = null;
  private api: Comlink.Remote<ForecastApi> | null = null;

  private remote(): Comlink.Remote<ForecastApi> {
    if (!this.api) {
      this.worker = new Worker(new URL('../workers/forecast.worker.ts', import.meta.url), { type: 'module', name: 'shoplab-forecast' });
      this.worker.addEventListener('error', (e) => {
        e.preventDefault();
        this.error = e.message ? { key: 'forecast.workerStopped', params: { reason: e.message } } : { key: 'forecast.workerStoppedUnknown' };
        this.reset();
      });
      this.api = Comlink.wrap<ForecastApi>(this.worker);
      void this.api.models().then((m) => (this.models = m));
    }
    return this.api;
  }

  private reset(): void {
    this.worker?.terminate();
    this.worker = null;
    this.api = null;
    this.running = this.loading = false;
  }

  /** Loads a dropped or chosen file, or the bundled sample (null). */
  async load(file: File | null): Promise<void> {
    this.loading = true;
    this.error = null;
    this.fileName = file ? file.name : 'sample-sales.csv';
    try {
      const summary = await this.remote().load(file);
      if (summary.ok) {
        this.data = summary;
        this.issues = summary.warnings;
        this.series = 0;
        this.result = null;
        this.policy = null;
      } else {
        this.data = null;
        this.issues = summary.issues;
      }
    } catch (error) {
      this.error = { caught: error };
    } finally {
      this.loading = false;
    }
  }

  toggleModel(name: string, on: boolean): void {
    this.chosenModels = on ? [...new Set([...this.chosenModels, name])] : this.chosenModels.filter((m) => m !== name);
  }

  async run(): Promise<void> {
    if (!this.data || this.chosenModels.length === 0) return;
    this.running = true;
    this.error = null;
    this.progress = 0;
    try {
      const models = this.models.filter((m) => this.chosenModels.includes(m));
      this.result = await this.remote().run(this.series, models, this.horizon, this.windows, Comlink.proxy((done: number, total: number) => (this.progress = done / total)));
      const best = this.result.leaderboard.slice().sort(byScore)[0];
      this.shownModel = best?.model ?? models[0];
      await this.updatePolicy();
    } catch (error) {
      this.error = { caught: error };
    } finally {
      this.running = false;
    }
  }

  async updatePolicy(): Promise<void> {
    if (!this.result || !this.shownModel) return;
    try {
      this.policy = await this.remote().policy({ model: this.shownModel, ...$state.snapshot(this.policyInput) });
      this.policyError = null;
    } catch (error) {
      this.policy = null;
      this.policyError = { caught: error };
    }
  }
}
