// The one interface every forecaster implements (statsforecast's shape): fit on history with
// optional covariates, predict a horizon with quantiles, forecast = both without kept state.
import type { ModelCoded } from './messages/codes.ts';

/** One series' history: values oldest first, with optional covariates aligned to them. */
export interface SeriesInput {
  /** Observed values, one per period (e.g. units/day). */
  y: Float64Array;
  /** Season length in periods (7 for daily data with weekly pattern, 52 for weekly data…). */
  seasonLength: number;
  /** Covariates over the history, by name (e.g. price, promo), each the same length as y. */
  covariates?: Record<string, Float64Array>;
  /** Known-future covariates over the forecast horizon, by name, each of length h. */
  futureCovariates?: Record<string, Float64Array>;
}

/** A forecast of h periods. `quantiles[q]` is the q-quantile path (q in (0,1), e.g. 0.1, 0.9). */
export interface ForecastOutput {
  mean: Float64Array;
  /** Quantile paths keyed by probability, always including 0.1, 0.5, 0.9 and the levels asked for. */
  quantiles: Map<number, Float64Array>;
  /** In-sample one-step fitted values, where the model has them (NaN where undefined). */
  fitted?: Float64Array;
  /** Which model actually produced this (differs from the requested one after a fallback). */
  model: string;
  /** Why the requested model did not produce it (set by the fallback), e.g. "series too short for ets (5 < 14)". */
  note?: string;
  /** The note as a message code and parameters, to show it in another language (models/messages). */
  noteCoded?: ModelCoded;
  /** What exactly was fitted, for people (e.g. "ETS(A,Ad,A) α=0.12 β=0.01 γ=0.05 φ=0.95"). */
  detail?: string;
}

/** Options of a prediction. */
export interface PredictOptions {
  /** Central interval levels in percent, e.g. [80, 95] → quantiles 0.1/0.9 and 0.025/0.975. */
  levels?: number[];
  /** Clamp every output at ≥ 0 (sales). */
  nonNegative?: boolean;
  /** Seed for models that sample (intervals by simulation, neural initialisation). */
  seed?: number;
}

/** A fitted model for one series. */
export interface FittedModel {
  predict(h: number, options?: PredictOptions): ForecastOutput;
}

/** A forecaster: a named, stateless factory of fitted models. */
export interface Forecaster {
  readonly name: string;
  /** Fewest observations it needs; shorter series go to the fallback model. */
  readonly minLength: number;
  fit(series: SeriesInput): FittedModel;
  /** fit + predict without keeping state. */
  forecast(series: SeriesInput, h: number, options?: PredictOptions): ForecastOutput;
}

/** Lower and upper quantile probabilities of a central interval level in percent (80 → 0.1, 0.9). */
export function levelToQuantiles(level: number): [number, number] {
  const tail = (100 - level) / 200;
  return [tail, 1 - tail];
}
