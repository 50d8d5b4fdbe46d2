// Scenario work off the main thread: validation (the loader needs mathjs for formulas, which
// must never load in the page's bundle), sweep and tornado planning (a zod validation per point).
// `extends` between built-ins resolves over the bundled files.
import {
  codedCopy,
  loaderMessage,
  type CodedFields,
  parseScenarioText,
  type Issue,
  type Scenario,
  planSweep,
  type SweepCell,
  type Lever,
  defaultSensitivityRanges,
  tornadoScenarios,
  type LeverRange,
  formulaMemo,
  type FormulaMemo,
  ScenarioSchema,
} from '../../sim/index.ts';
import { readBuiltin } from '../library/builtins.ts';
import { replenishmentForecasterNames } from '../../models/light.ts';

/** The forecasters the workbench's simulation workers provide (sim.api.ts), neural included. */
const FORECASTERS = replenishmentForecasterNames();

/** What validation answers: the resolved scenario, or every problem found. */
export type ValidationResult = { ok: true; scenario: Scenario; warnings: Issue[]; formulas: FormulaMemo } | { ok: false; issues: Issue[] };

/** The grid of a sweep, or why it cannot be built (a bad path or value, too many points). */
export type SweepPlan = { ok: true; cells: SweepCell[] } | PlanRefusal;

/** The runs of a one-way tornado (the base, then each lever's low and high end), or why it cannot be built. */
export type TornadoPlan = { ok: true; ranges: LeverRange[]; scenarios: Scenario[] } | PlanRefusal;

/** Why a plan cannot be built: the English message, and the code of sim/'s error when it has one (rendered in the page's language). */
export type PlanRefusal = { ok: false; message: string } & Partial<CodedFields>;

export const scenarioApi = {
  /**
   * The scenario a fresh simulation worker runs once and discards, to have the engine's hot code
   * compiled before the first real task: a small shop without formulas, so the worker needs
   * neither the schema nor the formula evaluator for it.
   */
  warmUpScenario(): Scenario {
    const base = ScenarioSchema.parse({ name: 'warm-up', days: 90, population: { size: 20000 } });
    const skus = Object.fromEntries(Object.entries(base.skus).map(([id, sku]) => [id, { ...sku, seasonality: 1 }]));
    return { ...base, skus };
  },

  /** Parses and checks `text` as if it were the file `fileName` (a virtual path under /scenarios). */
  validate(text: string, fileName: string): ValidationResult {
    try {
      const result = parseScenarioText(text, { fileName, readText: (path: string) => readBuiltin(path), forecasters: FORECASTERS });
      // The formulas are evaluated here once, so the simulation workers never need the evaluator.
      return result.ok ? { ok: true, scenario: result.scenario, warnings: result.warnings, formulas: formulaMemo(result.scenario) } : { ok: false, issues: result.issues };
    } catch (error) {
      // The loader reports problems as issues; anything thrown is still shown, never swallowed.
      const detail = error instanceof Error ? error.message : String(error);
      return { ok: false, issues: [{ path: '', severity: 'error', ...loaderMessage('validation.failed', { detail, crashed: false }) }] };
    }
  },

  /** Builds and validates every grid point of a sweep. */
  planSweep(scenario: Scenario, levers: Lever[]): SweepPlan {
    try {
      return { ok: true, cells: planSweep(scenario, levers) };
    } catch (error) {
      return { ok: false, message: error instanceof Error ? error.message : String(error), ...codedCopy(error) };
    }
  },

  /** Every editor lever of `scenario` at ± `share` (e.g. 0.2) and the scenarios of its tornado. */
  planTornado(scenario: Scenario, share: number): TornadoPlan {
    try {
      const ranges = defaultSensitivityRanges(scenario, share);
      return { ok: true, ranges, scenarios: tornadoScenarios(scenario, ranges) };
    } catch (error) {
      return { ok: false, message: error instanceof Error ? error.message : String(error), ...codedCopy(error) };
    }
  },
};

export type ScenarioApi = typeof scenarioApi;
