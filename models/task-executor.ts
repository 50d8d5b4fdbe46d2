// The executor every transport runs (in-thread, Node worker threads, browser web workers, queue
// workers): the engine with the replenishment forecasters of models/, and forecast chunks. The
// model code loads only when a task needs it, so a worker that only simulates starts fast.
import { createExecutor, type Executor, type RunReplication } from '../sim/experiment/executor.ts';
import { replenishmentForecastersFor, type ForecasterLoading } from './replenishment-forecasters.ts';

/**
 * An executor for replications (any forecaster a scenario names) and forecast chunks; `simulate`
 * runs the replications (default: the engine's `simulate`).
 */
export function modelsExecutor(loading: ForecasterLoading = {}, simulate?: RunReplication): Executor {
  return createExecutor({
    simulate,
    forecasters: (scenario) => replenishmentForecastersFor([scenario], loading),
    forecastChunk: async (input, onSeries, signal) => (await import('./backtest/chunk.ts')).runForecastChunk(input, onSeries, signal),
  });
}
