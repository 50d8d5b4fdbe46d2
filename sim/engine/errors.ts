// Problems the engine finds in a scenario that the schema cannot see (an unknown SKU id in a
// promotion, shares that sum to zero), phrased for the person who wrote the scenario.

/** A scenario problem found when compiling a run; `path` names the field (dotted). */
export class ScenarioRunError extends Error {
  constructor(
    readonly path: string,
    message: string,
  ) {
    super(`${path}: ${message}`);
    this.name = 'ScenarioRunError';
  }
}
