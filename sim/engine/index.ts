// The engine's public API: one replication of a scenario (`simulate`), the same with its
// ledger and work counters (`runSimulation`), and the run options and errors callers see.
export { simulate, runSimulation, type SimulationRun } from './simulate.ts';
export type { SimulateOptions, ReplenishmentForecaster, ForecasterRegistry } from './options.ts';
export { ScenarioRunError } from './errors.ts';
export { movingAverageForecaster } from './forecast.ts';
export type { Ledger } from './counters.ts';
export { MAX_TRACED_SHOPPERS, tracedIds, type ShopperTrace, type TraceEvent, type ChurnReason, type ComplaintReason } from './trace.ts';
