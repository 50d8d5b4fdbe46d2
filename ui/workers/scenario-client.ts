// The page's handle on the validation worker: one worker, latest request wins.
import * as Comlink from 'comlink';
import type { ScenarioApi, SweepPlan, TornadoPlan, ValidationResult } from './scenario.api.ts';
import type { Scenario, Lever } from '../../sim/index.ts';
import { loaderMessage, type Issue } from '../../sim/light.ts';
import { rememberFormulas } from './formula-memos.ts';

/** The issue shown when the validation worker itself fails (it died, or could not start). */
function validationFailed(error: unknown): Issue {
  return { path: '', severity: 'error', ...loaderMessage('validation.failed', { detail: error instanceof Error ? error.message : String(error), crashed: true }) };
}

/** Keeps the formula values of a valid scenario for its runs (formula-memos.ts). */
function remembered(result: ValidationResult): ValidationResult {
  if (result.ok) rememberFormulas(result.formulas);
  return result;
}

export class ScenarioValidator {
  private worker: Worker | null = null;
  private api: Comlink.Remote<ScenarioApi> | null = null;
  private sequence = 0;

  private remote(): Comlink.Remote<ScenarioApi> {
    if (!this.api) {
      this.worker = new Worker(new URL('./scenario.worker.ts', import.meta.url), { type: 'module', name: 'shoplab-validate' });
      this.api = Comlink.wrap<ScenarioApi>(this.worker);
    }
    return this.api;
  }

  /** The scenario a fresh simulation worker warms up on (scenario.api.ts); null if the worker failed. */
  async warmUpScenario(): Promise<Scenario | null> {
    try {
      return await this.remote().warmUpScenario();
    } catch {
      return null;
    }
  }

  /** Validates text; resolves null when a newer request superseded this one. */
  async validate(text: string, fileName: string): Promise<ValidationResult | null> {
    const mine = ++this.sequence;
    try {
      const result = remembered(await this.remote().validate(text, fileName));
      return mine === this.sequence ? result : null;
    } catch (error) {
      this.dispose();
      return { ok: false, issues: [validationFailed(error)] };
    }
  }

  /** Validates text without superseding other requests (compare and sweep check several). */
  async validateOnce(text: string, fileName: string): Promise<ValidationResult> {
    try {
      return remembered(await this.remote().validate(text, fileName));
    } catch (error) {
      this.dispose();
      return { ok: false, issues: [validationFailed(error)] };
    }
  }

  /** The validated grid of a sweep over `scenario`. */
  async planSweep(scenario: Scenario, levers: Lever[]): Promise<SweepPlan> {
    try {
      return await this.remote().planSweep(scenario, levers);
    } catch (error) {
      this.dispose();
      return { ok: false, message: error instanceof Error ? error.message : String(error) };
    }
  }

  /** Every editor lever of `scenario` at ± `share` and the validated scenarios of its tornado. */
  async planTornado(scenario: Scenario, share: number): Promise<TornadoPlan> {
    try {
      return await this.remote().planTornado(scenario, share);
    } catch (error) {
      this.dispose();
      return { ok: false, message: error instanceof Error ? error.message : String(error) };
    }
  }

  dispose(): void {
    this.worker?.terminate();
    this.worker = null;
    this.api = null;
  }
}
