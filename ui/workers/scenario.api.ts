// Validates scenario text off the main thread: the loader needs mathjs (formulas), which must
// never load in the page's bundle. `extends` between built-ins resolves over the bundled files.
import { parseScenarioText } from '../../sim/scenario/load.ts';
import type { Issue } from '../../sim/scenario/issue.ts';
import type { Scenario } from '../../sim/scenario/schema.ts';
import { readBuiltin } from '../library/builtins.ts';

/** What validation answers: the resolved scenario, or every problem found. */
export type ValidationResult = { ok: true; scenario: Scenario; warnings: Issue[] } | { ok: false; issues: Issue[] };

export const scenarioApi = {
  /** Parses and checks `text` as if it were the file `fileName` (a virtual path under /scenarios). */
  validate(text: string, fileName: string): ValidationResult {
    try {
      const result = parseScenarioText(text, { fileName, readText: (path: string) => readBuiltin(path) });
      return result.ok ? { ok: true, scenario: result.scenario, warnings: result.warnings } : { ok: false, issues: result.issues };
    } catch (error) {
      // The loader reports problems as issues; anything thrown is still shown, never swallowed.
      return { ok: false, issues: [{ path: '', message: error instanceof Error ? error.message : String(error), severity: 'error' }] };
    }
  },
};

export type ScenarioApi = typeof scenarioApi;
