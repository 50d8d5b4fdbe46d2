// ShopLab's simulation API for the CLI, the UI workers and tests: scenario schema, formulas and
// loader, seeded random streams, the run result contract, and the engine.
export * from './scenario/index.ts';
export { Rng, hashString, type StreamPurpose } from './random.ts';
export * from './result.ts';
export { VERSION } from './version.ts';
export * from './engine/index.ts';
// The experiment layer (Monte Carlo replications, summaries, comparisons, sweeps) is appended
// below by its owner: export * from './experiment/index.ts';
export * from './calibrate/index.ts';
export * from './experiment/index.ts';
