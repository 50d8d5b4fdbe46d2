// Runs one runner task in the current thread: the piece every transport's executor shares (the
// in-thread transport, a Node worker thread, a browser web worker, a queue worker).
import type { ForecastChunkInput, ForecastChunkOutput } from '../../models/backtest/chunk.ts';
import type { ForecasterRegistry, SimulateOptions } from '../engine/options.ts';
import type { RunResult } from '../result.ts';
import type { Scenario } from '../scenario/schema.ts';
import type { Task, TaskEvents, TaskResult } from './transport.ts';

/** Executes one task; throws the task's own error, or a DOMException named AbortError once `signal` aborts. */
export type Executor = (task: Task, events: TaskEvents, signal: AbortSignal) => Promise<TaskResult>;

/** The forecasters a scenario's forecast-driven replenishment needs (undefined: only the engine's built-in one). */
export type ForecasterSource = (scenario: Scenario) => ForecasterRegistry | undefined | Promise<ForecasterRegistry | undefined>;

/** Forecasts a chunk of a sales panel (models/backtest/chunk.ts `runForecastChunk`). */
export type ForecastChunkRunner = (input: ForecastChunkInput, onSeries?: (seriesDone: number) => void, signal?: AbortSignal) => ForecastChunkOutput | Promise<ForecastChunkOutput>;

/** Runs one replication: the engine's `simulate`, or `simulateJob` where a bundle must stay light. */
export type RunReplication = (scenario: Scenario, options: SimulateOptions) => RunResult | Promise<RunResult>;

/** What an executor can do beyond the engine: supply forecasters, forecast chunks, its own replication runner. */
export interface ExecutorParts {
  forecasters?: ForecasterSource;
  forecastChunk?: ForecastChunkRunner;
  /** Runs replications (default: the engine's `simulate`, loaded on the first replication). */
  simulate?: RunReplication;
}

/** The engine's `simulate`, imported on first use so that an executor given its own runner never loads it. */
const engineSimulate: RunReplication = async (scenario, options) => (await import('../engine/simulate.ts')).simulate(scenario, options);

/**
 * An executor from its parts. Replications run `parts.simulate` (the engine's `simulate` by
 * default) with the forecasters `parts.forecasters` gives; forecast chunks need `parts.forecastChunk` (models/task-executor.ts
 * wires both from models/).
 */
export function createExecutor(parts: ExecutorParts = {}): Executor {
  const simulate = parts.simulate ?? engineSimulate;
  return async (task, events, signal) => {
    if (signal.aborted) throw new DOMException('The run was cancelled', 'AbortError');
    if (task.kind === 'forecast-chunk') {
      if (!parts.forecastChunk) throw new Error('this executor cannot forecast: it was built without a forecast-chunk runner');
      return parts.forecastChunk(task.input, events.onSeries, signal);
    }
    const forecasters = parts.forecasters ? await parts.forecasters(task.scenario) : undefined;
    return simulate(task.scenario, {
      seed: task.seed,
      replication: task.replication,
      days: task.days,
      trace: task.trace,
      formulas: task.formulas,
      signal,
      forecasters,
      onProgress: events.onDays ? (done) => events.onDays!(done) : undefined,
    });
  };
}
