// What a caller can pass to one simulation run besides the scenario: seed, replication,
// cancellation, progress, the forecasters that forecast-driven replenishment may use, and
// formulas evaluated beforehand.
import type { FormulaMemo } from '../scenario/formulaMemo.ts';

/**
 * Forecasts a SKU's demand for forecast-driven replenishment. The engine calls it at each review
 * with the SKU's daily demand history (units/day, oldest first, at most `historyDays` long).
 * Must be pure and deterministic.
 */
export interface ReplenishmentForecaster {
  /**
   * Demand over the next `horizonDays` days as a total (units): its mean and its `serviceLevel`
   * quantile (e.g. 0.95 → the level that covers demand with 95 % probability).
   */
  forecastTotal(history: Float64Array, horizonDays: number, serviceLevel: number): { mean: number; quantile: number };
}

/** Forecasters by name, as scenarios name them in `skus.*.replenishment.forecastModel`. */
export type ForecasterRegistry = Record<string, ReplenishmentForecaster>;

/** Options of one run of `simulate`. */
export interface SimulateOptions {
  /** Seed of the random streams (default: the scenario's `seed`). */
  seed?: number;
  /** Replication index; each gets independent streams (default 0). */
  replication?: number;
  /** Override of the scenario's horizon (days). */
  days?: number;
  /** Cancels the run: `simulate` throws an `AbortError` at the next day boundary. */
  signal?: AbortSignal;
  /** Called after each simulated day with (daysDone, daysTotal). */
  onProgress?: (daysDone: number, daysTotal: number) => void;
  /** Extra forecasters for forecast-driven replenishment (the built-in `moving-average` is always there). */
  forecasters?: ForecasterRegistry;
  /** The scenario's formulas already evaluated for this horizon (`formulaMemo`); the run uses them instead of evaluating. */
  formulas?: FormulaMemo;
  /** Trace the journeys of this many sampled shoppers (default 0: off; at most 1,000); see `RunResult.trace`. */
  trace?: number;
}
