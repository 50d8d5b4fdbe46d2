// The full scenario layer of a run: every field checked against the schema (zod) and formulas
// evaluated by the formula sandbox (mathjs) where the run has no memo of them.
import { evaluateDaily } from '../scenario/formula.ts';
import { ScenarioSchema, type Scenario } from '../scenario/schema.ts';
import { explainZodIssues } from '../scenario/zodIssues.ts';
import { ScenarioRunError } from './errors.ts';
import type { ScenarioLayer } from './layer.ts';

/**
 * Throws ScenarioRunError, naming the first field outside its stated range, for a scenario that
 * did not come through the loader (built in code, or changed after loading).
 */
export function checkFields(scenario: Scenario): void {
  const checked = ScenarioSchema.safeParse(scenario);
  if (checked.success) return;
  const [first] = explainZodIssues(ScenarioSchema, checked.error.issues, scenario);
  throw new ScenarioRunError(first.path.map(String).join('.'), first);
}

/** The layer `simulate` runs with. */
export const FULL_LAYER: ScenarioLayer = { checkFields, evaluateDaily };
