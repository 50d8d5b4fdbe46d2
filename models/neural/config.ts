// Settings of the neural global forecaster, their defaults, and the checks that turn a wrong
// setting into one clear sentence instead of a TensorFlow.js stack trace.
import { ModelError, type ModelCode } from '../errors.ts';

/** Architecture and feature settings: fixed once a model exists (saved with it). */
export interface NeuralArchitecture {
  /** Days of history the network sees (lag window length). */
  lags: number;
  /** Days it forecasts in one pass; longer horizons chain passes. */
  horizon: number;
  /** Season length in periods (7 for daily data); every series of one model shares it. */
  seasonLength: number;
  /** Units of each of the two hidden layers. */
  hiddenUnits: number;
  /** Quantile probabilities the network outputs (sorted, must contain 0.5). */
  quantiles: number[];
  /** Sine/cosine pairs encoding the position in the season (≤ seasonLength / 2). */
  harmonics: number;
  /** Covariate name of the price (relative to the series' median price). */
  priceKey: string;
  /** Covariate name of the promotion flag (0/1 or share of the day). */
  promoKey: string;
}

/** Training settings. */
export interface NeuralTraining {
  epochs: number;
  batchSize: number;
  /** Adam learning rate. */
  learningRate: number;
  /** Seed of weight initialisation and of shuffling. */
  seed: number;
  /** Take every k-th forecast origin of a series (1 = every day). */
  windowStride: number;
  /** Keep at most this many (the most recent) windows per series. */
  maxWindowsPerSeries: number;
  /** Weight of the squared-error loss of the mean output beside the quantile (pinball) loss. */
  meanLossWeight: number;
  /**
   * Share (0 ≤ share < 1) of each series' most recent windows held out for early stopping; 0 (the
   * default) trains every epoch on every window.
   */
  validationShare: number;
  /** Early stopping: stop after this many epochs without a lower validation loss; the best epoch's weights are kept. */
  patience: number;
}

/** Every neural setting. */
export type NeuralConfig = NeuralArchitecture & NeuralTraining;

/** Defaults: small and fast enough to train in a browser worker. */
export const NEURAL_DEFAULTS: NeuralConfig = {
  lags: 28,
  horizon: 28,
  seasonLength: 7,
  hiddenUnits: 64,
  quantiles: [0.025, 0.05, 0.1, 0.25, 0.5, 0.75, 0.9, 0.95, 0.975],
  harmonics: 3,
  priceKey: 'price',
  promoKey: 'promo',
  epochs: 20,
  batchSize: 256,
  learningRate: 0.003,
  seed: 1,
  windowStride: 1,
  maxWindowsPerSeries: 1000,
  meanLossWeight: 0.25,
  validationShare: 0,
  patience: 3,
};

/** A setting that cannot work; the message names it and says what is allowed. */
export class NeuralConfigError<C extends ModelCode = ModelCode> extends ModelError<C> {
  override name = 'NeuralConfigError';
}

/** Fills defaults and checks every setting. */
export function resolveNeuralConfig(options: Partial<NeuralConfig> = {}): NeuralConfig {
  const defined = Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined));
  const config: NeuralConfig = { ...NEURAL_DEFAULTS, ...defined, quantiles: [...(options.quantiles ?? NEURAL_DEFAULTS.quantiles)] };
  // The default number of harmonics shrinks to fit short seasons (a season of 1 has none).
  if (options.harmonics === undefined) config.harmonics = Math.min(NEURAL_DEFAULTS.harmonics, Math.floor(config.seasonLength / 2));
  positiveInteger('lags', config.lags);
  positiveInteger('horizon', config.horizon);
  positiveInteger('seasonLength', config.seasonLength);
  positiveInteger('hiddenUnits', config.hiddenUnits);
  positiveInteger('epochs', config.epochs, 0);
  positiveInteger('batchSize', config.batchSize);
  positiveInteger('windowStride', config.windowStride);
  positiveInteger('maxWindowsPerSeries', config.maxWindowsPerSeries);
  positiveInteger('harmonics', config.harmonics, 0);
  if (!Number.isInteger(config.seed)) throw new NeuralConfigError('neural.integer', { name: 'seed', min: null, got: String(config.seed) });
  if (config.harmonics > Math.floor(config.seasonLength / 2)) {
    throw new NeuralConfigError('neural.harmonics', { max: Math.floor(config.seasonLength / 2), got: config.harmonics });
  }
  if (!(config.learningRate > 0 && config.learningRate < 1)) {
    throw new NeuralConfigError('neural.between', { name: 'learningRate', got: config.learningRate });
  }
  if (!(config.validationShare >= 0 && config.validationShare < 1)) throw new NeuralConfigError('neural.between', { name: 'validationShare', got: config.validationShare });
  positiveInteger('patience', config.patience);
  if (!(config.meanLossWeight >= 0)) throw new NeuralConfigError('neural.meanLossWeight', { got: config.meanLossWeight });
  const q = config.quantiles;
  if (q.some((p) => !(p > 0 && p < 1))) throw new NeuralConfigError('neural.quantiles', { rule: 'range', got: [...q] });
  if (q.some((p, i) => i > 0 && p <= q[i - 1])) throw new NeuralConfigError('neural.quantiles', { rule: 'increasing', got: [...q] });
  if (!q.includes(0.5)) throw new NeuralConfigError('neural.quantiles', { rule: 'median', got: [...q] });
  return config;
}

/** The architecture part of a config (what a saved model carries). */
export function architectureOf(config: NeuralArchitecture): NeuralArchitecture {
  const { lags, horizon, seasonLength, hiddenUnits, quantiles, harmonics, priceKey, promoKey } = config;
  return { lags, horizon, seasonLength, hiddenUnits, quantiles: [...quantiles], harmonics, priceKey, promoKey };
}

function positiveInteger(name: string, value: number, min = 1): void {
  if (!Number.isInteger(value) || value < min) {
    throw new NeuralConfigError('neural.integer', { name, min, got: String(value) });
  }
}
