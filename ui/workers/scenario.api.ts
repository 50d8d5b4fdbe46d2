// Scenario work off the main thread: validation (the loader needs mathjs for formulas, which
// must never load in the page's bundle) and sweep planning (a zod validation per grid point).
// `extends` between built-ins resolves over the bundled files.
import { parseScenarioText } from '../../sim/scenario/load.ts';
import type { Issue } from '../../sim/scenario/issue.ts';
import type { Scenario } from '../../sim/scenario/schema.ts';
import { planSweep, type SweepCell } from '../../sim/experiment/sweep.ts';
import type { Lever } from '../../sim/experiment/vary.ts';
import { readBuiltin } from '../library/builtins.ts';
import { replenishmentForecasterNames } from '../../models/forecaster-names.ts';

/** The forecasters the workbench's simulation workers provide (sim.api.ts), neural included. */
const FORECASTERS = replenishmentForecasterNames();

/** What validation answers: the resolved scenario, or every problem found. */
export type ValidationResult = { ok: true; scenario: Scenario; warnings: Issue[] } | { ok: false; issues: Issue[] };

/** The grid of a sweep, or why it cannot be built (a bad path or value, too many points). */
export type SweepPlan = { ok: true; cells: SweepCell[] } | { ok: false; message: string };

export const scenarioApi = {
  /** Parses and checks `text` as if it were the file `fileName` (a virtual path under /scenarios). */
  validate(text: string, fileName: string): ValidationResult {
    try {
      const result = parseScenarioText(text, { fileName, readText: (path: string) => readBuiltin(path), forecasters: FORECASTERS });
      return result.ok ? { ok: true, scenario: result.scenario, warnings: result.warnings } : { ok: false, issues: result.issues };
    } catch (error) {
      // The loader reports problems as issues; anything thrown is still shown, never swallowed.
      return { ok: false, issues: [{ path: '', message: error instanceof Error ? error.message : String(error), severity: 'error' }] };
    }
  },

  /** Builds and validates every grid point of a sweep. */
  planSweep(scenario: Scenario, levers: Lever[]): SweepPlan {
    try {
      return { ok: true, cells: planSweep(scenario, levers) };
    } catch (error) {
      return { ok: false, message: error instanceof Error ? error.message : String(error) };
    }
  },
};

export type ScenarioApi = typeof scenarioApi;
