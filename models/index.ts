// Public API of models/: the forecaster contract, every forecaster, the registry and fallback,
// data loading, backtesting and metrics. (The Node file reader lives in models/data/node.ts,
// outside this index, so that browser bundles never see node:fs.)
// The neural model (TensorFlow.js) is the only part models/light.ts leaves out.
export * from './light.ts';
export * from './neural/index.ts';
export * from './backtest/chunk.ts';
export * from './replenishment-forecasters.ts';
export * from './forecaster-names.ts';
export * from './task-executor.ts';
