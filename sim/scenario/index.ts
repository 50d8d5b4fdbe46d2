// Public API of scenario loading: schema, formulas, loader, issues and the JSON Schema export.
export * from './schema.ts';
export { checkFormula, evaluateDaily, inspectFormula, FormulaError, TIME_VARIABLES, type FormulaContext, type FormulaProblem } from './formula.ts';
export { loadScenario, parseScenarioText, validateScenario, type LoadResult, type ParseOptions } from './load.ts';
export { formatIssue, formatIssueIn, shownValue, type Issue, type IssueBase } from './issue.ts';
export { fieldBounds, type FieldBounds } from './fieldBounds.ts';
export { FORMULA_LIMITS } from './formulaLimits.ts';
export { formulaMemo, memoFits, type FormulaMemo } from './formulaMemo.ts';
export { SCENARIO_FILE_LIMITS } from './loaderMessages.ts';
export { deepMerge, type ReadText } from './extends.ts';
export { scenarioJsonSchema, scenarioJsonSchemaText } from './jsonSchema.ts';
export { decodeScenarioBytes, type Decoded } from './decode.ts';
export * from './loaderMessages.ts';
export { CodedError, codedCopy, codedFields, codedRangeError, errorText, messageOf, type CodedFields } from './codedError.ts';
// The editor's levers (the workbench names this `Lever`; sim/experiment has its own sweep `Lever`).
export { buildLevers, sliderMax, sweepableLevers, type Lever as ScenarioLever, type LeverGroup, type LeverLabel, type LeverUnit } from './levers.ts';
