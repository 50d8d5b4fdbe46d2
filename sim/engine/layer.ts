// What a run needs from the scenario layer that would bring large libraries into a bundle: zod's
// check of every field, and mathjs's formula evaluator. `simulate` uses the full layer; a web
// worker running the runner's jobs starts with the light one, since the page validated every
// job's scenario and evaluated its formulas already (the memo), and loads the full one on need.
import type { FormulaContext } from '../scenario/formula.ts';
import { memoDaily } from '../scenario/formulaMemoFit.ts';
import type { Formula, Scenario } from '../scenario/schema.ts';

/** The scenario checks and formula evaluation a run uses. */
export interface ScenarioLayer {
  /** Throws ScenarioRunError naming the first field outside its range. */
  checkFields(scenario: Scenario): void;
  /** A number's or formula's value on every day of `ctx`'s horizon; throws FormulaError. */
  evaluateDaily(formula: Formula, ctx: FormulaContext, where: string): Float64Array;
}

/** Thrown by the light layer for a formula its memo does not hold: run again with the full layer. */
export class FormulaEvaluatorNeeded extends Error {
  constructor(readonly where: string) {
    super(`${where}: the formula evaluator is needed (the formula is not in the run's memo)`);
    this.name = 'FormulaEvaluatorNeeded';
  }
}

/**
 * The light layer: trusts that the scenario passed the schema (the runner's jobs did, in the
 * page) and takes formulas from the run's memo, throwing FormulaEvaluatorNeeded for any other.
 */
export const LIGHT_LAYER: ScenarioLayer = {
  checkFields: () => {},
  evaluateDaily(formula, ctx, where) {
    if (typeof formula === 'number') return new Float64Array(ctx.days).fill(formula);
    const known = memoDaily(formula, ctx);
    if (known === undefined) throw new FormulaEvaluatorNeeded(where);
    return known;
  },
};
