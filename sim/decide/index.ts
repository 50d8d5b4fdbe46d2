// Decision tools on the simulation: optimiser and budget allocator, response curves, and the
// evaluator they (and sensitivity and explain) run through.
export * from './evaluator.ts';
export * from './range.ts';
export * from './budget.ts';
export * from './budget-spec.ts';
export * from './pattern-search.ts';
export * from './optimise.ts';
export * from './response.ts';
export * from './answer-scenario.ts';
export * from './sensitivity.ts';
export * from './explain.ts';
export * from './finance.ts';
